package org.parley.core.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads this package's small rule tables: '#' lines are comments; every other non-blank line is
 * {@code name<TAB>value}, optionally followed by a tab and a note on why. Malformed or repeated
 * names are all reported together, with their lines.
 */
final class NamedValues {

    private NamedValues() {
    }

    static Map<String, String> bundled(String name) {
        InputStream in = NamedValues.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the class path: org/parley/core/coref/" + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static Map<String, String> read(Reader reader, String source) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                problems.add(source + ":" + lineNo + ": expected name<TAB>value");
            } else if (values.putIfAbsent(cells[0].strip(), cells[1].strip()) != null) {
                problems.add(source + ":" + lineNo + ": '" + cells[0].strip() + "' is given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return values;
    }
}
