package org.parley.eval.demo;

import java.nio.file.Path;
import java.util.List;
import org.parley.eval.demo.DemoGold.SentenceRef;

/**
 * The demo's written relationship gold ({@code demo/gold/relations.json}, described in
 * demo/README.md): for the main pair, the framework levels with their dates and the encounter of
 * the visit that established one, the mechanisms with their editions and encounters, the
 * milestones, and the plans with the encounter that fulfilled each (or none). Encounter and doc ids
 * are those of {@link DemoGold}.
 *
 * <p>Immutable once read; thread-safe.
 */
public record DemoRelationsGold(String about, List<String> notes, List<String> pair, String asOf, List<Level> levels,
                                List<Mechanism> mechanisms, List<Milestone> milestones, List<Plan> plans) {

    /** A framework level: its name as the ladder spells it, its start, the encounter that set it up (or null). */
    public record Level(String name, String since, String establishedBy, List<SentenceRef> saidIn) {
    }

    /** A mechanism of mechanisms.tsv ({@code key}) with its frequency, next edition expected and editions. */
    public record Mechanism(String key, String frequency, String nextExpected, List<Edition> editions) {
    }

    /** One meeting of a mechanism: its number in the series, date, place and encounter. */
    public record Edition(int ordinal, String date, String place, String encounter, List<SentenceRef> saidIn) {
    }

    /** A milestone of milestones.tsv ({@code kind}) and its date. */
    public record Milestone(String kind, String date) {
    }

    /** A planned or invited meeting or visit, the sentences that state it and the encounter that fulfilled it (or null). */
    public record Plan(String what, String intended, String stated, String heldBy, List<SentenceRef> saidIn) {
    }

    public static DemoRelationsGold read(Path file) {
        return DemoGold.readJson(file, DemoRelationsGold.class, "the demo relationship gold");
    }
}
