package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.data.DataFileException;
import org.parley.core.extract.EventDraft.Coding;
import org.parley.core.extract.EventWords.ModalityCue;
import org.parley.core.extract.ModalCodes.Modality;
import org.parley.model.ActorKind;

/**
 * Finds the candidate events of every readable sentence: a noun or verb with a rule of the
 * {@link TriggerLexicon} whose cue holds, or a reporting verb whose clause says another side must
 * act ("said that Iraq must withdraw", a REQUEST). A trigger another trigger of the sentence
 * already expresses is not a candidate of its own ("welcomed the US's support", "threatened to
 * launch an offensive"). Reads {@code SENTENCES}; adds {@code TRIGGERS}, in text order.
 */
final class TriggerMatcher implements EventPass {

    /** Relations by which a cue word modifies its trigger ("phone talks", "state visit"). */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "nmod:npmod", "obl:npmod");
    /** Relations of what a request asks: "called on Israel to halt ...", "... on Israel, saying it must ...". */
    private static final String[] ASKED = {"xcomp", "ccomp", "advcl", "acl"};

    private final TriggerLexicon lexicon;
    private final EventWords words;
    /** "X said Y must ...": X demands of Y (PLOVER REQUEST). */
    private final TriggerRule saidMust;

    TriggerMatcher(TriggerLexicon lexicon, EventWords words) {
        this.lexicon = lexicon;
        this.words = words;
        Coding obliged = words.codes().of(Modality.OBLIGED, ModalCodes.ANY_TYPE).orElseThrow(
                () -> new DataFileException(ModalCodes.RESOURCE + ": no row for the obliged modality"));
        this.saidMust = new TriggerRule("say", false, obliged.type(), null, obliged.cameo(), null,
                TriggerRule.Pattern.REQUEST);
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.SENTENCES), Set.of(Fact.TRIGGERS));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<EventDraft> found = new ArrayList<>();
        for (ArticleSentence s : article.sentences()) {
            if (s.readable()) {
                found.addAll(candidates(s));
            }
        }
        article.setDrafts(found);
    }

    private List<EventDraft> candidates(ArticleSentence s) {
        DependencyGraph g = s.graph();
        List<EventDraft> found = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            boolean noun = g.isNoun(i);
            if (!noun && !g.isVerb(i)) {
                continue;
            }
            Optional<TriggerRule> rule = ruleFor(s, i, noun);
            if (rule.isPresent() && (reportOfItsOwn(g, i, rule.get()) || !absorbed(s, i))) {
                found.add(EventDraft.matched(s.index(), i, rule.get(), triggerText(g, i, rule.get())));
            }
        }
        return found;
    }

    private Optional<TriggerRule> ruleFor(ArticleSentence s, int i, boolean noun) {
        DependencyGraph g = s.graph();
        if (!noun && CueWords.reportingLemmas().contains(g.lemma(i)) && obligationClause(s, i) >= 0) {
            return Optional.of(saidMust);
        }
        for (TriggerRule rule : lexicon.rules(g.lemma(i), noun)) {
            if (cueHolds(s, i, rule.cue())) {
                return rule.light() ? Optional.empty() : Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the candidate is a speaker's own report that another side must act ("Straw said that
     * Sudan must reach an agreement"): it has its own subject, so it is never the content of a
     * trigger the parser hung it under ("... said that X must reach an agreement before assistance
     * is released" made "said" the complement of "released").
     */
    private boolean reportOfItsOwn(DependencyGraph g, int i, TriggerRule rule) {
        return rule == saidMust && !g.children(i, "nsubj").isEmpty();
    }

    /**
     * The clause of a reporting verb that says what someone else must or should do ("said that
     * Iraq must withdraw"), or -1: its subject is a named actor other than the speaker's own
     * pronoun, and "must" or "should" is its modal.
     */
    private int obligationClause(ArticleSentence s, int v) {
        DependencyGraph g = s.graph();
        for (int clause : g.children(v, "ccomp")) {
            boolean obliged = g.children(clause, "aux").stream()
                    .anyMatch(a -> words.modality().contains(ModalityCue.OBLIGATION_MODAL, g.lemma(a)));
            boolean actorSubject = g.children(clause, "nsubj").stream().anyMatch(n -> !s.actorsAt(n).isEmpty());
            if (obliged && actorSubject) {
                return clause;
            }
        }
        return -1;
    }

    private boolean cueHolds(ArticleSentence s, int i, String cue) {
        if (cue == null) {
            return true;
        }
        DependencyGraph g = s.graph();
        String word = cue.substring(cue.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        if (cue.startsWith("mod:")) {
            return g.children(i).stream().anyMatch(c -> g.lemma(c).equals(word)
                    && MODIFIER_RELATIONS.contains(g.relation(c)));
        }
        if (cue.startsWith("prep:")) {
            // "called off the strike", "pulled out": the parser gives the particle as compound:prt
            return !introduced(g, i, word).isEmpty()
                    || g.children(i, "compound:prt").stream().anyMatch(c -> g.lemma(c).equals(word))
                    || g.isNoun(i) && carriedPhrase(g, i, word);
        }
        if (cue.startsWith("by:")) {
            // "held the first annual review", "a review was held": the noun names what the verb holds
            int at = lexicon.carrierOf(g, i);
            int gov = g.governor(at);
            return gov >= 0 && g.lemma(gov).equals(word) && Set.of("obj", "nsubj:pass").contains(g.relation(at));
        }
        if (cue.startsWith("of:")) {
            // "a state of siege", "a state of emergency": the noun's of-phrase names what it is
            return g.children(i, "nmod").stream().anyMatch(c -> g.lemma(c).equals(word) && g.caseLemma(c).equals("of"));
        }
        if (cue.equals("asks:act")) {
            return asksAnAct(g, i);
        }
        if (cue.startsWith("bare:")) {
            // "called on the Prime Minister": the argument is there, but nothing is asked of it
            List<Integer> args = introduced(g, i, word);
            return !args.isEmpty() && g.children(i, ASKED).isEmpty() && introduced(g, i, "for").isEmpty()
                    && args.stream().allMatch(a -> g.children(a, ASKED).isEmpty());
        }
        if (!cue.equals("obj:PERSON")) {
            // obj:WORD: "imposed sanctions", "severed ties", "sanctions were imposed", as the object's compound
            // ("halt mediation efforts") and through a light noun ("ended mediation efforts")
            return g.children(i, "obj", "nsubj:pass").stream().anyMatch(c -> g.lemma(c).equals(word)
                    || g.children(c, "compound").stream().anyMatch(m -> g.lemma(m).equals(word))
                    || lexicon.isLightNoun(g.lemma(c)) && g.children(c).stream()
                    .anyMatch(k -> g.lemma(k).equals(word) && lexicon.carrierOf(g, k) == c));
        }
        return g.children(i, "obj", "iobj", "nsubj:pass").stream()
                .anyMatch(c -> s.actorsAt(c).stream().anyMatch(a -> a.kind() == ActorKind.PERSON));
    }

    /**
     * Whether the trigger asks its object to do something that is no meeting ("invited the US to
     * help train engineers"): it has a "to" clause and no verb of it is a meeting trigger or a
     * {@code meeting_goal} word ("invited him to visit", "to attend the summit").
     */
    private boolean asksAnAct(DependencyGraph g, int i) {
        List<Integer> asked = g.children(i, "xcomp").stream().filter(g::isVerb).toList();
        return !asked.isEmpty() && asked.stream().noneMatch(v -> words.modality().contains(ModalityCue.MEETING_GOAL, g.lemma(v))
                || lexicon.rules(g.lemma(v), false).stream().anyMatch(r -> "CONSULT".equals(r.type())));
    }

    /**
     * Whether the light verb carrying the noun has an argument introduced by {@code word}: the parser
     * often attaches the noun's phrase to the verb ("opened a hearing Wednesday into the legality").
     */
    private boolean carriedPhrase(DependencyGraph g, int noun, String word) {
        int at = lexicon.carrierOf(g, noun);
        int gov = g.governor(at);
        return gov >= 0 && g.relation(at).equals("obj") && lexicon.lightVerbAt(g, gov)
                && introduced(g, gov, word).stream().anyMatch(c -> g.baseRelation(c).equals("obl"));
    }

    /** The arguments of {@code i} introduced by {@code word} ("on the US"), or that word itself as an oblique. */
    private static List<Integer> introduced(DependencyGraph g, int i, String word) {
        return g.children(i).stream().filter(c -> g.caseLemma(c).equals(word)
                || (g.lemma(c).equals(word) && g.baseRelation(c).equals("obl"))).toList();
    }

    /**
     * Whether another trigger of the sentence already expresses this one: a nominal trigger that
     * is the object of a trigger verb ("welcomed the US's support", "co-chaired the Dialogue"),
     * or a verb that is the complement of a trigger verb ("proposed the US help Vietnam").
     */
    private boolean absorbed(ArticleSentence s, int trigger) {
        DependencyGraph g = s.graph();
        // "ended mediation efforts": a noun carried by a light noun is absorbed as the light noun would be
        int i = g.isNoun(trigger) ? lexicon.carrierOf(g, trigger) : trigger;
        int gov = g.governor(i);
        if (gov < 0) {
            return false;
        }
        String rel = g.relation(i);
        boolean complement = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp")
                || rel.equals("ccomp");
        if (complement && g.isVerb(gov) && ruleFor(s, gov, false).isPresent()) {
            return true;
        }
        int clause = g.coordinationHead(gov);
        if (complement && g.isNoun(i) && lexicon.lightVerbAt(g, gov) && g.governor(clause) >= 0
                && Set.of("xcomp", "ccomp").contains(g.relation(clause)) && g.isVerb(g.governor(clause))
                && ruleFor(s, g.governor(clause), false).isPresent()) {
            // "threatened to launch an offensive", "agreed to speed up projects and to hold talks": the light
            // verb's noun is the content of the trigger verb its clause (or the clause it is joined to) completes
            return true;
        }
        if (rel.equals("acl") && g.isNoun(gov) && ruleFor(s, gov, true).isPresent()) {
            // "refusal to accept", "threat to attack": the noun's act is its content; but the meeting of an
            // invitation ("the invitation to Biden to visit Vietnam") is a record of its own, still to come, when
            // a plan cue reads it so (ModalityReader)
            return !(words.modality().contains(ModalityCue.WISH, g.lemma(gov))
                    && ruleFor(s, i, false).filter(r -> r.type().equals("CONSULT")).isPresent());
        }
        // "called for sanctions", "appealed for aid": what is requested is not done
        return g.isNoun(i) && g.baseRelation(i).equals("obl") && g.caseLemma(i).equals("for") && g.isVerb(gov)
                && ruleFor(s, gov, false).filter(r -> r.type().equals("REQUEST")).isPresent();
    }

    /** The trigger as written: with its cue modifier ("phone talks") or light verb ("held talks"). */
    private String triggerText(DependencyGraph g, int i, TriggerRule rule) {
        if (rule.cue() != null && rule.cue().startsWith("mod:")) {
            for (int c : g.children(i)) {
                if (c < i && rule.cue().endsWith(":" + g.lemma(c))) {
                    return g.token(c).word() + " " + g.token(i).word();
                }
            }
        }
        int at = rule.noun() ? lexicon.carrierOf(g, i) : i;
        String word = at == i ? g.token(i).word() : at > i ? g.token(i).word() + " " + g.token(at).word()
                : g.token(at).word() + " of " + g.token(i).word(); // "mediation effort", "round of talks"
        int gov = g.governor(at);
        // only the noun the verb carries ("held talks"), not one in its adjunct ("announced during talks")
        if (rule.noun() && gov >= 0 && gov < at && g.baseRelation(at).equals("obj") && lexicon.lightVerbAt(g, gov)) {
            return g.token(gov).word() + " " + word;
        }
        return word;
    }
}
