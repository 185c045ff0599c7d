package org.parley.eval.petrarch;

import java.util.List;

/**
 * Codes one PETRARCH record into (source, target, code) triples, given everything the record holds
 * (text, date, gold parse): the seam for coders that code actors too.
 *
 * <p>Contract: never null; one thread at a time.
 */
public interface RecordCoder {

    /** What a coder made of one record: its codings, and why it left verbs uncoded (reason names). */
    record Coded(List<PetrarchRecord.Coding> codings, List<String> misses) {
        public Coded {
            codings = List.copyOf(codings);
            misses = List.copyOf(misses);
        }
    }

    String name();

    Coded code(PetrarchRecord record);

    /** A code-only coder as a record coder: its events have no actors. */
    static RecordCoder of(CameoCoder coder) {
        return new RecordCoder() {
            @Override
            public String name() {
                return coder.name();
            }

            @Override
            public Coded code(PetrarchRecord record) {
                return new Coded(coder.cameoCodes(record.text()).stream()
                        .map(c -> new PetrarchRecord.Coding("", "", c)).toList(), List.of());
            }
        };
    }
}
