package org.parley.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.extract.EventPass.Fact;

/**
 * The passes of event extraction in the order they run, checked at construction (as CoreNLP
 * checks its annotators' requirements): every fact a pass reads is {@linkplain #GIVEN given} or added
 * by a pass before it, and no fact is added twice. A misordered list fails here, naming the pass
 * and the missing fact, not on the first article.
 *
 * <p>Immutable and thread-safe when its passes are.
 */
record EventPasses(List<EventPass> passes) {

    /** What every {@link ArticleEvents} holds before the first pass. */
    static final Set<Fact> GIVEN = EnumSet.of(Fact.SENTENCES, Fact.SECTIONS);

    EventPasses {
        passes = List.copyOf(passes);
        Set<Fact> known = EnumSet.copyOf(GIVEN);
        for (EventPass pass : passes) {
            Set<Fact> missing = EnumSet.noneOf(Fact.class);
            missing.addAll(pass.contract().reads());
            missing.removeAll(known);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(pass.name() + " reads " + missing
                        + ", which no pass before it adds (passes in order: " + names(passes) + ")");
            }
            for (Fact fact : pass.contract().adds()) {
                if (!known.add(fact)) {
                    throw new IllegalArgumentException(pass.name() + " adds " + fact + ", which is already there"
                            + " (passes in order: " + names(passes) + ")");
                }
            }
        }
    }

    /**
     * Fails, naming {@code reader}, when the passes do not add all of {@code facts}.
     *
     * @return this
     */
    EventPasses requireAdded(Set<Fact> facts, String reader) {
        Set<Fact> missing = EnumSet.noneOf(Fact.class);
        missing.addAll(facts);
        missing.removeAll(GIVEN);
        passes.forEach(p -> missing.removeAll(p.contract().adds()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(reader + " reads " + missing + ", which no pass adds (passes in order: "
                    + names(passes) + ")");
        }
        return this;
    }

    /** Runs every pass, in order, over one article. */
    void run(ArticleEvents article) {
        passes.forEach(p -> p.apply(article));
    }

    private static String names(List<EventPass> passes) {
        return passes.stream().map(EventPass::name).collect(Collectors.joining(", "));
    }
}
