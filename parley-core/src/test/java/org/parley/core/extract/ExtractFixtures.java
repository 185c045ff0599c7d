package org.parley.core.extract;

import java.util.List;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.dates.EventDating;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventMention;

/** Actors, the bundled extractor and its parts, shared by the extraction tests. */
final class ExtractFixtures {

    static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Minister of Foreign Affairs", "VNM", "GOV");
    static final Actor CHINH = new Actor("Pham Minh Chinh", ActorKind.PERSON, "Prime Minister", "VNM", "GOV");
    static final Actor TRONG = new Actor("Nguyen Phu Trong", ActorKind.PERSON, "General Secretary", "VNM", "PTY");
    static final Actor BIDEN = new Actor("Joe Biden", ActorKind.PERSON, "President", "USA", "GOV");
    static final Actor USA = Actor.country("United States", "USA");
    static final Actor VIETNAM = Actor.country("Vietnam", "VNM");
    static final Actor IRAN = Actor.country("Iran", "IRN");
    static final Actor FRANCE = Actor.country("France", "FRA");

    /** Records the trigger it was asked about, so tests can check what the dater receives. */
    static final EventDating DATER = (article, text, sentence, trigger, participants) ->
            new EventDate.Unknown(List.of("s" + sentence + " t" + trigger + " " + participants.size()));

    static final EventWords WORDS = EventWords.bundled();
    static final TriggerLexicon LEXICON = TriggerLexicon.bundled();
    static final PlaceFinder PLACES = new PlaceFinder(Gazetteer.bundled(), Countries.bundled(), WORDS);
    static final EventExtractor EXTRACTOR = new EventExtractor(DATER, Gazetteer.bundled(), Countries.bundled());

    private ExtractFixtures() {
    }

    /** The events the bundled extractor reads in {@code t}. */
    static List<EventMention> extract(ParsedText t) {
        return EXTRACTOR.extract(t.article(), t.annotation(), t.actors());
    }

    /** The drafts left after running {@code passes}, in order, over {@code t}. */
    static List<EventDraft> drafts(ParsedText t, EventPass... passes) {
        ArticleEvents article = new ArticleEvents(ArticleAnalysis.of(t.article(), t.annotation()), t.actors());
        new EventPasses(List.of(passes)).run(article);
        return article.drafts();
    }

    static TriggerMatcher triggers() {
        return new TriggerMatcher(LEXICON, WORDS);
    }

    static ModalityReader modality() {
        return new ModalityReader(WORDS, org.parley.core.relations.PlanCues.bundled());
    }

    static BackgroundReader background() {
        return new BackgroundReader(WORDS);
    }

    static ArgumentFinder arguments() {
        return new ArgumentFinder(LEXICON, PLACES, WORDS);
    }

    static SideResolver sides() {
        return new SideResolver(LEXICON, PLACES, Countries.bundled(), WORDS);
    }

    /** "Blinken met with Son in Hanoi ." */
    static ParsedText blinkenMetSonInHanoi() {
        return new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, BLINKEN).actor(3, 4, SON);
    }
}
