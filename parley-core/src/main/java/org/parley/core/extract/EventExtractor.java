package org.parley.core.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.coding.BundledDictionaries;
import org.parley.core.coding.CameoPloverTable;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.dates.EventDating;
import org.parley.core.extract.EventPass.Fact;
import org.parley.core.places.Countries;
import org.parley.core.relations.PlanCues;
import org.parley.core.places.Gazetteer;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventMention;
import org.parley.model.EventStatus;
import org.parley.model.Evidence;
import org.parley.model.Sentence;

/**
 * Reads typed events from an annotated article: a word of the {@link TriggerLexicon} or a verb
 * the CAMEO verb dictionary codes ({@link VerbDictionaryCoder}) gives the PLOVER type, mode and
 * CAMEO code; source and target come from the dependency parse,
 * mapped to actors through the {@link ActorMention}s; the place from an in/at argument geocoded
 * with the {@link Gazetteer} or from the place visited; topics from the {@link TopicLexicon}; the
 * date from the injected {@link EventDating}. Photo captions are skipped.
 *
 * <p>Contract: every event names at least one actor as source and none on both sides, and rests on
 * one sentence (its {@link Evidence}). Partner acts (CONSULT, COOPERATE, SUPPORT, AID) name at
 * least one target too; acts complete without an addressee may have an empty target when their
 * source is grounded. Negated acts and consultations only wished for are dropped; announced acts
 * are recoded (a threat, a promise, a refusal); past context is marked background; acts still to come
 * are marked planned, invited or accepted ({@link EventMention#status()}). One real
 * meeting gives one CONSULT per article. The word lists and codes these rules read are TSV files
 * beside this package's classes ({@link EventWords}).
 *
 * <p>The work is done by small passes over one {@link ArticleEvents}, in this order (each names
 * what it reads and adds; {@link EventPasses} checks the order when the extractor is built; the
 * sections, graphs and predicates of the article are given, from its {@link ArticleAnalysis}):
 * <ol>
 *   <li>{@link TriggerMatcher}: candidate events, from trigger words;
 *   <li>{@link VerbDictionaryCoder}: CAMEO codes (and PLOVER types) of candidate verbs from the
 *       verb dictionary, and the verbs only the dictionary codes as candidates;
 *   <li>{@link ModalityReader}: negated, wished, promised, announced and conditional acts coded;
 *   <li>{@link PlanStatusReader}: acts still to come (planned, invited, accepted) marked;
 *   <li>{@link BackgroundReader}: past context marked;
 *   <li>{@link ArgumentFinder}: arguments from the parse;
 *   <li>{@link SideResolver}: source and target settled, candidates without them dropped;
 *   <li>{@link EventPlacer}: the place of each event;
 *   <li>{@link MeetingMerger}: one draft per event reported in the article;
 *   <li>{@link TopicAssigner}: topics;
 *   <li>{@link DateAssigner}: dates;
 *   <li>{@link ActAnchoring}: acts said during a dated meeting take its date.
 * </ol>
 *
 * <p>Thread-safe: instances hold only immutable data; each call works on its own state.
 */
public final class EventExtractor {

    /**
     * What the extractor reads its words from.
     *
     * @param triggers     the trigger lexicon
     * @param topics       the controlled topic list
     * @param dictionaries the PETRARCH-format dictionaries whose verb dictionary codes the verbs
     * @param plover       the CAMEO-to-PLOVER table
     */
    public record Config(TriggerLexicon triggers, TopicLexicon topics, CodingDictionaries dictionaries,
                         CameoPloverTable plover) {
        public Config {
            Objects.requireNonNull(triggers, "triggers");
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(dictionaries, "dictionaries");
            Objects.requireNonNull(plover, "plover");
        }

        /** The given lexicons with the bundled Phoenix dictionaries and CAMEO2PLOVER table. */
        public Config(TriggerLexicon triggers, TopicLexicon topics) {
            this(triggers, topics, BundledDictionaries.phoenix(), CameoPloverTable.bundled());
        }

        /** The lexicons and dictionaries bundled with Parley. */
        public static Config defaults() {
            return new Config(TriggerLexicon.bundled(), TopicLexicon.bundled());
        }
    }

    private final EventPasses passes;

    public EventExtractor(EventDating dater, Gazetteer gazetteer, Countries countries) {
        this(dater, gazetteer, countries, Config.defaults());
    }

    public EventExtractor(EventDating dater, Gazetteer gazetteer, Countries countries, Config config) {
        Objects.requireNonNull(dater, "dater");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(config, "config");
        EventWords words = EventWords.bundled();
        PlaceFinder places = new PlaceFinder(gazetteer, countries, words);
        this.passes = new EventPasses(List.of(
                new TriggerMatcher(config.triggers(), words),
                new VerbDictionaryCoder(config.dictionaries(), config.plover(), config.triggers(), words),
                new ModalityReader(words, PlanCues.bundled()),
                new PlanStatusReader(PlanCues.bundled()),
                new BackgroundReader(words),
                new ArgumentFinder(config.triggers(), places, words),
                new SideResolver(config.triggers(), places, countries, words),
                new EventPlacer(places),
                new MeetingMerger(words, places),
                new TopicAssigner(config.topics()),
                new DateAssigner(dater),
                new ActAnchoring()))
                .requireAdded(EnumSet.of(Fact.STATUS, Fact.SIDES, Fact.PLACES, Fact.BACKGROUND, Fact.MERGED, Fact.TOPICS,
                        Fact.DATES, Fact.ANCHORS), "EventExtractor");
    }

    /**
     * The events the article reports, in text order.
     *
     * @param article the article (its id and doc go into the evidence; its publication date anchors dates)
     * @param text    its annotation
     * @param actors  the actor mentions resolved in it
     */
    public List<EventMention> extract(Article article, AnnotatedText text, List<ActorMention> actors) {
        return extract(ArticleAnalysis.of(article, text), actors);
    }

    /**
     * The events an analysed article reports, in text order: the passes read its sections, graphs
     * and predicates as given.
     *
     * @param analysis the article's analysis
     * @param actors   the actor mentions resolved in it
     */
    public List<EventMention> extract(ArticleAnalysis analysis, List<ActorMention> actors) {
        ArticleEvents state = new ArticleEvents(analysis, actors);
        passes.run(state);
        Article article = analysis.article();
        List<EventMention> events = new ArrayList<>();
        for (EventDraft d : state.drafts()) {
            Sentence sentence = analysis.text().sentences().get(d.sentence());
            Evidence evidence = new Evidence(article.id(), article.doc(), d.sentence(), sentence.span(),
                    sentence.text(state.clean()));
            events.add(new EventMention(d.coding().type(), d.coding().mode(), d.coding().cameo(), d.trigger(),
                    d.sides().source(), d.sides().target(), d.date(), d.location(), d.topics(), d.background(),
                    evidence, d.during(), d.background() ? EventStatus.HELD : d.status()));
        }
        return List.copyOf(events);
    }
}
