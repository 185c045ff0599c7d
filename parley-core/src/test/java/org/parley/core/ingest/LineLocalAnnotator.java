package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.ports.Annotator;
import org.parley.model.AnnotatedText;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * A test annotator that annotates each line apart, as CoreNLP does with a line break always ending
 * a sentence: sentences end at a full stop, tokens are runs of non-space, a capitalised word that
 * does not start its sentence is a person, "Tuesday" is a date valued by the publication day, and
 * every token depends on its sentence's first. Counts the calls and characters it annotated.
 */
final class LineLocalAnnotator implements Annotator {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s.][^.\\n]*\\.?");
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger chars = new AtomicInteger();
    private final boolean linesApart;

    LineLocalAnnotator(boolean linesApart) {
        this.linesApart = linesApart;
    }

    @Override
    public String name() {
        return "line-local-test";
    }

    @Override
    public boolean annotatesLinesApart() {
        return linesApart;
    }

    @Override
    public AnnotatedText annotate(String text, PublicationDate published) {
        calls.incrementAndGet();
        chars.addAndGet(text.length());
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            int index = sentences.size();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            Matcher t = TOKEN.matcher(s.group());
            while (t.find()) {
                Span span = new Span(s.start() + t.start(), s.start() + t.end());
                String word = t.group();
                boolean person = !tokens.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.startsWith("Tuesday");
                if (person) {
                    entities.add(new EntityMention(word, span, EntityType.PERSON, null, index));
                }
                if (word.startsWith("Tuesday")) {
                    times.add(new TimeExpression(word, span, "DATE",
                            published.localDate().map(Object::toString).orElse("XXXX-WXX-2"), index));
                }
                deps.add(new Dependency(tokens.isEmpty() ? "root" : "dep", tokens.isEmpty() ? -1 : 0, tokens.size()));
                tokens.add(new Token(word, span, PartOfSpeech.fromPenn(person ? "NNP" : "NN"), word.toLowerCase(),
                        person ? EntityType.PERSON : EntityType.NONE));
            }
            sentences.add(new Sentence(index, new Span(s.start(), s.end()), tokens, deps));
        }
        return new AnnotatedText(name(), sentences, entities, times);
    }
}
