package org.parley.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.ports.LanguageDetector;

class OptimaizeLanguageDetectorIT {

    private static final String ENGLISH = "The foreign ministers of the two countries met in the capital on Tuesday "
            + "and agreed to open talks on a new trade agreement before the end of the year, officials said.";
    private static final String VIETNAMESE = "Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội vào chiều thứ Ba "
            + "và nhất trí thúc đẩy hợp tác trong các lĩnh vực giáo dục, văn hóa và chuỗi cung ứng.";
    private static final String FRENCH = "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi "
            + "dans la capitale et ont convenu d'ouvrir des négociations sur un nouvel accord commercial.";
    private static final String GERMAN = "Die Außenminister der beiden Länder trafen sich am Dienstag in der Hauptstadt "
            + "und vereinbarten, noch vor Ende des Jahres Gespräche über ein neues Handelsabkommen aufzunehmen.";

    private static LanguageDetector detector;

    @BeforeAll
    static void loadProfilesOnce() {
        detector = new OptimaizeLanguageDetector();
    }

    @Test
    void detectsEnglishVietnameseFrenchAndGerman() {
        assertThat(detector.detect(ENGLISH)).isEqualTo("en");
        assertThat(detector.detect(VIETNAMESE)).isEqualTo("vi");
        assertThat(detector.detect(FRENCH)).isEqualTo("fr");
        assertThat(detector.detect(GERMAN)).isEqualTo("de");
    }

    @Test
    void answersUndeterminedForTooShortOrLetterlessText() {
        assertThat(detector.detect("Talks held")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("2024-03-26 20:20 +07:00 | 12,345 / 67.8%")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void looksOnlyAtTheStartOfALongText() {
        String longText = (ENGLISH + " ").repeat(60) + (GERMAN + " ").repeat(200);
        assertThat(longText.length()).isGreaterThan(OptimaizeLanguageDetector.MAX_CHARS * 5);
        assertThat(detector.detect(longText)).isEqualTo("en");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of(ENGLISH, VIETNAMESE, FRENCH, GERMAN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = texts.get(i % 4);
                answers.add(pool.submit(() -> detector.detect(text)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(List.of("en", "vi", "fr", "de").get(i % 4));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
