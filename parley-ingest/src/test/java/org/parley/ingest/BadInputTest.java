package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RawArticle;

/** Every kind of bad input is one rejection naming the file and the reason; the batch goes on. */
class BadInputTest {

    private static final String GOOD = "The two presidents met in Geneva on Monday and agreed to resume arms talks.";

    @TempDir
    Path dir;

    @Test
    void rejectsAnEmptyFileAndAWhitespaceOnlyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\r\n");
        assertThat(Reading.of(empty.toString(), blank.toString()).messages())
                .containsExactly(empty + ": empty file", blank + ": empty file (only whitespace)");
    }

    @Test
    void rejectsABinaryFile() throws IOException {
        Path png = Files.write(dir.resolve("photo.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(Reading.of(png.toString()).onlyRejection()).isEqualTo(png + ": binary file (NUL byte at offset 8)");
    }

    @Test
    void decodesLegacyTextAndHtmlByDetectionButRejectsJsonThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                ("Talks in S\u00e3o Paulo. " + GOOD).getBytes(StandardCharsets.ISO_8859_1));
        Path html = Files.write(dir.resolve("latin1.html"),
                ("<html><body><p>" + GOOD + " Caf\u00e9.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.write(dir.resolve("feed.jsonl"), concat(
                ("{\"text\": \"" + GOOD + "\"}\n{\"text\": \"Caf").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9},
                "\"}\n".getBytes(StandardCharsets.UTF_8)));
        FileArticleSource source = new FileArticleSource(
                java.util.List.of(latin1.toString(), html.toString(), jsonl.toString()), ReaderOptions.defaults());
        Reading reading = new Reading();

        source.forEach(reading.outcomes::add);

        int jsonlOffset = ("{\"text\": \"" + GOOD + "\"}\n{\"text\": \"Caf").length();
        assertThat(reading.messages()).containsExactly(
                jsonl + " (line 2): not valid UTF-8 (byte offset " + jsonlOffset + ")");
        assertThat(reading.accepted()).extracting(RawArticle::text)
                .containsExactly("Talks in S\u00e3o Paulo. " + GOOD, GOOD + " Caf\u00e9.", GOOD);
        assertThat(source.decodingNotes()).hasSize(2)
                .allSatisfy(note -> assertThat(note).contains("decoded as", "(detected, not UTF-8)"))
                .first().asString().startsWith(latin1 + ": decoded as windows-1252");
    }

    @Test
    void rejectsAnOversizedFileFromItsSizeWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Text at the head so only the size can betray it; the rest stays a sparse hole.
            file.write((GOOD + "\n").repeat(1_000).getBytes(StandardCharsets.UTF_8));
            file.setLength(52_428_800L);
        }
        Path good = Files.writeString(dir.resolve("ok.txt"), GOOD);

        Reading reading = Reading.of(huge.toString(), good.toString());

        assertThat(reading.messages()).containsExactly(
                huge + ": too large for one article (52,428,800 bytes > 5 MiB limit)");
        assertThat(reading.accepted()).extracting(RawArticle::text).containsExactly(GOOD);
    }

    @Test
    void appliesTheLimitToEachJsonLineAndToCompressedArticles() throws IOException {
        ReaderOptions small = new ReaderOptions(1_000);
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"" + GOOD + "\"}\n"
                + "{\"text\": \"" + "x".repeat(5_000) + "\"}\n" + "{\"text\": \"" + GOOD + "\"}\n");
        Path gz = dir.resolve("long.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((GOOD + "\n").repeat(100).getBytes(StandardCharsets.UTF_8));
        }

        Reading reading = Reading.with(small, jsonl.toString(), gz.toString());

        assertThat(reading.messages()).containsExactly(
                jsonl + " (line 2): too large for one article (more than 1,000 bytes > 1,000 bytes limit)",
                gz + ": too large for one article (more than 1,000 bytes > 1,000 bytes limit)");
        assertThat(reading.accepted()).extracting(a -> a.origin().record()).containsExactly("line 1", "line 3");
    }

    @Test
    void rejectsATruncatedGzipTextFileAndKeepsJsonLinesReadBeforeTheCut() throws IOException {
        Path text = gzipThenCut("story.txt.gz", (GOOD + "\n").repeat(2_000));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            lines.append("{\"text\": \"Report ").append(i).append(": ").append(GOOD).append("\"}\n");
        }
        Path jsonl = gzipThenCut("feed.jsonl.gz", lines.toString());

        Reading reading = Reading.of(text.toString(), jsonl.toString());

        assertThat(reading.messages()).hasSize(2);
        assertThat(reading.messages().get(0)).startsWith(text + ": truncated gzip (");
        assertThat(reading.messages().get(1)).matches(".*feed\\.jsonl\\.gz: truncated gzip after line \\d+ \\(.*");
        assertThat(reading.accepted()).isNotEmpty().hasSizeLessThan(2_000)
                .allMatch(a -> a.text().endsWith(GOOD));
    }

    @Test
    void rejectsUnreadableFilesAndGoesOn() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("a-dangling.txt"), dir.resolve("gone.txt"));
        Path loopA = dir.resolve("b-loop.txt");
        Files.createSymbolicLink(loopA, dir.resolve("c-loop.txt"));
        Files.createSymbolicLink(dir.resolve("c-loop.txt"), loopA);
        Files.writeString(dir.resolve("d-good.txt"), GOOD);

        Reading reading = Reading.of(dir.toString());

        assertThat(reading.messages()).satisfiesExactly(
                m -> assertThat(m).isEqualTo(dangling + ": cannot read: broken symbolic link (target "
                        + dir.resolve("gone.txt") + " does not exist)"),
                m -> assertThat(m).startsWith(loopA + ": cannot read: too many levels of symbolic links"),
                m -> assertThat(m).startsWith(dir.resolve("c-loop.txt") + ": cannot read: too many levels of symbolic links"));
        assertThat(reading.accepted()).extracting(RawArticle::text).containsExactly(GOOD);
    }

    @Test
    void rejectsAFileTheSystemRefusesToReadEvenToRoot() {
        // Write-only procfs entries refuse reads even to root, unlike chmod 000 files.
        Path writeOnly = Path.of("/proc/sys/net/ipv4/route/flush");
        Assumptions.assumeTrue(Files.exists(writeOnly) && !Files.isReadable(writeOnly) || refusesRead(writeOnly),
                "no write-only procfs entry here: skipping");
        assertThat(Reading.of(writeOnly.toString()).onlyRejection())
                .isEqualTo(writeOnly + ": cannot read: permission denied");
    }

    @Test
    void rejectsAPathThatDoesNotExistAndReadsTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("ok.txt"), GOOD);
        Path missing = dir.resolve("no-such-folder/story.txt");

        Reading reading = Reading.of(missing.toString(), good.toString());

        assertThat(reading.messages()).containsExactly(missing + ": no such file or directory");
        assertThat(reading.rejected().get(0).origin().doc()).isEqualTo("story.txt");
        assertThat(reading.accepted()).hasSize(1);
    }

    @Test
    void rejectsUtf16AndNonHtmlXml() throws IOException {
        Path utf16 = Files.write(dir.resolve("wide.txt"), "\uFEFFTalks".getBytes(StandardCharsets.UTF_16LE));
        Path xml = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss><channel/></rss>");
        assertThat(Reading.of(utf16.toString(), xml.toString()).messages()).containsExactly(
                utf16 + ": UTF-16 text is not supported; convert the file to UTF-8",
                xml + ": XML document that is not HTML: not a supported article format");
    }

    private static boolean refusesRead(Path p) {
        try {
            Files.newInputStream(p).close();
            return false;
        } catch (IOException e) {
            return Files.exists(p);
        }
    }

    private Path gzipThenCut(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
