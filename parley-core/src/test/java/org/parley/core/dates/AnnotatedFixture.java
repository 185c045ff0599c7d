package org.parley.core.dates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * A hand-built article and annotation for date tests: one string per sentence, time expressions
 * marked {@code [[May 28|XXXX-05-28]]} (type DATE; {@code [[two years|P2Y|DURATION]]} for others).
 * Tokens are words and punctuation marks; a word after "to" is tagged VB, others NN. No parse.
 */
final class AnnotatedFixture {
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^|\\]]+)(?:\\|([A-Z]+))?]]");
    private static final Pattern TOKEN = Pattern.compile("[\\w’'-]+|[^\\s\\w]");

    final Article article;
    final AnnotatedText text;

    private AnnotatedFixture(Article article, AnnotatedText text) {
        this.article = article;
        this.text = text;
    }

    static AnnotatedFixture of(PublicationDate published, String... sentences) {
        StringBuilder clean = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                clean.append(' ');
            }
            int begin = clean.length();
            Matcher m = MARK.matcher(sentences[i]);
            int last = 0;
            while (m.find()) {
                clean.append(sentences[i], last, m.start());
                int tb = clean.length();
                clean.append(m.group(1));
                times.add(new TimeExpression(m.group(1), new Span(tb, clean.length()),
                        m.group(3) == null ? "DATE" : m.group(3), m.group(2), i));
                last = m.end();
            }
            clean.append(sentences[i].substring(last));
            String s = clean.substring(begin);
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(s);
            String previous = "";
            while (t.find()) {
                PartOfSpeech pos = previous.equalsIgnoreCase("to") ? PartOfSpeech.VERB_BASE : PartOfSpeech.NOUN;
                Span span = new Span(begin + t.start(), begin + t.end());
                tokens.add(new Token(t.group(), span, pos, t.group(), EntityType.NONE));
                previous = t.group();
            }
            built.add(new Sentence(i, new Span(begin, clean.length()), tokens, List.of()));
        }
        String text = clean.toString();
        RawArticle raw = RawArticle.text(new Origin("fixture.txt", "/fixture.txt", null), SourceFormat.values()[0], text);
        CleanText ct = new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length()));
        Article article = new Article(new ArticleId("0123456789abcdef"), null, raw, ct, "en", published,
                ArticleStatus.ANNOTATED, null, Instant.parse("2030-01-01T00:00:00Z"));
        return new AnnotatedFixture(article, new AnnotatedText("fixture", built, List.of(), times));
    }

    /** This fixture with sentence {@code sentence} marked as a photo caption of the clean text. */
    AnnotatedFixture withCaption(int sentence) {
        CleanText c = article.clean();
        List<Span> captions = new ArrayList<>(c.captions());
        captions.add(text.sentences().get(sentence).span());
        Article a = article;
        return new AnnotatedFixture(new Article(a.id(), a.previous(), a.raw(),
                new CleanText(c.text(), captions, c.removed(), c.map()), a.language(), a.published(), a.status(),
                a.error(), a.ingestedAt()), text);
    }

    /**
     * This fixture with a parse of sentence {@code sentence}: {@code verbs} tagged VBD, and the
     * dependencies as "relation governor dependent" (token indexes, -1 for the root).
     */
    AnnotatedFixture withParse(int sentence, Set<String> verbs, String... dependencies) {
        Sentence old = text.sentences().get(sentence);
        List<Token> tokens = old.tokens().stream().map(t -> verbs.contains(t.word())
                ? new Token(t.word(), t.span(), PartOfSpeech.VERB_PAST, t.lemma(), t.ner()) : t).toList();
        List<Dependency> parse = Arrays.stream(dependencies).map(d -> d.split(" "))
                .map(p -> new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]))).toList();
        List<Sentence> sentences = new ArrayList<>(text.sentences());
        sentences.set(sentence, new Sentence(old.index(), old.span(), tokens, parse));
        return new AnnotatedFixture(article, new AnnotatedText(text.annotator(), sentences, text.entities(), text.times()));
    }

    /** This fixture with the first token {@code word} of sentence {@code sentence} tagged {@code pos}, with {@code lemma}. */
    AnnotatedFixture withTag(int sentence, String word, PartOfSpeech pos, String lemma) {
        Sentence old = text.sentences().get(sentence);
        List<Token> tokens = new ArrayList<>(old.tokens());
        int i = token(sentence, word);
        Token t = tokens.get(i);
        tokens.set(i, new Token(t.word(), t.span(), pos, lemma, t.ner()));
        List<Sentence> sentences = new ArrayList<>(text.sentences());
        sentences.set(sentence, new Sentence(old.index(), old.span(), tokens, old.dependencies()));
        return new AnnotatedFixture(article, new AnnotatedText(text.annotator(), sentences, text.entities(), text.times()));
    }

    /** Index of the first token {@code word} in sentence {@code sentence}. */
    int token(int sentence, String word) {
        List<Token> tokens = text.sentences().get(sentence).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in sentence " + sentence);
    }
}
