package org.parley.core.relations;

import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.EntityMention;
import org.parley.model.relations.CountryPair;

/**
 * Whether a report, and a phrase in one of its sentences, speaks of one pair's relationship. A
 * report does when it names both countries (its entity mentions, by name, demonym or capital). A
 * phrase ("Comprehensive Strategic Partnership") does unless the words that modify it name another
 * party: "the ASEAN-US Comprehensive Strategic Partnership", "the Mekong-US partnership", or a
 * partnership "with Japan" in a report on the US and Vietnam. Immutable and thread-safe.
 */
final class PairScope {
    // The modifier of a phrase: the words after the last determiner, preposition or punctuation before it.
    private static final Pattern MODIFIER = Pattern.compile("^.*(?:[,;:(\"“]|\\b(?:the|a|an|its|their|our|this|that|to|of"
            + "|with|on|in|for|between|and|at|by|from|into|since|as)\\b)([^,;:(\"“]*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PARTNER_AFTER = Pattern.compile("^\\s+with\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}.]+");

    private final Countries countries;
    private final Set<String> levelWords;

    /** {@code levelWords}: capitalised words of framework names, which are not parties ("Comprehensive"). */
    PairScope(Countries countries, Set<String> levelWords) {
        this.countries = countries;
        this.levelWords = Set.copyOf(levelWords);
    }

    boolean reportSpeaksOf(ReportText report, CountryPair pair) {
        boolean first = false;
        boolean second = false;
        for (EntityMention entity : report.annotation().entities()) {
            Optional<String> country = country(entity.text());
            first |= country.filter(pair.first()::equals).isPresent();
            second |= country.filter(pair.second()::equals).isPresent();
        }
        return first && second;
    }

    /** What to do with one phrase of the pair: its sentence's index and text, and the match. */
    interface PhraseVisitor {
        void visit(int sentence, String text, MatchResult phrase);
    }

    /** Visits every match of {@code pattern} in the report's sentences that is of this pair's relationship. */
    void eachPhrase(ReportText report, CountryPair pair, Pattern pattern, PhraseVisitor visitor) {
        for (int i = 0; i < report.sentenceCount(); i++) {
            String sentence = report.sentence(i);
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                if (phraseOf(sentence, m.start(), m.end(), pair)) {
                    visitor.visit(i, sentence, m.toMatchResult());
                }
            }
        }
    }

    /** Whether the phrase at {@code start}..{@code end} of {@code sentence} is of this pair's relationship. */
    boolean phraseOf(String sentence, int start, int end, CountryPair pair) {
        String before = sentence.substring(0, start);
        Matcher modifier = MODIFIER.matcher(before);
        int offset = modifier.matches() ? modifier.start(1) : 0;
        Matcher word = WORD.matcher(before.substring(offset));
        while (word.find()) {
            boolean sentenceStart = offset + word.start() == 0;
            if (!sentenceStart && isOtherParty(word.group(), pair)) {
                return false;
            }
        }
        Matcher partner = PARTNER_AFTER.matcher(sentence.substring(end));
        return !partner.find() || country(partner.group(1)).map(pair::has).orElse(false);
    }

    private boolean isOtherParty(String word, CountryPair pair) {
        if (!Character.isUpperCase(word.charAt(0)) || levelWords.contains(word.toLowerCase())) {
            return false;
        }
        return country(word).map(c -> !pair.has(c)).orElse(true);
    }

    private Optional<String> country(String name) {
        return countries.byName(name).or(() -> countries.byCapital(name)).map(Country::alpha3);
    }
}
