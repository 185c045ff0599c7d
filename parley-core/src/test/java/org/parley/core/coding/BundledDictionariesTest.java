package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BundledDictionariesTest {

    @Test
    void theBundledPhoenixDictionariesLoadWithTheirActorsAgentsAndVerbs() {
        CodingDictionaries phoenix = BundledDictionaries.phoenix();
        assertThat(phoenix.verbs().families()).hasSizeGreaterThan(300);
        assertThat(phoenix.verbs().verbs("MEET")).isNotEmpty();
        assertThat(phoenix.actors().entries()).hasSizeGreaterThan(20_000);
        assertThat(phoenix.agents().size()).isGreaterThan(1_000);
        assertThat(phoenix.discards().size()).isGreaterThan(100);
        assertThat(phoenix.actors().longestAt(List.of("BARACK", "OBAMA"), 0)).isPresent();
        assertThat(BundledDictionaries.phoenix()).as("read once").isSameAs(phoenix);
    }

    /** Compacting drops only comments and blank lines: the originals read to the same entries. */
    @Test
    void compactingKeepsEveryEntryOfTheOriginals() {
        String shared = System.getProperty("parley.shared");
        Path originals = shared == null ? null : Path.of(shared, "bench", "phoenix-dictionaries");
        Assumptions.assumeTrue(originals != null && Files.isDirectory(originals),
                "../shared/bench/phoenix-dictionaries absent (system property parley.shared): skipping");
        CodingDictionaries read = CodingDictionaries.readDirectory(originals);
        CodingDictionaries bundled = BundledDictionaries.phoenix();
        assertThat(bundled.verbs().families()).hasSameSizeAs(read.verbs().families());
        assertThat(bundled.verbs().synsetCount()).isEqualTo(read.verbs().synsetCount());
        assertThat(bundled.actors().entries()).hasSameSizeAs(read.actors().entries());
        assertThat(bundled.agents().size()).isEqualTo(read.agents().size());
        assertThat(bundled.discards().size()).isEqualTo(read.discards().size());
        assertThat(bundled.problems()).hasSameSizeAs(read.problems());
    }
}
