package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;

/**
 * Finds countries named in a sentence by plain string match of country names, aliases and
 * demonyms ({@link Countries#byName}), longest word sequence first: the actor matching of the
 * keyword baselines, which Parley's own actor resolution must beat.
 *
 * <p>Only capitalized words start a name, so the pronoun "us" is not the USA. Immutable and
 * thread-safe.
 */
public final class CountryMentions {

    /** A country named at {@code begin} (character offset) in the sentence. */
    public record Mention(int begin, int end, String alpha3) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}.'’-]*");
    private static final int LONGEST_NAME_WORDS = 5;

    private final Countries countries;

    public CountryMentions(Countries countries) {
        this.countries = countries;
    }

    /** The countries named in {@code sentence}, in text order (a country may appear several times). */
    public List<Mention> find(String sentence) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int matchedWords = 0;
            if (Character.isUpperCase(sentence.charAt(words.get(i)[0]))) {
                for (int n = Math.min(LONGEST_NAME_WORDS, words.size() - i); n >= 1 && matchedWords == 0; n--) {
                    int begin = words.get(i)[0];
                    int end = words.get(i + n - 1)[1];
                    Optional<Country> country = lookUp(sentence.substring(begin, end));
                    if (country.isPresent()) {
                        found.add(new Mention(begin, end, country.get().alpha3()));
                        matchedWords = n;
                    }
                }
            }
            i += Math.max(1, matchedWords);
        }
        return found;
    }

    private Optional<Country> lookUp(String name) {
        Optional<Country> country = countries.byName(name);
        if (country.isEmpty() && name.endsWith(".") && !name.matches(".*\\..*\\.")) {
            // "... in Hungary." : the sentence's full stop, not an abbreviation like "U.S."
            country = countries.byName(name.substring(0, name.length() - 1));
        }
        return country;
    }
}
