package org.parley.core.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * A demonym after "ethnic" ("ethnic Albanians", "ethnic Turks", "ethnic Albanian guerrillas") names
 * a people by descent, not the nationals or the state of that country: PLOVER and CAMEO code such a
 * group at the country it lives in when the sentence places it ("ethnic Albanians in southern
 * Serbia" are SRB). Its country is the one country the sentence names after "in" ("in Serbia", "in
 * southeastern Serbia"; "in the south of Serbia" is not read); a sentence that places them nowhere
 * leaves them the demonym's country, the best the text says. Immutable and thread-safe.
 */
final class EthnicPeople {

    private static final String ETHNIC = "ethnic";
    private static final String IN = "in";
    /** Words that may stand between "in" and the country: "the", compass words ("south", "southeastern"). */
    private static final int WORDS_BEFORE_COUNTRY = 2;
    private static final int LONGEST_NAME = 3;

    private final Countries countries;

    EthnicPeople(Countries countries) {
        this.countries = countries;
    }

    /** Whether token {@code i} follows "ethnic" ("ethnic Albanians"). */
    static boolean isEthnic(List<Token> toks, int i) {
        return i > 0 && toks.get(i - 1).word().toLowerCase(Locale.ROOT).equals(ETHNIC);
    }

    /** The one country the sentence places its events in ("in Serbia", "in southeastern Serbia"), if one. */
    Optional<Country> placeOf(List<Token> toks) {
        Set<Country> places = new LinkedHashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).word().equalsIgnoreCase(IN)) {
                countryAfter(toks, i + 1).ifPresent(places::add);
            }
        }
        return places.size() == 1 ? Optional.of(places.iterator().next()) : Optional.empty();
    }

    private Optional<Country> countryAfter(List<Token> toks, int from) {
        for (int at = from; at < toks.size() && at <= from + WORDS_BEFORE_COUNTRY; at++) {
            Token t = toks.get(at);
            if (TokenRuns.startsUpper(t.word())) {
                return named(toks, at);
            }
            boolean modifier = t.pos() == PartOfSpeech.ADJECTIVE || t.pos() == PartOfSpeech.NOUN;
            if (!(modifier || t.word().equalsIgnoreCase("the"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The country whose own name (not a demonym) starts at {@code at}: "in Serbian villages" is no place. */
    private Optional<Country> named(List<Token> toks, int at) {
        for (int len = Math.min(LONGEST_NAME, toks.size() - at); len >= 1; len--) {
            String written = TokenRuns.written(toks, at, at + len);
            Optional<Country> c = countries.byName(written);
            if (c.isPresent() && TokenRuns.nameLike(toks, at, at + len) && !isDemonym(toks.get(at + len - 1))) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static boolean isDemonym(Token last) {
        return last.pos() == PartOfSpeech.ADJECTIVE || last.pos() == PartOfSpeech.PLURAL_NOUN
                || last.pos() == PartOfSpeech.PLURAL_PROPER_NOUN;
    }
}
