package org.parley.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.parley.model.CleanText;
import org.parley.model.OffsetMap;
import org.parley.model.Span;

/** Checks that hold for every cleaning result; shared by the example and property tests. */
final class CleanTextInvariants {

    private CleanTextInvariants() {
    }

    static void check(String original, CleanText clean) {
        String text = clean.text();
        for (Span caption : clean.captions()) {
            assertThat(caption.end()).isLessThanOrEqualTo(text.length());
        }
        for (CleanText.RemovedLine removed : clean.removed()) {
            assertThat(removed.original().end()).isLessThanOrEqualTo(original.length());
        }
        int covered = 0;
        for (OffsetMap.Segment s : clean.map().segments()) {
            assertThat(s.cleanBegin() + s.length()).isLessThanOrEqualTo(text.length());
            assertThat(s.originalBegin() + s.length()).isLessThanOrEqualTo(original.length());
            assertThat(original.substring(s.originalBegin(), s.originalBegin() + s.length()))
                    .isEqualTo(text.substring(s.cleanBegin(), s.cleanBegin() + s.length()));
            covered += s.length();
        }
        // Only inserted line breaks are outside the segments.
        assertThat(text.length() - covered).isLessThanOrEqualTo(2 * (int) text.chars().filter(c -> c == '\n').count());
        // Every non-line-break character maps to the same character in the original.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                assertThat(original.charAt(clean.map().toOriginal(i))).isEqualTo(text.charAt(i));
            }
        }
        assertThat(text).doesNotContain("\r").doesNotContain("\n\n\n");
        assertThat(text).isEqualTo(text.strip().isEmpty() ? "" : text);
        if (!text.isEmpty()) {
            assertThat(Lines.isSpace(text.charAt(0))).isFalse();
            assertThat(Lines.isSpace(text.charAt(text.length() - 1))).isFalse();
        }
    }
}
