package org.parley.core.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.relations.PlanCues;
import org.parley.model.EventStatus;
import org.parley.model.Sentence;

/**
 * Marks the events a report gives as still to come, with the cues of the relationship card's plans
 * ({@code relations/plans.tsv}, one list for both): the action word a plan cue governs ("will
 * <u>visit</u>", "is scheduled to <u>meet</u>", "accepted the invitation to <u>visit</u>") takes the cue's
 * status (planned, invited, accepted); so does a headline's bare infinitive ("Biden to <u>visit</u> Vietnam
 * next month"), and a meeting noun that hangs on an act still to come ("will visit Hanoi for
 * <u>talks</u>"). A meeting {@link ModalityReader} keeps as an intent ("would discuss") is already planned.
 * Reads {@code TRIGGERS} and {@code MODALITY}; adds {@code STATUS}. Thread-safe.
 *
 * <p>Design decision: the status is a field of its own, not a recoding: "will visit" keeps the code the
 * field gives an announced meeting (AGREE, CAMEO 036), so the gold-set codings do not move, and a
 * planned record is never merged with the held one (consolidation keeps them apart and links them).
 */
final class PlanStatusReader implements EventPass {

    /** How far up the parse a meeting noun may hang on an act still to come ("visit ... for talks"). */
    private static final int NOUN_DEPTH = 2;
    private static final Set<String> HANGING_RELATIONS = Set.of("obl", "nmod", "obj", "conj");

    private final PlanCues cues;

    PlanStatusReader(PlanCues cues) {
        this.cues = cues;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.TRIGGERS, Fact.MODALITY), Set.of(Fact.STATUS));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> Optional.of(d.status().toCome() ? d : ownStatus(article, d).map(d::withStatus).orElse(d)));
        List<EventDraft> toCome = article.drafts().stream().filter(d -> d.status().toCome()).toList();
        article.revise(d -> Optional.of(d.status().toCome() || !d.rule().noun() || !d.coding().type().equals("CONSULT") ? d
                : hangingOn(article.sentence(d.sentence()).graph(), d, toCome).map(d::withStatus).orElse(d)));
    }

    /**
     * The status a plan cue of its sentence gives the draft's action word ("will | visit", "the invitation
     * to him to | visit"), if one does; {@link ModalityReader} asks it of a meeting only wished or invited.
     */
    static Optional<EventStatus> cuedStatus(PlanCues cues, ArticleEvents article, EventDraft d) {
        DependencyGraph g = article.sentence(d.sentence()).graph();
        Sentence sentence = g.sentence();
        int offset = g.token(d.token()).span().begin() - sentence.span().begin();
        return cues.statusOfActionAt(sentence.text(article.clean()), offset).map(s -> EventStatus.valueOf(s.name()));
    }

    private Optional<EventStatus> ownStatus(ArticleEvents article, EventDraft d) {
        Optional<EventStatus> own = cuedStatus(cues, article, d);
        if (own.isPresent()) {
            return own;
        }
        DependencyGraph g = article.sentence(d.sentence()).graph();
        if (article.sections().of(d.sentence()) != ArticleSections.Section.HEADLINE || g.governor(d.token()) >= 0
                || !g.isVerb(d.token())) {
            return Optional.empty();
        }
        return g.children(d.token(), "mark").stream().map(c -> cues.headlineStatus(g.lower(c)))
                .flatMap(Optional::stream).findFirst().map(s -> EventStatus.valueOf(s.name()));
    }

    /** The status of an act still to come of the same sentence that the meeting noun hangs on. */
    private static Optional<EventStatus> hangingOn(DependencyGraph g, EventDraft noun, List<EventDraft> toCome) {
        int node = noun.token();
        for (int step = 0; step < NOUN_DEPTH; step++) {
            int governor = g.governor(node);
            if (governor < 0 || !HANGING_RELATIONS.contains(g.baseRelation(node))) {
                return Optional.empty();
            }
            for (EventDraft act : toCome) {
                if (act.sentence() == noun.sentence() && act.token() == governor) {
                    return Optional.of(act.status());
                }
            }
            node = governor;
        }
        return Optional.empty();
    }
}
