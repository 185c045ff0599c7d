package org.parley.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.Gazetteer;
import org.parley.core.places.Place;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EntityMention;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads typed events from an annotated article: a word of the {@link TriggerLexicon} gives the
 * PLOVER type, mode and nearest CAMEO code; source and target come from the dependency parse
 * (subject, object, with/to/for/on arguments, passive agents, conjoined subjects of joint acts,
 * the subject of a light verb carrying a nominal trigger, "held talks"), mapped to actors through
 * the {@link ActorMention}s; the place from an in/at argument geocoded with the {@link Gazetteer}
 * or from the place visited; topics from the {@link TopicLexicon}; the date from the injected
 * {@link EventDating}.
 *
 * <p>Contract: every event names at least one actor as source and none on both sides, and rests on
 * one sentence (its {@link Evidence}). Partner acts (CONSULT, COOPERATE, SUPPORT, AID) name at
 * least one target too; acts complete without an addressee ("Iran threatened to launch a new
 * offensive", "Papandreou demanded immediate elections") may have an empty target, when their
 * source is grounded (a country, an organisation or a titled person). An announced act of force
 * or pressure ("would blockade Paris", "plans to impose restrictions") or a promise made
 * conditional ("will withdraw ... unless") is a THREATEN; an announced refusal ("would not meet
 * the demands") a REJECT. Joint acts between A and B give source [A], target [B], the
 * grammatical subject (or first conjunct) first. Negated triggers and consultations that are only
 * wished, planned or invited are dropped; intended aid and cooperation become AGREE (CAMEO 033,
 * 030). An event the text gives as past context ("since President Biden's historic visit",
 * "results of the phone talks") is marked background. One real meeting gives one CONSULT per
 * article: later sentences naming the same pair ("the two ministers discussed ...") are its
 * elaboration and add topics and, when missing, its place. Sentences without a place inherit it
 * from the meeting they elaborate (same section, a shared actor or actor country); background
 * events never inherit. Photo captions are skipped.
 *
 * <p>Thread-safe: instances hold only immutable data; each call works on its own state.
 *
 * <p>Design decision: arguments come from dependency relations only, never from co-occurrence in
 * the sentence. Co-occurrence pairs every actor with every trigger and floods a record with
 * events nobody reported; the parse misses some events but what it finds is who did what to whom.
 */
public final class EventExtractor {

    /**
     * What the extractor reads its words from.
     *
     * @param triggers the trigger lexicon
     * @param topics   the controlled topic list
     */
    public record Config(TriggerLexicon triggers, TopicLexicon topics) {
        public Config {
            Objects.requireNonNull(triggers, "triggers");
            Objects.requireNonNull(topics, "topics");
        }

        /** The lexicons bundled with Parley. */
        public static Config defaults() {
            return new Config(TriggerLexicon.bundled(), TopicLexicon.bundled());
        }
    }

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "could", "may", "might",
            "can", "must");
    /** Words under which an event is only wished for, planned or offered, not reported as done. */
    private static final Set<String> IRREALIS = Set.of("wish", "hope", "want", "plan", "intend", "expect", "invite",
            "invitation", "ready", "readiness", "look", "need", "prepare", "arrange", "propose", "suggest", "ask",
            "urge", "request", "aim", "seek", "call", "agree", "pledge", "commit", "promise", "offer");
    /** Acts whose promise is an AGREE event (PLOVER: an intent to yield). */
    private static final Set<String> PROMISABLE = Set.of("RETREAT", "CONCEDE");
    /** Acts whose target may be the place they strike or relax ("shelled Juba", "lifted a curfew in Montenegro"). */
    private static final Set<String> FORCE_TYPES = Set.of("ASSAULT", "COERCE", "CONCEDE");
    /** Sectors of the people (not the state) whose protests are addressed to their own state. */
    private static final Set<String> CIVIL_SECTORS = Set.of("OPP", "CVL", "EDU", "LAB", "REF");
    /**
     * Acts that are complete without a named addressee (PLOVER codes them with the target left
     * unknown): "Iran threatened to launch a new offensive", "Papandreou demanded immediate
     * elections", "the army shelled the town". Partner acts (CONSULT, COOPERATE, SUPPORT, AID) are
     * not: a meeting or a gift without its other side is not what the text reports. Nor is AGREE,
     * whose promise is made to someone ("pledged continued support for Vietnam") more often than
     * the parse shows, unless the promise is an act of the source's own ("agreed to resign").
     */
    private static final Set<String> ONE_SIDED_TYPES = Set.of("REQUEST", "CONCEDE", "RETREAT", "ACCUSE",
            "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT");
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
    /** Nouns whose "of" complement is an earlier event ("results of the phone talks"). */
    private static final Set<String> RESULT_NOUNS = Set.of("result", "outcome", "success", "progress",
            "advancement", "elevation", "upgrade", "achievement", "implementation", "anniversary", "momentum");
    private static final Set<String> PAST_MODIFIERS = Set.of("historic", "previous", "last", "past", "recent",
            "earlier", "successful", "former", "landmark");
    private static final Set<String> PAST_PREPOSITIONS = Set.of("since", "after", "following");
    private static final Set<String> REPORTING_VERBS = Set.of("say", "declare", "state", "tell", "add",
            "reiterate", "conclude", "announce", "stress", "emphasize", "emphasise", "insist");
    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should");
    /** "X said Y must ...": X demands of Y (CAMEO 100, PLOVER REQUEST). */
    private static final TriggerRule SAID_MUST = new TriggerRule("say", false, "REQUEST", null, "100", null,
            TriggerRule.Pattern.REQUEST);
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> PLACE_TAGS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "to", "for", "on", "against");
    /** Types whose act needs no partner: the country it happens in (or leaves) is its target. */
    private static final Set<String> PLACE_TARGET_TYPES = Set.of("PROTEST", "MOBILIZE", "RETREAT");
    private static final Set<String> PLACE_TARGET_PREPOSITIONS = Set.of("in", "from", "into", "across", "at",
            "outside", "near", "throughout");
    private static final Map<String, Integer> MODE_RANK = Map.of("meeting", 1, "host", 2, "visit", 2, "phone", 3);

    private final EventDating dater;
    private final Gazetteer gazetteer;
    private final Countries countries;
    private final Config config;

    public EventExtractor(EventDating dater, Gazetteer gazetteer, Countries countries) {
        this(dater, gazetteer, countries, Config.defaults());
    }

    public EventExtractor(EventDating dater, Gazetteer gazetteer, Countries countries, Config config) {
        this.dater = Objects.requireNonNull(dater, "dater");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The events the article reports, in text order.
     *
     * @param article the article (its id and doc go into the evidence; its publication date anchors dates)
     * @param text    its annotation
     * @param actors  the actor mentions resolved in it
     */
    public List<EventMention> extract(Article article, AnnotatedText text, List<ActorMention> actors) {
        return new Run(article, text, actors).extract();
    }

    /** One event while the article is read; finished into an {@link EventMention} at the end. */
    private static final class Draft {
        final int sentence;
        final int section;
        final int triggerToken;
        String trigger;
        String type;
        String mode;
        String cameo;
        final List<Actor> source;
        final List<Actor> target;
        Location location;
        final boolean background;
        final List<String> topicTexts = new ArrayList<>();

        Draft(int sentence, int section, int triggerToken, String trigger, TriggerRule rule, List<Actor> source,
              List<Actor> target, Location location, boolean background) {
            this.sentence = sentence;
            this.section = section;
            this.triggerToken = triggerToken;
            this.trigger = trigger;
            this.type = rule.type();
            this.mode = rule.mode();
            this.cameo = rule.cameo();
            this.source = source;
            this.target = target;
            this.location = location;
            this.background = background;
        }

        Set<String> parties() {
            Set<String> keys = new java.util.TreeSet<>();
            source.forEach(a -> keys.add(identity(a)));
            target.forEach(a -> keys.add(identity(a)));
            return keys;
        }

        boolean sharesSideWith(Draft other) {
            for (Actor a : all()) {
                for (Actor b : other.all()) {
                    if (identity(a).equals(identity(b)) || (a.country() != null && a.country().equals(b.country()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<Actor> all() {
            List<Actor> all = new ArrayList<>(source);
            all.addAll(target);
            return all;
        }
    }

    private static String identity(Actor actor) {
        return actor.name().toLowerCase(Locale.ROOT) + "|" + actor.country();
    }

    /** The state of one {@link #extract} call. */
    private final class Run {
        private final Article article;
        private final AnnotatedText text;
        private final String clean;
        private final Map<Integer, List<ActorMention>> mentionsBySentence = new HashMap<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final List<Integer> sectionOf = new ArrayList<>();

        Run(Article article, AnnotatedText text, List<ActorMention> actors) {
            this.article = Objects.requireNonNull(article, "article");
            this.text = Objects.requireNonNull(text, "text");
            this.clean = article.clean().text();
            for (ActorMention m : actors) {
                mentionsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }

        List<EventMention> extract() {
            int section = 0;
            for (Sentence sentence : text.sentences()) {
                // a caption ("Photo: Ministry of Foreign Affairs |") is not a section heading
                boolean heading = !article.clean().isCaption(sentence.span()) && isHeading(sentence);
                if (heading) {
                    section++;
                }
                sectionOf.add(section);
                if (sentence.dependencies().isEmpty() || article.clean().isCaption(sentence.span())) {
                    continue;
                }
                read(new SentenceGraph(sentence), section);
            }
            dropStateLevelDuplicates();
            assignTopics();
            List<EventMention> events = new ArrayList<>();
            drafts.sort(Comparator.comparingInt((Draft d) -> d.sentence).thenComparingInt(d -> d.triggerToken));
            for (Draft d : drafts) {
                events.add(finish(d));
            }
            return List.copyOf(events);
        }

        private void read(SentenceGraph g, int section) {
            List<Draft> found = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                boolean noun = g.isNoun(i);
                if (!noun && !g.isVerb(i)) {
                    continue;
                }
                Optional<TriggerRule> rule = ruleFor(g, i, noun);
                if (rule.isEmpty() || absorbed(g, i)) {
                    continue;
                }
                if (negated(g, i)) {
                    // "said it would not meet the hostage-takers' demands", "will not accept any
                    // more refugees": an announced refusal is a REJECT; other negated acts did not happen
                    if (noun || !REFUSABLE.contains(rule.get().type()) || !promised(g, i)) {
                        continue;
                    }
                    TriggerRule r = rule.get();
                    rule = Optional.of(new TriggerRule(r.lemma(), false, "REJECT", null, "120", null,
                            TriggerRule.Pattern.DIRECTED));
                }
                draft(g, i, rule.get(), section).ifPresent(found::add);
            }
            for (Draft d : found) {
                add(d);
            }
        }

        private Optional<TriggerRule> ruleFor(SentenceGraph g, int i, boolean noun) {
            if (!noun && REPORTING_VERBS.contains(g.lemma(i)) && obligationClause(g, i) >= 0) {
                return Optional.of(SAID_MUST);
            }
            for (TriggerRule rule : config.triggers().rules(g.lemma(i), noun)) {
                if (cueHolds(g, i, rule.cue())) {
                    return rule.light() ? Optional.empty() : Optional.of(rule);
                }
            }
            return Optional.empty();
        }

        /**
         * The clause of a reporting verb that says what someone else must or should do ("said that
         * Iraq must withdraw"), or -1: its subject is a named actor other than the speaker's own
         * pronoun, and "must" or "should" is its modal.
         */
        private int obligationClause(SentenceGraph g, int v) {
            for (int clause : g.children(v, "ccomp")) {
                boolean obliged = g.children(clause, "aux").stream()
                        .anyMatch(a -> OBLIGATION_MODALS.contains(g.lemma(a)));
                boolean actorSubject = g.children(clause, "nsubj").stream().anyMatch(n -> !actorsAt(g, n).isEmpty());
                if (obliged && actorSubject) {
                    return clause;
                }
            }
            return -1;
        }

        private boolean cueHolds(SentenceGraph g, int i, String cue) {
            if (cue == null) {
                return true;
            }
            String word = cue.substring(cue.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            if (cue.startsWith("mod:")) {
                return g.children(i).stream().anyMatch(c -> g.lemma(c).equals(word)
                        && Set.of("compound", "amod", "nmod:npmod", "obl:npmod").contains(g.relation(c)));
            }
            if (cue.startsWith("prep:")) {
                return g.children(i).stream().anyMatch(c -> g.caseOf(c).equals(word)
                        || (g.lemma(c).equals(word) && g.baseRelation(c).equals("obl")));
            }
            if (!cue.equals("obj:PERSON")) {
                // obj:WORD: "imposed sanctions", "severed ties", "sanctions were imposed"
                return g.children(i, "obj", "nsubj:pass").stream().anyMatch(c -> g.lemma(c).equals(word));
            }
            return g.children(i, "obj", "iobj", "nsubj:pass").stream()
                    .anyMatch(c -> actorsAt(g, c).stream().anyMatch(a -> a.kind() == ActorKind.PERSON));
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
         * Whether another trigger of the sentence already expresses this one: a nominal trigger that
         * is the object of a trigger verb ("welcomed the US's support", "co-chaired the Dialogue"),
         * or a verb that is the complement of a trigger verb ("proposed the US help Vietnam").
         */
        private boolean absorbed(SentenceGraph g, int i) {
            int gov = g.governor(i);
            if (gov < 0) {
                return false;
            }
            String rel = g.relation(i);
            boolean complement = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp")
                    || rel.equals("ccomp");
            if (complement && g.isVerb(gov) && ruleFor(g, gov, false).isPresent()) {
                return true;
            }
            if (complement && g.isNoun(i) && lightVerb(g, gov) && g.governor(gov) >= 0
                    && Set.of("xcomp", "ccomp").contains(g.relation(gov)) && g.isVerb(g.governor(gov))
                    && ruleFor(g, g.governor(gov), false).isPresent()) {
                return true; // "threatened to launch an offensive": the light verb's noun is the threat's content
            }
            if (rel.equals("acl") && g.isNoun(gov) && ruleFor(g, gov, true).isPresent()) {
                return true; // "refusal to accept", "threat to attack": the noun's act is its content
            }
            // "called for sanctions", "appealed for aid": what is requested is not done
            return g.isNoun(i) && g.baseRelation(i).equals("obl") && g.caseOf(i).equals("for") && g.isVerb(gov)
                    && ruleFor(g, gov, false).filter(r -> r.type().equals("REQUEST")).isPresent();
        }

        private Optional<Draft> draft(SentenceGraph g, int i, TriggerRule rule, int section) {
            Arguments args = rule.noun() ? nominalArguments(g, i, rule) : verbalArguments(g, i, rule);
            boolean irrealis = irrealis(g, i);
            TriggerRule effective = rule;
            if (irrealis) {
                switch (rule.type()) {
                    case "CONSULT" -> {
                        if (!promised(g, i)) {
                            return Optional.empty();
                        }
                        // "will visit Albania": an intent to meet (CAMEO 036)
                        effective = new TriggerRule(rule.lemma(), rule.noun(), "AGREE", null, "036", null,
                                rule.pattern());
                    }
                    case "AID" -> effective = new TriggerRule(rule.lemma(), rule.noun(), "AGREE", null, "033",
                            null, rule.pattern());
                    // "will support Turkey's bid": a promise of support (CAMEO 032, an intent to support)
                    case "SUPPORT" -> effective = new TriggerRule(rule.lemma(), rule.noun(), "AGREE", null, "032",
                            null, rule.pattern());
                    case "COOPERATE" -> effective = new TriggerRule(rule.lemma(), rule.noun(), "AGREE", null,
                            "030", null, rule.pattern());
                    default -> {
                    }
                }
            }
            if (PROMISABLE.contains(rule.type()) && promised(g, i)) {
                // "will withdraw", "is willing to release": the promise is the event (CAMEO 035)
                effective = new TriggerRule(rule.lemma(), rule.noun(), "AGREE", null, "035", null, rule.pattern());
            }
            if (THREAT_CODES.containsKey(rule.type()) && !rule.noun() && announcedIntent(g, i)) {
                // "would blockade Paris", "plans to impose restrictions", "may halt mediation": an
                // announced act of force or pressure is a threat (PLOVER THREATEN, CAMEO 13x)
                effective = new TriggerRule(rule.lemma(), false, "THREATEN", null, THREAT_CODES.get(rule.type()),
                        null, rule.pattern());
            } else if (!rule.noun() && announcedIntent(g, i) && unlessClause(g, i)) {
                // "will withdraw its force from Chad unless ...": a promise made conditional on the
                // other side's conduct is a threat (CAMEO 130)
                effective = new TriggerRule(rule.lemma(), false, "THREATEN", null, "130", null, rule.pattern());
            }
            List<Actor> source = new ArrayList<>(dedupe(args.source()));
            List<Actor> target = new ArrayList<>(args.target());
            Set<String> sourceIds = new LinkedHashSet<>();
            source.forEach(a -> sourceIds.add(identity(a)));
            target.removeIf(a -> sourceIds.contains(identity(a)));
            // a side does not act on its own country ("Son and Blinken" are not partners of "Vietnam")
            Set<String> sourceCountries = new LinkedHashSet<>();
            source.forEach(a -> sourceCountries.add(a.country()));
            target.removeIf(a -> a.kind() == ActorKind.COUNTRY && sourceCountries.contains(a.country()));
            if (target.isEmpty() && source.size() > 1 && rule.pattern() == TriggerRule.Pattern.SYMMETRIC) {
                target.addAll(source.subList(1, source.size()));
                source.subList(1, source.size()).clear();
            }
            // "the two sides" as target of one side's request: keep the other side only
            if (target.stream().anyMatch(a -> a.country() != null && !sourceCountries.contains(a.country()))) {
                target.removeIf(a -> a.country() != null && sourceCountries.contains(a.country())
                        && !source.isEmpty() && source.get(0).country() != null);
            }
            if (target.isEmpty() && PLACE_TARGET_TYPES.contains(rule.type())) {
                // "protested in Zimbabwe", "withdrawal of forces from Bosnia": where it happens
                for (int c : placeArguments(g, i)) {
                    {
                        Visited place = visited(g, c);
                        if (place != null && !sourceCountries.contains(place.country().country())) {
                            target.add(place.country());
                        } else if (place != null && source.stream().anyMatch(a -> a.kind() != ActorKind.COUNTRY)) {
                            target.add(place.country()); // "Zimbabwean protesters marched in Zimbabwe"
                        }
                    }
                }
            }
            if (target.isEmpty() && !rule.noun() && FORCE_TYPES.contains(rule.type())) {
                // "shelled the regional capital Juba", "lifted a curfew in Montenegro": the place's country
                List<Integer> places = new ArrayList<>(g.children(i, "obj"));
                for (int object : g.children(i, "obj")) {
                    for (int c : g.children(object, "nmod")) {
                        if (PLACE_TARGET_PREPOSITIONS.contains(g.caseOf(c))) {
                            places.add(c); // "lifted a curfew in Montenegro"
                        }
                    }
                }
                places.addAll(placeArguments(g, i));
                for (int c : places) {
                    Visited place = visited(g, c);
                    if (place != null && target.isEmpty()
                            && (!sourceCountries.contains(place.country().country())
                            || source.stream().anyMatch(a -> a.kind() != ActorKind.COUNTRY))) {
                        target.add(place.country());
                    }
                }
            }
            if (target.isEmpty() && rule.type().equals("PROTEST") && source.size() == 1
                    && source.get(0).kind() == ActorKind.GROUP && source.get(0).country() != null
                    && CIVIL_SECTORS.contains(source.get(0).sector())) {
                // "students throughout Indonesia staged demonstrations": a people's protest that
                // names no addressee is addressed to its own state
                countries.byCode(source.get(0).country())
                        .ifPresent(c -> target.add(Actor.country(c.name(), c.alpha3())));
            }
            Set<String> sourceAfterSplit = new LinkedHashSet<>();
            source.forEach(a -> sourceAfterSplit.add(identity(a)));
            target.removeIf(a -> sourceAfterSplit.contains(identity(a)));
            if (target.isEmpty() && effective.type().equals("AGREE") && rule.pattern() == TriggerRule.Pattern.SYMMETRIC) {
                // "Japanese Foreign Minister Kamikawa and Indian Minister Jaishankar agreed", parsed
                // with one subject: the other side of the joint act is the one person of another
                // country the sentence names; a lone side is no agreement
                List<Actor> partners = peopleOfOtherCountries(g, source);
                if (partners.size() == 1) {
                    target.add(partners.get(0));
                }
            }
            if (source.isEmpty() || target.isEmpty() && !oneSided(g, i, rule, effective, source)) {
                return Optional.empty();
            }
            if (target.isEmpty() && effective.type().equals("AGREE") && sidesOfDifferentCountries(source)) {
                // "the two sides pledged to speed up projects": a promise the sides made each other,
                // coded like "X and Y agreed" (one side as source, the other as target)
                target.addAll(source.subList(1, source.size()));
                source.subList(1, source.size()).clear();
            }
            boolean background = background(g, i);
            Location location = args.place() != null ? args.place() : placeOf(g, i, args.heads());
            return Optional.of(new Draft(g.sentence().index(), section, i, triggerText(g, i, rule), effective,
                    dedupe(source), dedupe(target), location, background));
        }

        /**
         * Whether an act with no addressee found is still an event: a verb (or a noun carried by a
         * light verb) whose type needs no partner
         * ({@link #ONE_SIDED_TYPES}) and its source is an actor of known country, an organisation
         * (an IGO or NGO acting in its own name) or a person with a title ("President Bill Clinton").
         */
        private boolean oneSided(SentenceGraph g, int i, TriggerRule written, TriggerRule rule, List<Actor> source) {
            // a bare noun ("at the invitation of ...") takes its participants from the clause around
            // it, not from arguments of its own: only a verb or a noun carried by a light verb
            // ("staged demonstrations") says who acted
            boolean ownArguments = !rule.noun() || (g.governor(i) >= 0 && lightVerb(g, g.governor(i)));
            if (rule.type().equals("REQUEST") && !rule.noun() && !g.children(i, "obj", "iobj").isEmpty()
                    && !g.children(i, "xcomp", "ccomp").isEmpty()) {
                // "asked relevant agencies to arrange the visit": the object of "ask X to do" is the
                // addressee, and one that is no actor leaves the request unaddressed, not one-sided
                return false;
            }
            // "agreed to resign", "promised to democratize Serbia": a promise whose content is a
            // clause of its own needs no addressee; "pledged continued support for Vietnam" does
            // ("will evacuate all settlements", a promised retreat, is one too); "agreed that there is
            // room for cooperation" is an opinion shared, and "will help Vietnam settle" has a beneficiary
            boolean promiseOfAnAct = rule.type().equals("AGREE") && !rule.noun()
                    && (PROMISABLE.contains(written.type()) || written.type().equals("AGREE")
                    && !g.children(i, "xcomp").isEmpty() && g.children(i, "obj", "iobj", "ccomp").isEmpty());
            return ownArguments && (ONE_SIDED_TYPES.contains(rule.type()) || promiseOfAnAct) && source.stream().anyMatch(a -> a.country() != null
                    || a.kind() == ActorKind.ORGANIZATION || (a.kind() == ActorKind.PERSON && a.sector() != null));
        }

        /** The people the sentence names whose country is known and none of the source's. */
        private List<Actor> peopleOfOtherCountries(SentenceGraph g, List<Actor> source) {
            Set<String> sourceCountries = new LinkedHashSet<>();
            source.forEach(a -> sourceCountries.add(a.country()));
            List<Actor> out = new ArrayList<>();
            for (ActorMention m : mentionsBySentence.getOrDefault(g.sentence().index(), List.of())) {
                Actor a = m.actor();
                if (a.kind() == ActorKind.PERSON && a.country() != null && !sourceCountries.contains(a.country())
                        && !out.contains(a)) {
                    out.add(a);
                }
            }
            return out;
        }

        /** Whether the actors name at least two different countries (two sides, not one side's people). */
        private static boolean sidesOfDifferentCountries(List<Actor> actors) {
            return actors.stream().map(Actor::country).filter(java.util.Objects::nonNull).distinct().count() > 1;
        }

        /** Whether the verb has an "unless" clause. */
        private boolean unlessClause(SentenceGraph g, int v) {
            return g.children(v, "advcl").stream().anyMatch(c -> g.children(c, "mark").stream()
                    .anyMatch(m -> g.lemma(m).equalsIgnoreCase("unless")));
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

        /**
         * The in/at/outside/near phrases of a trigger, and the places its oblique phrases contain
         * ("at a jail in northern Israel", "in the northern city of Kirkuk"), nearest first.
         */
        private List<Integer> placeArguments(SentenceGraph g, int trigger) {
            List<Integer> out = new ArrayList<>();
            List<Integer> frontier = new ArrayList<>();
            for (int c : g.children(trigger)) {
                String rel = g.baseRelation(c);
                if (rel.equals("obl") || rel.equals("nmod")) {
                    if (PLACE_TARGET_PREPOSITIONS.contains(g.caseOf(c))) {
                        out.add(c);
                    }
                    frontier.add(c); // "on Tuesday in Serbia": the place hangs on the day
                }
            }
            for (int depth = 0; depth < 2; depth++) {
                List<Integer> next = new ArrayList<>();
                for (int node : frontier) {
                    for (int c : g.children(node)) {
                        if (g.baseRelation(c).equals("nmod") && (PLACE_TARGET_PREPOSITIONS.contains(g.caseOf(c))
                                || g.caseOf(c).equals("of"))) {
                            out.add(c);
                            next.add(c);
                        }
                    }
                }
                frontier = next;
            }
            return out;
        }

        private List<Actor> dedupe(List<Actor> actors) {
            Map<String, Actor> unique = new java.util.LinkedHashMap<>();
            actors.forEach(a -> unique.putIfAbsent(identity(a), a));
            return List.copyOf(unique.values());
        }

        private String triggerText(SentenceGraph g, int i, TriggerRule rule) {
            if (rule.cue() != null && rule.cue().startsWith("mod:")) {
                for (int c : g.children(i)) {
                    if (c < i && rule.cue().endsWith(":" + g.lemma(c))) {
                        return g.token(c).word() + " " + g.token(i).word();
                    }
                }
            }
            int gov = g.governor(i);
            if (rule.noun() && gov >= 0 && lightVerb(g, gov) && gov < i) {
                return g.token(gov).word() + " " + g.token(i).word();
            }
            return g.token(i).word();
        }

        // ---- arguments ----

        private record Arguments(List<Actor> source, List<Actor> target, List<Integer> heads, Location place) {
        }

        private Arguments verbalArguments(SentenceGraph g, int v, TriggerRule rule) {
            List<Integer> heads = new ArrayList<>();
            List<Actor> source = new ArrayList<>();
            List<Actor> target = new ArrayList<>();
            for (int agent : g.children(v, "obl:agent")) {
                heads.add(agent);
                source.addAll(subjectActors(g, agent)); // "by Burundian militiamen armed with machetes"
            }
            for (int patient : g.children(v, "nsubj:pass")) {
                heads.add(patient);
                target.addAll(actorsAt(g, patient));
            }
            if (source.isEmpty()) {
                int subject = subjectOf(g, v, 0);
                if (subject >= 0) {
                    heads.add(subject);
                    source.addAll(subjectActors(g, subject));
                }
            }
            Location place = null;
            if (rule.pattern() == TriggerRule.Pattern.VISIT) {
                for (int c : g.children(v)) {
                    String rel = g.relation(c);
                    boolean placeArgument = rel.equals("obj") || (g.baseRelation(c).equals("obl")
                            && Set.of("to", "in").contains(g.caseOf(c)));
                    if (placeArgument && place == null) {
                        Visited visited = visited(g, c);
                        if (visited != null) {
                            place = visited.location();
                            target.add(visited.country());
                            heads.add(c);
                        }
                    }
                }
                return new Arguments(source, target, heads, place);
            }
            for (int c : g.children(v)) {
                String rel = g.relation(c);
                if (rel.equals("obj") || rel.equals("iobj")) {
                    heads.add(c);
                    // a joint act's object is its partner ("met Son") or its topic ("co-chaired the
                    // Vietnam-US Dialogue"), whose modifiers are not parties
                    target.addAll(rule.pattern() == TriggerRule.Pattern.SYMMETRIC ? actorsAt(g, c) : objectActors(g, c));
                } else if (g.baseRelation(c).equals("obl") && TARGET_PREPOSITIONS.contains(g.caseOf(c))
                        && !isPlace(g, c)) {
                    heads.add(c);
                    target.addAll(actorsAt(g, c));
                }
            }
            boolean alone = source.size() == 1 && rule.pattern() == TriggerRule.Pattern.SYMMETRIC;
            if (target.isEmpty() && (rule.pattern() != TriggerRule.Pattern.SYMMETRIC || alone)) {
                // "refused to lift the curfew on Palestinians", "threatened to attack Iraq": the
                // act the trigger governs names the target
                for (int clause : g.children(v, "xcomp")) {
                    for (int c : g.children(clause)) {
                        if (g.relation(c).equals("obj")) {
                            heads.add(c);
                            target.addAll(objectActors(g, c));
                        } else if (g.baseRelation(c).equals("obl") && TARGET_PREPOSITIONS.contains(g.caseOf(c))
                                && !isPlace(g, c)) {
                            heads.add(c);
                            target.addAll(actorsAt(g, c));
                        }
                    }
                }
            }
            if (target.isEmpty() && rule.type().equals("THREATEN")) {
                threatTargets(g, v, heads, target);
            }
            if (rule.pattern() == TriggerRule.Pattern.REQUEST) {
                for (int clause : g.children(v, "ccomp", "xcomp")) {
                    for (int s : g.children(clause, "nsubj")) {
                        heads.add(s);
                        List<Actor> asked = actorsAt(g, s);
                        target.addAll(asked.isEmpty() ? demonymOf(g, s) : asked);
                    }
                }
            }
            return new Arguments(source, target, heads, null);
        }

        /**
         * Whom a threat is aimed at, when its act names no target directly: the side whose conduct
         * is its condition ("unless Baghdad accepted", "if the United States goes ahead"), the
         * partner of the act's object ("to break off relations with Congo"), or the country where
         * the threatened act would happen ("to resume attacks in Israel").
         */
        private void threatTargets(SentenceGraph g, int v, List<Integer> heads, List<Actor> target) {
            List<Integer> acts = new ArrayList<>(List.of(v));
            for (int k = 0; k < acts.size() && acts.size() < 4; k++) {
                acts.addAll(g.children(acts.get(k), "xcomp")); // "threatened to stop talks to reduce ..."
            }
            for (int act : acts) {
                for (int condition : g.children(act, "advcl")) {
                    boolean conditional = g.children(condition, "mark").stream()
                            .anyMatch(m -> Set.of("if", "unless").contains(g.lemma(m).toLowerCase(Locale.ROOT)));
                    if (conditional) {
                        for (int subject : g.children(condition, "nsubj")) {
                            heads.add(subject);
                            target.addAll(actorsAt(g, subject));
                        }
                    }
                }
            }
            if (!target.isEmpty()) {
                return;
            }
            for (int act : acts.subList(1, acts.size())) {
                for (int object : g.children(act, "obj")) {
                    for (int c : g.children(object, "nmod")) {
                        if (TARGET_PREPOSITIONS.contains(g.caseOf(c)) && !isPlace(g, c)) {
                            heads.add(c);
                            target.addAll(actorsAt(g, c));
                        } else if (PLACE_TARGET_PREPOSITIONS.contains(g.caseOf(c)) && target.isEmpty()) {
                            Visited place = visited(g, c); // "to resume attacks in Israel"
                            if (place != null) {
                                target.add(place.country());
                            }
                        }
                    }
                }
                for (int c : placeArguments(g, act)) {
                    Visited place = visited(g, c);
                    if (place != null && target.isEmpty()) {
                        target.add(place.country());
                    }
                }
            }
        }

        private Arguments nominalArguments(SentenceGraph g, int n, TriggerRule rule) {
            List<Integer> heads = new ArrayList<>();
            List<Actor> source = new ArrayList<>();
            List<Actor> target = new ArrayList<>();
            Location place = null;
            boolean possessorUnresolved = false;
            for (int c : g.children(n)) {
                String rel = g.relation(c);
                String prep = g.caseOf(c);
                if (rel.equals("nmod:poss")) {
                    List<Actor> owners = actorsAt(g, c);
                    possessorUnresolved = owners.isEmpty();
                    source.addAll(owners);
                    heads.add(c);
                } else if (g.baseRelation(c).equals("nmod") && (prep.equals("by")
                        || (prep.equals("of") && rule.pattern() == TriggerRule.Pattern.VISIT))) {
                    source.addAll(actorsAt(g, c));
                    heads.add(c);
                } else if (g.baseRelation(c).equals("nmod") && prep.equals("between")) {
                    source.addAll(actorsAt(g, c));
                    heads.add(c);
                } else if (rule.pattern() == TriggerRule.Pattern.VISIT && g.baseRelation(c).equals("nmod")
                        && prep.equals("to") && place == null) {
                    Visited visited = visited(g, c);
                    if (visited != null) {
                        place = visited.location();
                        target.add(visited.country());
                        heads.add(c);
                    }
                } else if (g.baseRelation(c).equals("nmod") && TARGET_PREPOSITIONS.contains(prep) && !isPlace(g, c)) {
                    target.addAll(actorsAt(g, c));
                    heads.add(c);
                }
            }
            int gov = g.governor(n);
            if (gov >= 0 && lightVerb(g, gov)) {
                heads.add(gov);
            }
            if (gov >= 0 && source.isEmpty()) {
                String rel = g.relation(n);
                if (lightVerb(g, gov) && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
                    // "Son holds phone talks with Blinken", "a meeting between A and B was held",
                    // "thousands of students staged demonstrations"
                    int subject = subjectOf(g, gov, 0);
                    if (subject >= 0) {
                        source.addAll(subjectActors(g, subject));
                        heads.add(subject);
                    }
                    for (int c : g.children(gov)) {
                        if (g.baseRelation(c).equals("obl") && TARGET_PREPOSITIONS.contains(g.caseOf(c))
                                && !isPlace(g, c)) {
                            target.addAll(actorsAt(g, c));
                            heads.add(c);
                        }
                    }
                    heads.add(gov);
                } else if (g.isVerb(gov) && (g.baseRelation(n).equals("obl") || possessorUnresolved)) {
                    // "discussed ... during their talks", "said at a reception for Blinken":
                    // the participants are the subject of the clause, else of the main clause.
                    int subject = subjectOf(g, gov, 0);
                    if (subject >= 0) {
                        source.addAll(subjectActors(g, subject));
                        heads.add(subject);
                    }
                    int root = rootOf(g);
                    if (source.isEmpty() && root >= 0 && root != gov && g.isVerb(root)) {
                        int mainSubject = subjectOf(g, root, 0);
                        if (mainSubject >= 0) {
                            source.addAll(actorsAt(g, mainSubject));
                            heads.add(mainSubject);
                        }
                    }
                } else if (g.isVerb(gov) && g.relation(n).equals("obj") && !rule.type().equals("CONSULT")) {
                    // "highlighted his country's support for Vietnam": the speaker's side
                    int subject = subjectOf(g, gov, 0);
                    if (subject >= 0) {
                        source.addAll(actorsAt(g, subject));
                        heads.add(subject);
                    }
                }
            }
            return new Arguments(source, target, heads, place);
        }

        /**
     * The actors of a subject; when the subject word names none, those named in its appositions
     * and modifiers, for subjects the parser attached to a date or place ("on March 25, 2024 in
     * Washington DC, Foreign Minister Son and Secretary Blinken co-chaired ..."). Place words are
     * passed through, never taken as actors.
     */
    private List<Actor> subjectActors(SentenceGraph g, int subject) {
        List<Actor> direct = actorsAt(g, subject);
        if (!direct.isEmpty()) {
            return direct;
        }
        // "Turkish farmers", "the Sudanese government" read as a demonym on an unknown noun
        List<Actor> qualified = demonymOf(g, subject);
        if (!qualified.isEmpty()) {
            return qualified;
        }
        List<Actor> found = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(subject));
        for (int depth = 0; depth < 3 && found.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : frontier) {
                for (int c : g.children(node, "appos", "nmod", "dep")) {
                    String tag = g.token(c).ner();
                    if (tag == null || !PLACE_TAGS.contains(tag)) {
                        List<Actor> inner = actorsAt(g, c);
                        // "thousands of Iraqi Kurds": the demonym of the counted people
                        found.addAll(inner.isEmpty() && g.caseOf(c).equals("of") ? demonymOf(g, c) : inner);
                    }
                    next.add(c);
                }
            }
            frontier = next;
        }
        return found;
    }

    /** The subject of a verb, through xcomp and conjoined verbs ("agreed to promote", "met and discussed"). */
        private int subjectOf(SentenceGraph g, int v, int depth) {
            List<Integer> subjects = g.children(v, "nsubj");
            if (!subjects.isEmpty()) {
                return subjects.get(0);
            }
            int gov = g.governor(v);
            String rel = g.relation(v);
            if (gov >= 0 && depth < 3 && (rel.equals("xcomp") || (rel.equals("conj") && g.isVerb(gov)))) {
                return subjectOf(g, gov, depth + 1);
            }
            if (gov >= 0 && rel.equals("acl") && g.isNoun(gov) && g.token(v).pos().equals("VBG")) {
                return gov; // "demonstrators protesting election results": the noun does the act
            }
            return -1;
        }

        private int rootOf(SentenceGraph g) {
        for (int i = 0; i < g.size(); i++) {
            if (g.relation(i).equals("root")) {
                return i;
            }
        }
        return -1;
    }

    private boolean lightVerb(SentenceGraph g, int v) {
            return g.isVerb(v) && config.triggers().rules(g.lemma(v), false).stream().anyMatch(TriggerRule::light);
        }

        /**
         * Actors of an object: itself, else its owner, its for/of/to/by complement ("Blinken's
         * visit", "calls by Belarus") or a country word qualifying it ("an Indian proposal").
         */
        private List<Actor> objectActors(SentenceGraph g, int object) {
            List<Actor> direct = actorsAt(g, object);
            if (!direct.isEmpty()) {
                return direct;
            }
            List<Actor> inner = new ArrayList<>();
            for (int c : g.children(object)) {
                String rel = g.relation(c);
                if (rel.equals("nmod:poss") || (g.baseRelation(c).equals("nmod")
                        && Set.of("for", "of", "to", "by").contains(g.caseOf(c)) && !isPlace(g, c))) {
                    inner.addAll(actorsAt(g, c));
                } else if (rel.equals("amod") || rel.equals("compound")) {
                    covering(g, c).stream().filter(a -> a.kind() == ActorKind.COUNTRY).forEach(inner::add);
                }
            }
            return inner;
        }

        /**
         * The actors a token stands for: the mentions covering it, else those covering a name-part
         * dependent ("Minister ... Son" parsed with Son as dep), plus conjuncts ("Blinken and Son").
         */
        private List<Actor> actorsAt(SentenceGraph g, int head) {
            List<Actor> found = new ArrayList<>(covering(g, head));
            if (found.isEmpty()) {
                for (int c : g.children(head, "dep", "appos", "compound", "flat")) {
                    found.addAll(covering(g, c));
                }
            }
            for (int conj : g.children(head, "conj")) {
                for (Actor a : actorsAt(g, conj)) {
                    if (!found.contains(a)) {
                        found.add(a);
                    }
                }
            }
            return found;
        }

        /** The countries of the demonyms qualifying a noun ("Sudanese" in "Sudanese government"). */
        private List<Actor> demonymOf(SentenceGraph g, int noun) {
            List<Actor> out = new ArrayList<>();
            if (!g.isNoun(noun)) {
                return out;
            }
            for (int c : g.children(noun, "amod", "compound")) {
                covering(g, c).stream().filter(a -> a.kind() == ActorKind.COUNTRY && !out.contains(a)).forEach(out::add);
            }
            return out;
        }

        private List<Actor> covering(SentenceGraph g, int token) {
            List<Actor> found = new ArrayList<>();
            for (ActorMention m : mentionsBySentence.getOrDefault(g.sentence().index(), List.of())) {
                if (m.coversToken(g.sentence().index(), token) && !found.contains(m.actor())) {
                    found.add(m.actor());
                }
            }
            return found;
        }

        // ---- modality and background ----

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

        private boolean background(SentenceGraph g, int i) {
            for (int c : g.children(i)) {
                String rel = g.relation(c);
                if ((rel.equals("amod") && PAST_MODIFIERS.contains(g.lemma(c)))
                        || (rel.equals("case") || rel.equals("mark")) && PAST_PREPOSITIONS.contains(g.lemma(c))) {
                    return true;
                }
            }
            // past perfect: "had met", "had reached"
            boolean perfect = g.children(i, "aux").stream().anyMatch(c -> g.word(c).equals("had"));
            if (perfect && g.isVerb(i)) {
                return true;
            }
            int node = i;
            for (int depth = 0; depth < 3; depth++) {
                int gov = g.governor(node);
                if (gov < 0 || !g.baseRelation(node).equals("nmod") && !g.baseRelation(node).equals("obl")
                        && !g.relation(node).equals("conj")) {
                    return false;
                }
                if (RESULT_NOUNS.contains(g.lemma(gov)) || PAST_PREPOSITIONS.contains(g.caseOf(gov))) {
                    return true;
                }
                node = gov;
            }
            return false;
        }

        // ---- places ----

        private record Visited(Actor country, Location location) {
        }

        /** The country and location of a place visited ("visit to Vietnam", "visited Hanoi"). */
        private Visited visited(SentenceGraph g, int head) {
            Optional<EntityMention> entity = entityAt(g, head);
            String name = entity.map(EntityMention::text).orElse(g.token(head).word());
            String tag = g.token(head).ner();
            if ("COUNTRY".equals(tag) || entity.map(e -> e.type().equals("COUNTRY")).orElse(false)) {
                return countries.byName(name).map(c -> new Visited(Actor.country(c.name(), c.alpha3()),
                        new Location(c.name(), c.alpha3(), c.lat(), c.lon()))).orElse(null);
            }
            if (tag != null && PLACE_TAGS.contains(tag)) {
                Location location = geocode(name);
                if (location != null && location.country() != null) {
                    return countries.byCode(location.country())
                            .map(c -> new Visited(Actor.country(c.name(), c.alpha3()), location)).orElse(null);
                }
            }
            // a country actor named otherwise ("the US")
            for (Actor a : covering(g, head)) {
                if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
                    Optional<Country> c = countries.byCode(a.country());
                    if (c.isPresent()) {
                        return new Visited(a, new Location(c.get().name(), a.country(), c.get().lat(), c.get().lon()));
                    }
                }
            }
            return null;
        }

        private boolean isPlace(SentenceGraph g, int token) {
            String tag = g.token(token).ner();
            return tag != null && PLACE_TAGS.contains(tag) && !"COUNTRY".equals(tag)
                    || Set.of("in", "at").contains(g.caseOf(token));
        }

        /** An in/at place attached to the trigger or to one of its arguments ("met ... in Hanoi"). */
        private Location placeOf(SentenceGraph g, int trigger, List<Integer> heads) {
            List<Integer> anchors = new ArrayList<>();
            anchors.add(trigger);
            anchors.addAll(heads);
            for (int anchor : anchors) {
                for (int c : g.children(anchor)) {
                    String rel = g.baseRelation(c);
                    if ((rel.equals("obl") || rel.equals("nmod")) && Set.of("in", "at").contains(g.caseOf(c))) {
                        String tag = g.token(c).ner();
                        if (tag != null && PLACE_TAGS.contains(tag)) {
                            String name = entityAt(g, c).map(EntityMention::text).orElse(g.token(c).word());
                            Location location = "COUNTRY".equals(tag) ? countryLocation(name) : geocode(name);
                            if (location != null) {
                                return location;
                            }
                            if (!"LOCATION".equals(tag)) {
                                return new Location(name, null, null, null);
                            }
                            // A sea or region the gazetteer does not know ("in the Red Sea") is what was
                            // discussed far more often than where: no venue, keep looking.
                        }
                    }
                }
            }
            return null;
        }

        private Location countryLocation(String name) {
            return countries.byName(name).map(c -> new Location(c.name(), c.alpha3(), c.lat(), c.lon())).orElse(null);
        }

        private Location geocode(String name) {
            List<Place> places = gazetteer.lookup(name);
            if (places.isEmpty()) {
                // "Washington DC, USA" and "Washington, D.C." are tagged as one mention: try the first part
                String first = name.split(",")[0].strip();
                places = gazetteer.lookup(first);
                if (places.isEmpty()) {
                    return null;
                }
            }
            Place p = places.get(0);
            return new Location(p.name(), p.country(), p.lat(), p.lon());
        }

        private Optional<EntityMention> entityAt(SentenceGraph g, int token) {
            Token t = g.token(token);
            return text.entities().stream()
                    .filter(e -> e.sentence() == g.sentence().index() && e.span().contains(t.span()))
                    .findFirst();
        }

        // ---- merging, context, topics ----

        private void add(Draft d) {
            if (d.type.equals("CONSULT")) {
                for (Draft existing : drafts) {
                    if (existing.type.equals("CONSULT") && existing.background == d.background
                            && existing.parties().equals(d.parties()) && compatiblePlaces(existing, d)) {
                        absorb(existing, d);
                        return;
                    }
                }
            } else {
                for (Draft existing : drafts) {
                    if (existing.sentence == d.sentence && existing.type.equals(d.type)
                            && existing.parties().equals(d.parties())) {
                        return; // one statement, said twice in one sentence
                    }
                }
            }
            if (d.location == null && !d.background) {
                d.location = inheritedPlace(d);
            }
            drafts.add(d);
        }

        private boolean compatiblePlaces(Draft a, Draft b) {
            return a.location == null || b.location == null || Objects.equals(a.location.country(), b.location.country());
        }

        /** A second report of a known meeting: keep the first, take what the second adds. */
        private void absorb(Draft existing, Draft later) {
            if (existing.sentence == later.sentence && rank(later.mode) > rank(existing.mode)) {
                existing.trigger = later.trigger;
                existing.mode = later.mode;
                existing.cameo = later.cameo;
            }
            if (existing.location == null && later.location != null) {
                existing.location = later.location;
            }
        }

        private int rank(String mode) {
            return mode == null ? 0 : MODE_RANK.getOrDefault(mode, 1);
        }

        /** The place of the meeting this sentence elaborates: same section, a shared side. */
        private Location inheritedPlace(Draft d) {
            for (int k = drafts.size() - 1; k >= 0; k--) {
                Draft context = drafts.get(k);
                if (context.section != d.section) {
                    return null;
                }
                if (!context.background && context.type.equals("CONSULT") && context.location != null
                        && context.sharesSideWith(d)) {
                    return context.location;
                }
            }
            return null;
        }

        /**
         * "the first dialogue between Vietnam and the United States" restates the ministers'
         * meeting at state level: a CONSULT between countries only is dropped when a CONSULT
         * between people of exactly those countries is reported.
         */
        private void dropStateLevelDuplicates() {
            drafts.removeIf(d -> d.type.equals("CONSULT") && !d.background
                    && d.all().stream().allMatch(a -> a.kind() == ActorKind.COUNTRY)
                    && drafts.stream().anyMatch(o -> o != d && o.type.equals("CONSULT") && !o.background
                    && o.all().stream().anyMatch(a -> a.kind() != ActorKind.COUNTRY)
                    && countriesOf(o).equals(countriesOf(d))));
        }

        private Set<String> countriesOf(Draft d) {
            Set<String> codes = new java.util.TreeSet<>();
            d.all().forEach(a -> codes.add(String.valueOf(a.country())));
            return codes;
        }

        private void assignTopics() {
            List<Sentence> sentences = text.sentences();
            for (Draft d : drafts) {
                int end = d.sentence + 1;
                if (d.type.equals("CONSULT") && !d.background) {
                    // the meeting's elaboration: following sentences of its section until the next meeting
                    int next = drafts.stream().filter(o -> o != d && o.type.equals("CONSULT") && !o.background
                            && o.sentence > d.sentence).mapToInt(o -> o.sentence).min().orElse(sentences.size());
                    end = d.sentence + 1;
                    while (end < next && end < sentences.size() && sectionOf.get(end) == d.section) {
                        end++;
                    }
                }
                for (int s = d.sentence; s < end; s++) {
                    d.topicTexts.add(sentences.get(s).text(clean));
                }
            }
        }

        private EventMention finish(Draft d) {
            Sentence sentence = text.sentences().get(d.sentence);
            List<Actor> participants = d.all();
            EventDate date = Objects.requireNonNull(
                    dater.date(article, text, d.sentence, d.triggerToken, participants, d.background),
                    "the dater gave no date");
            Evidence evidence = new Evidence(article.id(), article.doc(), d.sentence, sentence.span(),
                    sentence.text(clean));
            return new EventMention(d.type, d.mode, d.cameo, d.trigger, d.source, d.target, date, d.location,
                    config.topics().topicsOf(d.topicTexts), d.background, evidence);
        }

        private boolean isHeading(Sentence sentence) {
            List<Token> tokens = sentence.tokens();
            if (tokens.isEmpty() || tokens.size() > 15) {
                return false;
            }
            String last = tokens.get(tokens.size() - 1).word();
            return !Set.of(".", "!", "?", "\"", "”", "’", "'", ")", ":", "|").contains(last);
        }
    }
}
