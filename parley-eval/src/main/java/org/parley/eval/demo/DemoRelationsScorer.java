package org.parley.eval.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.parley.eval.demo.DemoEventScores.EncounterResult;
import org.parley.eval.demo.DemoGold.SentenceRef;
import org.parley.eval.demo.DemoRelationsScores.Check;
import org.parley.eval.demo.DemoRelationsScores.Link;

/**
 * Scores a relationship card, as the JSON object of relation.schema.json, against the demo's
 * relationship gold ({@link DemoRelationsGold}).
 *
 * <p>A level is found by name, an edition by its mechanism's key and ordinal, a milestone by kind;
 * each is then checked for its date, and for the event record it links when the gold names an
 * encounter: the link is right when it is the record {@link DemoEventScorer} matched to that
 * encounter. A plan is found when a plan of the card cites one of its sentences, and held right
 * when it names the record of the encounter that fulfilled it (or none, for a plan still pending).
 * Plans are scored only when the card has {@code plans[]}; otherwise the scores say they were skipped.
 *
 * <p>Design decision: the card is read as JSON rather than as the model's records, so that the
 * scorer reads the contract users read and picks up {@code plans[]} the day the card gains it.
 *
 * <p>Stateless apart from the golds; thread-safe.
 */
public final class DemoRelationsScorer {
    private final DemoRelationsGold gold;
    private final DemoGold events;

    public DemoRelationsScorer(DemoRelationsGold gold, DemoGold events) {
        this.gold = gold;
        this.events = events;
    }

    /** Scores {@code card}; {@code encounters} are the event scores' matches (gold encounter to record). */
    public DemoRelationsScores score(JsonNode card, List<EncounterResult> encounters) {
        Map<String, String> records = new HashMap<>();
        encounters.stream().filter(EncounterResult::matched).forEach(r -> records.put(r.gold().id(), r.record().id()));
        List<Check> checks = new ArrayList<>();
        for (DemoRelationsGold.Level level : gold.levels()) {
            Optional<JsonNode> got = find(card.path("levels"), l -> l.path("name").asText().equals(level.name()));
            checks.add(dated("level", level.name(), got, "since", level.since(), level.establishedBy(), records));
        }
        for (DemoRelationsGold.Mechanism mechanism : gold.mechanisms()) {
            Optional<JsonNode> m = find(card.path("mechanisms"), n -> n.path("key").asText().equals(mechanism.key()));
            checks.add(new Check("mechanism", mechanism.key(), m.isPresent(),
                    m.map(n -> mechanism.frequency().equals(n.path("frequency").asText(null))
                            && mechanism.nextExpected().equals(n.path("next_expected").asText(null))).orElse(false),
                    Link.NONE, m.map(n -> "frequency " + n.path("frequency").asText("-") + ", next expected "
                            + n.path("next_expected").asText("-")).orElse("missing")));
            for (DemoRelationsGold.Edition edition : mechanism.editions()) {
                Optional<JsonNode> got = m.flatMap(n -> find(n.path("editions"),
                        e -> e.path("ordinal").asInt() == edition.ordinal()));
                checks.add(dated("edition", mechanism.key() + " #" + edition.ordinal(), got, "date", edition.date(),
                        edition.encounter(), records));
            }
        }
        for (DemoRelationsGold.Milestone milestone : gold.milestones()) {
            Optional<JsonNode> got = find(card.path("milestones"), n -> n.path("kind").asText().equals(milestone.kind()));
            checks.add(dated("milestone", milestone.kind(), got, "date", milestone.date(), null, records));
        }
        if (!card.has("plans")) {
            return new DemoRelationsScores(checks, false, 0);
        }
        return new DemoRelationsScores(checks, true, plans(card.path("plans"), records, checks));
    }

    /** Adds a check per gold plan to {@code checks}; returns how many of the card's plans cite no gold plan. */
    private int plans(JsonNode plans, Map<String, String> records, List<Check> checks) {
        List<JsonNode> cited = new ArrayList<>();
        for (DemoRelationsGold.Plan plan : gold.plans()) {
            Optional<JsonNode> got = find(plans, p -> cites(p, plan.saidIn()));
            got.ifPresent(cited::add);
            String held = got.map(p -> p.path("held").path("event").asText(null)).orElse(null);
            boolean statusRight = got.isPresent() && (plan.heldBy() != null) == (held != null);
            Link link = plan.heldBy() == null ? Link.NONE : Link.of(held != null && held.equals(records.get(plan.heldBy())));
            checks.add(new Check("plan", plan.what(), got.isPresent(), statusRight, link,
                    got.map(p -> p.path("status").asText("-") + (held == null ? "" : " [" + held + "]")).orElse("missing")));
        }
        return (int) StreamSupport.stream(plans.spliterator(), false).filter(p -> cited.stream().noneMatch(c -> c == p))
                .count();
    }

    /**
     * A level, edition or milestone: found, its {@code dateField}'s value starting with the gold's
     * {@code date}, and its {@code event} the record matched to {@code encounter} (when the gold names one).
     */
    private static Check dated(String part, String item, Optional<JsonNode> got, String dateField, String date,
                               String encounter, Map<String, String> records) {
        if (got.isEmpty()) {
            return new Check(part, item, false, false, encounter == null ? Link.NONE : Link.WRONG, "missing");
        }
        JsonNode node = got.get();
        String when = node.path(dateField).path("value").asText("");
        String event = node.path("event").asText(null);
        String expected = encounter == null ? null : records.get(encounter);
        String detail = when + (node.hasNonNull("place") ? " " + node.path("place").asText() : "")
                + (event == null ? "" : " [" + event + "]")
                + (encounter == null ? "" : " (" + encounter + ": " + (expected == null ? "no record" : expected) + ")");
        Link link = encounter == null ? Link.NONE : Link.of(expected != null && expected.equals(event));
        return new Check(part, item, true, when.startsWith(date), link, detail);
    }

    /** Whether one of the plan's report sources is one of the gold's sentences. */
    private boolean cites(JsonNode plan, List<SentenceRef> sentences) {
        for (JsonNode source : plan.path("sources")) {
            String doc = source.path("doc").asText(null);
            String text = source.path("sentence").asText(null);
            if (doc != null && text != null && sentences.stream().anyMatch(ref -> events.names(ref, doc, text))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JsonNode> find(JsonNode array, Predicate<JsonNode> test) {
        return StreamSupport.stream(array.spliterator(), false).filter(test).findFirst();
    }
}
