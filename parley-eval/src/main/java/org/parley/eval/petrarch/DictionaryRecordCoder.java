package org.parley.eval.petrarch;

import java.util.Comparator;
import java.util.List;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.coding.CodingMiss;
import org.parley.core.coding.DictionaryEventCoder;
import org.parley.core.coding.SentenceCoding;
import org.parley.nlp.PennTreeSentences;

/**
 * Parley's dictionary coder ({@link DictionaryEventCoder}) on PETRARCH records: each record is coded
 * from its own gold Penn parse, converted to Universal Dependencies by CoreNLP, at the record's
 * date, so the score measures the coder and not a parser. A record without a parse is reported as
 * a miss ({@code NO_PARSE}). Its misses come furthest-reaching first (a verb left one-sided says
 * more than an auxiliary found in no verb family), so a report naming the first shows the telling one.
 *
 * <p>One thread at a time (stateless apart from the immutable dictionaries, in fact).
 */
public final class DictionaryRecordCoder implements RecordCoder {

    /** The coder's name in reports and on the command line. */
    public static final String NAME = "dictionaries";

    private final DictionaryEventCoder coder;
    private final PennTreeSentences trees = new PennTreeSentences();

    public DictionaryRecordCoder(CodingDictionaries dictionaries) {
        this.coder = new DictionaryEventCoder(dictionaries);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Coded code(PetrarchRecord record) {
        if (record.parse().isEmpty()) {
            return new Coded(List.of(), List.of("NO_PARSE"));
        }
        SentenceCoding coding = coder.code(trees.sentence(record.parse()), record.date());
        return new Coded(coding.events().stream()
                .map(e -> new PetrarchRecord.Coding(e.source(), e.target(), e.code())).toList(),
                coding.misses().stream().map(CodingMiss::reason)
                        .sorted(Comparator.reverseOrder()).map(Enum::name).toList());
    }
}
