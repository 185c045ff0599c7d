package org.parley.core.analysis;

import java.util.List;
import java.util.Set;
import org.parley.model.AnnotatedText;
import org.parley.model.CleanText;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Which part of the article each sentence is, decided once per article for every stage that asks
 * "is this the headline, a caption, the body?".
 *
 * <p>The rule: a sentence overlapping a photo caption of the clean text is a {@link Section#CAPTION};
 * otherwise a short sentence (at most {@value #LONGEST_HEADING} tokens) that does not end like running
 * text is a heading, the {@link Section#HEADLINE} while no body sentence came before it, a
 * {@link Section#HEADING} after; the rest is {@link Section#BODY}. A run of headings opens a new
 * numbered section; a caption neither opens nor closes one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleSections {

    /** What part of the article a sentence is. */
    public enum Section {
        /** A heading before the first body sentence: the title and any subtitle lines. */
        HEADLINE,
        /** A heading inside the article: it opens a new section. */
        HEADING,
        /** A photo caption: kept, but not the article's news. */
        CAPTION,
        /** Running text. */
        BODY
    }

    /** Longer lines without final punctuation are running text that lost its full stop, not headings. */
    static final int LONGEST_HEADING = 25;
    /** What ends a sentence of running text; some sources write a closing quote as two apostrophes. */
    private static final Set<String> FINAL_MARKS = Set.of(".", "!", "?", "\"", "”", "''", "'", "’", ")", ":", "|");

    private final List<Section> sections;
    private final int[] number;

    private ArticleSections(List<Section> sections) {
        this.sections = List.copyOf(sections);
        this.number = new int[sections.size()];
        int current = 0;
        for (int s = 0; s < number.length; s++) {
            if (isHeading(s) && s > 0 && !isHeading(s - 1)) {
                current++;
            }
            number[s] = current;
        }
    }

    /** The sections of an annotated text whose captions are not known (none is a caption). */
    public static ArticleSections of(AnnotatedText text) {
        return of(text, null);
    }

    /** The sections of an article, its captions marked by {@code clean} (null: none known). */
    public static ArticleSections of(AnnotatedText text, CleanText clean) {
        Section[] found = new Section[text.sentences().size()];
        boolean bodySeen = false;
        for (int s = 0; s < found.length; s++) {
            Sentence sentence = text.sentences().get(s);
            Section section;
            if (clean != null && clean.isCaption(sentence.span())) {
                section = Section.CAPTION;
            } else if (looksLikeHeading(sentence.tokens())) {
                section = bodySeen ? Section.HEADING : Section.HEADLINE;
            } else {
                section = Section.BODY;
                bodySeen = true;
            }
            found[s] = section;
        }
        return new ArticleSections(List.of(found));
    }

    /** The part of the article sentence {@code s} is. */
    public Section of(int s) {
        return sections.get(s);
    }

    /** Whether sentence {@code s} is a headline or a heading. */
    public boolean isHeading(int s) {
        Section section = sections.get(s);
        return section == Section.HEADLINE || section == Section.HEADING;
    }

    /**
     * The number of the section sentence {@code s} belongs to: 0 up to the first run of headings
     * after the start, one more at each later run.
     */
    public int number(int s) {
        return number[s];
    }

    /** Whether sentences {@code s} and {@code t} are in the same section. */
    public boolean same(int s, int t) {
        return number[s] == number[t];
    }

    public int size() {
        return number.length;
    }

    private static boolean looksLikeHeading(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > LONGEST_HEADING) {
            return false;
        }
        return !FINAL_MARKS.contains(tokens.get(tokens.size() - 1).word());
    }
}
