package org.parley.core.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the generated TSV resources: '#' lines are comments, every other non-blank line is a row
 * of exactly {@code columns} tab-separated cells. Each row is parsed by a caller-supplied
 * function; every malformed row is reported with its line, all together, in one
 * {@link PlaceDataException}.
 */
final class TsvRows {

    /** One data row: its source ("countries.tsv"), 1-based line number and cells. */
    record Row(String source, int line, String[] cells) {

        String cell(int index) {
            return cells[index];
        }

        List<String> list(int index) {
            String value = cells[index];
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
        }

        double number(int index, String what) {
            try {
                return Double.parseDouble(cells[index]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a number: '" + cells[index] + "'");
            }
        }

        long whole(int index, String what) {
            try {
                return Long.parseLong(cells[index]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a whole number: '" + cells[index] + "'");
            }
        }

        boolean flag(int index, String what) {
            return switch (cells[index]) {
                case "1" -> true;
                case "0" -> false;
                default -> throw new IllegalArgumentException(what + " must be 0 or 1: '" + cells[index] + "'");
            };
        }
    }

    private TsvRows() {
    }

    static InputStream resource(String name) {
        InputStream in = TsvRows.class.getResourceAsStream(name);
        if (in == null) {
            throw new PlaceDataException("bundled resource missing from the classpath: org/parley/core/places/" + name);
        }
        return in;
    }

    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static <T> List<T> parse(Reader reader, String source, int columns, Function<Row, T> parser) {
        List<T> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    problems.add(source + ":" + lineNumber + ": expected " + columns + " tab-separated columns, found "
                            + cells.length);
                    continue;
                }
                try {
                    parsed.add(parser.apply(new Row(source, lineNumber, cells)));
                } catch (IllegalArgumentException e) {
                    problems.add(source + ":" + lineNumber + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!problems.isEmpty()) {
            throw new PlaceDataException(problems.size() + " malformed row(s):\n" + String.join("\n", problems));
        }
        return List.copyOf(parsed);
    }
}
