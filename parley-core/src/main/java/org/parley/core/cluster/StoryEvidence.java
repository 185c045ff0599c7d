package org.parley.core.cluster;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Location;

/**
 * What the story clusterer knows of one article: its lead event (the main event it reports, not a
 * background one), its dates, and the terms of its words and names. Built once per article by
 * {@link #of}; pure data afterwards.
 *
 * @param article   the article's id
 * @param doc       its file name or URL
 * @param outlet    the outlet (site, URL host or folder), or null
 * @param title     its headline, or its first line
 * @param published its publication day, or null when unknown
 * @param lead      its lead event, or null when the events stage found none (general news)
 * @param when      the window its news happened in: the lead event's date, else the weeks before the publication; null when
 *                  neither is known (the years a text mentions were tried on ECB+ and parted more true pairs than false ones)
 * @param terms     its content words and names, counted ({@link ArticleTerms})
 */
public record StoryEvidence(ArticleId article, String doc, String outlet, String title, LocalDate published,
                            LeadEvent lead, DateWindow when, ArticleTerms terms) {

    // compiled once: every article's names and places are normalised with them
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The main event of an article.
     *
     * @param type    PLOVER type
     * @param mode    PLOVER mode, or null
     * @param actors  keys of its source and target people and organisations (lower-case names)
     * @param countries ISO alpha-3 codes of its actors
     * @param date    its date (may be {@link EventDate.Unknown})
     * @param place   lower-case place name, or null
     * @param placeCountry ISO alpha-3 of the place, or null
     */
    public record LeadEvent(String type, String mode, Set<String> actors, Set<String> countries, EventDate date,
                            String place, String placeCountry) {
        public LeadEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            actors = Set.copyOf(actors);
            countries = Set.copyOf(countries);
        }

        /** The window the event happened in, or null when undated. */
        public DateWindow window() {
            return DateWindow.of(date);
        }
    }

    public StoryEvidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(terms, "terms");
    }

    /** The evidence of one article, from its annotation and what the events stage found in it. */
    public static StoryEvidence of(Article article, AnnotatedText annotation, ArticleFindings findings) {
        LocalDate published = article.published().localDate().orElse(null);
        List<EventMention> events = findings == null ? List.of() : findings.events();
        LeadEvent lead = lead(events, published);
        return new StoryEvidence(article.id(), article.doc(), outlet(article), title(article), published, lead,
                when(lead, published), ArticleTerms.of(article.raw().title(), annotation));
    }

    /**
     * A lead event dated more than this many days before its report's publication is not the news
     * the report brings (a recap the events stage did not mark as background, or a number misread
     * as a year: "1010 WINS"), so the report is dated by its publication instead. On ECB+ dev, story
     * pairwise F1 0.921 → 0.927 (P 0.956 → 0.962, R 0.888 → 0.894) with any of 90, 180 or 365 days,
     * 0.923 with 730.
     */
    static final int STALE_LEAD_DAYS = 365;

    // The lead event's window (unless stale, above), else the weeks before the publication. An inferred lead date is kept
    // as it is: news reports the latest events, and widening it to the publication's weeks joined a
    // pledge to a meeting two months before it (demo) for a small gain on ECB+'s follow-up reports.
    static DateWindow when(LeadEvent lead, LocalDate published) {
        DateWindow event = lead == null ? null : lead.window();
        if (event != null && published != null && event.to().isBefore(published.minusDays(STALE_LEAD_DAYS))) {
            event = null;
        }
        return event != null || published == null ? event : DateWindow.reportedBy(published);
    }

    /**
     * The days a story holding this article may span: its lead event's window, or null when its news
     * is dated by its publication only (or not at all). A publication says the news happened in the
     * weeks before it, not when: follow-up reports of one event come weeks or months later, and
     * letting each narrow its story's days parted them (on ECB+ dev, story pairwise F1 0.924 → 0.927,
     * B³ 0.927 → 0.932). The pair veto ({@link #when}) still holds for every pair: a report and an
     * event dated apart never link, so a merge joining them must be carried by the other links.
     * A lead date the text does not state in full (a weekday or "yesterday" resolved against the
     * publication, or the publication day taken as the event's) bounds the story
     * {@value #UNSTATED_GROUP_SLACK_DAYS} day more on each side.
     */
    public DateWindow groupWindow() {
        DateWindow event = lead == null ? null : lead.window();
        if (event == null || !event.equals(when)) {
            return null;
        }
        return lead.date().basis() == EventDate.Basis.STATED ? event
                : new DateWindow(event.from().minusDays(UNSTATED_GROUP_SLACK_DAYS), event.to().plusDays(UNSTATED_GROUP_SLACK_DAYS));
    }

    /**
     * Days a lead date resolved against the publication (relative or inferred) is widened by, on each side, when it
     * bounds a story (not a pair: the pair veto keeps the zone slack alone). Follow-up reports of one event are filed a
     * day or two apart, and each resolves "Friday" or "yesterday" against its own publication or takes it as the event's
     * day, so two groups of reports of one offer, narrowed to 14–16 and 17–19 December, never met. On ECB+ dev, story
     * pairwise F1 0.927 → 0.931 (P 0.957 → 0.956, R 0.898 → 0.907), B³ 0.932 → 0.936 with 1 or 2 days; 3 days or more
     * merge look-alike events (P 0.937, F1 0.924), and so does widening stated dates by as much.
     */
    static final int UNSTATED_GROUP_SLACK_DAYS = 1;

    /** The same evidence for another article, moved by {@code days} and credited to another outlet (for benchmarks). */
    public StoryEvidence resampled(ArticleId id, String newDoc, String newOutlet, long days) {
        LeadEvent movedLead = lead == null ? null : new LeadEvent(lead.type, lead.mode, lead.actors, lead.countries,
                shift(lead.date, days), lead.place, lead.placeCountry);
        return new StoryEvidence(id, newDoc, newOutlet, title, published == null ? null : published.plusDays(days),
                movedLead, when == null ? null : when.shiftedBy(days), terms);
    }

    private static EventDate shift(EventDate date, long days) {
        if (date instanceof EventDate.ExactDay d) {
            return new EventDate.ExactDay(d.day().plusDays(days), d.basis(), d.evidence());
        }
        if (date instanceof EventDate.MonthOnly m) {
            return new EventDate.MonthOnly(YearMonth.from(m.month().atDay(1).plusDays(days)), m.basis(), m.evidence());
        }
        if (date instanceof EventDate.YearOnly y) {
            return new EventDate.YearOnly(LocalDate.of(y.year(), 7, 1).plusDays(days).getYear(), y.basis(), y.evidence());
        }
        return date;
    }

    /**
     * How many sentences from the top may hold the lead event. News puts its event first; an event
     * met deeper is context (a career's earlier years, last year's fire), and dating the whole
     * article by it parted reports of one event on ECB+.
     */
    static final int LEAD_SENTENCES = 3;

    // The lead: the earliest reported non-background event, preferring one dated around the
    // publication (news reports the latest events; an event months older that the events stage did
    // not mark as background is a recap), then any dated one.
    private static LeadEvent lead(List<EventMention> events, LocalDate published) {
        DateWindow news = published == null ? null : DateWindow.reportedBy(published);
        Comparator<EventMention> order = Comparator
                .comparing((EventMention e) -> news != null && !isNews(e.date(), news))
                .thenComparing(e -> e.date().precision() == org.parley.model.DatePrecision.UNKNOWN)
                .thenComparingInt(e -> e.evidence().sentence())
                .thenComparing(e -> -(e.source().size() + e.target().size()));
        return events.stream().filter(e -> !e.background() && e.evidence().sentence() < LEAD_SENTENCES).min(order).map(e -> {
            Set<String> names = new TreeSet<>();
            Set<String> countries = new TreeSet<>();
            for (Actor a : concat(e.source(), e.target())) {
                if (a.kind() != ActorKind.COUNTRY) {
                    names.add(norm(a.name()));
                }
                if (a.country() != null) {
                    countries.add(a.country());
                }
            }
            Location loc = e.location();
            return new LeadEvent(e.type(), e.mode(), names, countries, e.date(),
                    loc == null ? null : norm(loc.name()), loc == null ? null : loc.country());
        }).orElse(null);
    }

    private static boolean isNews(EventDate date, DateWindow news) {
        DateWindow w = DateWindow.of(date);
        return w != null && w.overlaps(news);
    }

    private static List<Actor> concat(List<Actor> a, List<Actor> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static String norm(String s) {
        String words = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(words).replaceAll(" ").trim();
    }

    private static String outlet(Article article) {
        if (article.raw().site() != null) {
            return article.raw().site();
        }
        if (article.raw().url() != null) {
            try {
                String host = URI.create(article.raw().url()).getHost();
                if (host != null) {
                    return host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the folder
            }
        }
        java.nio.file.Path parent = java.nio.file.Path.of(article.raw().origin().path()).getParent();
        return parent == null ? null : parent.getFileName().toString();
    }

    private static String title(Article article) {
        String t = article.raw().title();
        if (t == null || t.isBlank()) {
            String text = article.clean().text().strip();
            int nl = text.indexOf('\n');
            t = nl < 0 ? text : text.substring(0, nl);
        }
        t = t.strip();
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }
}
