package org.parley.core.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Dates event mentions from the time expressions of their sentence, their context and the
 * publication date, inferring missing years from the participants' tenures and the article's
 * year clues.
 *
 * <p>Rules, in order:
 * <ol>
 * <li><b>The sentence's expression.</b> Among the sentence's DATE/TIME expressions, those that
 * belong to something else are dropped (durations and periods: "over the past years", "for
 * 2020 - 2021", "since April 2021"; vague references: "the past", "current"; a wire dateline;
 * a bare year in brackets; an expression of a planned action after "will"/"to"+verb between the
 * trigger and it). Of the rest, the one the trigger governs in the parse, else the nearest in
 * tokens, wins; "said on Wednesday" counts as far away unless the trigger is the reporting verb.</li>
 * <li><b>Its value.</b> SUTime resolved relative expressions against the publication date: a
 * written year makes the date {@link Basis#STATED}, otherwise {@link Basis#RELATIVE}. "in
 * September 2023" gives a {@link EventDate.MonthOnly}, "in 2023" a {@link EventDate.YearOnly}.
 * "The same day" takes the previous date of the text.</li>
 * <li><b>No year</b> ({@code XXXX-05-28}): the year is inferred ({@link Basis#INFERRED}) from the
 * participants' tenures in the roles they hold, the publication date (no later than it), the
 * article's {@link YearClues}, and weekday consistency; one remaining year decides; else the most
 * recent one before a known publication date; else a weekday check against a year-less dateline;
 * else {@link EventDate.Unknown} listing the candidates.</li>
 * <li><b>No expression</b>: a reported (not background) event takes the date of the nearest
 * earlier dated sentence of its section (at most {@value #CARRY_OVER} sentences back), else the
 * publication date (INFERRED); a background event stays Unknown.</li>
 * </ol>
 * Every result carries, as evidence, the expressions used and each step of the reasoning.
 *
 * <p>Immutable and thread-safe. The ingest time is never used; open tenures are cut at the
 * publication date, or at the {@code horizon} given at construction (by default the day the
 * dater was built) when the article has none.
 *
 * <p>Design decision: the rules read surface patterns and token distances rather than a full
 * temporal-relation model: every decision can be stated as a sentence of evidence a reviewer
 * can check, and a missed clue costs precision (Unknown), not a wrong date.
 */
public final class EventDater implements EventDating {

    /** How many sentences back a date may be carried to an undated sentence. */
    public static final int CARRY_OVER = 3;

    /** A year written before a capitalised name ("1982 United Nations Convention", "2024 U.S.-ASEAN Business Council"). */
    private static final java.util.regex.Pattern YEAR_IN_NAME = java.util.regex.Pattern.compile("\\s+(?:[A-Z][\\p{L}.'-]*)(?:\\s+[A-Z][\\p{L}.'-]*)*");

    private static final Pattern FULL_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:over|during|in|for|within)\\s+the\\s+(?:past|last|next|coming)\\s*"
                    + "|\\b(?:for|since|until|till|by|through|throughout|from)\\s+(?:the\\s+)?)$");
    private static final Pattern VAGUE_TEXT = Pattern.compile("(?i)^(?:the\\s+)?(?:past|next|coming|current|recent)\\b.*");
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*[A-Z][A-Z .'’-]*,\\s*$");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)said|says|say|announced|reported|stated|told|added|noted|confirmed|according");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "(?i)\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private final OfficeHolders officeHolders;
    private final YearClues yearClues;
    private final LocalDate horizon;

    /** A dater cutting open tenures at today when an article has no publication date. */
    public EventDater(OfficeHolders officeHolders, Milestones milestones) {
        this(officeHolders, milestones, LocalDate.now());
    }

    /**
     * @param horizon the last day an event can be on when the article gives no publication date
     *                (open tenures end there)
     */
    public EventDater(OfficeHolders officeHolders, Milestones milestones, LocalDate horizon) {
        this.officeHolders = Objects.requireNonNull(officeHolders, "officeHolders");
        this.yearClues = new YearClues(Objects.requireNonNull(milestones, "milestones"));
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    /** A dater over the bundled office-holders and milestones. */
    public static EventDater bundled() {
        return new EventDater(OfficeHolders.bundled(), Milestones.bundled());
    }

    /** Dates a reported (not background) event. */
    @Override
    public EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken,
                          List<Actor> participants) {
        return date(article, text, sentence, triggerToken, participants, false);
    }

    /**
     * Dates an event; a {@code background} event (past context) takes no date from its context
     * or the publication date, only from its own sentence.
     */
    @Override
    public EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken,
                          List<Actor> participants, boolean background) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (sentence < 0 || sentence >= text.sentences().size()) {
            throw new IllegalArgumentException("sentence " + sentence + " outside " + article.doc()
                    + " (" + text.sentences().size() + " sentences)");
        }
        Job job = new Job(article, text, List.copyOf(participants));
        Optional<TimeExpression> own = job.expressionFor(sentence, triggerToken);
        if (own.isPresent()) {
            return job.resolve(own.get(), 0);
        }
        if (background) {
            return new EventDate.Unknown(List.of("no date in the sentence of this background mention"));
        }
        for (int k = sentence - 1; k >= Math.max(0, sentence - CARRY_OVER); k--) {
            if (isHeading(job.sentenceText(k))) {   // a section starts after a heading
                break;
            }
            Optional<TimeExpression> earlier = job.expressionFor(k, -1);
            if (earlier.isPresent()) {
                EventDate carried = job.resolve(earlier.get(), 0);
                if (carried.precision() != org.parley.model.DatePrecision.DAY) {
                    break;   // conservative: only a day is carried over
                }
                List<String> ev = new ArrayList<>();
                ev.add("no date in the sentence; carried over from sentence " + k + " ('" + earlier.get().text() + "')");
                ev.addAll(carried.evidence());
                return withEvidence(carried, ev);
            }
        }
        PublicationDate published = article.published();
        if (published instanceof PublicationDate.Dated d) {
            return new EventDate.ExactDay(d.date(), Basis.INFERRED, List.of("no date in the text; taken as the publication date "
                    + d.date() + " (news reports the latest events)"));
        }
        if (published instanceof PublicationDate.WithoutYear w) {
            List<String> ev = new ArrayList<>();
            ev.add("no date in the text; taken as the publication day " + w.monthDay() + " of the dateline '"
                    + w.evidence() + "' (news reports the latest events), whose year is inferred");
            return job.inferYear(new YearlessDay(w.monthDay()), sentence, ev);
        }
        return new EventDate.Unknown(List.of("no date in the sentence or its context, and no publication date"));
    }

    /**
     * The years and office span of the term(s) in which {@code actor} held the role the text
     * gives them ({@code Actor.role()}, matched to an office of the knowledge base); empty for
     * non-persons, unknown people, or a role they never held. Several terms in one office give
     * their overall span.
     */
    public Optional<DateRange> tenureOf(Actor actor) {
        return termsInRole(actor).flatMap(terms -> {
            LocalDate start = terms.stream().map(OfficeTerm::start).min(Comparator.naturalOrder()).orElseThrow();
            boolean open = terms.stream().anyMatch(t -> t.end() == null);
            LocalDate end = open ? null : terms.stream().map(OfficeTerm::end).max(Comparator.naturalOrder()).orElseThrow();
            return Optional.of(new DateRange(start, end));
        });
    }

    private Optional<List<OfficeTerm>> termsInRole(Actor actor) {
        if (actor.kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        List<OfficeTerm> terms = officeHolders.termsOf(actor.name());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> office = officeOf(actor.role());
        List<OfficeTerm> inRole;
        if (office.isPresent()) {
            inRole = terms.stream().filter(t -> t.office().equals(office.get())).toList();
        } else if (actor.role() != null && !actor.role().isBlank()) {
            inRole = terms.stream().filter(t -> t.title().equalsIgnoreCase(actor.role().strip())).toList();
        } else {
            Set<String> offices = terms.stream().map(OfficeTerm::office).collect(Collectors.toSet());
            inRole = offices.size() == 1 ? terms : List.of();
        }
        if (actor.country() != null) {
            inRole = inRole.stream().filter(t -> t.country().equals(actor.country())).toList();
        }
        return inRole.isEmpty() ? Optional.empty() : Optional.of(inRole);
    }

    /** The office key a title as news writes it denotes, when it is one of the knowledge base's. */
    static Optional<String> officeOf(String role) {
        if (role == null) {
            return Optional.empty();
        }
        String r = role.toLowerCase(Locale.ROOT);
        if (r.matches(".*\\b(?:foreign minister|minister (?:of|for) foreign affairs|secretary of state|foreign secretary"
                + "|external affairs minister|minister of external affairs|federal foreign minister|fm)\\b.*")
                && !r.contains("deputy") && !r.contains("vice")) {
            return Optional.of(OfficeTerm.FOREIGN_MINISTER);
        }
        if (r.matches(".*\\b(?:general secretary|secretary[- ]general of the .*party|party chief)\\b.*")) {
            return Optional.of(OfficeTerm.PARTY_GENERAL_SECRETARY);
        }
        if (r.matches(".*\\b(?:prime minister|premier|chancellor|pm)\\b.*") && !r.contains("deputy") && !r.contains("vice")) {
            return Optional.of(OfficeTerm.HEAD_OF_GOVERNMENT);
        }
        if (r.matches(".*\\b(?:defen[cs]e minister|minister of (?:national )?defen[cs]e|secretary of defen[cs]e)\\b.*")) {
            return Optional.of(OfficeTerm.DEFENCE_MINISTER);
        }
        if (r.matches(".*\\bnational security advis[eo]r\\b.*")) {
            return Optional.of(OfficeTerm.NATIONAL_SECURITY_ADVISOR);
        }
        if (r.matches(".*\\b(?:president|king|queen|emperor|head of state)\\b.*") && !r.contains("vice")) {
            return Optional.of(OfficeTerm.HEAD_OF_STATE);
        }
        return Optional.empty();
    }

    /** A month and day whose year is to be inferred. */
    private record YearlessDay(MonthDay monthDay) {
        LocalDate in(int year) {
            return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
        }

        @Override
        public String toString() {
            return monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + monthDay.getDayOfMonth();
        }
    }

    /** One dating request: the article and what has been read from it. */
    private final class Job {
        private final Article article;
        private final AnnotatedText text;
        private final List<Actor> participants;
        private final String clean;

        Job(Article article, AnnotatedText text, List<Actor> participants) {
            this.article = article;
            this.text = text;
            this.participants = participants;
            this.clean = article.clean().text();
        }

        String sentenceText(int index) {
            return text.sentences().get(index).text(clean).replace('\n', ' ');
        }

        /** The expression of sentence {@code index} that dates the trigger (any when {@code trigger} is -1). */
        Optional<TimeExpression> expressionFor(int index, int trigger) {
            Sentence s = text.sentences().get(index);
            return text.times().stream()
                    .filter(t -> t.sentence() == index)
                    .filter(t -> t.type().equals("DATE") || t.type().equals("TIME"))
                    .filter(t -> !(TimexValue.parse(t.value()) instanceof TimexValue.Unresolved))
                    .filter(t -> !belongsElsewhere(s, t, trigger))
                    .min(Comparator.comparingInt((TimeExpression t) -> distance(s, t, trigger))
                            .thenComparing(TimeExpression::span));
        }

        private boolean belongsElsewhere(Sentence s, TimeExpression t, int trigger) {
            String before = clean.substring(s.span().begin(), Math.max(s.span().begin(), t.span().begin()));
            String after = clean.substring(Math.min(t.span().end(), s.span().end()), s.span().end());
            if (PERIOD_BEFORE.matcher(before).find() || VAGUE_TEXT.matcher(t.text()).matches()) {
                return true;
            }
            if (DATELINE_BEFORE.matcher(before).matches() && after.stripLeading().startsWith("(")) {
                return true;   // "HANOI, May 29 (Capital Wire) -": the report's date, not the event's
            }
            if (t.text().matches("\\d{4}") && before.endsWith("(") && after.startsWith(")")) {
                return true;   // "(2023)": labels the thing named before it
            }
            if (t.text().matches("\\d{4}") && before.endsWith("the ") && YEAR_IN_NAME.matcher(after).lookingAt()) {
                return true;   // "the 1982 United Nations Convention": part of a name, not a date of the event
            }
            return trigger >= 0 && plannedBetween(s, trigger, tokensOf(s, t.span()));
        }

        /** Whether a "will" or "to" + verb stands between the trigger and a later expression. */
        private boolean plannedBetween(Sentence s, int trigger, int[] range) {
            if (range == null || range[0] <= trigger) {
                return false;
            }
            List<Token> tokens = s.tokens();
            for (int i = trigger + 1; i < range[0]; i++) {
                String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("shall")) {
                    return true;
                }
                if (w.equals("to") && i + 1 < range[0] && "VB".equals(tokens.get(i + 1).pos())) {
                    return true;
                }
            }
            return false;
        }

        private int distance(Sentence s, TimeExpression t, int trigger) {
            int[] range = tokensOf(s, t.span());
            if (range == null) {
                return Integer.MAX_VALUE / 2;
            }
            int penalty = t.type().equals("TIME") ? 2 : 0;
            if (TimexValue.parse(t.value()) instanceof TimexValue.Weekday) {
                penalty += 3;   // a bare weekday gives less than a date written next to it
            }
            if (trigger < 0) {
                return range[0] + penalty;
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() == trigger && d.dependent() >= range[0] && d.dependent() <= range[1]) {
                    return penalty;   // the trigger governs the expression: attached
                }
            }
            int gap = trigger < range[0] ? range[0] - trigger : trigger > range[1] ? trigger - range[1] : 0;
            boolean triggerReports = trigger < s.tokens().size() && REPORTING.matcher(s.tokens().get(trigger).word()).matches();
            if (!triggerReports && reportedBy(s, range[0])) {
                gap += 20;   // "the ministry said on Wednesday" dates the statement
            }
            return gap + penalty;
        }

        private boolean reportedBy(Sentence s, int first) {
            for (int i = Math.max(0, first - 3); i < first; i++) {
                if (REPORTING.matcher(s.tokens().get(i).word()).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** First and last token index of the sentence overlapping {@code span}, or null. */
        private int[] tokensOf(Sentence s, Span span) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < s.tokens().size(); i++) {
                if (s.tokens().get(i).span().overlaps(span)) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            return first < 0 ? null : new int[] {first, last};
        }

        EventDate resolve(TimeExpression t, int depth) {
            TimexValue value = TimexValue.parse(t.value());
            String where = "'" + t.text() + "' (sentence " + t.sentence() + ")";
            if (value instanceof TimexValue.Day || value instanceof TimexValue.MonthOfYear
                    || value instanceof TimexValue.Year) {
                boolean stated = FULL_YEAR.matcher(t.text()).find();
                String why = stated ? where + " states the date: " + t.value()
                        : where + " resolved against the publication date" + article.published().localDate()
                        .map(d -> " " + d).orElse("") + ": " + t.value();
                List<String> ev = new ArrayList<>(List.of(why));
                weekdayCheck(t, value).ifPresent(ev::add);
                return TimexValue.toEventDate(t.value(), stated ? Basis.STATED : Basis.RELATIVE, ev);
            }
            if (value instanceof TimexValue.YearlessDay y) {
                List<String> ev = new ArrayList<>();
                ev.add(where + " gives the month and day, not the year");
                return inferYear(new YearlessDay(y.monthDay()), t.sentence(), ev);
            }
            if (value instanceof TimexValue.SameDay && depth < 3) {
                Optional<TimeExpression> previous = previousDay(t);
                if (previous.isPresent()) {
                    EventDate referred = resolve(previous.get(), depth + 1);
                    List<String> ev = new ArrayList<>();
                    ev.add(where + " refers to the previous date in the text, '" + previous.get().text()
                            + "' (sentence " + previous.get().sentence() + ")");
                    ev.addAll(referred.evidence());
                    return withEvidence(referred, ev);
                }
            }
            return new EventDate.Unknown(List.of(where + " (" + t.value() + ") does not give a date on its own"));
        }

        /**
         * The day-precision expression "the same day" refers to: the last one before {@code t}
         * whose sentence names one of the participants (the same actor's previous engagement),
         * else simply the last one.
         */
        private Optional<TimeExpression> previousDay(TimeExpression t) {
            TimeExpression last = null;
            TimeExpression sharing = null;
            for (TimeExpression e : text.times()) {
                if (e.span().begin() >= t.span().begin()) {
                    break;
                }
                TimexValue v = TimexValue.parse(e.value());
                if ((v instanceof TimexValue.Day || v instanceof TimexValue.YearlessDay)
                        && !belongsElsewhere(text.sentences().get(e.sentence()), e, -1)) {
                    last = e;
                    if (namesParticipant(sentenceText(e.sentence()))) {
                        sharing = e;
                    }
                }
            }
            return Optional.ofNullable(sharing != null ? sharing : last);
        }

        private boolean namesParticipant(String sentence) {
            // With a person among the participants, only a sentence naming a person counts: a
            // country is named by nearly every sentence of a bilateral report.
            boolean personInvolved = participants.stream().anyMatch(a -> a.kind() == ActorKind.PERSON);
            for (Actor a : participants) {
                if (personInvolved && a.kind() != ActorKind.PERSON) {
                    continue;
                }
                String[] words = a.name().split("\\s+");
                if (sentence.contains(a.name()) || a.kind() == ActorKind.PERSON && sentence.contains(words[words.length - 1])) {
                    return true;
                }
            }
            return false;
        }

        private Optional<String> weekdayCheck(TimeExpression t, TimexValue value) {
            java.util.regex.Matcher m = WEEKDAY_WORD.matcher(t.text());
            if (value instanceof TimexValue.Day d && m.find() && FULL_YEAR.matcher(t.text()).find()) {
                DayOfWeek written = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                return Optional.of(d.day().getDayOfWeek() == written
                        ? d.day() + " was a " + m.group(1) + ", as written"
                        : "warning: " + d.day() + " was a " + name(d.day().getDayOfWeek()) + ", not a " + m.group(1));
            }
            return Optional.empty();
        }

        EventDate inferYear(YearlessDay day, int sentence, List<String> ev) {
            // (a) tenures of the participants in the roles they hold in the text
            List<DateRange> ranges = new ArrayList<>();
            for (Actor a : participants) {
                if (a.kind() != ActorKind.PERSON) {
                    continue;
                }
                Optional<DateRange> tenure = tenureOf(a);
                if (tenure.isPresent()) {
                    ranges.add(tenure.get());
                    DateRange r = tenure.get();
                    ev.add(a.name() + " was " + (a.role() == null ? "in office" : a.role()) + " from " + r.start()
                            + (r.isOpen() ? " (still in office)" : " to " + r.end()));
                } else {
                    ev.add("no known tenure for " + a.name() + (a.role() == null ? "" : " as " + a.role()));
                }
            }
            PublicationDate published = article.published();
            LocalDate last = published.localDate().orElse(horizon);
            Integer lowest = null;
            int highest = last.getYear();
            Set<Integer> candidates = new LinkedHashSet<>();
            if (!ranges.isEmpty()) {
                Optional<DateRange> overlap = DateRange.intersectAll(ranges);
                if (overlap.isEmpty()) {
                    ev.add("the tenures do not overlap: the participants cannot have met in office");
                    return new EventDate.Unknown(ev);
                }
                DateRange o = overlap.get();
                LocalDate end = o.isOpen() || o.end().isAfter(last) ? last : o.end();
                if (end.isBefore(o.start())) {
                    ev.add("the tenures overlap only after " + last);
                    return new EventDate.Unknown(ev);
                }
                candidates.addAll(new DateRange(o.start(), end).candidateYears(day.monthDay(), end));
                ev.add((ranges.size() > 1 ? "tenures overlap " : "tenure ") + o.start() + ".." + end
                        + ": " + day + " falls in " + years(candidates));
                lowest = o.start().getYear();
            }
            if (published instanceof PublicationDate.Dated d) {
                ev.add("published " + d.date() + ": the event is no later");
            }
            // (b), (c) the article's year clues
            Set<String> countries = participants.stream().map(Actor::country).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<YearClue> clues = yearClues.find(clean, text, countries);
            for (YearClue c : clues.stream().filter(c -> c.kind() == YearClue.Kind.PRESENT_YEAR).toList()) {
                if (candidates.isEmpty() && lowest == null) {
                    if (c.lowest() <= highest && day.in(c.lowest()) != null && !day.in(c.lowest()).isAfter(last)) {
                        candidates.add(c.lowest());
                        lowest = c.lowest();
                        ev.add(c.reason() + "; a date written without a year is in that year: " + c.lowest());
                    }
                    continue;
                }
                apply(candidates, c, ev, "; a date written without a year is in that year");
            }
            if (candidates.isEmpty() && lowest == null) {
                ev.add("nothing bounds the year");
                clues.stream().filter(c -> c.kind() == YearClue.Kind.WEAK).forEach(c -> ev.add(c.reason()));
                return new EventDate.Unknown(ev);
            }
            for (YearClue c : clues.stream().filter(c -> c.kind() == YearClue.Kind.BOUND).toList()) {
                apply(candidates, c, ev, "");
            }
            // (d) weekdays written with the date in the event's sentence
            weekdayWithDate(day, sentence).ifPresent(wd -> filter(candidates, y -> day.in(y).getDayOfWeek() == wd,
                    ev, "'" + name(wd) + "' is written with " + day));
            clues.stream().filter(c -> c.kind() == YearClue.Kind.WEAK).forEach(c -> ev.add(c.reason()));
            if (candidates.size() == 1) {
                int y = candidates.iterator().next();
                ev.add("year inferred: " + y + " (the only year consistent with the evidence)");
                return new EventDate.ExactDay(day.in(y), Basis.INFERRED, ev);
            }
            if (candidates.isEmpty()) {
                ev.add("no year is consistent with the evidence");
                return new EventDate.Unknown(ev);
            }
            // (e) several years remain: the most recent before a known publication date
            if (published instanceof PublicationDate.Dated) {
                int y = candidates.stream().max(Integer::compare).orElseThrow();
                ev.add("year inferred: " + y + ", the most recent of " + years(candidates)
                        + " not after the publication date");
                return new EventDate.ExactDay(day.in(y), Basis.INFERRED, ev);
            }
            // (d) soft: a year-less dateline whose weekday the text gives ("said on Wednesday")
            if (published instanceof PublicationDate.WithoutYear w) {
                Optional<DayOfWeek> reported = reportingWeekday(sentence);
                if (reported.isPresent()) {
                    DayOfWeek wd = reported.get();
                    Set<Integer> before = new LinkedHashSet<>(candidates);
                    int shift = w.monthDay().isBefore(day.monthDay()) ? 1 : 0;  // a dateline in January after a December event
                    List<Integer> fit = before.stream().filter(y -> w.monthDay().isValidYear(y + shift)
                            && w.monthDay().atYear(y + shift).getDayOfWeek() == wd).toList();
                    if (fit.size() == 1) {
                        ev.add("the report is dated " + w.monthDay() + " and says '" + name(wd) + "': of "
                                + years(before) + " only " + fit.get(0) + " has " + w.monthDay() + " on a " + name(wd));
                        ev.add("year inferred: " + fit.get(0));
                        return new EventDate.ExactDay(day.in(fit.get(0)), Basis.INFERRED, ev);
                    }
                }
            }
            ev.add("candidate years " + years(candidates) + ": nothing decides between them");
            return new EventDate.Unknown(ev);
        }

        private void apply(Set<Integer> candidates, YearClue c, List<String> ev, String suffix) {
            filter(candidates, c::allows, ev, c.reason() + suffix);
        }

        private void filter(Set<Integer> candidates, java.util.function.IntPredicate keep, List<String> ev, String reason) {
            Set<Integer> kept = candidates.stream().filter(keep::test).collect(Collectors.toCollection(LinkedHashSet::new));
            if (kept.isEmpty()) {
                ev.add(reason + " — contradicts the other evidence, ignored");
            } else if (kept.size() == candidates.size()) {
                ev.add(reason + " — consistent");
            } else {
                candidates.retainAll(kept);
                ev.add(reason + " — leaves " + years(candidates));
            }
        }

        /** A weekday expression written next to the date ("on Tuesday, May 28"). */
        private Optional<DayOfWeek> weekdayWithDate(YearlessDay day, int sentence) {
            List<TimeExpression> inSentence = text.times().stream().filter(t -> t.sentence() == sentence).toList();
            for (TimeExpression w : inSentence) {
                if (!(TimexValue.parse(w.value()) instanceof TimexValue.Weekday wd)) {
                    continue;
                }
                for (TimeExpression d : inSentence) {
                    if (TimexValue.parse(d.value()) instanceof TimexValue.YearlessDay y && y.monthDay().equals(day.monthDay())) {
                        int gapStart = Math.min(w.span().end(), d.span().end());
                        int gapEnd = Math.max(w.span().begin(), d.span().begin());
                        if (gapEnd >= gapStart && clean.substring(gapStart, gapEnd).matches("[\\s,]{0,3}")) {
                            return Optional.of(wd.dayOfWeek());
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /** A weekday of a reporting clause ("the ministry said on Wednesday") in the sentence. */
        private Optional<DayOfWeek> reportingWeekday(int sentence) {
            Sentence s = text.sentences().get(sentence);
            for (TimeExpression t : text.times()) {
                if (t.sentence() == sentence && TimexValue.parse(t.value()) instanceof TimexValue.Weekday wd) {
                    int[] range = tokensOf(s, t.span());
                    if (range != null && reportedBy(s, range[0])) {
                        return Optional.of(wd.dayOfWeek());
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static boolean isHeading(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && !s.matches(".*[.!?:;\"”’')]$");
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String years(Set<Integer> years) {
        return years.isEmpty() ? "no year" : years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static EventDate withEvidence(EventDate date, List<String> evidence) {
        if (date instanceof EventDate.ExactDay d) {
            return new EventDate.ExactDay(d.day(), d.basis(), evidence);
        }
        if (date instanceof EventDate.MonthOnly m) {
            return new EventDate.MonthOnly(m.month(), m.basis(), evidence);
        }
        if (date instanceof EventDate.YearOnly y) {
            return new EventDate.YearOnly(y.year(), y.basis(), evidence);
        }
        return new EventDate.Unknown(evidence);
    }
}
