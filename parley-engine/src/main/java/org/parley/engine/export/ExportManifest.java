package org.parley.engine.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.core.extract.ParleyFindingsExtractor;

/**
 * The {@code manifest.json} beside an export's files: the format, Parley's version and the
 * versions of the stages that made the record, the time of the export and, per file, its row
 * count and schema (column names and types).
 *
 * @param format the export's name ({@code gdelt}, {@code polecat}, {@code parquet})
 * @param run    Parley's version and the time of the export
 * @param tables the files written
 */
public record ExportManifest(String format, ExportRun run, List<Table> tables) {
    public static final String FILE = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One file of an export.
     *
     * @param file    its name in the export folder
     * @param rows    how many rows (records) it holds
     * @param columns its schema
     */
    public record Table(String file, long rows, List<Column> columns) {
        public Table {
            Objects.requireNonNull(file, "file");
            columns = List.copyOf(columns);
        }
    }

    public ExportManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(run, "run");
        tables = List.copyOf(tables);
    }

    /** The manifest as the JSON object {@link #write} prints. */
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", format);
        out.put("parley_version", run.parleyVersion());
        out.put("stage_versions", Map.of("findings", ParleyFindingsExtractor.VERSION));
        out.put("exported_at", run.exportedAt().toString());
        out.put("tables", tables.stream().map(t -> {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("file", t.file());
            table.put("rows", t.rows());
            table.put("columns", t.columns());  // records print as {"name": ..., "type": ...}, in that order
            return table;
        }).toList());
        return out;
    }

    /** Writes {@code manifest.json} into {@code dir}. */
    public void write(Path dir) {
        try {
            JSON.writeValue(dir.resolve(FILE).toFile(), json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }
}
