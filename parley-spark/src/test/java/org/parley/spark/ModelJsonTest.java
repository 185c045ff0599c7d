package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.cluster.DateWindow;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.cluster.ArticleTerms;
import org.parley.core.cluster.TermWeights;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;
import org.parley.model.Span;

/** The values the job moves between Spark stages come back equal from their JSON form. */
class ModelJsonTest {
    private static final ArticleId ARTICLE = new ArticleId("00112233445566778899aabbccddeeff");
    private static final String TEXT = "Foreign Minister Bui Thanh Son met Secretary of State Antony Blinken in Hanoi on Monday.";

    @Test
    void storyEvidenceKeepsItsTermsAndDatesSoScoresAndKeysAreUnchanged() {
        EventDate day = new EventDate.ExactDay(LocalDate.of(2024, 6, 3), EventDate.Basis.RELATIVE, List.of("on Monday"));
        var lead = new StoryEvidence.LeadEvent("CONSULT", "meeting", Set.of("antony blinken", "bui thanh son"),
                Set.of("USA", "VNM"), day, "hanoi", "VNM");
        StoryEvidence evidence = new StoryEvidence(ARTICLE, "talks.txt", "wire", "Talks in Hanoi", LocalDate.of(2024, 6, 4),
                lead, lead.window(), ArticleTerms.ofText(TEXT, List.of("Blinken", "Hanoi")));

        StoryEvidence back = ModelJson.read(ModelJson.write(evidence), StoryEvidence.class);

        assertThat(back).isEqualTo(evidence);
        StoryClusterer clusterer = StoryClusterer.withDefaults();
        TermWeights weights = TermWeights.background();
        assertThat(clusterer.blockingKeys(back, weights)).isEqualTo(clusterer.blockingKeys(evidence, weights)).isNotEmpty();
        assertThat(back.terms().words()).containsEntry("hanoi", evidence.terms().words().get("hanoi"));
        assertThat(back.when()).isEqualTo(new DateWindow(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 4)));
    }

    @Test
    void articleFindingsAndEventsComeBackEqual() {
        Actor son = new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV");
        Actor blinken = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
        EventMention met = new EventMention("CONSULT", "meeting", "040", "met", List.of(son), List.of(blinken),
                new EventDate.MonthOnly(java.time.YearMonth.of(2024, 6), EventDate.Basis.STATED, List.of("in June")),
                new Location("Hanoi", "VNM", 21.0245, 105.841), List.of("trade"), false,
                new Evidence(ARTICLE, "talks.txt", 0, new Span(0, TEXT.length()), TEXT));
        ArticleFindings findings = new ArticleFindings(ARTICLE, List.of(met), List.of());

        assertThat(ModelJson.readGzip(ModelJson.writeGzip(findings), ArticleFindings.class)).isEqualTo(findings);
        Event event = EventConsolidator.articleEvents(List.of(met)).get(0);
        assertThat(ModelJson.read(ModelJson.write(event), Event.class)).isEqualTo(event);
    }

    @Test
    void articleKeepsItsPublicationDateWithOffset() {
        RawArticle raw = RawArticle.text(Origin.file("in/talks.txt", "talks.txt"), SourceFormat.TEXT, TEXT);
        PublicationDate published = new PublicationDate.Dated(LocalDate.of(2024, 6, 4).atTime(9, 30), true,
                ZoneOffset.ofHours(7), PublicationDate.ZoneBasis.STATED, PublicationDate.Source.METADATA, "2024-06-04T09:30+07:00");
        Article article = new Article(ARTICLE, null, raw, new CleanText(TEXT, List.of(), List.of(),
                OffsetMap.identity(TEXT.length())), "en", published, ArticleStatus.STORED, null, Instant.EPOCH);

        assertThat(ModelJson.read(ModelJson.write(article), Article.class)).isEqualTo(article);
    }
}
