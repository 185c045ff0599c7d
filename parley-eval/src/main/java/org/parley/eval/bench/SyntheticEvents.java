package org.parley.eval.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ingest.ArticleIds;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;
import org.parley.model.Span;

/**
 * Fills a store with many distinct events quickly, for load tests of the read API: one short
 * invented article per event, written from a template straight through the store's API (no
 * cleaning, no NLP), each with one hand-made event mention (its findings) whose evidence is the
 * article's second sentence.
 *
 * <p>Article {@code i} names two countries of a fixed list of 40 (every pair in turn), one of four
 * event types and a day; a pair comes back every 780 articles, each time 47 days later (modulo ten
 * years) with the next event type, so no two articles report the same event and consolidation
 * keeps them apart (for the first 2.8 million). Articles are {@link ArticleStatus#ANNOTATED} with findings saved under the given
 * extractor name, so a real ingest into the same store neither annotates nor re-extracts them.
 * Deterministic: article {@code i} is the same in every run.
 */
public final class SyntheticEvents {

    private static final List<Actor> COUNTRIES = countries(
            "USA United States", "VNM Vietnam", "CHN China", "JPN Japan", "KOR South Korea", "IND India",
            "RUS Russia", "UKR Ukraine", "DEU Germany", "FRA France", "GBR United Kingdom", "ITA Italy",
            "ESP Spain", "POL Poland", "TUR Turkey", "IRN Iran", "ISR Israel", "EGY Egypt", "SAU Saudi Arabia",
            "ZAF South Africa", "NGA Nigeria", "KEN Kenya", "ETH Ethiopia", "BRA Brazil", "ARG Argentina",
            "MEX Mexico", "CAN Canada", "AUS Australia", "IDN Indonesia", "PHL Philippines", "THA Thailand",
            "MYS Malaysia", "SGP Singapore", "PAK Pakistan", "BGD Bangladesh", "LAO Laos", "KHM Cambodia",
            "MMR Myanmar", "NZL New Zealand", "CHL Chile");
    /** Unordered pairs: a meeting of A with B is the same event as one of B with A. */
    private static final int PAIRS = COUNTRIES.size() * (COUNTRIES.size() - 1) / 2;
    /** type, CAMEO root, trigger, sentence verb. */
    private static final List<List<String>> TYPES = List.of(
            List.of("CONSULT", "040", "talks", "held talks with"),
            List.of("COOPERATE", "060", "signed", "signed a trade agreement with"),
            List.of("AID", "070", "pledged", "pledged flood relief to"),
            List.of("PROTEST", "140", "protested", "protested to"));
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private SyntheticEvents() {
    }

    /** Stores articles {@code from .. to-1} with their findings; returns how many were new to the store. */
    public static int fill(ArticleStore store, int from, int to, String extractor) {
        int added = 0;
        for (int i = from; i < to; i++) {
            Article article = article(i);
            if (store.put(article).result() == ArticleStore.PutResult.NEW) {
                store.saveFindings(findings(i, article), extractor);
                added++;
            }
        }
        return added;
    }

    /** The {@code i}-th synthetic article. */
    static Article article(int i) {
        Actor a = source(i);
        Actor b = target(i);
        List<String> type = TYPES.get((i / PAIRS) % TYPES.size());
        LocalDate day = day(i);
        String text = a.name() + " and " + b.name() + ": " + type.get(2) + "\n\n" + sentence(i)
                + " Officials said the next round would follow. Bench article " + i + ".";
        String doc = "synthetic-" + i + ".txt";
        RawArticle raw = new RawArticle(Origin.file("synthetic/" + doc, doc), SourceFormat.TEXT, text,
                a.name() + " and " + b.name() + ": " + type.get(2), null, "outlet-" + (i % 25) + ".example", "en",
                null, null, null);
        CleanText clean = new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length()));
        PublicationDate published = new PublicationDate.Dated(LocalDateTime.of(day.plusDays(1), java.time.LocalTime.MIDNIGHT),
                false, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.METADATA, "synthetic");
        return new Article(ArticleIds.of(text), null, raw, clean, "en", published, ArticleStatus.ANNOTATED, null,
                Instant.EPOCH.plusSeconds(i));
    }

    static ArticleFindings findings(int i, Article article) {
        List<String> type = TYPES.get((i / PAIRS) % TYPES.size());
        String sentence = sentence(i);
        int at = article.clean().text().indexOf(sentence);
        Evidence evidence = new Evidence(article.id(), article.doc(), 1, new Span(at, at + sentence.length()), sentence);
        EventMention mention = new EventMention(type.get(0), null, type.get(1), type.get(2), List.of(source(i)),
                List.of(target(i)), new EventDate.ExactDay(day(i), EventDate.Basis.STATED, List.of()), null,
                List.of(), false, evidence);
        return new ArticleFindings(article.id(), List.of(mention), List.of());
    }

    private static String sentence(int i) {
        List<String> type = TYPES.get((i / PAIRS) % TYPES.size());
        return "On " + day(i) + ", " + source(i).name() + " " + type.get(3) + " " + target(i).name() + ".";
    }

    private static Actor source(int i) {
        return COUNTRIES.get(pair(i)[0]);
    }

    private static Actor target(int i) {
        return COUNTRIES.get(pair(i)[1]);
    }

    /** The indexes {@code a < b} of the {@code (i mod PAIRS)}-th pair of countries. */
    private static int[] pair(int i) {
        int rest = i % PAIRS;
        int a = 0;
        while (rest >= COUNTRIES.size() - 1 - a) {
            rest -= COUNTRIES.size() - 1 - a;
            a++;
        }
        return new int[] {a, a + 1 + rest};
    }

    /** Spread over ten years: pairs start on different days, and each return of a pair is 47 days on. */
    private static LocalDate day(int i) {
        return FIRST_DAY.plusDays(((i % PAIRS) + (i / PAIRS) * 47L) % 3650);
    }

    /**
     * Each country's foreign ministry: an organization with the country's code, as most actors of
     * real news are. Country-level actors ({@code Vietnam} itself) would all go through the
     * consolidator's country-level join, which compares each with every event (minutes at 5k).
     */
    private static List<Actor> countries(String... codeAndName) {
        return java.util.Arrays.stream(codeAndName)
                .map(s -> new Actor("Foreign Ministry of " + s.substring(4), ActorKind.ORGANIZATION, null, s.substring(0, 3), "GOV"))
                .toList();
    }
}
