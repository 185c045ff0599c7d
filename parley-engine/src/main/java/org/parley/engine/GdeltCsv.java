package org.parley.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * Events as CSV with GDELT-like columns, one row per event: date, the first source and target
 * actors (name, country, sector, role), event type/mode and CAMEO code, location, how many
 * mentions and documents support it, and the first source document.
 */
public final class GdeltCsv {

    public static final List<String> COLUMNS = List.of("event_id", "date", "date_precision", "date_inferred",
            "actor1_name", "actor1_country", "actor1_sector", "actor1_role",
            "event_type", "event_mode", "cameo_code",
            "actor2_name", "actor2_country", "actor2_sector", "actor2_role",
            "location_name", "location_country", "lat", "lon",
            "num_mentions", "num_sources", "background", "conflicts", "source_url");

    private GdeltCsv() {
    }

    public static void write(List<Event> events, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Event e : events) {
                csv.printRecord(row(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Event e) {
        List<Object> row = new ArrayList<>();
        row.add(e.id());
        row.add(e.date().iso());
        row.add(e.date().precision().name().toLowerCase());
        row.add(e.date().inferred());
        addActor(row, e.source());
        row.add(e.type());
        row.add(e.mode());
        row.add(e.cameo());
        addActor(row, e.target());
        row.add(e.location() == null ? null : e.location().name());
        row.add(e.location() == null ? null : e.location().country());
        row.add(e.location() == null ? null : e.location().lat());
        row.add(e.location() == null ? null : e.location().lon());
        row.add(e.mentions().size());
        row.add(e.mentions().stream().map(m -> m.evidence().doc()).distinct().count());
        row.add(e.background());
        row.add(e.conflicts().stream().map(c -> c.field()).distinct().toList().toString().replaceAll("[\\[\\]]", ""));
        row.add(e.mentions().get(0).evidence().doc());
        return row;
    }

    private static void addActor(List<Object> row, List<Actor> actors) {
        Actor a = actors.isEmpty() ? null : actors.get(0);
        row.add(a == null ? null : a.name());
        row.add(a == null ? null : a.country());
        row.add(a == null ? null : a.sector());
        row.add(a == null ? null : a.role());
    }
}
