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
 * annotation ({@link EcbCorefRun#locate}) — a title's mention (ECB+ sentence 0) in the annotated
 * title ({@link EcbTitles}), any other in the body; a mention not located gets its words' typical
 * reading and no arguments.
 */
final class CorefInputs {

    private CorefInputs() {
    }

    static List<CorefMention> of(List<EcbCorefRun.GoldMention> mentions, Map<String, AnnotatedCorpus.Item> byDoc,
                                 Map<String, AnnotatedCorpus.Item> titles, EcbCorefRun.Lexicon lexicon,
                                 SentenceArguments arguments) {
        List<CorefMention> out = new ArrayList<>();
        for (EcbCorefRun.GoldMention m : mentions) {
            AnnotatedCorpus.Item item = byDoc.get(m.doc());
            AnnotatedCorpus.Item title = titles.get(m.doc());
            // ECB+ sentence 0 is the title: look for it there only, not at a like word of the body
            AnnotatedCorpus.Item where = m.sentence() == 0 ? title : item;
            EcbCorefRun.Located at = where == null ? null : EcbCorefRun.locate(m, where);
            LocalDate published = item == null ? null : published(item);
            if (at == null) {
                Token head = lexicon.headToken(m.text());
                out.add(new CorefMention(m.key(), m.doc(), -1, trigger(head, lexicon.tokens(m.text())), Arguments.NONE,
                        published));
                continue;
            }
            Token head = EcbCorefRun.head(at.tokens());
            Sentence sentence = where.text().sentences().get(at.sentence());
            int index = sentence.tokens().indexOf(head);
            // one numbering per document: the title's sentences first, then the body's
            int number = where == title || title == null ? at.sentence()
                    : title.text().sentences().size() + at.sentence();
            out.add(new CorefMention(m.key(), m.doc(), number, trigger(head, at.tokens()),
                    arguments.around(sentence, index, where.text().entities(), where.text().times()), published));
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
