package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.dateline.ArticleDateline;
import org.parley.core.dateline.DatelineReader;
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

    /** The most sentences of the lead: texts without paragraph breaks give their first three body sentences. */
    static final int LEAD_SENTENCES = 3;
    /** Longer lines without final punctuation are running text that lost its full stop, not headings. */
    static final int LONGEST_HEADING = 25;
    /** What ends a sentence of running text; some sources write a closing quote as two apostrophes. */
    private static final Set<String> FINAL_MARKS = Set.of(".", "!", "?", "\"", "”", "''", "'", "’", ")", ":", "|");

    private final List<Section> sections;
    private final int[] number;
    private final ArticleDateline dateline;
    private final List<Integer> lead;

    private ArticleSections(List<Section> sections, ArticleDateline dateline, List<Integer> lead) {
        this.sections = List.copyOf(sections);
        this.dateline = dateline;
        this.lead = List.copyOf(lead);
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
        List<Section> sections = List.of(found);
        String cleanText = clean == null ? null : clean.text();
        return new ArticleSections(sections, dateline(text, sections, cleanText), lead(text, sections, cleanText));
    }

    private static ArticleDateline dateline(AnnotatedText text, List<Section> sections, String clean) {
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s) != Section.CAPTION) {
                Optional<ArticleDateline> found = DatelineReader.read(text, s, clean);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            if (sections.get(s) == Section.BODY) {
                break;
            }
        }
        return null;
    }

    private static List<Integer> lead(AnnotatedText text, List<Section> sections, String clean) {
        List<Integer> lead = new ArrayList<>();
        int first = sections.indexOf(Section.BODY);
        for (int s = first; s >= 0 && s < sections.size() && lead.size() < LEAD_SENTENCES; s++) {
            if (sections.get(s) != Section.BODY || !lead.isEmpty() && clean != null
                    && clean.substring(text.sentences().get(s - 1).span().end(), text.sentences().get(s).span().begin())
                    .contains("\n")) {
                break;
            }
            lead.add(s);
        }
        return lead;
    }

    /** The part of the article sentence {@code s} is. */
    public Section of(int s) {
        return sections.get(s);
    }

    /** The dateline opening the article's news, if it has one. */
    public Optional<ArticleDateline> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** The sentences of the lead, in order; none when the article has no body sentence. */
    public List<Integer> lead() {
        return lead;
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
