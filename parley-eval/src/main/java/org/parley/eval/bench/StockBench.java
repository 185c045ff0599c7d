package org.parley.eval.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.model.RawArticle;
import org.parley.nlp.StockCoreNlp;

/**
 * The reference side of the bench: stock CoreNLP ({@link StockCoreNlp}) on the articles' raw text,
 * one pipeline shared by the bench's threads, warmed up on the first articles.
 */
final class StockBench {

    private final int threads;
    private final PrintStream progress;

    StockBench(int threads, PrintStream progress) {
        this.threads = threads;
        this.progress = progress;
    }

    BenchReport.Run run(List<RawArticle> articles, List<RawArticle> warmup) {
        progress.println("Stock CoreNLP (" + StockCoreNlp.ANNOTATORS + ", shipped defaults): loading the models ...");
        System.gc();
        long loadStart = System.nanoTime();
        try (StockCoreNlp stock = new StockCoreNlp()) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            progress.println("Stock CoreNLP: warming up on " + warmup.size() + " articles (" + threads + " threads) ...");
            annotateAll(stock, warmup, new AtomicLong());
            long modelsMb = Jvm.liveHeapMb();
            progress.println("Stock CoreNLP: " + articles.size() + " articles on " + threads + " threads ...");
            AtomicLong tokens = new AtomicLong();
            try (HeapWatch heap = new HeapWatch()) {
                long cpuStart = Jvm.processCpuNanos();
                JvmThreadsCpu jvmStart = JvmThreadsCpu.now();
                long start = System.nanoTime();
                annotateAll(stock, articles, tokens);
                long nanos = System.nanoTime() - start;
                long cpu = Jvm.processCpuNanos() - cpuStart;
                return new BenchReport.Run(articles.size(), loadSeconds, nanos / 1e9, cpu / 1e9, tokens.get(), modelsMb,
                        heap.peakUsedMb(), heap.peakLiveMb(), JvmThreadsCpu.now().since(jvmStart));
            }
        }
    }

    // The reference's work: every article's raw text annotated on a pool of the bench's threads.
    private void annotateAll(StockCoreNlp stock, List<RawArticle> articles, AtomicLong tokens) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RawArticle a : articles) {
                futures.add(pool.submit(() -> tokens.addAndGet(stock.annotate(a.text()))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the CoreNLP reference run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("stock CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
