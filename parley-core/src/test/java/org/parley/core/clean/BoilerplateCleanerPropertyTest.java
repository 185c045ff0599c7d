package org.parley.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.CleanText;

/**
 * Randomised invariants over generated articles mixing body lines, boilerplate, captions, odd
 * whitespace and line breaks. The seed is fixed so a failure replays; the failing input is in
 * the assertion message.
 */
class BoilerplateCleanerPropertyTest {

    private static final long SEED = 20240326L;
    private static final int CASES = 2000;

    private static final List<String> PIECES = List.of(
            "The ministers met in Tokyo on Monday to discuss trade.",
            "Both sides agreed to expand cooperation in semiconductors and clean energy.",
            "\"We will work together,\" the minister said.",
            "Japan and Vietnam agree to deepen ties",
            "PRIME MINISTER RECEIVES DELEGATION",
            "Apr 2, 2023 / 09:45", "Thứ hai, 03/04/2023 - 08:00 (GMT+7)", "Updated: 02/04/2023 10:15 GMT+7",
            "Source", "Source: VNA", "(VNA)", "Comment (0)", "Tag (S):", "Tags: Japan, Vietnam",
            "Share | Print | Email", "Read more: Ministers meet", "Related", "By Hoang Lan Anh", "Hoang Lan Anh",
            "Advertisement", "© 2023 Daily Herald", "Home | World | Asia",
            "HOT TOPICS Lunar New Year 2024 Vietnam - Japan 50 Years ASEAN Summit Jakarta Mekong Delta",
            "The two ministers shake hands. Photo: VNA |", "Kamikawa (left) greets Son.",
            "Kathmandu, Jan 7 (PTI) Nepal's prime minister spoke.",
            "Ministers Kamikawa and Son in Tokyo, Japan",
            "Ministers Kamikawa and Son met in Tokyo, Japan, on Monday for talks on trade and security.",
            "", " ", "\u00a0", "\t", "\u200b", "x", "1", "Source: the ministry said the talks were good.");
    private static final List<String> BREAKS = List.of("\n", "\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028", "\n\n\n");

    @Test
    void cleaningIsIdempotentAndMapsBack() {
        Random random = new Random(SEED);
        BoilerplateCleaner cleaner = new BoilerplateCleaner();
        int removedSomething = 0;
        for (int n = 0; n < CASES; n++) {
            String input = generate(random);
            CleanText once = cleaner.clean(input);
            CleanText twice = cleaner.clean(once.text());
            assertThat(twice.text()).as("idempotence on %s", escape(input)).isEqualTo(once.text());
            assertThat(twice.removed()).as("second pass removes nothing on %s", escape(input)).isEmpty();
            assertThat(twice.captions()).as("captions stable on %s", escape(input)).isEqualTo(once.captions());
            CleanTextInvariants.check(input, once);
            if (!once.removed().isEmpty()) {
                removedSomething++;
            }
        }
        assertThat(removedSomething).as("the generator exercises the rules").isGreaterThan(CASES / 2);
    }

    @Test
    void oneCleanerGivesTheSameResultsFromManyThreads() {
        Random random = new Random(SEED + 1);
        List<String> inputs = java.util.stream.IntStream.range(0, 400).mapToObj(i -> generate(random)).toList();
        BoilerplateCleaner shared = new BoilerplateCleaner();
        List<CleanText> sequential = inputs.stream().map(shared::clean).toList();
        List<CleanText> parallel = inputs.parallelStream().map(shared::clean).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    private static String generate(Random random) {
        StringBuilder out = new StringBuilder();
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(10) == 0) {
                out.append(' ');
            }
            String piece = PIECES.get(random.nextInt(PIECES.size()));
            if (random.nextInt(8) == 0 && !piece.isEmpty()) {
                piece = piece.substring(0, random.nextInt(piece.length()));
            }
            out.append(piece);
            if (random.nextInt(6) == 0) {
                out.append(random.nextBoolean() ? " " : "\u00a0");
            }
            if (i < lines - 1 || random.nextBoolean()) {
                out.append(BREAKS.get(random.nextInt(BREAKS.size())));
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }
}
