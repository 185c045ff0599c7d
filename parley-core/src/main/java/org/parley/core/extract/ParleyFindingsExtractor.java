package org.parley.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.ActorResolver;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.dates.EventDater;
import org.parley.core.extract.commitments.CommitmentExtractor;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventMention;

/**
 * Parley's events stage: analyses the article once ({@link ArticleAnalysis}: sections, dependency
 * graphs, predicates with their modality cues), then, over that one analysis, resolves its actors,
 * extracts and dates its events, re-grounds each person's role at the event's date (a background
 * event years earlier gets the role held then), and extracts its commitments. Thread-safe; build once ({@link #bundled()} loads the
 * bundled knowledge base, gazetteer and lexicons).
 */
public final class ParleyFindingsExtractor implements FindingsExtractor {

    /**
     * Version of the extraction logic and its data. Bump it when either changes: stores then
     * recompute their findings from the stored annotations on the next ingest or {@code parley extract}.
     */
    public static final String VERSION = "parley-events-30"; // 30: session 14 merged (group14: ethnic peoples placed where the sentence puts them, "opposition groups", inhabitants/elders; verbs14: light nouns "a mediation effort", "open" a light verb, state of siege, war games, a welcome given; tgt14: targets through moved objects, office holders, noun acts' of-objects, broken-into owners, places left; modal14: readiness through purpose clauses, modal nouns as verbs, obliged acts not done, statements' issuers, announced coercions; unnamed14: acts of force with no named agent are done by the unidentified attackers at the grounded place (UAF), acts in custody are the holder's); 29: session 13 merged (home13: a state's acts at a place of its own country target the people there; csrc13: misspelt country names, portfolio titles, capitals along with others; ctgt13: targets the text names, seizures, topics, request clauses; ctrig13: resignations, failed acts as REJECT, promised aid as AGREE, partners inside the promised clause); 24: session 12 merged (ctype12: stative passives, joint ties, complete/undertake light verbs; cside12: passive subjects' holders, nested target phrases, places named in common nouns); 21: session 11 merged; 17 was four branches at once

    private final ActorResolver actors;
    private final EventExtractor events;
    private final CommitmentExtractor commitments;

    public ParleyFindingsExtractor(ActorResolver actors, EventExtractor events, CommitmentExtractor commitments) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.events = Objects.requireNonNull(events, "events");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
    }

    public static ParleyFindingsExtractor bundled() {
        EventDater dater = EventDater.bundled();
        return new ParleyFindingsExtractor(ActorResolver.bundled(),
                new EventExtractor(dater, Gazetteer.bundled(), Countries.bundled()), new CommitmentExtractor(dater));
    }

    @Override
    public String name() {
        return VERSION;
    }

    @Override
    public ArticleFindings extract(Article article, AnnotatedText text) {
        // built once: every stage and the dater read these sections, graphs and predicates
        ArticleAnalysis analysis = ArticleAnalysis.of(article, text);
        List<ActorMention> mentions = actors.resolve(analysis);
        List<EventMention> found = new ArrayList<>();
        for (EventMention m : events.extract(analysis, mentions)) {
            found.add(groundedAtEventDate(m));
        }
        return new ArticleFindings(article.id(), found, commitments.extract(analysis, mentions));
    }

    private EventMention groundedAtEventDate(EventMention m) {
        LocalDate day = EventFilter.firstDay(m.date());
        if (day == null || m.date().precision() == org.parley.model.DatePrecision.YEAR) {
            return m;
        }
        return new EventMention(m.type(), m.mode(), m.cameo(), m.trigger(), atDate(m.source(), day), atDate(m.target(), day),
                m.date(), m.location(), m.topics(), m.background(), m.evidence(), m.during(), m.status());
    }

    private List<Actor> atDate(List<Actor> side, LocalDate day) {
        return side.stream().map(a -> a.kind() == ActorKind.PERSON ? actors.atDate(a, day) : a).toList();
    }
}
