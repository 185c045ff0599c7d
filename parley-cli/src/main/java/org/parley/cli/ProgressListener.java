package org.parley.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.core.ingest.IngestListener;

/**
 * Shows ingest progress: a progress bar (count, rate, ETA) on a terminal, plain log lines every
 * few seconds otherwise (CI logs, pipes), so a long run is never silent.
 */
final class ProgressListener implements IngestListener, AutoCloseable {
    private static final long LOG_EVERY_MILLIS = 5_000;

    private final boolean terminal;
    private final PrintStream log;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger annotated = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile int annotateTotal;
    private volatile long lastLog = System.currentTimeMillis();
    private ProgressBar readBar;
    private ProgressBar annotateBar;

    ProgressListener(boolean terminal, PrintStream log) {
        this.terminal = terminal;
        this.log = log;
    }

    static ProgressListener forConsole() {
        return new ProgressListener(System.console() != null, System.err);
    }

    @Override
    public synchronized void recordHandled(String doc, String outcome) {
        int n = read.incrementAndGet();
        if (terminal) {
            if (readBar == null) {
                readBar = bar("Reading", -1);
            }
            readBar.step();
        } else if (due()) {
            log.printf("read %d records (last: %s, %s)%n", n, doc, outcome);
        }
    }

    @Override
    public synchronized void annotationStarted(int total) {
        closeBar(readBar);
        readBar = null;
        annotateTotal = total;
        if (terminal) {
            annotateBar = bar("Annotating", total);
        } else {
            log.printf("annotating %d articles%n", total);
        }
    }

    @Override
    public void annotationReused(String doc, String original, int reusedSentences, int sentences) {
        reused.incrementAndGet();
    }

    /** How many articles of the run reused a near-duplicate's annotation. */
    int reused() {
        return reused.get();
    }

    @Override
    public synchronized void articleAnnotated(String doc, boolean ok) {
        int n = annotated.incrementAndGet();
        if (terminal && annotateBar != null) {
            annotateBar.step();
        } else if (due()) {
            log.printf("annotated %d/%d (last: %s%s)%n", n, annotateTotal, doc, ok ? "" : ", failed");
        }
    }

    private boolean due() {
        long now = System.currentTimeMillis();
        if (now - lastLog >= LOG_EVERY_MILLIS) {
            lastLog = now;
            return true;
        }
        return false;
    }

    private ProgressBar bar(String task, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1).showSpeed().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log))
                .build();
    }

    private static void closeBar(ProgressBar bar) {
        if (bar != null) {
            bar.close();
        }
    }

    @Override
    public synchronized void close() {
        closeBar(readBar);
        closeBar(annotateBar);
    }
}
