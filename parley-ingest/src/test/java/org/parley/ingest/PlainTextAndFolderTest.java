package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class PlainTextAndFolderTest {

    @TempDir
    Path dir;

    @Test
    void readsATextFileAsOneArticleWithoutGuessingATitle() {
        String path = Reading.fixture("text/harbour-talks.txt");
        RawArticle article = Reading.of(path).only();

        assertThat(article.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(article.title()).isNull();
        assertThat(article.origin().doc()).isEqualTo("harbour-talks.txt");
        assertThat(article.origin().path()).isEqualTo(path);
        assertThat(article.origin().record()).isNull();
        assertThat(article.text()).startsWith("Coastal states agree")
                .contains("officials said.\n\nThe talks");
        assertThat(article.markup()).isNull();
    }

    @Test
    void stripsTheByteOrderMarkAndNormalisesLineEnds() throws IOException {
        Path file = dir.resolve("crlf.txt");
        byte[] body = "Envoys met.\r\n\r\nThey talked.\rThey left.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        assertThat(Reading.of(file.toString()).only().text()).isEqualTo("Envoys met.\n\nThey talked.\nThey left.");
    }

    @Test
    void acceptsNonEnglishTextBecauseLanguageIsDecidedLater() throws IOException {
        Path file = dir.resolve("tin.txt");
        Files.writeString(file, "Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội.");
        assertThat(Reading.of(file.toString()).only().text()).contains("Hà Nội");
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
        write("b.txt", "Second story text.");
        write("a/z.txt", "First story text.");
        write("a/.draft.txt", "Hidden draft.");
        write(".git/config.txt", "Hidden folder.");
        write("c/d/e.txt", "Third story text.");
        write("c/a.txt", "Fourth? No: c/a comes before c/d.");

        Reading reading = Reading.of(dir.toString());

        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.accepted()).extracting(a -> dir.relativize(Path.of(a.origin().path())).toString())
                .containsExactly("a/z.txt", "b.txt", "c/a.txt", "c/d/e.txt");
    }

    @Test
    void readsAFolderOfThreeThousandFilesInOrder() throws IOException {
        int count = 3_000;
        for (int i = count - 1; i >= 0; i--) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "story-%05d.txt", i)),
                    "Story number " + i + ": the delegation arrived on Monday for talks.");
        }
        long start = System.nanoTime();
        Reading reading = Reading.of(dir.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.accepted()).hasSize(count);
        assertThat(reading.accepted().get(0).origin().doc()).isEqualTo("story-00000.txt");
        assertThat(reading.accepted().get(count - 1).text()).startsWith("Story number 2999:");
        System.out.printf(Locale.ROOT, "read %d small files in %d ms%n", count, millis);
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
