package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the arguments of each candidate in the dependency parse ({@link VerbArguments} for verbs,
 * {@link NounArguments} for nouns), read the way the act the trigger names (after a refusal is
 * re-read as REJECT) takes them. Reads {@code TRIGGERS} and {@code MODALITY}; adds
 * {@code ARGUMENTS}.
 *
 * <p>Design decision: arguments come from dependency relations only, never from co-occurrence in
 * the sentence. Co-occurrence pairs every actor with every trigger and floods a record with
 * events nobody reported; the parse misses some events but what it finds is who did what to whom.
 */
final class ArgumentFinder implements EventPass {

    private final VerbArguments verbs;
    private final NounArguments nouns;

    ArgumentFinder(TriggerLexicon lexicon, PlaceFinder places, EventWords words) {
        ArgumentActors actors = new ArgumentActors(places, words);
        this.verbs = new VerbArguments(places, actors, words);
        this.nouns = new NounArguments(lexicon, places, actors, words);
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.TRIGGERS, Fact.MODALITY), Set.of(Fact.ARGUMENTS));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> {
            ArticleSentence s = article.sentence(d.sentence());
            return Optional.of(d.withArguments(d.rule().noun() ? nouns.of(s, d.token(), d.rule())
                    : verbs.of(s, d.token(), d.rule())));
        });
    }
}
