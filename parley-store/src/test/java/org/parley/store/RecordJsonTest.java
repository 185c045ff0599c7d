package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.Token;

class RecordJsonTest {

    private final RecordJson json = new RecordJson();

    @Test
    void publicationDatesCarryATypeAndComeBackEqual() throws Exception {
        for (PublicationDate date : new PublicationDate[] {SampleArticles.datedWithOffset(), SampleArticles.dayOnly(),
                SampleArticles.withoutYear(), PublicationDate.UNKNOWN}) {
            String written = json.publicationDate(date);
            assertThat(json.publicationDate(written)).isEqualTo(date);
            assertThat(written).containsPattern("\"type\":\"(dated|withoutYear|unknown)\"");
        }
    }

    @Test
    void datesAreWrittenAsIsoTextNotNumbers() {
        assertThat(json.publicationDate(SampleArticles.datedWithOffset()))
                .contains("\"dateTime\":\"2024-03-26T20:20:00\"").contains("\"offset\":\"+07:00\"");
        assertThat(json.publicationDate(SampleArticles.withoutYear())).contains("\"monthDay\":\"--01-07\"");
    }

    @Test
    void annotationsAreCompressedAndComeBackEqual() throws Exception {
        var annotation = SampleArticles.annotation("corenlp");
        byte[] blob = json.annotation(annotation);

        assertThat(blob[0] & 0xff).isEqualTo(0x1f); // gzip magic
        assertThat(json.annotation(blob)).isEqualTo(annotation);
    }

    @Test
    void anAnnotationStoredWithTagStringsLoadsIntoTheEnumsAndIsWrittenBackAsItWas() throws Exception {
        String stored = fixture("annotation-with-tag-strings.json");
        AnnotatedText annotation = json.annotation(RecordJson.gzip(stored));

        assertThat(annotation.sentences().get(0).tokens()).extracting(Token::word, Token::pos, Token::ner).startsWith(
                tuple("Ms.", PartOfSpeech.PROPER_NOUN, EntityType.NONE),
                tuple("Roe", PartOfSpeech.PROPER_NOUN, EntityType.PERSON),
                tuple("(", PartOfSpeech.OPENING_BRACKET, EntityType.NONE),
                tuple("Examplia", PartOfSpeech.PROPER_NOUN, EntityType.COUNTRY),
                tuple(")", PartOfSpeech.CLOSING_BRACKET, EntityType.NONE),
                tuple("pledged", PartOfSpeech.VERB_PAST, EntityType.NONE),
                tuple("$", PartOfSpeech.DOLLAR, EntityType.MONEY));
        assertThat(annotation.entities()).extracting(EntityMention::type)
                .containsExactly(EntityType.PERSON, EntityType.COUNTRY, EntityType.MONEY);
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(RecordJson.gunzip(json.annotation(annotation)))).isEqualTo(plain.readTree(stored));
    }

    @Test
    void unknownOrMissingTagsLoadAsOtherAndNone() throws Exception {
        String stored = """
                {"annotator": "a", "sentences": [{"index": 0, "span": {"begin": 0, "end": 9}, "tokens": [
                  {"word": "Zorblat", "span": {"begin": 0, "end": 7}, "pos": "ZZ", "lemma": "zorblat", "ner": "SPACESHIP"},
                  {"word": "go", "span": {"begin": 8, "end": 10}, "pos": null, "lemma": "go", "ner": null},
                  {"word": "!", "span": {"begin": 10, "end": 11}, "lemma": "!"}],
                  "dependencies": []}],
                 "entities": [{"text": "Zorblat", "span": {"begin": 0, "end": 7}, "type": "SPACESHIP", "sentence": 0}],
                 "times": []}""";
        AnnotatedText annotation = json.annotation(RecordJson.gzip(stored));

        assertThat(annotation.sentences().get(0).tokens()).extracting(Token::pos, Token::ner).containsExactly(
                tuple(PartOfSpeech.OTHER, EntityType.OTHER), tuple(PartOfSpeech.OTHER, EntityType.NONE),
                tuple(PartOfSpeech.OTHER, EntityType.NONE));
        assertThat(annotation.entities()).extracting(EntityMention::type).containsExactly(EntityType.OTHER);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = RecordJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
