package org.parley.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.export.ExportData;
import org.parley.engine.export.ExportManifest;
import org.parley.engine.export.ExportRun;
import org.parley.engine.export.GdeltEventTable;
import org.parley.engine.export.GdeltExport;
import org.parley.engine.export.ParquetExport;
import org.parley.engine.export.PolecatExport;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley export gdelt|polecat|parquet DIR}: the store's record in the formats the field reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's events in a format the field reads, into DIR with a manifest.json "
                + "(Parley version, stage versions, time of export, row counts, schema)."},
        subcommands = {ExportCommand.Gdelt.class, ExportCommand.Polecat.class, ExportCommand.Parquet.class})
final class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** What every export does: read the store once, write DIR, print what was written. */
    abstract static class Export implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created when absent; files in it are replaced).")
        Path dir;

        abstract ExportManifest write(ExportData data, Path dir, ExportRun run);

        @Override
        public Integer call() {
            try (ArticleStore articles = ArticleStores.open(store.location())) {
                ExportData data = ExportData.read(articles);
                ExportManifest manifest = write(data, dir, new ExportRun(VersionProvider.parleyVersion(), Instant.now()));
                manifest.tables().forEach(t -> System.out.printf("%s: %d rows%n", dir.resolve(t.file()), t.rows()));
                System.out.println(dir.resolve(ExportManifest.FILE));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "gdelt", mixinStandardHelpOptions = true,
            description = {"The GDELT 2.0 Event table (parley.export.CSV: the codebook's 61 tab-separated columns) "
                    + "and Mentions table (parley.mentions.CSV: 16 columns, one row per mention).",
                    "Columns Parley cannot fill (AvgTone, tone, confidence, actor places, ADM codes and feature ids, "
                    + "known-group, ethnic and religion codes) are empty; see README."})
    static final class Gdelt extends Export {
        @Override
        ExportManifest write(ExportData data, Path dir, ExportRun run) {
            return new GdeltExport(GdeltEventTable.bundled()).write(data, dir, run);
        }
    }

    @Command(name = "polecat", mixinStandardHelpOptions = true,
            description = {"PLOVER records in the POLECAT/NGEC JSON shape (polecat.jsonl, one event a line): event "
                    + "type, mode, contexts, actors with their codes, date, location, the sentence.",
                    "Described by the JSON Schema org/parley/engine/export/polecat-event.schema.json."})
    static final class Polecat extends Export {
        @Override
        ExportManifest write(ExportData data, Path dir, ExportRun run) {
            return new PolecatExport().write(data, dir, run);
        }
    }

    @Command(name = "parquet", mixinStandardHelpOptions = true,
            description = {"events, mentions, stories, commitments and articles (metadata) as Parquet files, "
                    + "the tables the Spark job writes; nested fields in a json column as events --format jsonl prints them."})
    static final class Parquet extends Export {
        @Override
        ExportManifest write(ExportData data, Path dir, ExportRun run) {
            return new ParquetExport().write(data, dir, run);
        }
    }
}
