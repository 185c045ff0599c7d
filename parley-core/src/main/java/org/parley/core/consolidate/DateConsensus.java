package org.parley.core.consolidate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.EventMention;
import org.parley.model.PublicationDate;

/**
 * The best-supported date of one consolidated event, and the conflict between its sources' dates.
 *
 * <p>Rules: the most precise level that any source gives wins (a stated day over "in March");
 * among the values at that level, the one given by the most distinct documents wins, then the
 * best basis (STATED over RELATIVE over INFERRED), then the earliest. Coarser values that contain
 * the winner ("2023-09" for 2023-09-10) agree with it. Two or more distinct values at the winning
 * level make a {@code date} conflict listing each value with its documents, explained when a
 * cause is detectable: the outlets' time zones, or one value inferred while another is stated.
 * A period ({@link EventDate.Period}) counts only when no source gives a point date, and periods
 * never conflict (each is one outlet's summary; the best basis, then the earliest, is kept).
 * Stateless and thread-safe.
 */
final class DateConsensus {

    /** The chosen date and, when sources disagree, the conflict. */
    record Outcome(EventDate date, Optional<Conflict> conflict) {
    }

    private record Support(String iso, EventDate best, TreeSet<String> docs, TreeSet<ArticleId> articles,
                           List<Evidence> said) {
    }

    /** Among periods only: the best basis, then the earliest start, then the earliest end. */
    private static final Comparator<EventDate> PERIOD_ORDER = Comparator
            .comparingInt((EventDate d) -> -rank(d.basis()))
            .thenComparing(d -> ((EventDate.Period) d).start())
            .thenComparing(d -> ((EventDate.Period) d).end())
            .thenComparing(d -> String.join("\n", d.evidence()));

    private DateConsensus() {
    }

    static Outcome of(List<EventMention> mentions, Function<ArticleId, Optional<Article>> articles) {
        List<EventMention> dated = mentions.stream().filter(m -> m.date().precision() != org.parley.model.DatePrecision.UNKNOWN).toList();
        if (dated.isEmpty()) {
            return new Outcome(mentions.get(0).date(), Optional.empty());
        }
        // A period summarises many days: a point date of the event says more and never conflicts with it.
        List<EventMention> points = dated.stream().filter(m -> !(m.date() instanceof EventDate.Period)).toList();
        if (points.isEmpty()) {
            return new Outcome(dated.stream().map(EventMention::date).min(PERIOD_ORDER).orElseThrow(), Optional.empty());
        }
        dated = points;
        org.parley.model.DatePrecision level = dated.stream().map(m -> m.date().precision())
                .min(Comparator.naturalOrder()).orElseThrow();
        Map<String, Support> values = new TreeMap<>();
        for (EventMention m : dated) {
            if (m.date().precision() != level) {
                continue;
            }
            Support s = values.computeIfAbsent(m.date().iso(),
                    iso -> new Support(iso, m.date(), new TreeSet<>(), new TreeSet<>(), new ArrayList<>()));
            s.docs().add(m.evidence().doc());
            s.articles().add(m.evidence().article());
            s.said().add(m.evidence());
            if (rank(m.date().basis()) > rank(s.best().basis())) {
                values.put(s.iso(), new Support(s.iso(), m.date(), s.docs(), s.articles(), s.said()));
            }
        }
        List<Support> ranked = new ArrayList<>(values.values());
        ranked.sort(Comparator.comparingInt((Support s) -> -s.docs().size())
                .thenComparingInt(s -> -rank(s.best().basis()))
                .thenComparing(Support::iso));
        EventDate chosen = ranked.get(0).best();
        if (ranked.size() < 2) {
            return new Outcome(chosen, Optional.empty());
        }
        List<Conflict.Value> conflictValues = ranked.stream()
                .map(s -> new Conflict.Value(s.iso(), List.copyOf(s.docs()), s.said())).toList();
        return new Outcome(chosen, Optional.of(new Conflict("date", conflictValues, explain(ranked, articles))));
    }

