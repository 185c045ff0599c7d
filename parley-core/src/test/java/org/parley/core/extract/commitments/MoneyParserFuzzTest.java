package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.parley.core.AllocationBound;

/**
 * Fuzz test of the money parser over any text: the amounts it finds lie inside the text, in text
 * order, without overlapping; reading a tagger's normalised value never throws. Within the time
 * and memory bounds (a huge exponent must not turn into a huge number).
 *
 * <p>Seeds: {@code src/test/resources/org/parley/core/extract/commitments/MoneyParserFuzzTestInputs/};
 * {@code scripts/fuzz.sh money MINUTES} fuzzes.
 */
class MoneyParserFuzzTest {

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyTextGivesAmountsInsideIt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        AllocationBound.check(() -> {
            List<MoneyParser.Found> found = MoneyParser.findAll(text);
            for (int i = 0; i < found.size(); i++) {
                MoneyParser.Found f = found.get(i);
                assertThat(f.span().end()).as("amount inside the text").isLessThanOrEqualTo(text.length());
                if (i > 0) {
                    assertThat(found.get(i - 1).span().end()).as("amounts in order, apart")
                            .isLessThanOrEqualTo(f.span().begin());
                }
                f.money().value().toPlainString();
            }
            MoneyParser.parse(text);
            MoneyParser.fromNormalized(text).ifPresent(m -> m.value().toPlainString());
        });
    }
}
