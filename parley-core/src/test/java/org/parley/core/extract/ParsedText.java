package org.parley.core.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.core.TestTags;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.Title;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Builds a small annotated article by hand for extractor tests. Tokens are written
 * {@code word/POS[/NER][=lemma]} separated by spaces; dependencies {@code "rel gov dep"} with
 * 0-based token indices (gov -1 for the root); actors cover token ranges.
 */
final class ParsedText {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<Span> captions = new ArrayList<>();

    /** Adds a sentence; {@code deps} are "rel gov dep". */
    ParsedText sentence(String tokens, String... deps) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int begin = text.length();
        List<Token> list = new ArrayList<>();
        int index = sentences.size();
        String[] specs = tokens.trim().split(" +");
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            String lemma = null;
            int eq = spec.indexOf('=');
            if (eq > 0) {
                lemma = spec.substring(eq + 1);
                spec = spec.substring(0, eq);
            }
            String[] parts = spec.split("/");
            String word = parts[0].replace('_', ' ');
            EntityType ner = parts.length > 2 ? TestTags.entity(parts[2]) : EntityType.NONE;
            if (i > 0) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            list.add(new Token(word, span, TestTags.pos(parts[1]), lemma != null ? lemma : word.toLowerCase(), ner));
            if (ner != EntityType.NONE) {
                entities.add(new EntityMention(word, span, ner, null, index));
            }
        }
        List<Dependency> edges = new ArrayList<>();
        for (String d : deps) {
            String[] p = d.trim().split(" +");
            edges.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        sentences.add(new Sentence(index, new Span(begin, text.length()), list, edges));
        return this;
    }

    /** Marks the last sentence as a photo caption. */
    ParsedText caption() {
        captions.add(sentences.get(sentences.size() - 1).span());
        return this;
    }

    /** The last sentence's tokens [begin, end) refer to {@code actor}. */
    ParsedText actor(int begin, int end, Actor actor) {
        return actor(begin, end, actor, ActorMention.Basis.NAMED);
    }

    ParsedText actor(int begin, int end, Actor actor, ActorMention.Basis basis) {
        return mention(begin, end, actor, basis, Optional.empty());
    }

    /** The last sentence's tokens [begin, end) name {@code actor}, whom the article gives {@code title}. */
    ParsedText actor(int begin, int end, Actor actor, Title title) {
        return mention(begin, end, actor, ActorMention.Basis.NAMED, Optional.of(title));
    }

    private ParsedText mention(int begin, int end, Actor actor, ActorMention.Basis basis, Optional<Title> title) {
        Sentence s = sentences.get(sentences.size() - 1);
        Span span = new Span(s.tokens().get(begin).span().begin(), s.tokens().get(end - 1).span().end());
        actors.add(new ActorMention(s.index(), begin, end, span, span.of(text), actor, basis, title));
        return this;
    }

    List<ActorMention> actors() {
        return List.copyOf(actors);
    }

    AnnotatedText annotation() {
        return new AnnotatedText("hand-built", sentences, entities, List.of());
    }

    Article article() {
        String clean = text.toString();
        RawArticle raw = RawArticle.text(Origin.file("in/test.txt", "test.txt"), SourceFormat.TEXT, clean);
        return new Article(new ArticleId("0123456789abcdef"), null, raw,
                new CleanText(clean, captions, List.of(), OffsetMap.identity(clean.length())), "en",
                PublicationDate.UNKNOWN, ArticleStatus.ANNOTATED, null, Instant.EPOCH);
    }
}
