package org.parley.eval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs one pipeline of the bench in a fresh child JVM ({@link BenchChild}) and reads back what it
 * measured: the same java binary, JVM flags ({@code -Xmx}, {@code -XX:}, {@code -D}) and classpath as
 * this JVM, the same settings, so the child makes the same articles. The child's output (its progress
 * and CoreNLP's log) is copied line by line to {@code progress}.
 *
 * <p>Design decision: a JVM per pipeline, as JMH forks one per benchmark. In one JVM the CoreNLP and
 * JDK code both pipelines run (tokenizer, tagger, CRF, parser, TokensRegex: ~25 s of C2 compilation)
 * is compiled during the first pipeline's timed run and is ready for the second's, so the order of the
 * runs decides part of the ratio. Each child compiles what its own pipeline needs, nothing more.
 */
public final class ForkedRun {

    /** Lines of a failed child's output repeated in the error. */
    private static final int LAST_LINES = 15;

    private final PipelineBench.Settings settings;
    private final PrintStream progress;

    ForkedRun(PipelineBench.Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** A child JVM that ended without its result. */
    public static final class ChildFailed extends RuntimeException {
        ChildFailed(String message) {
            super(message);
        }
    }

    /** Runs {@code pipeline} in a child JVM and returns its figures; {@link ChildFailed} when it fails. */
    PipelineRun run(BenchChild.Pipeline pipeline) {
        Path result = settings.workDir().resolve(pipeline.key() + "-run.json");
        List<String> command = command(javaBinary(), jvmArguments(), System.getProperty("java.class.path"), pipeline,
                result, settings);
        progress.println(pipeline.title() + ": a JVM of its own ...");
        Deque<String> last = new ArrayDeque<>();
        int exit;
        Process child = null;
        Thread stopChild = null;
        try {
            Files.deleteIfExists(result);
            child = new ProcessBuilder(command).redirectErrorStream(true).start();
            Process started = child;
            // a parent stopped (Ctrl-C, kill) takes its child along instead of leaving a 6 GB JVM running
            stopChild = new Thread(started::destroyForcibly, "parley-bench-child-stop");
            Runtime.getRuntime().addShutdownHook(stopChild);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    progress.println(line);
                    last.addLast(line);
                    if (last.size() > LAST_LINES) {
                        last.removeFirst();
                    }
                }
            }
            exit = child.waitFor();
        } catch (IOException e) {
            throw new ChildFailed("cannot run " + pipeline.title() + " in a child JVM: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChildFailed("interrupted while " + pipeline.title() + " ran in a child JVM");
        } finally {
            if (child != null) {
                child.destroyForcibly();
            }
            if (stopChild != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopChild);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        }
        if (exit != 0 || !Files.isRegularFile(result)) {
            throw new ChildFailed("the " + pipeline.title() + " bench JVM exited with code " + exit
                    + (exit == 0 ? " without writing " + result : "") + "; its last lines:\n  " + String.join("\n  ", last));
        }
        return PipelineRun.read(result);
    }

    /** The child's command line: {@code java}, the JVM flags, the classpath, {@link BenchChild} and its arguments. */
    static List<String> command(String java, List<String> jvmArguments, String classpath, BenchChild.Pipeline pipeline,
                                Path result, PipelineBench.Settings settings) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String flag : jvmArguments) {
            // a debugger's agent would ask for the port this JVM already listens on
            if (!flag.startsWith("-agentlib:jdwp") && !flag.startsWith("-Xrunjdwp")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", classpath, BenchChild.class.getName(), pipeline.key(), result.toString()));
        command.addAll(BenchChild.arguments(settings));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static List<String> jvmArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
