package org.parley.core.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.core.actors.ActorResolver;
import org.parley.core.places.Countries;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Milestone;
import org.parley.model.relations.Relationship;

/**
 * The front door of relationships: from a store's reports (text and annotation) and its
 * consolidated events, the {@link Relationship} card of one pair of countries.
 *
 * <p>Reads the reports that name both countries: their framework levels ({@link LevelReader}),
 * mechanisms and editions ({@link MechanismReader}) and anniversary claims ({@link
 * AnniversaryReader}); merges them with the bundled reference table ({@link LevelHistory}, {@link
 * MechanismHistory}, {@link MilestoneList}); links levels and editions to the event records
 * ({@link PairEvents}); reports claims and establishment dates that disagree with the table or with each
 * other ({@link ClaimConflicts}, {@link LevelDateConflicts}); reads the visits and meetings invited or
 * planned ({@link PlanReader}, with the actors the actor resolver finds) and the mechanisms' coming
 * editions ({@link EditionPlanReader}), and links those held to their event or edition ({@link PlanList});
 * counts the pair's events by PLOVER quad class over time ({@link CooperationTally}). The result does not
 * depend on the order of reports or events.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} loads the TSV resources once per call, so keep
 * the builder.
 */
public final class RelationshipBuilder {
    private final FrameworkLadders ladders;
    private final ReferenceFacts reference;
    private final MilestoneKinds milestoneKinds;
    private final PairScope scope;
    private final LevelReader levels;
    private final MechanismReader mechanisms;
    private final AnniversaryReader anniversaries;
    private final CooperationTally cooperation;
    private final PlanReader plans;
    private final EditionPlanReader editionPlans;
    private final Function<ReportText, List<SentenceActor>> actors;

    private RelationshipBuilder(FrameworkLadders ladders, RelationCues cues, MechanismFormats formats,
                                MilestoneKinds milestoneKinds, ReferenceFacts reference, Countries countries,
                                Function<ReportText, List<SentenceActor>> actors) {
        this.ladders = ladders;
        this.reference = reference;
        this.milestoneKinds = milestoneKinds;
        this.scope = new PairScope(countries, ladders.words());
        this.levels = new LevelReader(ladders, cues, scope);
        this.mechanisms = new MechanismReader(formats, cues, scope);
        this.anniversaries = new AnniversaryReader(cues, milestoneKinds, ladders, scope);
        this.cooperation = CooperationTally.bundled();
        this.plans = new PlanReader(PlanCues.bundled(), countries);
        this.editionPlans = new EditionPlanReader(EditionCues.bundled(cues), cues, countries, plans);
        this.actors = actors;
    }

    /** A builder over Parley's bundled ladders, cues, formats, milestones, reference facts and countries. */
    public static RelationshipBuilder bundled() {
        ActorResolver resolver = ActorResolver.bundled();
        return withActors(report -> SentenceActor.resolved(resolver, report));
    }

    /** A bundled builder whose plan reader takes a report's actors from {@code actors} (tests give them by hand). */
    static RelationshipBuilder withActors(Function<ReportText, List<SentenceActor>> actors) {
        return new RelationshipBuilder(FrameworkLadders.bundled(), RelationCues.bundled(), MechanismFormats.bundled(),
                MilestoneKinds.bundled(), ReferenceFacts.bundled(), Countries.bundled(), actors);
    }

    /**
     * The card of {@code pair} as of {@code asOf} (the day upcoming anniversaries count from).
     *
     * @param reports the stored reports; those that do not name both countries are skipped
     * @param events  the store's consolidated events (those between the pair are used)
     */
    public Relationship build(CountryPair pair, List<ReportText> reports, List<Event> events, LocalDate asOf) {
        List<ReportText> sorted = new ArrayList<>(reports);
        sorted.sort((a, b) -> a.article().id().value().compareTo(b.article().id().value()));
        List<LevelStatement> statements = new ArrayList<>();
        List<MechanismMention> mentions = new ArrayList<>();
        List<AnniversaryClaim> claims = new ArrayList<>();
        List<PlanStatement> planStatements = new ArrayList<>();
        PairEvents pairEvents = new PairEvents(pair, events);
        for (ReportText report : sorted) {
            if (scope.reportSpeaksOf(report, pair)) {
                statements.addAll(levels.read(report, pair));
                List<MechanismMention> named = mechanisms.read(report, pair);
                mentions.addAll(named);
                claims.addAll(anniversaries.read(report, pair));
                EventDate stated = stated(report, pairEvents);
                planStatements.addAll(plans.read(report, pair, () -> actors.apply(report), stated));
                planStatements.addAll(editionPlans.read(report, pair, named, stated));
            }
        }
        List<ReferenceFacts.Fact> levelFacts = reference.of(pair, ReferenceFacts.Kind.LEVEL);
        List<ReferenceFacts.Fact> milestoneFacts = reference.of(pair, ReferenceFacts.Kind.MILESTONE);
        List<FrameworkLevel> history = new LevelHistory(ladders).build(pair, levelFacts, statements, claims, pairEvents);
        List<Milestone> milestones = new MilestoneList(milestoneKinds).build(milestoneFacts, claims);
        List<UpcomingAnniversaries.Dated> dated = new ArrayList<>();
        milestones.forEach(m -> dated.add(new UpcomingAnniversaries.Dated(m.name(), m.date())));
        history.forEach(l -> dated.add(new UpcomingAnniversaries.Dated(l.name(), l.since())));
        List<Conflict> conflicts = new ArrayList<>(
                new ClaimConflicts().find(claims, subject -> fact(subject, levelFacts, milestoneFacts), this::name));
        conflicts.addAll(new LevelDateConflicts().find(statements, levelFacts));
        List<Mechanism> mechanismHistory = new MechanismHistory().build(mentions, pairEvents);
        return new Relationship(pair, asOf, history, mechanismHistory, milestones, claims,
                new UpcomingAnniversaries().after(asOf, dated), conflicts, pairEvents.perYear(),
                new PlanList().build(planStatements, pairEvents, mechanismHistory), cooperation.of(pairEvents.all()));
    }

    /** Whether {@code report} names both countries of {@code pair}: only such reports are read for its card. */
    public boolean speaksOf(ReportText report, CountryPair pair) {
        return scope.reportSpeaksOf(report, pair);
    }

    /** The pairs the bundled reference table has facts about, in order. */
    public List<CountryPair> referencePairs() {
        return reference.pairs();
    }

    /** When a report states its plans: its publication day, else the day of the pair's events it reports. */
    private static EventDate stated(ReportText report, PairEvents events) {
        return report.article().published().localDate()
                .map(d -> (EventDate) new EventDate.ExactDay(d, EventDate.Basis.STATED, List.of("published")))
                .or(() -> events.reportDate(report.article().id()))
                .orElseGet(() -> new EventDate.Unknown(List.of("the report is undated")));
    }

    private static Optional<ReferenceFacts.Fact> fact(String subject, List<ReferenceFacts.Fact> levels,
                                                      List<ReferenceFacts.Fact> milestones) {
        return Stream.concat(levels.stream(), milestones.stream())
                .filter(f -> f.subject().equals(subject)).findFirst();
    }

    private String name(String subject) {
        return milestoneKinds.byKey(subject).map(MilestoneKinds.Kind::name).orElse(subject);
    }
}
