package org.parley.eval.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.parley.eval.demo.DemoEventScores.ActResult;
import org.parley.eval.demo.DemoEventScores.EncounterResult;
import org.parley.eval.demo.DemoEventScores.Flagged;
import org.parley.eval.demo.DemoEventScores.OwnRecord;
import org.parley.eval.demo.DemoGold.Act;
import org.parley.eval.demo.DemoGold.Context;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.eval.demo.DemoGold.SentenceRef;
import org.parley.model.Actor;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventMention;

/**
 * Scores consolidated events against the demo's gold ({@link DemoGold}).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A non-background record all of whose mentions are sentences the gold lists as context (a
 *       background or planned event) is news it should not be: counted apart, matched to nothing; unless
 *       the record is still to come ({@link Event#status()} planned, invited, accepted) and the gold lists
 *       its sentences as planned: a plan recorded as one, right.</li>
 *   <li>Encounters: a non-background record of the encounter's type (CONSULT; AGREE for E6) matches
 *       it when all its mentions come from the encounter's story and its actors cover the
 *       participants ({@link GoldParticipant}). Records naming every person are matched first, then
 *       those covering some by country; among several, the one with most mentions from the
 *       encounter's reporting documents, then the smaller id. One record per encounter.</li>
 *   <li>Acts: a remaining record of the act's type with a mention on one of the act's sentences;
 *       records with the right sides first (either direction for AGREE, COOPERATE and CONSULT), then
 *       the most such mentions, then the smaller id. Its {@code during} is right when it names the
 *       record matched to the act's encounter.</li>
 *   <li>What is left is false: a duplicate of an encounter it covers, a repeat of a gold act, or
 *       not in the gold at all.</li>
 * </ol>
 * Own records (non-background, not context) should carry their encounter's date, else their story's.
 * A conflict is real only on the field the gold names for the encounter the record belongs to.
 *
 * <p>Stateless apart from the gold; thread-safe.
 */
public final class DemoEventScorer {
    private static final Set<String> SYMMETRIC = Set.of("AGREE", "COOPERATE", "CONSULT");
    /** The kind of a gold context entry that is a plan. */
    private static final String PLANNED = "planned";

    private final DemoGold gold;

    public DemoEventScorer(DemoGold gold) {
        this.gold = gold;
    }

    /**
     * Scores {@code events}; {@code sentences} (each document's sentences, by the doc name Parley
     * records) is used only to report gold sentences the corpus lacks.
     */
    public DemoEventScores score(List<Event> events, Map<String, List<String>> sentences) {
        List<Event> own = events.stream().filter(e -> !e.background())
                .sorted(Comparator.comparing(Event::id)).toList();
        List<Flagged> asNews = new ArrayList<>();
        List<Flagged> plannedRight = new ArrayList<>();
        Set<Event> open = new LinkedHashSet<>();
        for (Event e : own) {
            context(e).ifPresentOrElse(c -> (e.status().toCome() && c.kind().equals(PLANNED) ? plannedRight : asNews)
                    .add(new Flagged(e, c.label())), () -> open.add(e));
        }
        List<Event> planned = own.stream().filter(e -> e.status().toCome()).toList();
        Map<String, EncounterResult> encounters = matchEncounters(open);
        List<ActResult> acts = matchActs(open, encounters);

        Map<Event, Encounter> belongs = new HashMap<>();
        encounters.values().stream().filter(EncounterResult::matched).forEach(r -> belongs.put(r.record(), r.gold()));
        acts.stream().filter(ActResult::matched).forEach(r -> belongs.put(r.record(), r.encounter()));
        List<Flagged> falseRecords = new ArrayList<>();
        for (Event e : open) {
            Optional<Encounter> duplicated = duplicated(e);
            duplicated.ifPresent(enc -> belongs.put(e, enc));
            falseRecords.add(new Flagged(e, duplicated.map(enc -> "duplicate of " + enc.id()).orElseGet(() -> actNote(e))));
        }
        List<OwnRecord> dated = new ArrayList<>();
        for (Event e : own) {
            if (Stream.concat(asNews.stream(), plannedRight.stream()).noneMatch(f -> f.record() == e)) {
                dated.add(expectedDate(e, belongs.get(e)));
            }
        }
        int predictedEncounters = (int) (own.stream().filter(e -> e.type().equals("CONSULT")
                        && plannedRight.stream().noneMatch(f -> f.record() == e)).count()
                + encounters.values().stream().filter(r -> r.matched() && !r.record().type().equals("CONSULT")).count());
        int predictedActs = own.size() - plannedRight.size() - predictedEncounters;
        return new DemoEventScores(gold.encounters().stream().map(enc -> encounters.get(enc.id())).toList(), acts,
                predictedEncounters, predictedActs, falseRecords, asNews, planned, plannedRight, dated,
                falseConflicts(events, belongs), missedConflicts(encounters), spanning(events), unknownSentences(sentences));
    }

