package org.parley.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the public gold data lives ({@code ../shared/bench}: see its README for sources and
 * licences). The data is read in place and never copied into the project.
 *
 * <p>The default folder is {@code <parley.shared>/bench} when the system property
 * {@code parley.shared} is set (tests), else {@code <parley.home>/../shared/bench} when
 * {@code parley.home} is set ({@code bin/parley}), else {@code ../shared/bench} from the working
 * directory.
 *
 * @param dir the bench folder (which may not exist; see {@link #isPresent})
 */
public record Bench(Path dir) {

    public static final String TEMPEVAL3 = "tempeval3-dev/TBAQ-cleaned";
    public static final String PLOVER_GSR = "plover-gsr/PLOVER_GSR_CAMEO.txt";
    public static final String PETRARCH_RECORDS = "petrarch2-validation/PETR.UnitTest.records.xml";

    /** The bench folder given, or the default one. */
    public static Bench locate(Optional<Path> given) {
        return new Bench(given.orElseGet(Bench::defaultDir));
    }

    private static Path defaultDir() {
        String shared = System.getProperty("parley.shared");
        if (shared != null) {
            return Path.of(shared, "bench");
        }
        String home = System.getProperty("parley.home");
        if (home != null) {
            return Path.of(home).resolve("../shared/bench").normalize();
        }
        return Path.of("../shared/bench");
    }

    public boolean isPresent() {
        return Files.isDirectory(dir);
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }
}
