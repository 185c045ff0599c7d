package org.parley.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two {@link TimexFinder}s as one: every expression of the first, plus each expression of the
 * second that overlaps none of the first's. Thread-safe when both finders are.
 */
final class CombinedTimexFinder implements TimexFinder {

    private final TimexFinder first;
    private final TimexFinder second;

    CombinedTimexFinder(TimexFinder first, TimexFinder second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
        List<FoundTimex> out = new ArrayList<>(first.find(text, sentences, published));
        List<FoundTimex> kept = List.copyOf(out);
        for (FoundTimex timex : second.find(text, sentences, published)) {
            if (kept.stream().noneMatch(timex::overlaps)) {
                out.add(timex);
            }
        }
        return out;
    }
}
