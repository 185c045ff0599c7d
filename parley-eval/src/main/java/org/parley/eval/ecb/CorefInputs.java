package org.parley.eval.ecb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.coref.Arguments;
import org.parley.core.coref.CorefMention;
import org.parley.core.coref.SentenceArguments;
import org.parley.core.coref.Trigger;
import org.parley.core.coref.WordClass;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Turns ECB+ gold mentions into the engine-free input of Parley's event coreference: the head's
 * lemma and word class, and the arguments of its sentence where the mention is located in Parley's
 * annotation ({@link EcbCorefRun#locate}); a mention not located (titles) gets its words' typical
 * reading and no arguments.
 */
final class CorefInputs {

    private CorefInputs() {
    }

    static List<CorefMention> of(List<EcbCorefRun.GoldMention> mentions, Map<String, AnnotatedCorpus.Item> byDoc,
                                 EcbCorefRun.Lexicon lexicon, SentenceArguments arguments) {
        List<CorefMention> out = new ArrayList<>();
        for (EcbCorefRun.GoldMention m : mentions) {
            AnnotatedCorpus.Item item = byDoc.get(m.doc());
            EcbCorefRun.Located where = item == null ? null : EcbCorefRun.locate(m, item);
            if (where == null) {
                Token head = lexicon.headToken(m.text());
                out.add(new CorefMention(m.key(), m.doc(), -1, trigger(head, lexicon.tokens(m.text())), Arguments.NONE,
                        item == null ? null : published(item)));
                continue;
            }
            Token head = EcbCorefRun.head(where.tokens());
            Sentence sentence = item.text().sentences().get(where.sentence());
            int index = sentence.tokens().indexOf(head);
            out.add(new CorefMention(m.key(), m.doc(), where.sentence(), trigger(head, where.tokens()),
                    arguments.around(sentence, index, item.text().entities(), item.text().times()), published(item)));
        }
        return out;
    }

    private static LocalDate published(AnnotatedCorpus.Item item) {
        return item.article().published() instanceof PublicationDate.Dated dated ? dated.date() : null;
    }

    private static Trigger trigger(Token head, List<Token> words) {
        List<String> lemmas = words.stream().map(EcbCorefRun::lemmaOf).toList();
        return new Trigger(EcbCorefRun.lemmaOf(head), WordClass.of(head.pos()), String.join(" ", lemmas));
    }
}
