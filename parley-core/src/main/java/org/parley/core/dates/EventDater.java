package org.parley.core.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventDate;

/**
 * Dates event mentions from the time expressions of their sentence, their context and the
 * publication date, inferring missing years from the participants' tenures and the article's
 * year clues.
 *
 * <p>The rules, in order (the first that answers dates the mention; the constructor lists them):
 * <ol>
 * <li>{@link DatingRule.OwnSentence}: the expression of the mention's sentence that
 * {@link ExpressionSelection} chooses, with the value {@link TimexResolution} gives it (a day
 * without a year goes to {@link YearInference});</li>
 * <li>{@link DatingRule.StatedPeriod}: the period its sentence states for the actions it sums up
 * ({@link PeriodReading}: "since September 2023", "over the past six months", "from January to March");</li>
 * <li>{@link DatingRule.BackgroundStaysUndated}: a background mention stays Unknown;</li>
 * <li>{@link DatingRule.ListedUnderPeriod}: the period stated by the sentence introducing the list it stands in
 * (the nearest earlier sentence ending with a colon);</li>
 * <li>{@link DatingRule.CarriedOver}: the day of the nearest earlier dated sentence of its
 * section, at most {@value #CARRY_OVER} sentences back;</li>
 * <li>{@link DatingRule.PublicationDay}: the publication date (INFERRED);</li>
 * <li>else {@link EventDate.Unknown}.</li>
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

    private final Tenures tenures;
    private final List<DatingRule> rules;

    /** A dater cutting open tenures at today when an article has no publication date. */
    public EventDater(OfficeHolders officeHolders, Milestones milestones) {
        this(officeHolders, milestones, LocalDate.now());
    }

    /**
     * @param horizon the last day an event can be on when the article gives no publication date
     *                (open tenures end there)
     */
    public EventDater(OfficeHolders officeHolders, Milestones milestones, LocalDate horizon) {
        this.tenures = new Tenures(officeHolders);
        YearInference years = new YearInference(tenures, new YearClues(Objects.requireNonNull(milestones, "milestones")),
                horizon);
        PeriodReading periods = new PeriodReading();
        ExpressionSelection selection = new ExpressionSelection(periods);
        TimexResolution resolution = new TimexResolution(selection, years);
        this.rules = List.of(new DatingRule.OwnSentence(selection, resolution), new DatingRule.StatedPeriod(periods),
                new DatingRule.BackgroundStaysUndated(), new DatingRule.ListedUnderPeriod(periods),
                new DatingRule.CarriedOver(selection, resolution), new DatingRule.PublicationDay(years));
    }

    /** A dater over the bundled office-holders and milestones. */
    public static EventDater bundled() {
        return new EventDater(OfficeHolders.bundled(), Milestones.bundled());
    }

    /** Dates a reported (not background) event. */
    @Override
    public EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken,
                          List<Participant> participants) {
        return date(article, text, sentence, triggerToken, participants, false);
    }

    /**
     * Dates an event; a {@code background} event (past context) takes no date from its context
     * or the publication date, only from its own sentence.
     */
    @Override
    public EventDate date(Article article, AnnotatedText text, int sentence, int triggerToken,
                          List<Participant> participants, boolean background) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        return date(ArticleSections.of(text, article.clean()), DatingRequest.graphsOnDemand(text), article, text,
                sentence, triggerToken, participants, background);
    }

    /** Dates an event of an analysed article, with the sections the analysis holds. */
    @Override
    public EventDate date(ArticleAnalysis analysis, int sentence, int triggerToken, List<Participant> participants,
                          boolean background) {
        Objects.requireNonNull(analysis, "analysis");
        return date(analysis.sections(), analysis::graph, analysis.article(), analysis.text(), sentence, triggerToken,
                participants, background);
    }

    private EventDate date(ArticleSections sections, IntFunction<DependencyGraph> graphs, Article article,
                           AnnotatedText text, int sentence, int triggerToken, List<Participant> participants,
                           boolean background) {
        if (sentence < 0 || sentence >= text.sentences().size()) {
            throw new IllegalArgumentException("sentence " + sentence + " outside " + article.doc()
                    + " (" + text.sentences().size() + " sentences)");
        }
        DatingRequest request = new DatingRequest(sections, graphs, article, text, sentence, triggerToken,
                participants, background);
        for (DatingRule rule : rules) {
            Optional<EventDate> date = rule.date(request);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return new EventDate.Unknown(List.of("no date in the sentence or its context, and no publication date"));
    }

    /**
     * The years and office span of the term(s) in which the participant held the office their
     * title names; empty for non-persons, unknown people, a title naming no office of the knowledge
     * base, or an office they never held. Several terms in one office give their overall span.
     */
    public Optional<DateRange> tenureOf(Participant participant) {
        return tenures.of(participant);
    }

    /** Whether {@code date} says no more than the publication date: nothing in the text dated the mention. */
    public static boolean fromPublicationOnly(EventDate date) {
        return !date.evidence().isEmpty() && date.evidence().get(0).startsWith(DatingRule.PublicationDay.NO_DATE_IN_TEXT);
    }
}
