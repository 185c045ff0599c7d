package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code parley} command. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns international news reports into a clean, source-linked record of political events.",
        subcommands = {IngestCommand.class, ArticlesCommand.class, ArticleCommand.class, EventsCommand.class,
                CommitmentsCommand.class, ShowCommand.class, StoriesCommand.class, TimelineCommand.class,
                ExtractCommand.class, SearchCommand.class, ServeCommand.class, ImportParquetCommand.class,
                ExportCommand.class,
                EvalCommand.class, BenchCommand.class,
                DemoCommand.class,
                WatchCommand.class, FetchCommand.class,
                BackupCommand.class, RestoreCommand.class,
                RelationsCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done; 1 done, but some records failed (each is named); 2 usage error;",
                "3 nothing could be done (store, unknown id, I/O)."})
public final class ParleyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parley: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.ERROR;
        });
        return cli;
    }
}
