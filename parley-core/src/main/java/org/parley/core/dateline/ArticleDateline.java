package org.parley.core.dateline;

import java.util.Objects;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

/**
 * The dateline opening an article's news: {@code HANOI, May 29 (Capital Wire) -},
 * {@code SAN JOSE, Costa Rica, May 29 -}, {@code NEW DELHI (Reuters) -}. It says where and when the
 * report was filed, not where or when its news happened.
 *
 * @param sentence the sentence it opens
 * @param span     its characters in the clean text, from the place to the agency or the dash
 * @param place    the place as written ({@code HANOI}, {@code SAN JOSE, Costa Rica})
 * @param date     the time expression of its date, or null when it gives none
 */
public record ArticleDateline(int sentence, Span span, String place, TimeExpression date) {

    public ArticleDateline {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
    }

    /** Whether {@code t} is this dateline's date. */
    public boolean isDate(TimeExpression t) {
        return date != null && date.span().equals(t.span());
    }
}
