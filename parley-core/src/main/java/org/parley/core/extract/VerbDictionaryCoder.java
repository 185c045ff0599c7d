package org.parley.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.coding.CameoPloverTable;
import org.parley.core.coding.CameoPloverTable.PloverCode;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.coding.EventCode;
import org.parley.core.coding.VerbCodeReader;
import org.parley.core.coding.VerbCodeReader.VerbCode;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.core.extract.EventWords.ModalityCue;

/**
 * Codes each candidate verb with a PETRARCH-format verb dictionary (the Phoenix CAMEO 2.0
 * dictionary by default, read by {@link VerbCodeReader}: the verb's family and its best pattern
 * over the parse) and gives the PLOVER type and mode of the code from the CAMEO2PLOVER table
 * ({@link CameoPloverTable}). Reads {@code SENTENCES} and {@code TRIGGERS}; adds {@code CODED}.
 *
 * <p>How Parley's trigger rules and the dictionary combine, for a verb both speak of:
 * <ol>
 *   <li>a trigger rule with a cue ("phone talks", "imposed sanctions", "called on") decided on
 *       evidence of its own: it is kept whole;
 *   <li>else, where the dictionary decides by a pattern with words or the verb's own code and that code
 *       has the trigger's PLOVER type, the CAMEO code is the dictionary's ("discussed ... in
 *       phone call": 041); the mode stays the trigger's where it has one (Parley's meeting
 *       modes), else the table's;
 *   <li>the PLOVER type is always the trigger's: a dictionary code of another type, or a
 *       family's default ("KILL [190]" for "shot", 193), leaves the trigger's coding. Measured
 *       on the PLOVER development records, letting patterns change the type cost 13 points of
 *       precision: the patterns match words anywhere in the verb's subtree ("demanded that the
 *       Sudanese government end curbs" matched an ASSAULT pattern);
 *   <li>where the dictionary does not decide (no family, a family without a code of its own and
 *       no pattern, a pattern saying "no event", a code PLOVER does not map) the trigger's coding
 *       stays.
 * </ol>
 * The coding's {@code why} says which rule decided and what the dictionary said.
 *
 * <p>A verb no trigger rule names becomes a candidate when the dictionary decides an event code
 * PLOVER maps by a pattern with words or the verb's own code (a family's default, or a pattern
 * of actor slots alone, reads no more than the verb and is too broad), in a clause stated as
 * done (the main clause, a reported clause, a light verb's complement), unless it is a light,
 * reporting, wish, plan or failure verb ("wanted", "plans", "failed"), or within the clause of
 * another candidate ("agreed to release", "threatened to attack": the governing act says what
 * happened). Its arguments are read as a directed act; it goes through modality, background and
 * sides like any candidate. The dictionary never makes a code up: a family whose default is
 * {@code [---]} gives a code only through a pattern.
 *
 * <p>Immutable; thread-safe.
 */
final class VerbDictionaryCoder implements EventPass {

    /** Verbs that say an act is wished, planned or not done: the modality pass reads them, they are no act. */
    private static final Set<ModalityCue> NOT_ACTS = Set.of(ModalityCue.WISH, ModalityCue.INTENT_WORD,
            ModalityCue.NEGATING_VERB);

    private final VerbCodeReader verbs;
    private final CameoPloverTable plover;
    private final TriggerLexicon lexicon;
    private final EnumWordLists<ModalityCue> modality;

