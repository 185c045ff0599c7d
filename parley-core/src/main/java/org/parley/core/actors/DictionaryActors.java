package org.parley.core.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.coding.ActorEntry;
import org.parley.core.coding.BundledDictionaries;
import org.parley.core.coding.DatedCode;
import org.parley.core.coding.DictionaryLookup;
import org.parley.core.places.Countries;

/**
 * People, organisations and agents of PETRARCH-format dictionaries (the bundled Phoenix ones by
 * default), read as {@link CameoActorCode}s at a date: the dated code in force on that date, else
 * the undated default; where neither holds (the date is unknown, or the dictionary lists only
 * other years), the country all the actor's codes share, without a sector — a nationality does not
 * change with office. Immutable and thread-safe.
 */
final class DictionaryActors {

    /** A dictionary name covering {@code length} words, and what it stands for. */
    record NameFound(CameoActorCode code, int length) {
    }

    /** An agent phrase covering {@code length} words, and the sector it gives. */
    record AgentFound(String sector, int length) {
    }

    private static final String NOT_AN_ACTOR = "---";

    private final DictionaryLookup lookup;
    private final Countries countries;

    DictionaryActors(DictionaryLookup lookup, Countries countries) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The bundled Phoenix dictionaries. */
    static DictionaryActors phoenix(Countries countries) {
        return new DictionaryActors(new DictionaryLookup(BundledDictionaries.phoenix()), countries);
    }

    /** The words as the dictionaries write them: upper case, accents dropped ("François" → FRANCOIS). */
    static List<String> dictionaryWords(List<String> words) {
        return words.stream().map(w -> Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)).toList();
    }

    /** The actor named by exactly {@code words}, at {@code date} (may be null). */
    Optional<CameoActorCode> named(List<String> words, LocalDate date) {
        return nameAt(dictionaryWords(words), 0, date).filter(f -> f.length() == words.size()).map(NameFound::code);
    }

    /** The longest actor name starting at {@code upperWords[from]}, at {@code date} (may be null). */
    Optional<NameFound> nameAt(List<String> upperWords, int from, LocalDate date) {
        return lookup.actorAt(upperWords, from)
                .flatMap(m -> codeOn(m.entry(), date).map(c -> new NameFound(c, m.length())));
    }

    /** The longest agent phrase starting at {@code upperWords[from]} with a sector Parley uses. */
    Optional<AgentFound> agentAt(List<String> upperWords, int from) {
        return lookup.agentAt(upperWords, from)
                .flatMap(m -> Optional.ofNullable(CameoActorCode.read(m.agent().code(), countries).sector())
                        .map(s -> new AgentFound(s, m.length())));
    }

    private Optional<CameoActorCode> codeOn(ActorEntry entry, LocalDate date) {
        Optional<String> code = entry.codeOn(date).map(c -> ActorEntry.split(c).get(0));
        if (code.isPresent()) {
            return code.get().equals(NOT_AN_ACTOR) ? Optional.empty()
                    : Optional.of(CameoActorCode.read(code.get(), countries));
        }
        Set<String> nationalities = entry.codes().stream().map(DatedCode::code)
                .filter(c -> !c.equals(NOT_AN_ACTOR))
                .map(c -> CameoActorCode.read(ActorEntry.split(c).get(0), countries).country())
                .map(c -> c == null ? "" : c).collect(Collectors.toSet());
        if (nationalities.size() != 1 || nationalities.contains("")) {
            return Optional.empty();
        }
        String country = nationalities.iterator().next();
        return Optional.of(new CameoActorCode(country, country, null));
    }
}
