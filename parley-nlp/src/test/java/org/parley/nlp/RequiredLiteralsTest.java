package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    private static final List<String> SENTENCES = List.of(
            "The ministers met on Monday, March 3, and again on 4 March 2024.",
            "Talks resumed at 10:30 a.m. after nearly two weeks of silence.",
            "No date was set; the envoy left.",
            "In the mid-1990s the border stayed closed for over a decade.",
            "SEPT. 12 - The vote, held in sept 2019, was annulled.",
            "The fourth quarter of fiscal 2023 ended on a Tuesday night.",
            "He said: \u201cNot before Christmas Eve.\u201d");

    private static final List<String> PATTERNS = List.of(
            "([Mm]onday|[Tt]uesday|[Ff]riday)",
            "(\\d{1,2})[\\s]+([Mm]arch|[Mm]ay)[\\s]+(\\d\\d\\d\\d)",
            "([Tt]he[\\u2000-\\u200A[\\s]+\\u00A0]+)?([Mm]id-)?(\\d\\d\\d0)s",
            "(?<![\\w])([Ss]ept\\.|SEPT\\.|[Ss]ept)[\\s]*(\\d+)?",
            "(\\d+):(\\d\\d)[\\s]*([ap]\\.m\\.)",
            "([Nn]early|[Oo]ver|[Aa]bout)?[\\s]*([Tt]wo|[Tt]hree|a)[\\s]+(weeks?|decades?|years?)",
            "[Ff]iscal[\\s]+(\\d{4})|(fourth|first)[\\s]+quarter",
            "Christmas( Eve)?|[Ee]aster(?= Sunday)",
            "\\b[Tt]onight\\b");

    @Test
    void everyMatchHoldsOneLiteralOfEachSet() {
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex);
            assertThat(RequiredLiterals.of(pattern)).as(regex).isPresent();
            for (String sentence : SENTENCES) {
                if (pattern.matcher(sentence).find()) {
                    assertThat(GatedHeidelTime.mayMatch(pattern, GatedHeidelTime.gramsOf(sentence)))
                            .as(regex + " on " + sentence).isTrue();
                }
            }
        }
    }

    @Test
    void readsLiteralsAcrossCaseClassesAlternativesAndOptionalParts() {
        assertThat(RequiredLiterals.of(Pattern.compile("([Mm]onday|[Ff]riday)"))).contains(List.of(Set.of("monda", "frida")));
        assertThat(RequiredLiterals.of(Pattern.compile("(the )?[Dd]ay"))).contains(List.of(Set.of("the d", "day")));
        assertThat(RequiredLiterals.of(Pattern.compile("\\d{4}"))).get().asList().first()
                .isEqualTo(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        assertThat(RequiredLiterals.of(Pattern.compile("[Nn]ext[\\s]+\\w+[\\s]+week")).get())
                .contains(Set.of("next"), Set.of("week"));
    }

    @Test
    void skipsTheSentencesWithoutTheLiterals() {
        Pattern months = Pattern.compile("(\\d{1,2})[\\s]+([Mm]arch|[Mm]ay)[\\s]+(\\d\\d\\d\\d)");
        assertThat(GatedHeidelTime.mayMatch(months, GatedHeidelTime.gramsOf("The envoy left on Monday."))).isFalse();
        assertThat(GatedHeidelTime.mayMatch(months, GatedHeidelTime.gramsOf("Talks end in March."))).isFalse();
        assertThat(GatedHeidelTime.mayMatch(months, GatedHeidelTime.gramsOf("Talks end on 3 march 2024."))).isTrue();
    }

    @Test
    void knowsNothingOfWhatItCannotRead() {
        assertThat(RequiredLiterals.of(Pattern.compile("(?i)monday"))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("monday", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("\\Qmonday\\E"))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("[^a]+|\\s*"))).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("(a|.*)"))).isEmpty();
    }
}