    VerbDictionaryCoder(CodingDictionaries dictionaries, CameoPloverTable plover, TriggerLexicon lexicon,
                        EventWords words) {
        this.verbs = new VerbCodeReader(dictionaries);
        this.plover = plover;
        this.lexicon = lexicon;
        this.modality = words.modality();
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.SENTENCES, Fact.TRIGGERS), Set.of(Fact.CODED));
    }

    @Override
    public void apply(ArticleEvents article) {
        Map<Integer, List<EventDraft>> bySentence = new HashMap<>();
        article.drafts().forEach(d -> bySentence.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d));
        List<EventDraft> out = new ArrayList<>();
        for (ArticleSentence s : article.sentences()) {
            List<EventDraft> found = bySentence.getOrDefault(s.index(), List.of());
            if (!s.readable()) {
                out.addAll(found);
                continue;
            }
            Map<Integer, VerbCode> codes = verbs.codes(s.graph());
            Map<Integer, EventDraft> byToken = new HashMap<>();
            found.forEach(d -> byToken.put(d.token(), d));
            for (EventDraft d : found) {
                out.add(d.rule().noun() ? d : recode(d, codes.get(d.token())));
            }
            for (VerbCode code : codes.values()) {
                if (!byToken.containsKey(code.verb())) {
                    candidate(s, code, byToken.keySet(), codes).ifPresent(out::add);
                }
            }
        }
        out.sort(Comparator.comparingInt(EventDraft::sentence).thenComparingInt(EventDraft::token));
        article.setDrafts(out);
    }

    /** A trigger candidate coded as the rules of the class Javadoc say. */
    private EventDraft recode(EventDraft d, VerbCode code) {
        Coding trigger = d.coding();
        if (code == null) {
            return d.withCoding(because(trigger, "; the verb dictionary has no family for it"));
        }
        if (d.rule().cue() != null) {
            return d.withCoding(because(trigger, "; its cue decides over the dictionary's " + code.why()));
        }
        Optional<PloverCode> read = ploverOf(code);
        if (read.isEmpty()) {
            return d.withCoding(because(trigger, "; the dictionary does not decide: " + code.why()));
        }
        PloverCode p = read.get();
        if (!p.type().equals(d.rule().type())) {
            return d.withCoding(because(trigger, "; kept over the dictionary's " + code.why() + " (" + p.type() + ")"));
        }
        if (!specific(code)) {
            // a family's default ("KILL [190]") is no more specific than the trigger's own code ("shot", 193)
            return d.withCoding(because(trigger, "; the dictionary agrees on the type: " + code.why()));
        }
        String mode = trigger.mode() != null ? trigger.mode() : p.mode();
        return d.withCoding(new Coding(p.type(), mode, code.code().forward(), code.why()));
    }

    /** A candidate only the dictionary finds, or empty. */
    private Optional<EventDraft> candidate(ArticleSentence s, VerbCode code, Set<Integer> triggers,
                                           Map<Integer, VerbCode> codes) {
        DependencyGraph g = s.graph();
        int v = code.verb();
        if (lexicon.lightVerbAt(g, v) || CueWords.reportingLemmas().contains(g.lemma(v))
                || NOT_ACTS.stream().anyMatch(cue -> modality.contains(cue, g.lemma(v)))) {
            return Optional.empty(); // "wanted to expand trade", "plans to", "failed to": no act of its own
        }
        if (!specific(code)) {
            return Optional.empty(); // a family's default is too broad to find an event alone ("gave", "decided")
        }
        if (!reportedAsDone(g, v)) {
            return Optional.empty(); // "wanted to deepen", "to demand the return": wishes and purposes are not acts
        }
        for (int up = g.governor(v); up >= 0; up = g.governor(up)) {
            if (triggers.contains(up) || codes.containsKey(up) && ploverOf(codes.get(up)).isPresent()) {
                return Optional.empty(); // "demanded that Israel ease ...", "killing one and arresting 12"
            }
        }
        Optional<PloverCode> read = ploverOf(code);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        PloverCode p = read.get();
        TriggerRule rule = new TriggerRule(g.lemma(v), false, p.type(), p.mode(), code.code().forward(), null,
                TriggerRule.Pattern.DIRECTED);
        return Optional.of(EventDraft.matched(s.index(), v, rule, triggerText(g, v))
                .withCoding(new Coding(p.type(), p.mode(), rule.cameo(), code.why())));
    }

    /**
     * Whether a verb states an act of its own: the main verb, a verb conjoined with it, or the
     * clause of a reporting verb ("Iraq said it would allow"), the complement of a light verb
     * ("continued to send arms"). Complements of other verbs
     * ("wanted to expand"), purpose and participle clauses ("to demand", "killing") and relative
     * clauses are left to the trigger rules, which read their modality word by word.
     */
    private boolean reportedAsDone(DependencyGraph g, int v) {
        int at = v;
        while (g.governor(at) >= 0) {
            String relation = g.relation(at);
            int gov = g.governor(at);
            if (relation.equals("ccomp") || relation.equals("parataxis")) {
                return CueWords.reportingLemmas().contains(g.lemma(gov));
            }
            if (!relation.equals("conj") && !(relation.equals("xcomp") && lexicon.lightVerbAt(g, gov))) {
                return false;
            }
            at = gov;
        }
        return true;
    }

    /** Whether the code reads more than the verb's family: a pattern with words, or the verb's own code. */
    private static boolean specific(VerbCode code) {
        return code.basis() == VerbCodeReader.Basis.PATTERN || code.basis() == VerbCodeReader.Basis.VERB;
    }

    /** The PLOVER reading of a code the dictionary decided, when its forward code is a CAMEO code PLOVER maps. */
    private Optional<PloverCode> ploverOf(VerbCode code) {
        String forward = code.code().forward();
        if (!code.basis().decided() || forward.equals(EventCode.NONE) || !CameoPloverTable.isCameoCode(forward)) {
            return Optional.empty();
        }
        return plover.of(forward);
    }

    private static Coding because(Coding trigger, String note) {
        return new Coding(trigger.type(), trigger.mode(), trigger.cameo(), trigger.why() + note);
    }

    /** The verb as written, with its particle ("handed over", "called off"). */
    private static String triggerText(DependencyGraph g, int v) {
        StringBuilder text = new StringBuilder(g.token(v).word());
        for (int p : g.children(v, "compound:prt")) {
            text.append(' ').append(g.token(p).word());
        }
        return text.toString();
    }
}
