package org.parley.eval.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<Check> checks = new ArrayList<>();
        for (DemoRelationsGold.Level level : gold.levels()) {
            Optional<JsonNode> got = find(card.path("levels"), l -> l.path("name").asText().equals(level.name()));
            checks.add(check("level", level.name(), got, level.since(), got.map(l -> l.path("since").path("value").asText()),
                    level.establishedBy(), got.map(l -> l.path("event").asText(null)), encounters));
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
                checks.add(check("edition", mechanism.key() + " #" + edition.ordinal(), got, edition.date(),
                        got.map(e -> e.path("date").path("value").asText() + " " + e.path("place").asText("-")),
                        edition.encounter(), got.map(e -> e.path("event").asText(null)), encounters));
            }
        }
        for (DemoRelationsGold.Milestone milestone : gold.milestones()) {
            Optional<JsonNode> got = find(card.path("milestones"), n -> n.path("kind").asText().equals(milestone.kind()));
            checks.add(check("milestone", milestone.kind(), got, milestone.date(),
                    got.map(n -> n.path("date").path("value").asText()), null, Optional.empty(), encounters));
        }
        if (!card.has("plans")) {
            return new DemoRelationsScores(checks, false, 0);
        }
        List<JsonNode> cited = new ArrayList<>();
        for (DemoRelationsGold.Plan plan : gold.plans()) {
            Optional<JsonNode> got = find(card.path("plans"), p -> cites(p, plan.saidIn()));
            got.ifPresent(cited::add);
            String held = got.map(p -> p.path("held").path("event").asText(null)).orElse(null);
            String expected = plan.heldBy() == null ? null : recordOf(plan.heldBy(), encounters);
            boolean statusRight = got.isPresent() && (plan.heldBy() != null) == (held != null);
            Link link = plan.heldBy() == null ? Link.NONE : Link.of(expected != null && expected.equals(held));
            checks.add(new Check("plan", plan.what(), got.isPresent(), statusRight, link,
                    got.map(p -> p.path("status").asText("-") + (held == null ? "" : " [" + held + "]")).orElse("missing")));
        }
        int extra = (int) StreamSupport.stream(card.path("plans").spliterator(), false)
                .filter(p -> cited.stream().noneMatch(c -> c == p)).count();
        return new DemoRelationsScores(checks, true, extra);
    }

    private Check check(String part, String item, Optional<JsonNode> got, String date, Optional<String> gotDate,
                        String encounter, Optional<String> gotEvent, List<EncounterResult> encounters) {
        String expected = encounter == null ? null : recordOf(encounter, encounters);
        boolean linkRight = expected != null && expected.equals(gotEvent.orElse(null));
        String detail = got.isEmpty() ? "missing" : gotDate.orElse("-")
                + gotEvent.map(e -> " [" + e + "]").orElse("")
                + (encounter == null ? "" : " (" + encounter + ": " + (expected == null ? "no record" : expected) + ")");
        return new Check(part, item, got.isPresent(), got.isPresent() && gotDate.orElse("").startsWith(date),
                encounter == null ? Link.NONE : Link.of(linkRight), detail);
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

    private static String recordOf(String encounter, List<EncounterResult> encounters) {
        return encounters.stream().filter(r -> r.gold().id().equals(encounter) && r.matched())
                .map(r -> r.record().id()).findFirst().orElse(null);
    }

    private static Optional<JsonNode> find(JsonNode array, Predicate<JsonNode> test) {
        return StreamSupport.stream(array.spliterator(), false).filter(test).findFirst();
    }
}
