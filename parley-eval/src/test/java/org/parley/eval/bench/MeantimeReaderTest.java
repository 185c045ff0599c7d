package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

class MeantimeReaderTest {

    @TempDir
    Path dir;

    @Test
    void joinsTokensWithEnglishSpacing() {
        assertThat(MeantimeReader.join(List.of("The", "minister", "(", "who", "spoke", ")", "said", "\"", "no", "\"",
                ",", "and", "it", "did", "n't", "help", "Ford", "'s", "$", "5", "%", "."))).isEqualTo(
                "The minister (who spoke) said \"no\", and it didn't help Ford's $5%.");
    }

    @Test
    void rebuildsHeadlineBodyDateAndUrl() throws Exception {
        Path file = dir.resolve("1_Two_ministers_meet.xml");
        Files.writeString(file, """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Two_ministers_meet" lang="en" url="http://example.org/wiki/Two_ministers_meet">
                <token number="0" sentence="0" t_id="1">Ministers</token>
                <token number="1" sentence="0" t_id="2">meet</token>
                <token number="2" sentence="1" t_id="3">May</token>
                <token number="3" sentence="1" t_id="4">3</token>
                <token number="4" sentence="2" t_id="5">They</token>
                <token number="5" sentence="2" t_id="6">met</token>
                <token number="6" sentence="2" t_id="7">.</token>
                <token number="7" sentence="3" t_id="8">Talks</token>
                <token number="8" sentence="3" t_id="9">ended</token>
                <token number="9" sentence="3" t_id="10">.</token>
                <Markables><TIMEX3 m_id="9" type="DATE" value="2010-05-03" functionInDocument="CREATION_TIME"/></Markables>
                </Document>
                """);

        assertThat(MeantimeReader.isMeantime(file)).isTrue();
        Outcome<RawArticle> read = new MeantimeReader().read(file);

        RawArticle a = ((Outcome.Accepted<RawArticle>) read).value();
        assertThat(a.title()).isEqualTo("Ministers meet");
        assertThat(a.text()).isEqualTo("They met. Talks ended.");
        assertThat(a.publishedMetadata()).isEqualTo("2010-05-03");
        assertThat(a.url()).isEqualTo("http://example.org/wiki/Two_ministers_meet");
    }

    @Test
    void rejectsABrokenDocumentNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\" ?><Document><token sentence=\"0\">A</token><token");

        Outcome<RawArticle> read = new MeantimeReader().read(file);

        assertThat(read).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<RawArticle>) read).message()).contains("broken.xml");
    }

    @Test
    void otherXmlIsNotMeantime() throws Exception {
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><rss><channel/></rss>");

        assertThat(MeantimeReader.isMeantime(file)).isFalse();
    }
}