    /** The context entry of the record's first mention, when every mention states one. */
    private Optional<Context> context(Event e) {
        List<Optional<Context>> found = e.mentions().stream()
                .map(m -> gold.context().stream().filter(ctx -> statesContext(ctx, e, m)).findFirst()).toList();
        return found.stream().allMatch(Optional::isPresent) ? found.get(0) : Optional.empty();
    }

    private boolean statesContext(Context ctx, Event e, EventMention m) {
        // a record still to come stands for the meeting planned, whatever code its announcement has ("would
        // meet every year" is AGREE 036, an intent to meet): a planned entry's type does not narrow it
        boolean anyType = ctx.type() == null || e.status().toCome() && ctx.kind().equals(PLANNED);
        return names(ctx.sentence(), m) && (anyType || ctx.type().equals(e.type()))
                && (ctx.who() == null || GoldParticipant.allCovered(GoldParticipant.parseAll(ctx.who()), actors(e)));
    }

    private Map<String, EncounterResult> matchEncounters(Set<Event> open) {
        Map<String, EncounterResult> results = new HashMap<>();
        for (boolean byName : List.of(true, false)) {
            for (Encounter enc : gold.encounters()) {
                if (results.containsKey(enc.id())) {
                    continue;
                }
                Optional<Event> best = open.stream()
                        .filter(e -> e.type().equals(enc.type()) && inStory(e, enc.story())
                                && GoldParticipant.allCovered(enc.sides(), actors(e))
                                && (!byName || GoldParticipant.allNamed(enc.sides(), actors(e))))
                        .min(Comparator.comparing((Event e) -> -reportingMentions(e, enc)).thenComparing(Event::id));
                best.ifPresent(e -> {
                    results.put(enc.id(), new EncounterResult(enc, e, byName));
                    open.remove(e);
                });
            }
        }
        gold.encounters().forEach(enc -> results.putIfAbsent(enc.id(), new EncounterResult(enc, null, false)));
        return results;
    }

    private List<ActResult> matchActs(Set<Event> open, Map<String, EncounterResult> encounters) {
        Map<Act, ActResult> results = new IdentityHashMap<>(); // two acts may read alike
        for (boolean sidesFirst : List.of(true, false)) {
            for (Encounter enc : gold.encounters()) {
                for (Act act : enc.acts()) {
                    if (results.containsKey(act)) {
                        continue;
                    }
                    Optional<Event> best = open.stream()
                            .filter(e -> e.type().equals(act.type()) && sentencesOf(e, act) > 0
                                    && (!sidesFirst || sidesRight(e, act)))
                            .min(Comparator.comparing((Event e) -> -sentencesOf(e, act)).thenComparing(Event::id));
                    best.ifPresent(e -> {
                        Event meeting = encounters.get(enc.id()).record();
                        boolean during = meeting != null && meeting.id().equals(e.during());
                        results.put(act, new ActResult(enc, act, e, sidesRight(e, act), during));
                        open.remove(e);
                    });
                }
            }
        }
        return gold.encounters().stream().flatMap(enc -> enc.acts().stream()
                .map(act -> results.getOrDefault(act, new ActResult(enc, act, null, false, false)))).toList();
    }

    private Optional<Encounter> duplicated(Event e) {
        return gold.encounters().stream().filter(enc -> enc.type().equals(e.type()) && inStory(e, enc.story())
                && GoldParticipant.allCovered(enc.sides(), actors(e))).findFirst();
    }

