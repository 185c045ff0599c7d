package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class WebPageReaderTest {

    private static final String URL = "http://127.0.0.1/news/1";
    private static final String TEXT = "The two presidents met in Geneva on Monday and agreed to resume arms talks.";

    private final WebPageReader reader = new WebPageReader();
    private final List<String> notes = new ArrayList<>();

    private Outcome<RawArticle> read(byte[] body, String contentType) {
        return reader.read(body, contentType, URL, null, notes::add);
    }

    @Test
    void theDeclaredCharsetWinsAndIsNotNotedAsAGuess() {
        byte[] page = ("<html><body><p>" + TEXT + " Caf\u00e9.</p></body></html>").getBytes(Charset.forName("windows-1252"));

        Outcome<RawArticle> outcome = read(page, "text/html; charset=windows-1252");

        assertThat(((Outcome.Accepted<RawArticle>) outcome).value().text()).isEqualTo(TEXT + " Caf\u00e9.");
        assertThat(notes).isEmpty();
    }

    @Test
    void aPlainTextPageBecomesATextArticleWithItsUrl() {
        Outcome<RawArticle> outcome = read(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain");

        RawArticle article = ((Outcome.Accepted<RawArticle>) outcome).value();
        assertThat(article.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(article.url()).isEqualTo(URL);
        assertThat(article.text()).isEqualTo(TEXT);
    }

    @Test
    void rejectsBinaryBodiesAndOtherContentTypes() {
        Outcome<RawArticle> binary = read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "text/html");
        Outcome<RawArticle> pdf = read(TEXT.getBytes(StandardCharsets.UTF_8), "application/pdf");

        assertThat(((Outcome.Rejected<RawArticle>) binary).reason()).isEqualTo("binary page (NUL byte at offset 4)");
        assertThat(((Outcome.Rejected<RawArticle>) pdf).reason()).isEqualTo("not a web page (application/pdf)");
    }
}
