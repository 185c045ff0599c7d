package org.parley.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.coding.CodingDictionaries;
import org.parley.eval.Bench;

/**
 * The dictionary coder on PETRARCH's unit-test records with the suite's own dictionaries, each
 * record coded from its gold parse: the exact (source, target, code) F1 must not fall below what
 * it reached (see the last commit touching this floor and docs/eval.md) minus a small margin.
 */
class DictionaryCoderSuiteIT {

    @Test
    void theSuiteTripleScoreStaysWhereItWas() {
        Path records = Bench.locate(Optional.empty()).resolve(Bench.PETRARCH_RECORDS);
        assumeTrue(Files.exists(records), records + " is absent: skipping the PETRARCH suite run");
        CodingDictionaries dictionaries = CodingDictionaries.readDirectory(records.getParent());
        PetrarchRun.Result r = new PetrarchRun().run(new PetrarchRecordReader().read(records).records(),
                new DictionaryRecordCoder(dictionaries));
        System.out.println(PetrarchRun.scriptLine(r) + "\n" + TripleMisses.describe(r.misses()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.triple().f1()).isGreaterThan(0.855);
        assertThat(r.exact().f1()).isGreaterThan(0.90);
    }
}
