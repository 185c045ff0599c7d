package org.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * parley-core keeps small classes with one job (STYLE.md, the developers' guide): no main source file
 * over {@value #MAX_LINES} lines. A file that grows past it is split by job, not squeezed.
 */
class ClassSizeTest {

    static final int MAX_LINES = 400;
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noCoreSourceFileIsOverTheLimit() throws IOException {
        assertThat(MAIN).as("parley-core's main sources, relative to the module").isDirectory();
        List<String> over = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(MAIN)) {
            for (Path file : paths.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_LINES) {
                    over.add(MAIN.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(files).as("source files seen").isGreaterThan(100);
        assertThat(over).as("parley-core files over " + MAX_LINES + " lines: split them by job").isEmpty();
    }
}
