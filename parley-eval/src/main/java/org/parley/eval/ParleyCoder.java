package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.ActorResolver;
import org.parley.core.extract.EventExtractor;
import org.parley.core.ingest.ArticleIds;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.core.ports.Annotator;
import org.parley.eval.petrarch.CameoCoder;
import org.parley.eval.plover.CodedEvent;
import org.parley.eval.plover.SentenceCoder;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * Parley's own pipeline as a sentence coder for the gold sets: each sentence is annotated with
 * CoreNLP, its actors resolved and its events extracted exactly as in an article, then reported as
 * PLOVER types with source/target countries (and as CAMEO codes).
 *
 * <p>Dates do not matter for these gold sets, so events are left undated. One thread at a time.
 */
public final class ParleyCoder implements SentenceCoder, CameoCoder {
    private final Annotator annotator;
    private final ActorResolver actors = ActorResolver.bundled();
    private final EventExtractor events = new EventExtractor((article, text, sentence, trigger, participants) ->
            new EventDate.Unknown(List.of("not dated in the gold-set evaluation")), Gazetteer.bundled(), Countries.bundled());

    public ParleyCoder() {
        this(new CoreNlpAnnotator(NlpConfig.defaults()));
    }

    public ParleyCoder(Annotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public String name() {
        return "parley";
    }

    /** One sentence as Parley read it: its annotation, the actors resolved in it and its events. */
    public record Reading(AnnotatedText annotated, List<ActorMention> actors, List<EventMention> events) {
    }

    /** The event mentions Parley reads in one sentence, treated as a one-sentence article. */
    public List<EventMention> mentions(String sentence) {
        return read(sentence).events();
    }

    /** {@link #mentions} with what they were read from (for diagnostics of misses). */
    public Reading read(String sentence) {
        String text = sentence.strip();
        Article article = new Article(ArticleIds.of(text), null,
                RawArticle.text(new Origin("sentence", "sentence", null), SourceFormat.TEXT, text),
                new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())), "en",
                PublicationDate.UNKNOWN, ArticleStatus.ANNOTATED, null, java.time.Instant.EPOCH);
        AnnotatedText annotated = annotator.annotate(text, PublicationDate.UNKNOWN);
        List<ActorMention> found = actors.resolve(article, annotated);
        return new Reading(annotated, found, events.extract(article, annotated, found));
    }

    @Override
    public List<CodedEvent> code(String sentence) {
        List<CodedEvent> out = new ArrayList<>();
        for (EventMention m : mentions(sentence)) {
            out.add(new CodedEvent(m.type(), countries(m.source()), countries(m.target()),
                    sides(m.source()) + " -> " + sides(m.target())));
        }
        return out;
    }

    @Override
    public List<String> cameoCodes(String sentence) {
        return mentions(sentence).stream().map(EventMention::cameo).filter(c -> c != null).distinct().toList();
    }

    private static String sides(List<Actor> side) {
        return side.stream().map(a -> a.name() + " (" + (a.country() == null ? "-" : a.country()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static List<String> countries(List<Actor> side) {
        return side.stream().map(Actor::country).filter(c -> c != null).distinct().toList();
    }
}
