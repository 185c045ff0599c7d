package org.parley.core.actors;

import java.util.Arrays;
import java.util.Set;

/**
 * People the knowledge base does not know, looked up by their full name in the actor dictionaries
 * ({@link DictionaryActors}) at the article's date: the code found ("Frederik Willem de Klerk" →
 * ZAFGOV in 1990) gives {@link PersonGrounder} a country and a sector where the text gave none. The
 * knowledge base is current and keeps precedence: people it knows are not looked up.
 */
final class DictionaryPeoplePass implements ReadingPass {

    private static final Contract CONTRACT = new Contract(Set.of(ReadingFact.FULL_NAMES),
            ReadingFact.DICTIONARY_PEOPLE);

    private final DictionaryActors dictionary;

    DictionaryPeoplePass(DictionaryActors dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void apply(ArticleReading r) {
        for (Person p : r.people().all()) {
            if (p.terms().isEmpty()) {
                // "al-Thani" is AL_THANI in the dictionaries
                dictionary.named(Arrays.asList(p.name().split(" ")), r.date())
                        .or(() -> dictionary.named(Arrays.asList(p.name().split("[ -]")), r.date()))
                        .ifPresent(p::heardDictionary);
            }
        }
    }
}
