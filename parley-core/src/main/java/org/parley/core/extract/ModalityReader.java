package org.parley.core.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.extract.EventDraft.Coding;

/**
 * Reads whether each candidate is reported as done, and codes it accordingly. A negated act did
 * not happen and is dropped, unless it is an announced refusal ("would not meet the demands"),
 * which is re-read as a REJECT. An act only wished, planned or invited: a consultation is dropped
 * unless promised ("will visit Albania" is an intent to meet, AGREE 036), intended aid, support
 * and cooperation become AGREE. A promised retreat or concession is an AGREE (035); an announced
 * act of force or pressure ("would blockade Paris", "plans to impose restrictions") a THREATEN, and
 * so is a promise made conditional ("will withdraw ... unless"). Reads {@code TRIGGERS}; adds
 * {@code MODALITY}.
 */
final class ModalityReader implements EventPass {

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "could", "may", "might",
            "can", "must");
    /** Words under which an event is only wished for, planned or offered, not reported as done. */
    private static final Set<String> IRREALIS = Set.of("wish", "hope", "want", "plan", "intend", "expect", "invite",
            "invitation", "ready", "readiness", "look", "need", "prepare", "arrange", "propose", "suggest", "ask",
            "urge", "request", "aim", "seek", "call", "agree", "pledge", "commit", "promise", "offer");
    /** Acts whose promise is an AGREE event (PLOVER: an intent to yield). */
    static final Set<String> PROMISABLE = Set.of("RETREAT", "CONCEDE");
    /** Acts of force or pressure whose announced intent is a threat (CAMEO 13x), by type. */
    private static final Map<String, String> THREAT_CODES = Map.of("ASSAULT", "138", "COERCE", "137",
            "SANCTION", "1312", "PROTEST", "133", "MOBILIZE", "138");
    /** Words whose complement is an announced intent ("plans to impose", "vowed to fight"). */
    private static final Set<String> INTENT_WORDS = Set.of("plan", "intend", "vow", "swear", "prepare", "prepared",
            "ready", "willing", "decide", "determined");
    private static final Set<String> INTENT_MODALS = Set.of("will", "would", "shall", "may", "might", "could");
    /** Acts of yielding or engaging whose announced refusal is a REJECT ("would not meet the demands"). */
    private static final Set<String> REFUSABLE = Set.of("AGREE", "CONCEDE", "RETREAT", "CONSULT", "COOPERATE",
            "AID", "SUPPORT");
    private static final Set<String> PROMISE_MODALS = Set.of("will", "would", "shall");
    private static final Set<String> PROMISE_WORDS = Set.of("willing", "ready", "prepared", "prepare");
    private static final Set<String> FUTURE_MODIFIERS = Set.of("planned", "upcoming", "proposed", "future", "next",
            "forthcoming", "possible", "potential");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    @Override
    public Set<Fact> reads() {
        return Set.of(Fact.TRIGGERS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.MODALITY);
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> read(article.sentence(d.sentence()).graph(), d));
    }

    private Optional<EventDraft> read(SentenceGraph g, EventDraft d) {
        int i = d.token();
        TriggerRule rule = d.rule();
        if (negated(g, i)) {
            // "said it would not meet the hostage-takers' demands", "will not accept any
            // more refugees": an announced refusal is a REJECT; other negated acts did not happen
            if (rule.noun() || !REFUSABLE.contains(rule.type()) || !promised(g, i)) {
                return Optional.empty();
            }
            rule = new TriggerRule(rule.lemma(), false, "REJECT", null, "120", null, TriggerRule.Pattern.DIRECTED);
            d = d.withRule(rule, g.token(i).word()).withCoding(Coding.of(rule));
        }
        Coding coded = d.coding();
        if (irrealis(g, i)) {
            switch (rule.type()) {
                case "CONSULT" -> {
                    if (!promised(g, i)) {
                        return Optional.empty();
                    }
                    // "will visit Albania": an intent to meet (CAMEO 036)
                    coded = new Coding("AGREE", null, "036");
                }
                case "AID" -> coded = new Coding("AGREE", null, "033");
                // "will support Turkey's bid": a promise of support (CAMEO 032, an intent to support)
                case "SUPPORT" -> coded = new Coding("AGREE", null, "032");
                case "COOPERATE" -> coded = new Coding("AGREE", null, "030");
                default -> {
                }
            }
        }
        if (PROMISABLE.contains(rule.type()) && promised(g, i)) {
            // "will withdraw", "is willing to release": the promise is the event (CAMEO 035)
            coded = new Coding("AGREE", null, "035");
        }
        if (THREAT_CODES.containsKey(rule.type()) && !rule.noun() && announcedIntent(g, i)) {
            // "would blockade Paris", "plans to impose restrictions", "may halt mediation": an
            // announced act of force or pressure is a threat (PLOVER THREATEN, CAMEO 13x)
            coded = new Coding("THREATEN", null, THREAT_CODES.get(rule.type()));
        } else if (!rule.noun() && announcedIntent(g, i) && unlessClause(g, i)) {
            // "will withdraw its force from Chad unless ...": a promise made conditional on the
            // other side's conduct is a threat (CAMEO 130)
            coded = new Coding("THREATEN", null, "130");
        }
        return Optional.of(d.withCoding(coded));
    }

    private boolean negated(SentenceGraph g, int i) {
        int gov = g.governor(i);
        if (gov >= 0 && g.relation(i).equals("xcomp") && g.lemma(gov).equals("fail")) {
            return true; // "failed to reach agreement"
        }
        return g.children(i).stream().anyMatch(c -> NEGATIONS.contains(g.lemma(c))
                && (g.relation(c).equals("advmod") || g.relation(c).equals("det") || g.relation(c).equals("neg")));
    }

    /**
     * Whether the act is promised rather than done: it has "will", "would" or "shall", or it is
     * the complement of "willing", "ready", "prepared" ("Syria is willing to withdraw").
     */
    private boolean promised(SentenceGraph g, int i) {
        if (g.children(i).stream().anyMatch(c -> g.relation(c).startsWith("aux")
                && PROMISE_MODALS.contains(g.lemma(c)))) {
            return true;
        }
        int gov = g.governor(i);
        return gov >= 0 && g.relation(i).equals("xcomp") && PROMISE_WORDS.contains(g.lemma(gov).toLowerCase(Locale.ROOT));
    }

    /** Whether the act is only wished for, planned or offered: a modal or wish word governs it. */
    private boolean irrealis(SentenceGraph g, int i) {
        int node = i;
        for (int depth = 0; node >= 0 && depth < 4; depth++) {
            for (int c : g.children(node)) {
                String rel = g.relation(c);
                if ((rel.startsWith("aux") && MODALS.contains(g.lemma(c)))
                        || (rel.equals("amod") && FUTURE_MODIFIERS.contains(g.lemma(c)))) {
                    return true;
                }
            }
            if (depth > 0 && IRREALIS.contains(g.lemma(node))) {
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
    private boolean announcedIntent(SentenceGraph g, int v) {
        if (g.children(v).stream().anyMatch(c -> g.relation(c).startsWith("aux")
                && INTENT_MODALS.contains(g.lemma(c).toLowerCase(Locale.ROOT)))) {
            return true;
        }
        int gov = g.governor(v);
        return gov >= 0 && g.relation(v).equals("xcomp")
                && INTENT_WORDS.contains(g.lemma(gov).toLowerCase(Locale.ROOT));
    }

    /** Whether the verb has an "unless" clause. */
    private boolean unlessClause(SentenceGraph g, int v) {
        return g.children(v, "advcl").stream().anyMatch(c -> g.children(c, "mark").stream()
                .anyMatch(m -> g.lemma(m).equalsIgnoreCase("unless")));
    }
}
