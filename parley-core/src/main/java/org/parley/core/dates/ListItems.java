package org.parley.core.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.parley.core.analysis.ArticleSections.Section;

/**
 * The introduction of the list a sentence stands in: the nearest earlier sentence ending with a
 * colon ("... advanced cooperation across a range of areas, including:"), as long as every paragraph
 * of running text between them is an item of that list. An item continues the introduction's own
 * paragraph or opens with a bullet, a number or a run-in label ("Workforce Development: Through
 * ..."); headings and photo captions between items are passed over. The first paragraph that is none
 * of these closes the list, so an article's later news never inherits a fact sheet's period.
 * Stateless and thread-safe.
 */
final class ListItems {

    /** How an item's paragraph opens: a bullet mark, "3." or "3)", or a label of a few words and a colon. */
    private static final Pattern ITEM_OPENING = Pattern.compile("^\\s*(?:(?:" + DatingWords.alternatives("list_bullets")
            + ")\\s|\\d{1,2}[.)]\\s|[\\p{Lu}\\d][^:.!?\\n]{0,80}:\\s)");

    private ListItems() {
    }

    /** The sentence introducing the list sentence {@code sentence} is an item of, if any. */
    static OptionalInt introductionOf(DatingRequest r, int sentence) {
        List<Integer> notItems = new ArrayList<>();
        for (int k = sentence; k >= 0; k--) {
            if (k < sentence && r.sentenceText(k).strip().endsWith(":")) {
                int intro = paragraphStart(r, k);
                return notItems.stream().allMatch(p -> p == intro) ? OptionalInt.of(k) : OptionalInt.empty();
            }
            if (r.sections().isHeading(k) || r.sections().of(k) == Section.CAPTION) {
                continue;
            }
            int paragraph = paragraphStart(r, k);
            if (!ITEM_OPENING.matcher(r.clean().substring(paragraph)).find()) {
                notItems.add(paragraph);
            }
        }
        return OptionalInt.empty();
    }

    /** Where the paragraph of sentence {@code k} begins in the clean text (after its line break). */
    private static int paragraphStart(DatingRequest r, int k) {
        String clean = r.clean();
        int at = r.text().sentences().get(k).span().begin();
        while (at < clean.length() && Character.isWhitespace(clean.charAt(at)) && clean.charAt(at) != '\n') {
            at++;
        }
        if (at < clean.length() && clean.charAt(at) == '\n') {
            at++;
        }
        return clean.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }
}
