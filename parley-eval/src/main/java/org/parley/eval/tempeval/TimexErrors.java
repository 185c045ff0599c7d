package org.parley.eval.tempeval;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

/**
 * The differences between one document's predicted time expressions and its gold TIMEX3, one
 * tab-separated line each, to read what a configuration gets wrong: {@code doc, dct, kind, gold
 * text, gold type, gold value, context, predicted text, predicted type, predicted value}, where kind is
 * {@code missed} (gold without a prediction), {@code spurious} (prediction without gold),
 * {@code value} or {@code type} (a relaxed match that differs). Pairs as {@link TimexScorer} does.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimexErrors {

    /** The lines of {@code doc}'s differences with {@code predicted}, in gold order, then spurious ones. */
    public List<String> of(TimeMlDocument doc, List<TimeExpression> predicted) {
        List<GoldTimex> gold = doc.timexes();
        int[] pairOfGold = TimexScorer.pairs(gold, predicted);
        boolean[] paired = new boolean[predicted.size()];
        List<String> out = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex want = gold.get(g);
            String wanted = text(doc, want.span()) + "\t" + want.type() + "\t" + want.value()
                    + "\t" + context(doc, want.span());
            if (pairOfGold[g] < 0) {
                out.add(line(doc, "missed", wanted, "\t\t"));
                continue;
            }
            paired[pairOfGold[g]] = true;
            TimeExpression got = predicted.get(pairOfGold[g]);
            String value = got.value() == null ? "" : got.value();
            if (!want.value().equals(value)) {
                out.add(line(doc, "value", wanted, found(got)));
            } else if (!want.type().equals(got.type())) {
                out.add(line(doc, "type", wanted, found(got)));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!paired[p]) {
                out.add(line(doc, "spurious", "\t\t\t" + context(doc, predicted.get(p).span()),
                        found(predicted.get(p))));
            }
        }
        return out;
    }

    private static String found(TimeExpression got) {
        return oneLine(got.text()) + "\t" + got.type() + "\t" + (got.value() == null ? "" : got.value());
    }

    private static String text(TimeMlDocument doc, Span span) {
        return oneLine(doc.text().substring(span.begin(), span.end()));
    }

    /** The span with up to 60 characters either side, the span in brackets. */
    private static String context(TimeMlDocument doc, Span span) {
        String text = doc.text();
        int from = Math.max(0, span.begin() - 60);
        int to = Math.min(text.length(), span.end() + 60);
        return oneLine(text.substring(from, span.begin()) + "[" + text.substring(span.begin(), span.end()) + "]"
                + text.substring(span.end(), to));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String line(TimeMlDocument doc, String kind, String gold, String predicted) {
        return doc.name() + "\t" + doc.dct() + "\t" + kind + "\t" + gold + "\t" + predicted;
    }
}
