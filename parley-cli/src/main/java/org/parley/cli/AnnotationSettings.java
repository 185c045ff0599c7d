package org.parley.cli;

import picocli.CommandLine.Option;

/** Whether and on how many threads the commands that fetch ({@code watch}, {@code fetch}) annotate what they store. */
final class AnnotationSettings {

    @Option(names = "--no-annotate", description = "Store, clean and date only; annotate later with an ingest run.")
    boolean noAnnotate;

    @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads;
}
