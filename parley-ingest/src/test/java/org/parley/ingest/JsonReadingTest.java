package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class JsonReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsANewsPleaseJsonFileAsOneArticle() {
        String path = Reading.fixture("json/newsplease-record.json");
        RawArticle article = Reading.of(path).only();

        assertThat(article.format()).isEqualTo(SourceFormat.JSON);
        assertThat(article.origin().doc()).isEqualTo("newsplease-record.json");
        assertThat(article.text()).isEqualTo("The foreign ministers of three coastal states met in Valmora on Tuesday.\n\n"
                + "They agreed to share patrol data from their harbours.");
        assertThat(article.title()).isEqualTo("Ministers agree on harbour patrol data");
        assertThat(article.url()).isEqualTo("https://gazette.example.org/world/ministers-meet");
        assertThat(article.site()).isEqualTo("gazette.example.org");
        assertThat(article.declaredLanguage()).isEqualTo("en");
        assertThat(article.publishedMetadata()).isEqualTo("2024-03-26 20:20:00");
        assertThat(article.fallbackTime()).isEqualTo(Instant.parse("2024-03-27T01:02:03Z"));
    }

    @Test
    void fallsBackToDescriptionThenHeadlineAndRejectsARecordWithNoText() throws IOException {
        Path description = json("description.json", "{\"maintext\": \"\", \"description\": \"Talks resumed.\", \"title\": \"T\"}");
        Path headline = json("headline.json", "{\"text\": \"\", \"description\": \"\", \"title\": \"Envoy resigns.\"}");
        Path nothing = json("nothing.json", "{\"maintext\": null, \"description\": \"  \", \"title\": null}");

        Reading reading = Reading.of(description.toString(), headline.toString(), nothing.toString());

        assertThat(reading.accepted()).extracting(RawArticle::text).containsExactly("Talks resumed.", "Envoy resigns.");
        assertThat(reading.messages()).containsExactly(
                nothing + ": no text (maintext, text, description and title are all empty)");
    }

    @Test
    void readsJsonLinesLineByLineAndNamesBadLines() {
        String path = Reading.fixture("jsonl/mixed.jsonl");
        Reading reading = Reading.of(path);

        assertThat(reading.outcomes).hasSize(6);
        List<RawArticle> articles = reading.accepted();
        assertThat(articles).extracting(a -> a.origin().doc()).containsExactly(
                "https://news.example.com/grain-call", "mixed.jsonl (line 2)", "https://nouvelles.example.fr/rencontre");
        assertThat(articles).extracting(a -> a.origin().record()).containsExactly("line 1", "line 2", "line 7");
        assertThat(articles).allMatch(a -> a.format() == SourceFormat.JSONL);

        RawArticle plain = articles.get(1);
        assertThat(plain.text()).startsWith("The defence minister visited troops");
        assertThat(plain.site()).isEqualTo("Example Wire");
        assertThat(plain.publishedMetadata()).isEqualTo("2024-05-10T08:30:00Z");
        assertThat(plain.title()).isEqualTo("Minister visits border troops");
        assertThat(articles.get(0).publishedMetadata()).isEqualTo("2024-05-12 18:00:00");

        assertThat(reading.messages()).satisfiesExactly(
                m -> assertThat(m).startsWith(path + " (line 3): malformed JSON at column"),
                m -> assertThat(m).isEqualTo(path + " (line 5): no text (maintext, text, description and title are all empty)"),
                m -> assertThat(m).isEqualTo(path + " (line 6): expected a JSON object, found an array"));
    }

    @Test
    void readsJsonLinesFromStandardInput() {
        String lines = "{\"text\": \"The summit opened on Monday.\", \"url\": \"https://a.example/1\"}\n"
                + "{\"text\": \"The summit closed on Tuesday.\"}\r\n";
        Reading reading = Reading.stdin(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(reading.accepted()).extracting(a -> a.origin().doc())
                .containsExactly("https://a.example/1", "stdin (line 2)");
        assertThat(reading.accepted()).extracting(a -> a.origin().path()).containsOnly("-");
        assertThat(reading.accepted().get(1).text()).isEqualTo("The summit closed on Tuesday.");
    }

    @Test
    void treatsSeveralLinesOfJsonInAJsonFileAsJsonLines() throws IOException {
        Path file = json("export.json", "{\"text\": \"First report.\"}\n{\"text\": \"Second report.\"}\n");
        Reading reading = Reading.of(file.toString());

        assertThat(reading.accepted()).extracting(RawArticle::text).containsExactly("First report.", "Second report.");
        assertThat(reading.accepted()).extracting(RawArticle::format).containsOnly(SourceFormat.JSONL);
    }

    @Test
    void readsAJsonArrayAsOneArticlePerElement() throws IOException {
        Path file = json("batch.json", "[{\"text\": \"One.\", \"url\": \"https://b.example/1\"}, {\"text\": \"Two.\"}, 3]");
        Reading reading = Reading.of(file.toString());

        assertThat(reading.accepted()).extracting(a -> a.origin().doc())
                .containsExactly("https://b.example/1", "batch.json (item 2)");
        assertThat(reading.messages()).containsExactly(file + " (item 3): expected a JSON object, found a number");
    }

    @Test
    void rejectsAMalformedJsonFileWithLineAndColumn() throws IOException {
        Path file = json("broken.json", "{\n  \"text\": \"Talks\",\n  \"title\" \"missing colon\"\n}");
        assertThat(Reading.of(file.toString()).onlyRejection())
                .startsWith(file + ": malformed JSON at line 3, column");
    }

    @Test
    void readsGzippedJsonLines() throws IOException {
        Path file = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 1; i <= 50; i++) {
                out.write(("{\"text\": \"Report " + i + " from the summit.\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Reading reading = Reading.of(file.toString());

        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.accepted()).hasSize(50);
        assertThat(reading.accepted().get(49).origin().doc()).isEqualTo("feed.jsonl.gz (line 50)");
    }

    private Path json(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
