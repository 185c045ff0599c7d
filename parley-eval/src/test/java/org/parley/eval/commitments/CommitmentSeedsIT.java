package org.parley.eval.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.EventDating;
import org.parley.core.extract.commitments.CommitmentExtractor;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.Actor;
import org.parley.model.Commitment;
import org.parley.model.EventDate;
import org.parley.model.Money;

/**
 * Commitments on real annotations: seed 002 (a fact sheet with an MOU, two MOCs and a funding
 * package), seed 004 (a trade figure that is not a commitment) and the demo corpus (the USAID–MPI
 * MOU with its $120 million pledge, and the amounts that are not commitments), with the real actor
 * resolver.
 */
class CommitmentSeedsIT {

    private static final EventDating NO_DATE = (article, text, sentence, trigger, participants) ->
            new EventDate.Unknown(List.of("stand-in dater"));
    private static final CommitmentExtractor EXTRACTOR = new CommitmentExtractor(NO_DATE);
    private static final org.parley.core.actors.ActorResolver ACTORS = org.parley.core.actors.ActorResolver.bundled();

    static List<Commitment> commitments(AnnotatedCorpus.Item item) {
        List<Commitment> found = EXTRACTOR.extract(item.article(), item.text(),
                ACTORS.resolve(item.article(), item.text()));
        System.out.println("== " + item.doc() + ": " + found.size() + " commitment(s)");
        for (Commitment c : found) {
            System.out.printf("  %-8s %-22s parties=%s title=%s topics=%s s%d%n", c.kind(),
                    c.amount() == null ? "-" : c.amount().value().toPlainString() + " " + c.amount().currency(),
                    c.parties().stream().map(Actor::name).toList(), c.title(), c.topics(), c.evidence().sentence());
        }
        return found;
    }

    private static Money usd(String value) {
        return new Money(new BigDecimal(value), "USD");
    }

    private static List<String> names(Commitment c) {
        return c.parties().stream().map(Actor::name).toList();
    }

    @Test
    void seed002HasTheEximMouTheWorkforcePackageAndTwoMocs() {
        List<Commitment> found = commitments(SeedCorpus.seed("002"));
        assertThat(found).filteredOn(c -> c.kind().equals("mou") && usd("500000000").equals(c.amount()))
                .singleElement().satisfies(c -> {
                    assertThat(names(c)).anyMatch(n -> n.contains("Export-Import Bank"))
                            .anyMatch(n -> n.contains("Vietnam Development Bank"));
                    assertThat(c.topics()).contains("climate_energy", "infrastructure");
                });
        assertThat(found).filteredOn(c -> c.kind().equals("funding") && usd("4000000").equals(c.amount()))
                // The U.S. Mission to Vietnam is the US government's: its name or the United States will do.
                .singleElement().satisfies(c -> assertThat(c.parties()).extracting(Actor::country).contains("USA"));
        assertThat(found).filteredOn(c -> c.kind().equals("moc"))
                .anySatisfy(c -> {
                    assertThat(c.amount()).isNull();
                    assertThat(names(c)).anyMatch(n -> n.contains("Department of State"))
                            .anyMatch(n -> n.contains("Ministry of Education and Training"));
                })
                .anySatisfy(c -> assertThat(c.title()).isEqualTo("MOC on Culture and People-to-People Ties"));
        assertThat(found).allSatisfy(c -> assertThat(c.parties()).isNotEmpty());
    }

    @Test
    void seed004TradeFigureIsNotACommitment() {
        List<Commitment> found = commitments(SeedCorpus.seed("004"));
        assertThat(found).noneMatch(c -> c.amount() != null
                && c.amount().value().compareTo(new BigDecimal("123000000000")) == 0);
    }

    @Test
    void seedsWithoutCommitmentsGiveNone() {
        for (String seed : new String[] {"000", "001", "003"}) {
            assertThat(commitments(SeedCorpus.seed(seed))).as(seed).isEmpty();
        }
    }

    @Test
    void demoCorpusHasTheUsaidMpiMouAndTheSinglePledge() {
        List<AnnotatedCorpus.Item> demo = AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store"));
        AnnotatedCorpus.Item cw4 = demo.stream().filter(i -> i.doc().contains("usaid-mpi-skills-pledge")).findFirst()
                .orElseThrow();
        List<Commitment> found = commitments(cw4);
        assertThat(found).filteredOn(c -> c.kind().equals("pledge")).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(usd("120000000"));
            assertThat(c.parties()).extracting(Actor::country).contains("USA");
        });
        assertThat(found).filteredOn(c -> c.kind().equals("mou")).singleElement().satisfies(c -> {
            assertThat(names(c)).anyMatch(n -> n.contains("Agency for International Development"))
                    .anyMatch(n -> n.contains("Ministry of Planning and Investment"));
            assertThat(c.amount()).isNull();
        });
        assertThat(found).as("one MOU and one pledge, the $30 million tranche is not another").hasSize(2);

        for (AnnotatedCorpus.Item item : demo) {
            List<Commitment> other = commitments(item);
            assertThat(other).as(item.doc()).noneMatch(c -> c.amount() != null
                    && (c.amount().value().compareTo(new BigDecimal("30000000")) == 0
                        || c.amount().value().compareTo(new BigDecimal("110000000000")) == 0));
            if (!item.doc().contains("usaid-mpi") && !item.doc().contains("son-receives-campbell")) {
                assertThat(other).as(item.doc() + " reports no new commitment").isEmpty();
            }
        }
        AnnotatedCorpus.Item ml4 = demo.stream().filter(i -> i.doc().contains("son-receives-campbell")).findFirst()
                .orElseThrow();
        assertThat(commitments(ml4)).filteredOn(c -> c.kind().equals("pledge"))
                .singleElement().extracting(Commitment::amount).isEqualTo(usd("120000000"));
    }
}
