package org.parley.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.CleanText;
import org.parley.model.CleanText.RemovedLine;
import org.parley.model.OffsetMap;
import org.parley.model.Span;

/**
 * Removes web boilerplate that survives text extraction and marks photo captions.
 *
 * <p>Contract: {@link #clean(String)} splits the original into lines, trims each line's edges,
 * drops blank lines and lines a {@link BoilerplateRule} recognises (menus, date stamps, source
 * credits, comment counters, tag lists, share buttons, read-more links, bylines, copyright and
 * advert lines), and joins the kept lines with {@code "\n"}, or {@code "\n\n"} where the original
 * had a blank line between them (runs of blank lines collapse to one). The kept lines are copied
 * byte for byte: nothing inside a line is rewritten, so {@link CleanText#map()} maps every clean
 * offset back to the original, and only the joining line breaks are inserted characters. Caption
 * lines stay in the text; their spans are listed in {@link CleanText#captions()}.
 *
 * <p>Cleaning is idempotent: rules see only the kept lines (never the removed ones), and are
 * applied until none fires, so cleaning the clean text again changes nothing. A rule that looks
 * at the last line (a lone byline name, an agency credit) thus also sees through trailing junk
 * such as a tag list after the byline.
 *
 * <p>Stateless and thread-safe.
 *
 * <p>Design decision: line-level removal rather than sentence-level: boilerplate arrives as whole
 * lines after extraction, and keeping lines intact keeps the offset map trivial and exact. Lines
 * that merely mention a date or a source inside a sentence are never removed.
 */
public final class BoilerplateCleaner {

    private static final List<BoilerplateRule> LINE_RULES = List.of(
            BoilerplateRule.DATELINE, BoilerplateRule.COMMENTS, BoilerplateRule.TAGS,
            BoilerplateRule.SOURCE_CREDIT, BoilerplateRule.SHARE, BoilerplateRule.READ_MORE,
            BoilerplateRule.BYLINE, BoilerplateRule.COPYRIGHT, BoilerplateRule.ADVERT, BoilerplateRule.MENU);

    private final CaptionDetector captions = new CaptionDetector();

    /** Cleans {@code originalText}; see the class contract. */
    public CleanText clean(String originalText) {
        Objects.requireNonNull(originalText, "originalText");
        List<Lines.Line> all = Lines.split(originalText);
        List<RemovedLine> removed = new ArrayList<>();
        List<Lines.Line> kept = new ArrayList<>();
        for (Lines.Line line : all) {
            if (!line.blank()) {
                kept.add(line);
            } else if (line.lineEnd() > line.lineBegin()) {
                removed.add(new RemovedLine(new Span(line.lineBegin(), line.lineEnd()), BoilerplateRule.WHITESPACE.id()));
            }
        }
        removeUntilStable(originalText, kept, removed);
        removed.sort((a, b) -> a.original().compareTo(b.original()));
        return assemble(originalText, all, kept, removed);
    }

    private static void removeUntilStable(String text, List<Lines.Line> kept, List<RemovedLine> removed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            List<String> contents = contents(text, kept);
            List<Lines.Line> next = new ArrayList<>(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                BoilerplateRule rule = firstMatch(contents, i);
                if (rule == null) {
                    next.add(kept.get(i));
                } else {
                    Lines.Line line = kept.get(i);
                    removed.add(new RemovedLine(new Span(line.begin(), line.end()), rule.id()));
                    changed = true;
                }
            }
            kept.clear();
            kept.addAll(next);
        }
    }

    private static BoilerplateRule firstMatch(List<String> contents, int i) {
        for (BoilerplateRule rule : LINE_RULES) {
            if (rule.matches(contents, i)) {
                return rule;
            }
        }
        return null;
    }

    private CleanText assemble(String text, List<Lines.Line> all, List<Lines.Line> kept, List<RemovedLine> removed) {
        StringBuilder out = new StringBuilder(text.length());
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<Span> cleanSpans = new ArrayList<>();
        int allIndex = 0;
        Lines.Line previous = null;
        for (Lines.Line line : kept) {
            if (previous != null) {
                // A blank original line between the two kept lines marks a paragraph break.
                boolean blankBetween = false;
                while (all.get(allIndex) != line) {
                    Lines.Line between = all.get(allIndex++);
                    blankBetween |= between.blank();
                }
                String separator = blankBetween ? "\n\n" : "\n";
                out.append(separator);
                boolean copied = text.startsWith(separator, previous.end())
                        && previous.end() + separator.length() == line.begin();
                OffsetMap.Segment last = segments.get(segments.size() - 1);
                if (copied) {
                    // The original already reads exactly like this: extend the segment instead of inserting.
                    segments.set(segments.size() - 1, new OffsetMap.Segment(last.cleanBegin(), last.originalBegin(),
                            last.length() + separator.length() + (line.end() - line.begin())));
                } else {
                    segments.add(new OffsetMap.Segment(out.length(), line.begin(), line.end() - line.begin()));
                }
            } else {
                while (all.get(allIndex) != line) {
                    allIndex++;
                }
                segments.add(new OffsetMap.Segment(0, line.begin(), line.end() - line.begin()));
            }
            allIndex++;
            cleanSpans.add(new Span(out.length(), out.length() + line.end() - line.begin()));
            out.append(text, line.begin(), line.end());
            previous = line;
        }
        String clean = out.toString();
        List<String> contents = contents(text, kept);
        List<Span> captionSpans = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            if (captions.isCaption(contents, i)) {
                captionSpans.add(cleanSpans.get(i));
            }
        }
        return new CleanText(clean, captionSpans, removed, new OffsetMap(segments));
    }

    private static List<String> contents(String text, List<Lines.Line> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (Lines.Line l : lines) {
            out.add(text.substring(l.begin(), l.end()));
        }
        return out;
    }
}
