package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.Predicate;
import org.parley.core.analysis.Predicate.Cue;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.core.extract.EventWords.ModalityCue;
import org.parley.core.extract.ModalCodes.Modality;
import org.parley.core.relations.PlanCues;
import org.parley.model.EventStatus;

/**
 * Reads whether each candidate is reported as done, and codes it accordingly (the cue words are
 * in {@code modality-cues.tsv}, the codes in {@code modal-codes.tsv}). A negated act did
 * not happen and is dropped, unless it is an announced refusal ("would not meet the demands") or
 * a failure ("failed to reach agreement"), which are re-read as a REJECT; a noun act is negated or
 * failed with the verb whose object it is ("did not reach an agreement"). An act only wished,
 * planned or invited: a consultation is dropped unless promised ("will visit Albania" is an intent
 * to meet, AGREE) or read as a plan by a plan cue ("the invitation to Biden to visit", "wishes to
 * visit": kept as the meeting, invited or planned); intended aid, support and cooperation become
 * AGREE. A promised retreat, concession, aid, support or cooperation is an AGREE; an announced
 * act of force or pressure ("would blockade Paris", "plans to impose restrictions") a THREATEN, and
 * so is a promise made conditional ("will withdraw ... unless"). A promise word also governs the
 * acts its "to" clause is for ("is willing to send material to help"). An act another side must
 * or should do ("said that Sudan must reach an agreement") is not done and is dropped: the
 * speaker's demand is the reporting verb's REQUEST. Reads {@code TRIGGERS}; adds
 * {@code MODALITY}.
 *
 * <p>The cues are those of each trigger's {@link Predicate} in the article's analysis, the layer the
 * commitment frames read too ({@code commitments.Modality}); the rules that decide are the event
 * passes' own and differ from the frames': lemmas are matched, not words; a negation counts by
 * {@code advmod}, {@code det} ("no agreement") or {@code neg}; "failed to" negates; a wish word up
 * to four governors above the act makes it irrealis; auxiliaries are any relation starting with
 * {@code aux}, amod modifiers and subordinators whole relation names only.
 */
final class ModalityReader implements EventPass {

    /** The relations by which a negation word negates the act ("did not meet", "no agreement"). */
    private static final Set<String> NEGATING_RELATIONS = Set.of("advmod", "det", "neg");
    /** The relations through which a wish or modal above the act still governs it. */
    private static final Set<String> EMBEDDING_RELATIONS = Set.of("xcomp", "ccomp", "acl", "obj", "advcl");

    /** How many "to" clauses up from the act a promise word may stand ("willing to send material to help"). */
    private static final int MAX_PURPOSE_CHAIN = 3;

    private final EnumWordLists<ModalityCue> cues;
    private final ModalCodes codes;
    private final PlanCues plans;

