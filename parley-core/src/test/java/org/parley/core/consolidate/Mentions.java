package org.parley.core.consolidate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
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

/** Hand-built mentions and articles for the consolidation tests (text written for the tests). */
final class Mentions {
    static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV");
    static final Actor CHINH = new Actor("Pham Minh Chinh", ActorKind.PERSON, "Prime Minister", "VNM", "GOV");
    static final Actor USA = Actor.country("United States", "USA");
    static final Actor VIETNAM = Actor.country("Vietnam", "VNM");
    static final Location WASHINGTON = new Location("Washington", "USA", 38.895, -77.036);
    static final Location WASHINGTON_DC = new Location("Washington, D.C.", "USA", 38.9072, -77.0369);
    static final Location HANOI = new Location("Hanoi", "VNM", 21.0245, 105.841);
    static final Location HCMC = new Location("Ho Chi Minh City", "VNM", 10.823, 106.63);

    private Mentions() {
    }

    static ArticleId id(int n) {
        return new ArticleId(String.format("%016x", 0xabc000L + n));
    }

    static String doc(int n) {
        return "outlet-" + n + ".txt";
    }

    static EventDate day(String iso, EventDate.Basis basis) {
        return new EventDate.ExactDay(LocalDate.parse(iso), basis, List.of(iso));
    }

    static EventDate month(String iso) {
        return new EventDate.MonthOnly(YearMonth.parse(iso), EventDate.Basis.STATED, List.of(iso));
    }

    static EventMention consult(int article, int sentence, String mode, Actor source, Actor target, EventDate date,
                                Location place, boolean background) {
        String text = "Sentence " + sentence + " of outlet " + article + ".";
        return new EventMention("CONSULT", mode, "040", "met", List.of(source), List.of(target), date, place, List.of(),
                background, new Evidence(id(article), doc(article), sentence, new Span(sentence * 100, sentence * 100 + text.length()), text));
    }

    static EventMention meeting(int article, String iso, EventDate.Basis basis, Location place) {
        return consult(article, 0, "meeting", BLINKEN, SON, day(iso, basis), place, false);
    }

    /** An article published at local noon on {@code day} at {@code offsetHours} from UTC. */
    static Article article(int n, String day, int offsetHours) {
        String text = "Text of outlet " + n + ".";
        RawArticle raw = RawArticle.text(Origin.file("in/" + doc(n), doc(n)), SourceFormat.TEXT, text);
        PublicationDate published = new PublicationDate.Dated(LocalDate.parse(day).atTime(12, 0), true,
                ZoneOffset.ofHours(offsetHours), PublicationDate.ZoneBasis.STATED, PublicationDate.Source.METADATA, day);
        return new Article(id(n), null, raw, new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())), "en",
                published, ArticleStatus.ANNOTATED, null, Instant.EPOCH);
    }

}
