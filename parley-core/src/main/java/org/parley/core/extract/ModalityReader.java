package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.core.extract.EventWords.ModalityCue;
import org.parley.core.extract.ModalCodes.Modality;

/**
 * Reads whether each candidate is reported as done, and codes it accordingly (the cue words are
 * in {@code modality-cues.tsv}, the codes in {@code modal-codes.tsv}). A negated act did
 * not happen and is dropped, unless it is an announced refusal ("would not meet the demands"),
 * which is re-read as a REJECT. An act only wished, planned or invited: a consultation is dropped
 * unless promised ("will visit Albania" is an intent to meet, AGREE), intended aid, support
 * and cooperation become AGREE. A promised retreat or concession is an AGREE; an announced
 * act of force or pressure ("would blockade Paris", "plans to impose restrictions") a THREATEN, and
 * so is a promise made conditional ("will withdraw ... unless"). Reads {@code TRIGGERS}; adds
 * {@code MODALITY}.
 */
final class ModalityReader implements EventPass {

    private final EnumWordLists<ModalityCue> cues;
    private final ModalCodes codes;

    ModalityReader(EventWords words) {
        this.cues = words.modality();
        this.codes = words.codes();
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.TRIGGERS), Set.of(Fact.MODALITY));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> read(article.sentence(d.sentence()).graph(), d));
    }

    private Optional<EventDraft> read(DependencyGraph g, EventDraft d) {
        int i = d.token();
        TriggerRule rule = d.rule();
        if (negated(g, i)) {
            // "said it would not meet the hostage-takers' demands", "will not accept any
            // more refugees": an announced refusal is a REJECT; other negated acts did not happen
            Optional<Coding> refusal = codes.of(Modality.REFUSED, rule.type());
            if (rule.noun() || refusal.isEmpty() || !promised(g, i)) {
                return Optional.empty();
            }
            rule = new TriggerRule(rule.lemma(), false, refusal.get().type(), null, refusal.get().cameo(), null,
                    TriggerRule.Pattern.DIRECTED);
            d = d.withRule(rule, g.token(i).word()).withCoding(Coding.of(rule));
        }
        Coding coded = d.coding();
        if (irrealis(g, i)) {
            if (rule.type().equals("CONSULT") && !promised(g, i)) {
                return Optional.empty(); // a meeting only wished for, planned or invited
            }
            // "will visit Albania": an intent to meet; "will support Turkey's bid": a promise of support
            coded = codes.of(Modality.INTENDED, rule.type()).orElse(coded);
        }
        Optional<Coding> promise = codes.of(Modality.PROMISED, rule.type());
        if (promise.isPresent() && promised(g, i)) {
            // "will withdraw", "is willing to release": the promise is the event
            coded = promise.get();
        }
        if (!rule.noun() && announcedIntent(g, i)) {
            Optional<Coding> threat = codes.of(Modality.ANNOUNCED, rule.type());
            if (threat.isPresent()) {
                // "would blockade Paris", "plans to impose restrictions", "may halt mediation": an
                // announced act of force or pressure is a threat
                coded = threat.get();
            } else if (unlessClause(g, i)) {
                // "will withdraw its force from Chad unless ...": a promise made conditional on the
                // other side's conduct is a threat
                coded = codes.of(Modality.CONDITIONAL, rule.type()).orElse(coded);
            }
        }
        return Optional.of(d.withCoding(coded));
    }

    private boolean negated(DependencyGraph g, int i) {
        int gov = g.governor(i);
        if (gov >= 0 && g.relation(i).equals("xcomp") && cues.contains(ModalityCue.NEGATING_VERB, g.lemma(gov))) {
            return true; // "failed to reach agreement"
        }
        return g.children(i).stream().anyMatch(c -> CueWords.negations().contains(g.lemma(c))
                && (g.relation(c).equals("advmod") || g.relation(c).equals("det") || g.relation(c).equals("neg")));
    }

    /**
     * Whether the act is promised rather than done: it has "will", "would" or "shall", or it is
     * the complement of "willing", "ready", "prepared" ("Syria is willing to withdraw").
     */
    private boolean promised(DependencyGraph g, int i) {
        if (g.children(i).stream().anyMatch(c -> g.relation(c).startsWith("aux")
                && cues.contains(ModalityCue.PROMISE_MODAL, g.lemma(c)))) {
            return true;
        }
        int gov = g.governor(i);
        return gov >= 0 && g.relation(i).equals("xcomp") && cues.contains(ModalityCue.PROMISE_WORD, g.lemma(gov));
    }

    /** Whether the act is only wished for, planned or offered: a modal or wish word governs it. */
    private boolean irrealis(DependencyGraph g, int i) {
        int node = i;
        for (int depth = 0; node >= 0 && depth < 4; depth++) {
            for (int c : g.children(node)) {
                String rel = g.relation(c);
                if ((rel.startsWith("aux") && cues.contains(ModalityCue.IRREALIS_MODAL, g.lemma(c)))
                        || (rel.equals("amod") && cues.contains(ModalityCue.FUTURE_MODIFIER, g.lemma(c)))) {
                    return true;
                }
            }
            if (depth > 0 && cues.contains(ModalityCue.WISH, g.lemma(node))) {
                return true;
            }
            String rel = g.relation(node);
            boolean embedded = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl")
                    || rel.equals("obj") || rel.equals("advcl") || g.baseRelation(node).equals("nmod");
            if (!embedded) {
                return false;
            }
            node = g.governor(node);
        }
        return false;
    }

    /**
     * Whether a verb is announced rather than done: a modal of intent or possibility ("will",
     * "would", "may") on it, or it is the complement of an intent word ("plans to", "vowed to",
     * "is prepared to").
     */
    private boolean announcedIntent(DependencyGraph g, int v) {
        if (g.children(v).stream().anyMatch(c -> g.relation(c).startsWith("aux")
                && cues.contains(ModalityCue.INTENT_MODAL, g.lemma(c)))) {
            return true;
        }
        int gov = g.governor(v);
        return gov >= 0 && g.relation(v).equals("xcomp")
                && cues.contains(ModalityCue.INTENT_WORD, g.lemma(gov));
    }

    /** Whether the verb has an "unless" clause. */
    private boolean unlessClause(DependencyGraph g, int v) {
        return g.children(v, "advcl").stream().anyMatch(c -> g.children(c, "mark").stream()
                .anyMatch(m -> cues.contains(ModalityCue.THREAT_CONDITION, g.lemma(m))));
    }
}
