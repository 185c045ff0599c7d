package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.core.ports.ArticleStore;
import org.parley.spark.ParquetImport;
import org.parley.store.ArticleStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley import-parquet DIR}: the result of a Spark run into a store, for the CLI, server and timeline. */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = {"Imports the articles, annotations and findings of a Spark run (its --output folder) into the store.",
                "Stories and events then come out as the run's tables list them."})
final class ImportParquetCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "DIR", description = "The --output folder of org.parley.spark.ParleyJob.")
    Path dir;

    @Override
    public Integer call() {
        try (ArticleStore articles = ArticleStores.open(store.location())) {
            ParquetImport.Summary summary = ParquetImport.into(articles, dir);
            summary.failed().forEach(f -> System.err.println("failed: " + f));
            System.out.printf("imported %d articles (%d already stored, %d failed) into %s%n", summary.added(),
                    summary.duplicates(), summary.failed().size(), store.location());
            return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("parley import-parquet: " + e.getMessage());
            return ExitCode.ERROR;
        }
    }
}
