package org.parley.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one reader of Parley's TSV resources: '#' lines are comments (the header says where the
 * values come from), every other non-blank line is a row of exactly {@code columns} tab-separated
 * cells. Each row is parsed by a caller-supplied function; every malformed row is reported with
 * its line, all together, in one {@link DataFileException}.
 */
public final class TsvRows {

    /**
     * One data row.
     *
     * @param source the resource's name ("countries.tsv")
     * @param line   the 1-based line number
     * @param cells  the row's cells
     */
    public record Row(String source, int line, String[] cells) {

        /** Where the row is, for messages: {@code source:line}. */
        public String where() {
            return source + ":" + line;
        }

        public String cell(int index) {
            return cells[index];
        }

        /** A cell holding a {@code |}-separated list; empty when the cell is. */
        public List<String> list(int index) {
            String value = cells[index];
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
        }

        public double number(int index, String what) {
            try {
                return Double.parseDouble(cells[index]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a number: '" + cells[index] + "'");
            }
        }

        public long whole(int index, String what) {
            try {
                return Long.parseLong(cells[index]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a whole number: '" + cells[index] + "'");
            }
        }

        public boolean flag(int index, String what) {
            return switch (cells[index]) {
                case "1" -> true;
                case "0" -> false;
                default -> throw new IllegalArgumentException(what + " must be 0 or 1: '" + cells[index] + "'");
            };
        }
    }

    private TsvRows() {
    }

    /** A resource bundled beside {@code anchor} (in its package); fails naming it when it is missing. */
    public static InputStream resource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new DataFileException("bundled resource missing from the classpath: "
                    + anchor.getPackageName().replace('.', '/') + "/" + name);
        }
        return in;
    }

    public static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * A value a bundled resource states in its comment header as {@code # key<TAB>value} (a total the
     * rows are counts of, say); fails naming the resource when the line is missing.
     */
    public static String headerValue(Class<?> anchor, String name, String key) {
        String prefix = "# " + key + "\t";
        return readBundled(anchor, name, reader -> {
            try (BufferedReader lines = new BufferedReader(reader)) {
                for (String line = lines.readLine(); line != null && line.startsWith("#"); line = lines.readLine()) {
                    if (line.startsWith(prefix)) {
                        return line.substring(prefix.length()).strip();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            throw new DataFileException(name + ": no '# " + key + "' line in the header");
        });
    }

    /** Every row of a resource bundled beside {@code anchor}, parsed; read once by the caller and kept. */
    public static <T> List<T> bundled(Class<?> anchor, String name, int columns, Function<Row, T> parser) {
        return readBundled(anchor, name, reader -> parse(reader, name, columns, parser));
    }

    /** Every row after the header row of a resource bundled beside {@code anchor}, as {@link #parseWithHeader}. */
    public static <T> List<T> bundledWithHeader(Class<?> anchor, String name, List<String> header,
                                                Function<Row, T> parser) {
        return readBundled(anchor, name, reader -> parseWithHeader(reader, name, header, parser));
    }

    /**
     * Every row of a resource bundled beside {@code anchor}, parsed and keyed by its first cell, in
     * file order: for word lists and named values looked up by name.
     *
     * @throws DataFileException as {@link #parse}; a key given twice is a malformed row
     */
    public static <T> Map<String, T> bundledByKey(Class<?> anchor, String name, int columns, Function<Row, T> parser) {
        return readBundled(anchor, name, reader -> parseByKey(reader, name, columns, parser));
    }

    private static <R> R readBundled(Class<?> anchor, String name, Function<Reader, R> reading) {
        try (InputStream in = resource(anchor, name)) {
            return reading.apply(utf8(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name, e);
        }
    }

    /**
     * Every row of {@code reader}, parsed.
     *
     * @param source the name used in error messages
     * @throws DataFileException naming {@code source} and the line of every malformed row (a row
     *                           with another number of cells, or one the parser refused with an
     *                           {@link IllegalArgumentException})
     */
    public static <T> List<T> parse(Reader reader, String source, int columns, Function<Row, T> parser) {
        return read(reader, source, columns, null, parser);
    }

    /**
     * Every row of {@code reader} after its header row, parsed: for tables edited in a spreadsheet,
     * whose first line that is not a comment names the columns.
     *
     * @param header the column names the header row must have, in this order (cells are stripped)
     * @throws DataFileException as {@link #parse}, or naming a missing or different header
     */
    public static <T> List<T> parseWithHeader(Reader reader, String source, List<String> header,
                                              Function<Row, T> parser) {
        return read(reader, source, header.size(), List.copyOf(header), parser);
    }


    /** Every row of {@code reader}, parsed and keyed by its first cell as {@link #bundledByKey} does. */
    public static <T> Map<String, T> parseByKey(Reader reader, String source, int columns, Function<Row, T> parser) {
        Map<String, T> byKey = new LinkedHashMap<>();
        // parse applies the function once per row, in file order, so the map sees the first use of each key first.
        parse(reader, source, columns, row -> {
            if (byKey.putIfAbsent(row.cell(0), parser.apply(row)) != null) {
                throw new IllegalArgumentException("'" + row.cell(0) + "' is given twice");
            }
            return row.cell(0);
        });
        return Collections.unmodifiableMap(byKey);
    }

    private static <T> List<T> read(Reader reader, String source, int columns, List<String> header,
                                    Function<Row, T> parser) {
        List<T> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean headerDue = header != null;
        try (BufferedReader lines = new BufferedReader(reader)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (headerDue) {
                    headerDue = false;
                    List<String> found = Arrays.stream(cells).map(String::strip).toList();
                    if (!found.equals(header)) {
                        // Without the right header the columns mean something else: no row can be trusted.
                        problems.add(source + ":" + lineNumber + ": header must be " + String.join("<TAB>", header)
                                + " but is " + String.join("<TAB>", found));
                        break;
                    }
                    continue;
                }
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
        if (headerDue) {
            problems.add(source + ": no header row");
        }
        if (!problems.isEmpty()) {
            throw DataFileException.malformedRows(problems);
        }
        return List.copyOf(parsed);
    }
}
