package org.parley.core.consolidate;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventMention;

/**
 * An undated copy of a dated event is that event: within one story, article events of one type
 * between the same actors are one block, and when the block holds a single dated event that the
 * reports give as news, the block's undated news events (a report that gave no year, say) join it.
 * The story already put the reports together; the date veto had nothing to say about them. Two
 * dated events in the block leave the undated ones apart: which one they copy is not known.
 * Background mentions never join this way (a story's report often recalls an older meeting of the
 * same people).
 */
final class UndatedCopies {

    private UndatedCopies() {
    }

    /** The clusters of one story's block, the undated news clusters folded into its one dated news cluster. */
    static List<List<Event>> join(List<List<Event>> block) {
        List<List<Event>> dated = block.stream().filter(c -> !undated(c) && news(c)).toList();
        List<List<Event>> copies = block.stream().filter(c -> undated(c) && news(c)).toList();
        if (dated.size() != 1 || copies.isEmpty()) {
            return block;
        }
        List<List<Event>> out = new ArrayList<>();
        for (List<Event> c : block) {
            if (c == dated.get(0)) {
                List<Event> joined = new ArrayList<>(c);
                copies.forEach(joined::addAll);
                out.add(joined);
            } else if (!copies.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean undated(List<Event> cluster) {
        return cluster.stream().allMatch(e -> e.date().precision() == DatePrecision.UNKNOWN);
    }

    private static boolean news(List<Event> cluster) {
        return cluster.stream().flatMap(e -> e.mentions().stream()).noneMatch(EventMention::background);
    }
}
