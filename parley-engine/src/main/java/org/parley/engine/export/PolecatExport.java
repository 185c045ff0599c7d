package org.parley.engine.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Location;

/**
 * {@code parley export polecat DIR}: the store's events as PLOVER records in the JSON shape of
 * POLECAT, the dataset coded by the NGEC pipeline ({@value #FILE}, one record a line, described by
 * {@code polecat-event.schema.json} beside this class), plus {@code manifest.json}.
 *
 * <p>A record holds the event's id, date, PLOVER type and mode, its contexts (Parley's topic keys),
 * the sentence of its first mention ({@code event_text}) with that article's headline, publication
 * day and document, the story, and the NGEC {@code attributes}: {@code ACTOR} (sources),
 * {@code RECIP} (targets), each with its CAMEO actor code, country, sector ({@code code_1}) and
 * title, and {@code LOC} (the place, with coordinates where known). Stateless.
 */
public final class PolecatExport {
    public static final String FILE = "polecat.jsonl";
    public static final String SCHEMA = "polecat-event.schema.json";

    private static final List<Column> COLUMNS = List.of(Column.text("id"), Column.text("date"),
            Column.text("date_precision"), Column.text("event_type"), Column.text("event_mode"),
            new Column("contexts", "STRING[]"), Column.text("cameo"), Column.text("event_text"),
            Column.text("story_id"), Column.text("headline"), Column.text("pub_date"), Column.text("source_url"),
            Column.integer("num_mentions"), new Column("attributes", "OBJECT"), Column.text("version"));

    /** Writes the records and the manifest into {@code dir} (created when absent); returns the manifest. */
    public ExportManifest write(ExportData data, Path dir, ExportRun run) {
        try {
            Files.createDirectories(dir);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                for (Event e : data.events()) {
                    out.write(ParquetRows.json(record(e, data)));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the POLECAT export to " + dir, e);
        }
        ExportManifest manifest = new ExportManifest("polecat", run,
                List.of(new ExportManifest.Table(FILE, data.events().size(), COLUMNS)));
        manifest.write(dir);
        return manifest;
    }

    /** One event as a POLECAT record, keys in {@link #COLUMNS} order. */
    public static Map<String, Object> record(Event e, ExportData data) {
        EventMention first = e.mentions().get(0);
        Article article = data.article(first.evidence().article()).orElse(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("date", e.date().iso());
        out.put("date_precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        out.put("event_type", e.type());
        out.put("event_mode", e.mode());
        out.put("contexts", e.topics());
        out.put("cameo", e.cameo());
        out.put("event_text", first.evidence().text());
        out.put("story_id", e.story());
        out.put("headline", article == null ? null : article.raw().title());
        out.put("pub_date", article == null ? null : article.published().localDate().map(Object::toString).orElse(null));
        out.put("source_url", first.evidence().doc());
        out.put("num_mentions", e.mentions().size());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ACTOR", actors(e.source()));
        attributes.put("RECIP", actors(e.target()));
        attributes.put("LOC", e.location() == null ? List.of() : List.of(place(e.location())));
        out.put("attributes", attributes);
        out.put("version", ParleyFindingsExtractor.VERSION);
        return out;
    }

    private static List<Object> actors(List<Actor> actors) {
        List<Object> out = new ArrayList<>();
        for (Actor a : actors) {
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("text", a.name());
            actor.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            actor.put("actor_code", CameoActorCode.of(a));
            actor.put("country", a.country());
            actor.put("code_1", a.sector());
            actor.put("title", a.role());
            out.add(actor);
        }
        return out;
    }

    private static Map<String, Object> place(Location l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", l.name());
        out.put("country_code3", l.country());
        out.put("lat", l.lat());
        out.put("lon", l.lon());
        return out;
    }
}
