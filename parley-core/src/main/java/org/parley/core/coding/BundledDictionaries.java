package org.parley.core.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Phoenix dictionaries bundled with Parley (resources {@code coding/phoenix/}, compacted from
 * openeventdata/petrarch2 by {@code scripts/build-coding-dictionaries.mjs}; MIT, see NOTICE.md in
 * that folder): the CAMEO 2.0 verb dictionary, the country, international and military/non-state
 * actor dictionaries with their dated roles, the agents and the discards. Read once, on first use.
 */
public final class BundledDictionaries {

    private static final String FOLDER = "phoenix/";
    private static final List<String> ACTOR_FILES = List.of("countries.actors.txt", "international.actors.txt",
            "milnonstate.actors.txt");

    private BundledDictionaries() {
    }

    /** The bundled Phoenix dictionaries. */
    public static CodingDictionaries phoenix() {
        return Holder.PHOENIX;
    }

    private static final class Holder {
        static final CodingDictionaries PHOENIX = read();
    }

    private static CodingDictionaries read() {
        return CodingDictionaries.of(
                read("verbs.txt", r -> new VerbDictionaryReader().read(r, FOLDER + "verbs.txt")),
                ACTOR_FILES.stream().map(f -> read(f, r -> new ActorDictionaryReader().read(r, FOLDER + f))).toList(),
                read("agents.txt", r -> new AgentDictionaryReader().read(r, FOLDER + "agents.txt")),
                read("discards.txt", DiscardList::read));
    }

    /** Reads a resource into its dictionary; may fail reading. */
    private interface ResourceReader<T> {
        T read(Reader reader) throws IOException;
    }

    private static <T> T read(String file, ResourceReader<T> reader) {
        InputStream in = BundledDictionaries.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("bundled dictionary " + FOLDER + file + " is missing from the classpath");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return reader.read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled dictionary " + FOLDER + file + ": " + e.getMessage(), e);
        }
    }
}