    /** Why a record that is no encounter matches no act: a repeat, another type, or nothing in the gold. */
    private String actNote(Event e) {
        Set<String> repeats = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (Encounter enc : gold.encounters()) {
            for (Act act : enc.acts()) {
                if (sentencesOf(e, act) > 0) {
                    (act.type().equals(e.type()) ? repeats : others).add(enc.id() + " " + act.type());
                }
            }
        }
        if (!repeats.isEmpty()) {
            return "repeats the act " + String.join(", ", repeats);
        }
        return others.isEmpty() ? "not in the gold" : "its sentence holds " + String.join(", ", others) + ", not " + e.type();
    }

    private OwnRecord expectedDate(Event e, Encounter belongs) {
        if (belongs != null) {
            return new OwnRecord(e, belongs.date().value(), "date of " + belongs.id());
        }
        return e.mentions().stream().map(m -> gold.storyOf(m.evidence().doc())).flatMap(Optional::stream).findFirst()
                .map(s -> new OwnRecord(e, s.date(), "date of story " + s.id()))
                .orElseGet(() -> new OwnRecord(e, null, "in no gold story"));
    }

    private List<Flagged> falseConflicts(List<Event> events, Map<Event, Encounter> belongs) {
        List<Flagged> out = new ArrayList<>();
        for (Event e : events) {
            Encounter enc = belongs.get(e);
            for (Conflict c : e.conflicts()) {
                if (enc == null || !enc.conflicts().contains(c.field())) {
                    out.add(new Flagged(e, c.field() + " " + c.values().stream()
                            .map(v -> v.value() + " " + v.docs()).toList()));
                }
            }
        }
        return out;
    }

    private List<String> missedConflicts(Map<String, EncounterResult> encounters) {
        List<String> out = new ArrayList<>();
        for (Encounter enc : gold.encounters()) {
            Event record = encounters.get(enc.id()).record();
            for (String field : enc.conflicts()) {
                if (record == null || record.conflicts().stream().noneMatch(c -> c.field().equals(field))) {
                    out.add(enc.id() + " " + field + (record == null ? " (no record)" : " (not on " + record.id() + ")"));
                }
            }
        }
        return out;
    }

    private List<Flagged> spanning(List<Event> events) {
        List<Flagged> out = new ArrayList<>();
        for (Event e : events) {
            Set<String> stories = new TreeSet<>();
            e.mentions().forEach(m -> gold.storyOf(m.evidence().doc()).ifPresent(s -> stories.add(s.id())));
            if (stories.size() > 1) {
                out.add(new Flagged(e, "stories " + stories));
            }
        }
        return out;
    }

    private List<String> unknownSentences(Map<String, List<String>> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Stream<SentenceRef> refs = Stream.concat(
                gold.encounters().stream().flatMap(enc -> enc.acts().stream()).flatMap(a -> a.saidIn().stream()),
                gold.context().stream().map(Context::sentence));
        return refs.filter(ref -> sentences.entrySet().stream().noneMatch(doc -> doc.getValue().stream()
                        .anyMatch(text -> gold.names(ref, doc.getKey(), text))))
                .map(ref -> ref.doc() + ": " + ref.starts()).distinct().toList();
    }

    private boolean inStory(Event e, String storyId) {
        return e.mentions().stream().allMatch(m -> gold.storyOf(m.evidence().doc())
                .map(s -> s.id().equals(storyId)).orElse(false));
    }

    private long reportingMentions(Event e, Encounter enc) {
        return e.mentions().stream()
                .filter(m -> enc.reportedBy().stream().anyMatch(id -> gold.isDoc(id, m.evidence().doc()))).count();
    }

    private long sentencesOf(Event e, Act act) {
        return e.mentions().stream().filter(m -> act.saidIn().stream().anyMatch(ref -> names(ref, m))).count();
    }

    private boolean names(SentenceRef ref, EventMention m) {
        return gold.names(ref, m.evidence().doc(), m.evidence().text());
    }

    private static boolean sidesRight(Event e, Act act) {
        if (SYMMETRIC.contains(act.type())) {
            List<GoldParticipant> both = Stream.concat(act.sources().stream(), act.targets().stream()).toList();
            return GoldParticipant.allCovered(both, actors(e));
        }
        return GoldParticipant.allCovered(act.sources(), e.source()) && GoldParticipant.allCovered(act.targets(), e.target());
    }

    private static List<Actor> actors(Event e) {
        return Stream.concat(e.source().stream(), e.target().stream()).toList();
    }
}
