package org.parley.engine.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.Event;

/**
 * {@code parley export gdelt DIR}: the store's events as the GDELT 2.0 Event table
 * ({@value #EVENTS}) and Mentions table ({@value #MENTIONS}), tab-separated without a header row as
 * GDELT's own files, plus {@code manifest.json}. Tabs and line breaks inside a cell become spaces.
 */
public final class GdeltExport {
    public static final String EVENTS = "parley.export.CSV";
    public static final String MENTIONS = "parley.mentions.CSV";

    private final GdeltEventTable events;

    public GdeltExport(GdeltEventTable events) {
        this.events = events;
    }

    /** Writes both tables and the manifest into {@code dir} (created when absent); returns the manifest. */
    public ExportManifest write(ExportData data, Path dir, ExportRun run) {
        try {
            Files.createDirectories(dir);
            long mentions = 0;
            try (BufferedWriter eventOut = Files.newBufferedWriter(dir.resolve(EVENTS), StandardCharsets.UTF_8);
                 BufferedWriter mentionOut = Files.newBufferedWriter(dir.resolve(MENTIONS), StandardCharsets.UTF_8)) {
                for (Event e : data.events()) {
                    eventOut.write(line(events.row(e, data)));
                    for (List<String> row : GdeltMentionTable.rows(e, data)) {
                        mentionOut.write(line(row));
                        mentions++;
                    }
                }
            }
            ExportManifest manifest = new ExportManifest("gdelt", run, List.of(
                    new ExportManifest.Table(EVENTS, data.events().size(), GdeltEventTable.COLUMNS),
                    new ExportManifest.Table(MENTIONS, mentions, GdeltMentionTable.COLUMNS)));
            manifest.write(dir);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GDELT export to " + dir, e);
        }
    }

    /** One tab-separated line. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        return out.append('\n').toString();
    }
}
