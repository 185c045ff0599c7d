package org.parley.core.extract.commitments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.TestTags;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
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
 * Builds small annotated articles by hand for the extractor's unit tests: each sentence is a list
 * of token specs {@code word/POS[:lemma]/relation/governor} (governor 0-based, -1 for the root),
 * tokens joined by single spaces, sentences by a blank line. Actor and MONEY mentions are added
 * by token range.
 */
final class HandParsedText {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<Span> captions = new ArrayList<>();

    /** Adds a sentence; returns its index. */
    HandParsedText sentence(String... specs) {
        if (!text.isEmpty()) {
            text.append(". \n");
        }
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int start = text.length();
        for (int i = 0; i < specs.length; i++) {
            String[] f = specs[i].split("/");
            if (f.length != 4) {
                throw new IllegalArgumentException("token spec must be word/POS[:lemma]/rel/gov: " + specs[i]);
            }
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[0]);
            String[] pos = f[1].split(":");
            String lemma = pos.length > 1 ? pos[1] : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(f[0], new Span(begin, text.length()), TestTags.pos(pos[0]), lemma, EntityType.NONE));
            deps.add(new Dependency(f[2], Integer.parseInt(f[3]), i));
        }
        sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), tokens, deps));
        return this;
    }

    /** An actor mention over tokens [begin, end) of the last sentence. */
    HandParsedText actor(int begin, int end, Actor actor) {
        Sentence s = sentences.get(sentences.size() - 1);
        Span span = new Span(s.tokens().get(begin).span().begin(), s.tokens().get(end - 1).span().end());
        mentions.add(new ActorMention(s.index(), begin, end, span, span.of(text), actor, ActorMention.Basis.NAMED));
        return this;
    }

    /** A tagger's MONEY mention over tokens [begin, end) of the last sentence, with its normalised value. */
    HandParsedText money(int begin, int end, String normalized) {
        Sentence s = sentences.get(sentences.size() - 1);
        Span span = new Span(s.tokens().get(begin).span().begin(), s.tokens().get(end - 1).span().end());
        entities.add(new EntityMention(span.of(text), span, EntityType.MONEY, normalized, s.index()));
        return this;
    }

    /** Marks the last sentence as a photo caption of the clean text. */
    HandParsedText caption() {
        captions.add(sentences.get(sentences.size() - 1).span());
        return this;
    }

    static Actor org(String name, String country) {
        return new Actor(name, ActorKind.ORGANIZATION, null, country, "GOV");
    }

    List<ActorMention> mentions() {
        return List.copyOf(mentions);
    }

    AnnotatedText annotation() {
        return new AnnotatedText("hand", sentences, entities, List.of());
    }

    Article article() {
        String clean = text + ".";
        RawArticle raw = RawArticle.text(Origin.file("/tmp/hand.txt", "hand.txt"), SourceFormat.TEXT, clean);
        return new Article(new ArticleId("0123456789abcdef"), null, raw,
                new CleanText(clean, captions, List.of(), OffsetMap.identity(clean.length())), "en",
                PublicationDate.UNKNOWN, ArticleStatus.ANNOTATED, null, Instant.EPOCH);
    }
}
