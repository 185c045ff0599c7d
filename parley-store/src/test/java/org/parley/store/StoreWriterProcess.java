package org.parley.store;

import java.nio.file.Path;
import org.parley.core.ports.ArticleStore.Put;

/**
 * The child process of {@link SqliteCrossProcessIT}: puts {@link SampleArticles#numbered} articles
 * {@code first} (inclusive) to {@code last} (exclusive) into the store folder, one transaction each,
 * and prints {@code stored <n> <RESULT>} after each commit.
 *
 * <p>Arguments: {@code <folder> <first> <last> [pause-millis]}.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 0;
        try (SqliteArticleStore store = SqliteArticleStore.open(folder)) {
            for (int n = first; n < last; n++) {
                Put put = store.put(SampleArticles.numbered(n));
                System.out.println("stored " + n + " " + put.result());
                System.out.flush();
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        }
    }
}
