package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.ports.Annotator;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * A near-duplicate's annotation built from its original's: every line of the copy that is
 * identical to a line of the original keeps the original's sentences of that line (moved to where
 * the line stands in the copy); the other lines are annotated together, in one call, as a text of
 * their own, and moved back likewise. Sentences are renumbered in text order.
 *
 * <p>Design decision: reuse by whole identical lines, not by similar text. It is exact when the
 * annotator annotates lines apart ({@link Annotator#annotatesLinesApart()}) and both articles have
 * the same publication day (the anchor of relative dates): a reused line then gets the annotation a
 * full run would give it, and a line with one word changed is annotated again. A line of the
 * original with a sentence running past its end (an annotator that broke its promise) is not reused.
 */
final class AnnotationSplice {

    /** A copy's annotation and how much of it came from the original. */
    record Result(AnnotatedText annotation, int reusedSentences, int reusedChars) {
    }

    private AnnotationSplice() {
    }

    static Result splice(String copy, PublicationDate published, String original, AnnotatedText originalAnnotation,
                         Annotator annotator) {
        Map<String, Source> reusable = reusableLines(original, originalAnnotation);
        StringBuilder fresh = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        for (Line line : Line.of(copy)) {
            String text = line.text(copy);
            if (text.isBlank()) {
                continue;
            }
            Source kept = reusable.get(text);
            if (kept != null) {
                pieces.add(new Piece(line, kept, true));
            } else {
                pieces.add(new Piece(line, new Source(fresh.length(), List.of()), false));
                fresh.append(text).append('\n');
            }
        }
        AnnotatedText freshAnnotation = fresh.isEmpty() ? null : annotator.annotate(fresh.toString(), published);
        Assembly out = new Assembly(originalAnnotation, freshAnnotation);
        for (Piece piece : pieces) {
            out.add(piece);
        }
        return out.result();
    }

    /** Where a line stands in the text it was annotated in, and its sentences there. */
    private record Source(int begin, List<Sentence> sentences) {
    }

    /** A non-blank line of the copy and the line it takes its sentences from (in the original, or in the fresh text). */
    private record Piece(Line line, Source source, boolean reused) {
    }

    /** The original's lines → where they stand and their sentences; a line with a sentence running past its end is left out. */
    private static Map<String, Source> reusableLines(String original, AnnotatedText annotation) {
        List<Line> lines = Line.of(original);
        Map<Line, List<Sentence>> byLine = new HashMap<>();
        List<Line> broken = new ArrayList<>();
        int l = 0;
        for (Sentence s : annotation.sentences()) {
            while (l < lines.size() && lines.get(l).end < s.span().begin()) {
                l++;
            }
            if (l == lines.size()) {
                break;
            }
            Line line = lines.get(l);
            if (s.span().end() > line.end) {
                broken.add(line);
            }
            byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(s);
        }
        Map<String, Source> out = new HashMap<>();
        for (Line line : lines) {
            String text = line.text(original);
            if (!text.isBlank() && !broken.contains(line)) {
                out.putIfAbsent(text, new Source(line.begin, byLine.getOrDefault(line, List.of())));
            }
        }
        return out;
    }

    /** The copy's annotation, built piece by piece in text order. */
    private static final class Assembly {
        private final AnnotatedText original;
        private final AnnotatedText fresh;
        private final Map<Integer, List<EntityMention>> originalEntities;
        private final Map<Integer, List<TimeExpression>> originalTimes;
        private final Map<Integer, List<EntityMention>> freshEntities;
        private final Map<Integer, List<TimeExpression>> freshTimes;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<EntityMention> entities = new ArrayList<>();
        private final List<TimeExpression> times = new ArrayList<>();
        private int reusedSentences;
        private int reusedChars;

        Assembly(AnnotatedText original, AnnotatedText fresh) {
            this.original = original;
            this.fresh = fresh;
            this.originalEntities = bySentence(original.entities(), EntityMention::sentence);
            this.originalTimes = bySentence(original.times(), TimeExpression::sentence);
            this.freshEntities = fresh == null ? Map.of() : bySentence(fresh.entities(), EntityMention::sentence);
            this.freshTimes = fresh == null ? Map.of() : bySentence(fresh.times(), TimeExpression::sentence);
        }

        void add(Piece piece) {
            int shift = piece.line.begin - piece.source.begin;
            List<Sentence> from;
            if (piece.reused) {
                from = piece.source.sentences;
                reusedSentences += from.size();
                reusedChars += piece.line.end - piece.line.begin;
            } else {
                int begin = piece.source.begin;
                int end = begin + piece.line.end - piece.line.begin;
                from = fresh.sentences().stream()
                        .filter(s -> s.span().begin() >= begin && s.span().begin() < end).toList();
            }
            Map<Integer, List<EntityMention>> entitiesOf = piece.reused ? originalEntities : freshEntities;
            Map<Integer, List<TimeExpression>> timesOf = piece.reused ? originalTimes : freshTimes;
            for (Sentence s : from) {
                int index = sentences.size();
                sentences.add(moved(s, index, shift));
                for (EntityMention e : entitiesOf.getOrDefault(s.index(), List.of())) {
                    entities.add(new EntityMention(e.text(), move(e.span(), shift), e.type(), e.normalized(), index));
                }
                for (TimeExpression t : timesOf.getOrDefault(s.index(), List.of())) {
                    times.add(new TimeExpression(t.text(), move(t.span(), shift), t.type(), t.value(), index));
                }
            }
        }

        Result result() {
            entities.sort(Comparator.comparing(EntityMention::span));
            times.sort(Comparator.comparing(TimeExpression::span));
            return new Result(new AnnotatedText(original.annotator(), sentences, entities, times),
                    reusedSentences, reusedChars);
        }

        private static <T> Map<Integer, List<T>> bySentence(List<T> items, java.util.function.ToIntFunction<T> sentence) {
            Map<Integer, List<T>> out = new HashMap<>();
            for (T item : items) {
                out.computeIfAbsent(sentence.applyAsInt(item), k -> new ArrayList<>()).add(item);
            }
            return out;
        }
    }

    private static Sentence moved(Sentence s, int index, int shift) {
        List<Token> tokens = s.tokens().stream()
                .map(t -> new Token(t.word(), move(t.span(), shift), t.pos(), t.lemma(), t.ner())).toList();
        return new Sentence(index, move(s.span(), shift), tokens, s.dependencies());
    }

    private static Span move(Span span, int shift) {
        return new Span(span.begin() + shift, span.end() + shift);
    }

    /** A line of a text, without its line break. */
    record Line(int begin, int end) {
        String text(String whole) {
            return whole.substring(begin, end);
        }

        static List<Line> of(String text) {
            List<Line> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    out.add(new Line(start, i));
                    start = i + 1;
                }
            }
            return out;
        }
    }
}
