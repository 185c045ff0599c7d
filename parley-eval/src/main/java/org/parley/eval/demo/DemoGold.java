package org.parley.eval.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo corpus's written gold ({@code demo/gold/events.json}, described in demo/README.md):
 * stories with their documents, encounters with the acts said during them, and the background and
 * planned events a record must not report as news. Documents are named by short ids (CW1, J4, ...)
 * mapped to the file path or URL of the README's table.
 *
 * <p>Immutable once read; thread-safe.
 */
public record DemoGold(String about, List<String> notes, Map<String, String> docs, List<Story> stories,
                       List<Encounter> encounters, List<Context> context) {

    /** A story: the documents that report it and its encounters. */
    public record Story(String id, String title, String date, List<String> docs, List<String> skipped,
                        List<String> encounters) {
    }

    /** A gold date: ISO value at its precision, and whether a part (the year) must be inferred. */
    public record GoldDate(String value, String precision, boolean inferred) {
    }

    /**
     * A meeting, call, visit or (E6) signing. {@code mode} lists the modes accepted, the best first
     * (empty: no mode); {@code type} is the PLOVER type of its record (CONSULT but for E6).
     */
    public record Encounter(String id, String story, String what, String type, List<String> mode,
                            List<String> participants, GoldDate date, String place, List<String> reportedBy,
                            List<String> backgroundIn, List<String> conflicts, String notes, List<Act> acts) {
        public List<GoldParticipant> sides() {
            return GoldParticipant.parseAll(participants);
        }

        public String label() {
            return id + " " + type + (mode.isEmpty() ? "" : "/" + mode.get(0)) + " " + String.join(" - ", participants)
                    + " " + date.value() + (place == null ? "" : " @" + place);
        }
    }

    /** An act said during an encounter, with every sentence that reports it. */
    public record Act(String type, List<String> source, List<String> target, String what, List<SentenceRef> saidIn) {
        public List<GoldParticipant> sources() {
            return GoldParticipant.parseAll(source);
        }

        public List<GoldParticipant> targets() {
            return GoldParticipant.parseAll(target);
        }
    }

    /** A sentence of a document, by its first words. */
    public record SentenceRef(String doc, String starts) {
    }

    /**
     * A background or planned event stated by a sentence; {@code type} and {@code who} (optional)
     * narrow it to the records of that type, or covering those participants, when the same sentence
     * also reports an encounter or an act.
     */
    public record Context(String kind, String of, String what, String doc, String starts, String type,
                          List<String> who, String date) {
        public SentenceRef sentence() {
            return new SentenceRef(doc, starts);
        }

        public String label() {
            return kind + (of == null ? "" : " (of " + of + ")") + ": " + what;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static DemoGold read(Path file) {
        return readJson(file, DemoGold.class, "the demo gold");
    }

    /** A gold file of the demo as {@code type}, its properties in snake case, none unknown. */
    static <T> T readJson(Path file, Class<T> type, String what) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Whether a mention's {@code doc} (a file name or URL as Parley records it) is the gold doc {@code id}. */
    public boolean isDoc(String id, String doc) {
        String path = docs.get(id);
        if (path == null) {
            throw new IllegalStateException("the gold names an unknown doc: " + id);
        }
        return path.equals(doc) || path.endsWith("/" + doc);
    }

    /** The story whose documents include {@code doc}, if any (a skipped document is in none). */
    public Optional<Story> storyOf(String doc) {
        return stories.stream().filter(s -> s.docs().stream().anyMatch(id -> isDoc(id, doc))).findFirst();
    }

    public Encounter encounter(String id) {
        return encounters.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no encounter " + id));
    }

    /** Whether the sentence {@code text} of {@code doc} is the one {@code ref} names. */
    public boolean names(SentenceRef ref, String doc, String text) {
        return isDoc(ref.doc(), doc) && comparable(text).startsWith(comparable(ref.starts()));
    }

    /** Lower case, no accents, straight quotes, single spaces, no leading punctuation. */
    static String comparable(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }
}
