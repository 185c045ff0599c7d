package org.parley.engine.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.parley.model.Story;

/** A small record written for these tests: one article, its story, a meeting in Hanoi and an undated, unplaced appeal. */
final class ExportFixtures {
    static final String TEXT = "Talks in Hanoi.\n\nThe foreign minister of Freedonia met Vietnam's prime minister in Hanoi on Monday. "
            + "Freedonia urged calm.";
    static final ArticleId ARTICLE = new ArticleId("0123456789abcdef0123456789abcdef");
    static final Instant INGESTED = Instant.parse("2024-06-04T08:15:30Z");

    private ExportFixtures() {
    }

    static ExportData data() {
        return new ExportData(List.of(meeting(), appeal()), List.of(story()), List.of(), Map.of(ARTICLE, article()));
    }

    static Article article() {
        RawArticle raw = new RawArticle(Origin.file("corpus/talks.txt", "talks.txt"), SourceFormat.TEXT, TEXT, "Talks in Hanoi",
                "https://news.example/talks", "news.example", "en", "2024-06-03T18:00:00+07:00", null, null);
        PublicationDate published = new PublicationDate.Dated(LocalDateTime.of(2024, 6, 3, 18, 0), true,
                ZoneOffset.ofHours(7), PublicationDate.ZoneBasis.STATED, PublicationDate.Source.METADATA, "2024-06-03T18:00");
        return new Article(ARTICLE, null, raw, new CleanText(TEXT, List.of(), List.of(), OffsetMap.identity(TEXT.length())),
                "en", published, ArticleStatus.ANNOTATED, null, INGESTED);
    }

    static Story story() {
        return new Story("story-00000000000000aa", "Talks in Hanoi", "2024-06-03", List.of(ARTICLE), List.of("talks.txt"));
    }

    static Event meeting() {
        Actor minister = new Actor("Ann Example", ActorKind.PERSON, "Foreign Minister", "FRD", "GOV");
        Actor vietnam = Actor.country("Vietnam", "VNM");
        EventDate monday = new EventDate.ExactDay(LocalDate.of(2024, 6, 3), EventDate.Basis.RELATIVE, List.of("Monday"));
        Location hanoi = new Location("Hanoi", "VNM", 21.0245, 105.8412);
        EventMention mention = new EventMention("CONSULT", "meeting", "042", "met", List.of(minister), List.of(vietnam),
                monday, hanoi, List.of("trade"), false, evidence(1, "The foreign minister of Freedonia met Vietnam's prime minister in Hanoi on Monday."));
        return new Event("ev-8000000000000001", "story-00000000000000aa", "CONSULT", "meeting", "042", monday, hanoi,
                List.of(minister), List.of(vietnam), List.of("trade"), false, List.of(mention), List.of());
    }

    static Event appeal() {
        Actor freedonia = new Actor("Freedonia", ActorKind.COUNTRY, null, null, null);
        EventDate unknown = new EventDate.Unknown(List.of());
        EventMention mention = new EventMention("REQUEST", null, null, "urged", List.of(freedonia), List.of(), unknown, null,
                List.of(), false, evidence(2, "Freedonia urged calm."));
        return new Event("ev-0000000000000002", "story-00000000000000aa", "REQUEST", null, null, unknown, null,
                List.of(freedonia), List.of(), List.of(), false, List.of(mention), List.of());
    }

    private static Evidence evidence(int sentence, String text) {
        int begin = TEXT.indexOf(text);
        return new Evidence(ARTICLE, "talks.txt", sentence, new Span(begin, begin + text.length()), text);
    }
}
