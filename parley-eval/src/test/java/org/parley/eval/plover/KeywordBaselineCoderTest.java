package org.parley.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;
import org.parley.eval.CountryMentions;

class KeywordBaselineCoderTest {
    private final KeywordBaselineCoder coder = new KeywordBaselineCoder(new CountryMentions(Countries.bundled()));

    @Test
    void theEarliestKeywordGivesTheTypeAndCountriesAroundItTheActors() {
        List<CodedEvent> events = coder.code("Vietnamese officials condemned the attack by Cambodia on Thursday.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("DISAPPROVE");
            assertThat(e.sourceCountries()).containsExactly("VNM");
            assertThat(e.targetCountries()).containsExactly("KHM");
        });
    }

    @Test
    void noKeywordNoEvent() {
        assertThat(coder.code("The weather in Hanoi was mild.")).isEmpty();
    }

    @Test
    void talksAreConsultations() {
        assertThat(coder.code("France and Germany held talks in Paris.")).singleElement()
                .satisfies(e -> assertThat(e.sourceCountries()).containsExactly("FRA", "DEU"))
                .extracting(CodedEvent::type).isEqualTo("CONSULT");
    }
}
