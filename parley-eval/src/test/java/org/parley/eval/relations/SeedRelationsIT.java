package org.parley.eval.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.core.relations.RelationshipBuilder;
import org.parley.core.relations.ReportText;
import org.parley.engine.RelationsJson;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SchemaCheck;
import org.parley.eval.SeedCorpus;
import org.parley.model.Article;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Edition;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Plan;
import org.parley.model.relations.RelationSource;
import org.parley.model.relations.Relationship;

/** The US–Vietnam relationship card from the five seeds: issue 15's done-when for levels, mechanisms, milestones and plans. */
class SeedRelationsIT {
    private static Relationship card;
    private static List<Event> events;

    @BeforeAll
    static void build() {
        ParleyFindingsExtractor extractor = ParleyFindingsExtractor.bundled();
        List<ArticleFindings> findings = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<ReportText> reports = new ArrayList<>();
        for (AnnotatedCorpus.Item item : SeedCorpus.load()) {
            findings.add(extractor.extract(item.article(), item.text()));
            articles.add(item.article());
            reports.add(new ReportText(item.article(), item.text()));
        }
        events = EventConsolidator.of(articles).consolidate(findings);
        card = RelationshipBuilder.bundled().build(CountryPair.of("USA", "VNM"), reports, events, LocalDate.of(2024, 4, 1));
    }

    private static Event event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> reportDocs(List<RelationSource> sources) {
        return sources.stream().filter(s -> s instanceof RelationSource.Reported)
                .map(s -> ((RelationSource.Reported) s).sentence().doc().substring(0, 3)).distinct().sorted().toList();
    }

    @Test
    void theComprehensivePartnershipOf2013BecameAComprehensiveStrategicPartnershipOnBidensVisit() {
        assertThat(card.levels()).extracting(FrameworkLevel::name)
                .containsExactly("Comprehensive Partnership", "Comprehensive Strategic Partnership");
        FrameworkLevel partnership = card.levels().get(0);
        assertThat(partnership.since().iso()).startsWith("2013");
        assertThat(partnership.rank()).isEqualTo(1);
        // "the 10th anniversary of the bilateral comprehensive partnership", said in 2023, is among its sources.
        assertThat(reportDocs(partnership.sources())).contains("004");

        FrameworkLevel strategic = card.levels().get(1);
        assertThat(strategic.since().iso()).startsWith("2023-09");
        assertThat(strategic.rank()).isEqualTo(3);
        Event visit = event(strategic.event());
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(visit.location().name()).isEqualTo("Hanoi");
        assertThat(visit.source()).extracting(a -> a.name()).contains("Joe Biden");
        assertThat(reportDocs(strategic.sources())).contains("000", "001", "002");
    }

    @Test
    void theForeignMinistersDialogueIsAnnualAndItsFirstEditionIsTheWashingtonMeeting() {
        Mechanism dialogue = card.mechanisms().get(0);
        assertThat(dialogue.key()).isEqualTo("foreign-ministers-dialogue");
        assertThat(dialogue.frequency()).isEqualTo("annual");
        assertThat(dialogue.editions()).hasSize(1);
        Edition first = dialogue.editions().get(0);
        assertThat(first.ordinal()).isEqualTo(1);
        assertThat(first.date().iso()).startsWith("2024-03-2");
        assertThat(first.reportedDates()).contains("2024-03-25", "2024-03-26");
        assertThat(first.place()).startsWith("Washington");
        Event meeting = event(first.event());
        assertThat(meeting.type()).isEqualTo("CONSULT");
        assertThat(reportDocs(first.sources())).containsExactly("001", "002");
        assertThat(dialogue.nextExpected()).isEqualTo("2025-03");
    }

