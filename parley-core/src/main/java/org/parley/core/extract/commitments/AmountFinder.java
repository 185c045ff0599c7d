package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;

/**
 * Reads {@link Fact#BODY_SENTENCES} and {@link Fact#ENTITIES}, adds {@link Fact#AMOUNTS}: the
 * amounts {@link MoneyParser} reads in each sentence, then the tagger's MONEY mentions it could
 * not read (their text first, the normalised value as a fallback), each by token range.
 */
final class AmountFinder extends CommitmentPass {

    AmountFinder() {
        super(Set.of(Fact.BODY_SENTENCES, Fact.ENTITIES), Set.of(Fact.AMOUNTS));
    }

    @Override
    CommitmentReading apply(CommitmentReading reading) {
        Map<Integer, List<Amount>> bySentence = new LinkedHashMap<>();
        for (Sentence s : reading.body()) {
            bySentence.put(s.index(), amounts(s, reading.text(), reading.clean()));
        }
        return reading.withAmounts(bySentence);
    }

    private static List<Amount> amounts(Sentence sentence, AnnotatedText text, String clean) {
        List<Amount> out = new ArrayList<>();
        String sentenceText = sentence.text(clean);
        int base = sentence.span().begin();
        for (MoneyParser.Found f : MoneyParser.findAll(sentenceText)) {
            Span span = new Span(base + f.span().begin(), base + f.span().end());
            tokenRange(sentence, span).ifPresent(r -> out.add(new Amount(r[0], r[1], f.money())));
        }
        for (EntityMention e : text.entities()) {
            if (e.sentence() != sentence.index() || e.type() != EntityType.MONEY
                    || out.stream().anyMatch(a -> overlaps(sentence, a, e.span()))) {
                continue;
            }
            MoneyParser.parse(e.text()).or(() -> MoneyParser.fromNormalized(e.normalized())).ifPresent(m ->
                    tokenRange(sentence, e.span()).ifPresent(r -> out.add(new Amount(r[0], r[1], m))));
        }
        return out;
    }

    private static boolean overlaps(Sentence sentence, Amount a, Span span) {
        Span amountSpan = new Span(sentence.tokens().get(a.begin()).span().begin(),
                sentence.tokens().get(a.end() - 1).span().end());
        return amountSpan.overlaps(span);
    }

    /** The tokens overlapping {@code span} as {@code [begin, end)}; empty when none does. */
    private static Optional<int[]> tokenRange(Sentence sentence, Span span) {
        int begin = -1;
        int end = -1;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Span t = sentence.tokens().get(i).span();
            if (t.overlaps(span)) {
                begin = begin < 0 ? i : begin;
                end = i + 1;
            }
        }
        return begin < 0 ? Optional.empty() : Optional.of(new int[] {begin, end});
    }
}