    ModalityReader(EventWords words, PlanCues plans) {
        this.cues = words.modality();
        this.codes = words.codes();
        this.plans = plans;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.TRIGGERS), Set.of(Fact.MODALITY));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> read(article, d));
    }

    private Optional<EventDraft> read(ArticleEvents article, EventDraft d) {
        ArticleAnalysis analysis = article.analysis();
        Predicate act = analysis.predicate(d.sentence(), d.token());
        TriggerRule rule = d.rule();
        Predicate carrier = rule.noun() ? carrier(analysis, act) : null;
        boolean failed = failed(act) || carrier != null && failed(carrier);
        if (negated(act) || carrier != null && negated(carrier)) {
            // "said it would not meet the hostage-takers' demands", "will not accept any
            // more refugees": an announced refusal is a REJECT, and so is a failure ("failed to reach
            // agreement": CAMEO's FAIL family is 120); other negated acts did not happen ("did not
            // reach an agreement" negates the noun the verb carries too)
            Optional<Coding> refusal = codes.of(Modality.REFUSED, rule.type());
            if (refusal.isEmpty() || !failed && (rule.noun() || !promised(analysis, act))) {
                return Optional.empty();
            }
            // a failed joint act ("X and Y failed to reach agreement") keeps its sides as it reads them
            rule = new TriggerRule(rule.lemma(), rule.noun(), refusal.get().type(), null, refusal.get().cameo(), null,
                    failed ? rule.pattern() : TriggerRule.Pattern.DIRECTED);
            d = d.withRule(rule, analysis.graph(d.sentence()).word(d.token())).withCoding(refusal.get());
        }
        if (obliged(act) || carrier != null && obliged(carrier)) {
            // "said that Sudan and the rebels must reach an agreement": the act is another side's duty, not done;
            // the speaker's demand is the reporting verb's own REQUEST (TriggerMatcher, the obliged row of
            // modal-codes.tsv)
            return Optional.empty();
        }
        Coding coded = d.coding();
        if (irrealis(analysis, act)) {
            if (rule.type().equals("CONSULT") && !promised(analysis, act)) {
                // a meeting only wished for or invited ("reiterated the invitation to him to visit", "wishes
                // to visit at an early date") is kept as the meeting, still to come, when a plan cue reads it so
                // (plans.tsv); other wished meetings are dropped
                return PlanStatusReader.cuedStatus(plans, article, d).map(d::withStatus);
            }
            // "will visit Albania": an intent to meet; "will support Turkey's bid": a promise of support
            coded = codes.of(Modality.INTENDED, rule.type()).orElse(coded);
            if (rule.type().equals("CONSULT")) {
                d = d.withStatus(EventStatus.PLANNED); // the meeting itself is still to come
            }
        }
        Optional<Coding> promise = codes.of(Modality.PROMISED, rule.type());
        if (promise.isPresent() && promised(analysis, act)) {
            // "will withdraw", "is willing to release": the promise is the event
            coded = promise.get();
        }
        if (!rule.noun() && announcedIntent(act)) {
            Optional<Coding> threat = codes.of(Modality.ANNOUNCED, rule.type());
            if (threat.isPresent()) {
                // "would blockade Paris", "plans to impose restrictions", "may halt mediation": an
                // announced act of force or pressure is a threat
                coded = threat.get();
            } else if (unlessClause(analysis, act)) {
                // "will withdraw its force from Chad unless ...": a promise made conditional on the
                // other side's conduct is a threat
                coded = codes.of(Modality.CONDITIONAL, rule.type()).orElse(coded);
            }
        }
        return Optional.of(d.withCoding(coded));
    }

    private boolean negated(Predicate p) {
        if (failed(p)) {
            return true; // "failed to agree"
        }
        return p.negations().stream().anyMatch(c -> CueWords.negations().contains(c.lemma())
                && NEGATING_RELATIONS.contains(c.relation()));
    }

    /** Whether a modal of obligation is the act's auxiliary ("must withdraw", "should reach an agreement"). */
    private boolean obliged(Predicate p) {
        return p.auxiliaries().stream().anyMatch(c -> cues.contains(ModalityCue.OBLIGATION_MODAL, c.lemma()));
    }

    /** Whether the act is the complement of a failure verb ("failed to agree"). */
    private boolean failed(Predicate p) {
        return p.complementOf(cues.words(ModalityCue.NEGATING_VERB), "xcomp");
    }

    /**
     * The verb whose object a noun act is ("reach" in "failed to reach agreement"), which says
     * whether the act happened, or null.
     */
    private static Predicate carrier(ArticleAnalysis analysis, Predicate noun) {
        Cue governor = noun.governor();
        if (governor == null || !governor.relation().equals("obj")) {
            return null;
        }
        return analysis.predicate(noun.sentence(), governor.token());
    }

    /**
     * Whether the act is promised rather than done: it has "will", "would" or "shall", or it is
     * the complement of "willing", "ready", "prepared" ("Syria is willing to withdraw"), also through
     * the verbs whose purpose it is ("is willing to send material to help defend Saudi Arabia": the
     * help is offered, not given).
     */
    private boolean promised(ArticleAnalysis analysis, Predicate act) {
        if (act.auxiliaries().stream().anyMatch(c -> cues.contains(ModalityCue.PROMISE_MODAL, c.lemma()))) {
            return true;
        }
        Predicate p = act;
        for (int depth = 0; depth < MAX_PURPOSE_CHAIN; depth++) {
            if (p.complementOf(cues.words(ModalityCue.PROMISE_WORD), "xcomp")) {
                return true;
            }
            Cue governor = p.governor();
            if (governor == null || !governor.relation().equals("xcomp")) {
                return false;
            }
            p = analysis.predicate(p.sentence(), governor.token());
        }
        return false;
    }

    /** Whether the act is only wished for, planned or offered: a modal or wish word governs it. */
    private boolean irrealis(ArticleAnalysis analysis, Predicate act) {
        Predicate p = act;
        for (int depth = 0; depth < 4; depth++) {
            if (p.auxiliaries().stream().anyMatch(c -> cues.contains(ModalityCue.IRREALIS_MODAL, c.lemma()))
                    || p.modifiers().stream().anyMatch(c -> c.relation().equals("amod")
                            && cues.contains(ModalityCue.FUTURE_MODIFIER, c.lemma()))) {
                return true;
            }
            if (depth > 0 && cues.contains(ModalityCue.WISH, p.lemma())) {
                return true;
            }
            Cue governor = p.governor();
            if (governor == null || !EMBEDDING_RELATIONS.contains(governor.relation())
                    && !governor.relationWithSubtypes("nmod")) {
                return false;
            }
            p = analysis.predicate(p.sentence(), governor.token());
        }
        return false;
    }

    /**
     * Whether a verb is announced rather than done: a modal of intent or possibility ("will",
     * "would", "may") on it, or it is the complement of an intent word ("plans to", "vowed to",
     * "is prepared to").
     */
    private boolean announcedIntent(Predicate p) {
        return p.auxiliaries().stream().anyMatch(c -> cues.contains(ModalityCue.INTENT_MODAL, c.lemma()))
                || p.complementOf(cues.words(ModalityCue.INTENT_WORD), "xcomp");
    }

    /** Whether the verb has an "unless" clause. */
    private boolean unlessClause(ArticleAnalysis analysis, Predicate p) {
        return analysis.graph(p.sentence()).children(p.token(), "advcl").stream().anyMatch(c -> analysis.predicate(p.sentence(), c).marks()
                .stream().anyMatch(m -> m.relation().equals("mark")
                        && cues.contains(ModalityCue.THREAT_CONDITION, m.lemma())));
    }
}