    @Test
    void theSeedsThirtiethOfNormalizationIn2024ConflictsWithTheFactsAndAnotherReport() {
        Conflict normalization = card.conflicts().stream().filter(c -> c.field().equals("since: Relations normalized"))
                .findFirst().orElseThrow();
        assertThat(normalization.values()).extracting(Conflict.Value::value).containsExactly("1994", "1995");
        assertThat(normalization.values().get(0).docs()).singleElement().asString().startsWith("000");
        assertThat(normalization.values().get(1).docs()).contains("reference table");
        assertThat(normalization.values().get(1).docs()).anyMatch(d -> d.startsWith("001"));
        assertThat(normalization.values().get(0).said().get(0).text()).contains("the 30th of normalization of relations (2024)");
        // "next year when the countries will be celebrating 30 years of diplomatic relations", said in 2024, agrees with 1995.
        assertThat(card.conflicts()).noneMatch(c -> c.field().contains("Diplomatic relations"));
        assertThat(card.milestones()).extracting(m -> m.kind() + " " + m.date().iso())
                .contains("embargo-lifted 1994-02-03", "normalization 1995-07-11");
        assertThat(card.upcoming()).anyMatch(a -> a.subject().equals("Relations normalized") && a.year() == 2025
                && a.years() == 30);
    }

    @Test
    void theTwoInvitationsArePlansAndBidensBecameHisSeptember2023VisitToHanoi() {
        assertThat(card.plans()).extracting(p -> p.whoCountry() + " to " + p.whomCountry()).containsExactlyInAnyOrder(
                "VNM to USA", "USA to VNM");
        Plan biden = card.plans().stream().filter(p -> p.whomCountry().equals("VNM")).findFirst().orElseThrow();
        assertThat(biden.action()).isEqualTo(Plan.Action.VISIT);
        assertThat(biden.who()).isEqualTo("Joe Biden");
        assertThat(biden.stated().iso()).isEqualTo("2023-04-15");
        assertThat(reportDocs(biden.sources())).containsExactly("004");
        assertThat(biden.sources()).anyMatch(s -> s instanceof RelationSource.Reported r
                && r.sentence().text().contains("reiterated the invitation to Biden to visit Vietnam"));
        assertThat(biden.status()).isEqualTo(Plan.Status.HELD);
        Event visit = event(biden.held().event());
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(visit.location().name()).isEqualTo("Hanoi");
        assertThat(visit.source()).extracting(a -> a.name()).contains("Joe Biden");
        assertThat(biden.held().date().iso()).startsWith("2023-09");
        assertThat(biden.held().place()).isEqualTo("Hanoi");
        // It is the visit that set up the Comprehensive Strategic Partnership.
        assertThat(biden.held().event()).isEqualTo(card.levels().get(1).event());

        Plan partyChief = card.plans().stream().filter(p -> p.whomCountry().equals("USA")).findFirst().orElseThrow();
        assertThat(partyChief.sources()).singleElement().satisfies(s -> assertThat(((RelationSource.Reported) s)
                .sentence().text()).contains("reiterated the invitation to the Party chief to visit the US"));
        // "the Party chief", resolved by the actor resolver as on the seed's other sentences.
        assertThat(partyChief.who()).isEqualTo("Nguyen Phu Trong");
        assertThat(partyChief.status()).isEqualTo(Plan.Status.INVITED);
        assertThat(partyChief.held()).isNull();
    }

    @Test
    void theReportsDatesOfTheUpgradeAgreeWithTheTable() {
        assertThat(card.conflicts()).noneMatch(c -> c.field().startsWith("established:"));
    }

    @Test
    void theCardValidatesAgainstItsSchema() {
        assertThat(SchemaCheck.additions("relation.schema.json").violations(RelationsJson.relationship(card))).isEmpty();
    }

    @Test
    void theAseanAndMekongPartnershipsAreNotTheirs() {
        assertThat(card.levels()).allSatisfy(l -> assertThat(l.sources()).noneMatch(s -> s instanceof RelationSource.Reported r
                && r.sentence().text().contains("ASEAN-US")));
    }
}
