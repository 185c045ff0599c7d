package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Location;
import org.parley.model.relations.Edition;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.RelationSource;

/**
 * A pair's mechanisms from the reports' mentions: one per format, annual when any report says so,
 * with an edition per ordinal reported. An edition is linked to the pair's meeting reported in the
 * same sentence and takes its date and place (the dates reports disagree on kept beside it). An
 * annual format's next edition is expected a year after its last. Formats with editions come
 * first, then the most often named. Stateless.
 */
final class MechanismHistory {
    private static final String ANNUAL = "annual";

    List<Mechanism> build(List<MechanismMention> mentions, PairEvents events) {
        Map<String, List<MechanismMention>> byFormat = new LinkedHashMap<>();
        mentions.forEach(m -> byFormat.computeIfAbsent(m.format().key(), k -> new ArrayList<>()).add(m));
        List<Mechanism> out = new ArrayList<>();
        for (List<MechanismMention> of : byFormat.values()) {
            MechanismFormats.Format format = of.get(0).format();
            String frequency = of.stream().anyMatch(MechanismMention::annual) ? ANNUAL : null;
            List<Edition> editions = editions(of, events);
            Set<RelationSource> sources = new LinkedHashSet<>();
            of.forEach(m -> sources.add(new RelationSource.Reported(m.said())));
            out.add(new Mechanism(format.key(), format.name(), format.level(), frequency, editions,
                    nextExpected(frequency, editions), List.copyOf(sources)));
        }
        out.sort(Comparator.comparingInt((Mechanism m) -> -m.editions().size())
                .thenComparingInt(m -> -m.sources().size()).thenComparing(Mechanism::key));
        return out;
    }

    private static List<Edition> editions(List<MechanismMention> mentions, PairEvents events) {
        Map<Integer, List<MechanismMention>> byOrdinal = new TreeMap<>();
        mentions.stream().filter(m -> m.ordinal() > 0)
                .forEach(m -> byOrdinal.computeIfAbsent(m.ordinal(), k -> new ArrayList<>()).add(m));
        List<Edition> out = new ArrayList<>();
        byOrdinal.forEach((ordinal, of) -> {
            Optional<Event> meeting = of.stream().map(m -> events.meetingReportedIn(m.said()))
                    .flatMap(Optional::stream).findFirst();
            Set<RelationSource> sources = new LinkedHashSet<>();
            of.forEach(m -> sources.add(new RelationSource.Reported(m.said())));
            EventDate date = meeting.map(Event::date).orElse(new EventDate.Unknown(List.of("no meeting found")));
            String place = meeting.map(Event::location).map(Location::name).orElse(null);
            List<String> disputed = meeting.stream().flatMap(e -> e.conflicts().stream())
                    .filter(c -> c.field().equals("date")).flatMap(c -> c.values().stream()).map(Conflict.Value::value)
                    .toList();
            out.add(new Edition(ordinal, date, place, meeting.map(Event::id).orElse(null), disputed,
                    List.copyOf(sources)));
        });
        return out;
    }

    private static String nextExpected(String frequency, List<Edition> editions) {
        if (!ANNUAL.equals(frequency) || editions.isEmpty()) {
            return null;
        }
        String last = editions.get(editions.size() - 1).date().iso();
        if (last == null) {
            return null;
        }
        int next = Integer.parseInt(last.substring(0, 4)) + 1;
        return last.length() >= 7 ? next + last.substring(4, 7) : Integer.toString(next);
    }
}