    private static int rank(EventDate.Basis basis) {
        return switch (basis) {
            case STATED -> 3;
            case RELATIVE -> 2;
            case INFERRED -> 1;
        };
    }

    /**
     * Why sources disagree on the day, when a cause is detectable: two reported days a day apart
     * given by outlets in different time zones; values inferred (or worked out from a publication
     * date) against a stated one; an anniversary. Null when no cause is found.
     */
    private static String explain(List<Support> ranked, Function<ArticleId, Optional<Article>> articles) {
        List<String> causes = new ArrayList<>();
        List<Support> reported = ranked.stream().filter(s -> s.best().basis() != EventDate.Basis.INFERRED).toList();
        List<Support> days = reported.stream().filter(s -> s.best() instanceof EventDate.ExactDay)
                .sorted(Comparator.comparing(Support::iso)).toList();
        if (days.size() == 2) {
            LocalDate d1 = LocalDate.parse(days.get(0).iso()), d2 = LocalDate.parse(days.get(1).iso());
            String zones = d1.plusDays(1).equals(d2) ? zones(days.get(0), days.get(1), articles) : null;
            if (zones != null) {
                causes.add(zones + " put the same moment on " + d1.getDayOfMonth() + " and " + d2.getDayOfMonth()
                        + " " + d2.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
        }
        boolean anyStated = ranked.stream().anyMatch(s -> s.best().basis() == EventDate.Basis.STATED);
        if (anyStated) {
            boolean zoneCause = !causes.isEmpty();
            ranked.stream().filter(s -> s.best().basis() == EventDate.Basis.INFERRED)
                    .forEach(s -> causes.add(s.iso() + " was inferred, not stated (" + String.join(", ", s.docs()) + ")"));
            if (!zoneCause) {
                ranked.stream().filter(s -> s.best().basis() == EventDate.Basis.RELATIVE).forEach(s -> causes.add(
                        s.iso() + " was worked out from the publication date (" + String.join(", ", s.docs()) + ")"));
            }
        }
        boolean anniversary = ranked.stream().anyMatch(s -> s.best().evidence().stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("anniversary")));
        if (anniversary) {
            causes.add("one date is derived from an anniversary, which may round to the year or month");
        }
        return causes.isEmpty() ? null : String.join("; ", causes);
    }

    /**
     * "the outlets' time zones (UTC-4 vs UTC+7)" when every article giving the earlier day was
     * published west of every article giving the later one; otherwise null.
     */
    private static String zones(Support early, Support late, Function<ArticleId, Optional<Article>> articles) {
        Optional<Integer> westOfEarly = offsets(early, articles).stream().max(Integer::compare);
        Optional<Integer> eastOfLate = offsets(late, articles).stream().min(Integer::compare);
        if (westOfEarly.isEmpty() || eastOfLate.isEmpty() || westOfEarly.get() >= eastOfLate.get()) {
            return null;
        }
        return "the outlets' time zones (" + utc(offsets(early, articles)) + " vs " + utc(offsets(late, articles)) + ")";
    }

    private static List<Integer> offsets(Support s, Function<ArticleId, Optional<Article>> articles) {
        List<Integer> out = new ArrayList<>();
        for (ArticleId id : s.articles()) {
            articles.apply(id).map(Article::published)
                    .filter(p -> p instanceof PublicationDate.Dated d && d.offset() != null)
                    .map(p -> ((PublicationDate.Dated) p).offset().getTotalSeconds())
                    .ifPresent(out::add);
        }
        return out.stream().distinct().sorted().toList();
    }

    private static String utc(List<Integer> seconds) {
        return seconds.stream().map(s -> {
            String id = ZoneOffset.ofTotalSeconds(s).getId();
            return "Z".equals(id) ? "UTC" : "UTC" + id.replaceFirst(":00$", "").replaceFirst("([+-])0(\\d)", "$1$2");
        }).collect(Collectors.joining("/"));
    }

}
