package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.parley.core.ports.ArticleSource;
import org.parley.model.Outcome;

/**
 * Fuzz test of the API's upload body ({@code POST /api/articles}): any bytes are either records,
 * each read as an article or rejected with a reason, or a 400 with a message — never another
 * exception (which the server would answer with a 500), within the time bound.
 *
 * <p>Seeds: {@code src/test/resources/org/parley/server/UploadBodyFuzzTestInputs/anyBodyIsRecordsOrA400/};
 * {@code scripts/fuzz.sh upload MINUTES} fuzzes.
 */
class UploadBodyFuzzTest {

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyBodyIsRecordsOrA400(byte[] body) {
        ArticleSource records;
        try {
            records = UploadBody.articles(body);
        } catch (ApiError e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        records.forEach(outcome -> {
            if (outcome instanceof Outcome.Accepted<?> accepted) {
                assertThat(accepted.value()).isNotNull();
            } else if (outcome instanceof Outcome.Rejected<?> rejected) {
                assertThat(rejected.reason()).isNotBlank();
            }
        });
    }
}
