package org.parley.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}: one JSON array of records with
 * {@code id, event, text, source, target}). {@code DOCUMENT} records (documentation, not events)
 * are skipped. A record without text or event is reported in {@link Gold#problems()} and left
 * out; an actor list that is not a list of objects is reported and read as empty (the record
 * still scores its event type).
 *
 * <p>Stateless and thread-safe.
 */
public final class PloverGoldReader {

    /** The records read and what was wrong with the others. */
    public record Gold(List<PloverRecord> records, List<String> problems) {
        public Gold {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public Gold read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** @param source the name used in messages */
    public Gold read(InputStream in, String source) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isArray()) {
            throw new IOException(source + ": expected a JSON array of PLOVER records");
        }
        List<PloverRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String id = r.path("id").asText("record #" + (i + 1));
            String event = r.path("event").asText("").strip().toUpperCase(Locale.ROOT);
            if (event.equals("DOCUMENT")) {
                continue;
            }
            String text = r.path("text").asText("").strip();
            if (event.isEmpty() || text.isEmpty()) {
                problems.add(source + ": " + id + ": no " + (event.isEmpty() ? "event" : "text") + "; skipped");
                continue;
            }
            records.add(new PloverRecord(id, text, event, actors(r.get("source"), id, "source", source, problems),
                    actors(r.get("target"), id, "target", source, problems)));
        }
        return new Gold(records, problems);
    }

    private static List<GoldActor> actors(JsonNode node, String id, String field, String source,
                                          List<String> problems) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(source + ": " + id + ": " + field + " is not a list of actors (" + node + "); read as none");
            return List.of();
        }
        List<GoldActor> actors = new ArrayList<>();
        for (JsonNode a : node) {
            if (!a.isObject()) {
                problems.add(source + ": " + id + ": " + field + " actor is not an object (" + a + "); ignored");
                continue;
            }
            actors.add(new GoldActor(a.path("actorText").asText(""), a.path("code").asText(""),
                    a.path("sector").asText("")));
        }
        return actors;
    }
}
