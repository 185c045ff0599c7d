package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;
import org.parley.eval.petrarch.KeywordCameoCoder;
import org.parley.eval.petrarch.PetrarchRecordReader;
import org.parley.eval.petrarch.PetrarchRun;
import org.parley.eval.plover.PloverGoldReader;
import org.parley.eval.plover.PloverRun;
import org.parley.eval.tempeval.TempEvalRun;
import org.parley.eval.tempeval.TimexScore;

/**
 * The eval runs on the real gold data (../shared/bench): they read it, produce numbers in [0, 1]
 * and print them. The numbers themselves are reported, not asserted (see docs/eval.md).
 */
class BenchRunsIT {

    private static Path bench(String relative) {
        Bench bench = Bench.locate(Optional.empty());
        Path path = bench.resolve(relative);
        assumeTrue(Files.exists(path), path + " is absent: skipping the bench run");
        return path;
    }

    private static void assertShare(double value) {
        assertThat(value).isBetween(0.0, 1.0);
    }

    @Test
    void tempEvalRunsParleysDefaultOnFiveRealDocuments() {
        TempEvalRun run = new TempEvalRun(bench(Bench.TEMPEVAL3));
        List<Path> docs = run.documents(5);
        assertThat(docs).hasSize(5);
        TempEvalRun.Result result = run.run(TempEvalRun.standardConfigs().get(0), docs, 2);
        System.out.print(TempEvalRun.table(List.of(result)));
        System.out.println(TempEvalRun.scriptLine(result));
        assertThat(result.problems()).isEmpty();
        assertThat(result.docs()).isEqualTo(5);
        TimexScore s = result.score();
        assertThat(s.relaxed().gold()).isPositive();
        assertThat(s.relaxed().predicted()).isPositive();
        for (double v : new double[] {s.strict().f1(), s.relaxed().f1(), s.value().f1(), s.valueAccuracy(),
                s.typeAccuracy()}) {
            assertShare(v);
        }
        assertThat(s.strict().matched()).isLessThanOrEqualTo(s.relaxed().matched());
        assertThat(s.value().matched()).isLessThanOrEqualTo(s.relaxed().matched());
    }

    @Test
    void ploverBaselineRunsOnTheRealGold() {
        PloverGoldReader.Gold gold = new PloverGoldReader().read(bench(Bench.PLOVER_GSR));
        assertThat(gold.records()).hasSizeGreaterThan(300);
        PloverRun.Result result = new PloverRun(Countries.bundled()).run(gold.records(),
                CoderRegistry.baselines().ploverCoders("baseline").get(0));
        System.out.print(PloverRun.table(List.of(result)));
        System.out.println(PloverRun.scriptLine(result));
        assertThat(result.records()).isEqualTo(gold.records().size());
        assertThat(result.source().gold()).isPositive();
        for (double v : new double[] {result.type().f1(), result.macroF1(), result.source().f1(),
                result.target().f1()}) {
            assertShare(v);
        }
    }

    @Test
    void petrarchBaselineRunsOnTheValidationRecords() {
        PetrarchRecordReader.Records records = new PetrarchRecordReader().read(bench(Bench.PETRARCH_RECORDS));
        assertThat(records.records()).hasSizeGreaterThan(250);
        PetrarchRun.Result result = new PetrarchRun().run(records.records(), new KeywordCameoCoder());
        System.out.print(PetrarchRun.table(List.of(result)));
        System.out.println(PetrarchRun.scriptLine(result));
        assertThat(result.exact().gold()).isGreaterThan(300);
        assertShare(result.exact().f1());
        assertShare(result.root().f1());
        assertShare(result.sentenceAccuracy());
    }
}
