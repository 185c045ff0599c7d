package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.TestTags;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class ArticleTermsTest {

    @Test
    void theLeadHoldsTheHeadlineAndTheFirstSentencesWordsAndNamesOnly() {
        AnnotatedText text = text(List.of("police arrest receiver", "receiver failed sobriety test", "team fined lineman"),
                List.of(new EntityMention("Vincent Jackson", new Span(0, 15), EntityType.PERSON, null, 0),
                        new EntityMention("Jamal Williams", new Span(0, 14), EntityType.PERSON, null, 2)));

        ArticleTerms terms = ArticleTerms.of("Chargers receiver arrested", text);

        assertThat(terms.lead()).containsKeys("police", "arrest", "receiver", "sobriety", "chargers", "arrested", "jackson")
                .doesNotContainKeys("team", "fined", "lineman", "williams");
        assertThat(terms.words()).containsKeys("team", "lineman");
        assertThat(terms.names()).containsKeys("jackson", "williams");
    }

    @Test
    void reportsThatShareTheirBackgroundButNotTheirLeadReadLessAlike() {
        Map<String, Integer> body = Map.of("chargers", 3, "arrest", 2, "dui", 2, "suspicion", 1, "season", 1);
        Map<String, Integer> names = Map.of("chargers", 2, "san diego", 1, "jackson", 1, "williams", 1);
        TermWeights w = TermWeights.background();
        TermIds ids = new TermIds();
        TermWeights.Vectors jackson = w.vectors(new ArticleTerms(body, names, Map.of("jackson", 1, "receiver", 1, "arrest", 1)), ids);
        TermWeights.Vectors jacksonAgain = w.vectors(new ArticleTerms(body, names, Map.of("jackson", 1, "receiver", 1, "dui", 1)), ids);
        TermWeights.Vectors williams = w.vectors(new ArticleTerms(body, names, Map.of("williams", 1, "lineman", 1, "dui", 1)), ids);

        assertThat(jackson.similarity(jacksonAgain)).isGreaterThan(jackson.similarity(williams) + 0.1);
    }

    // one token per word, each a noun whose lemma is the word
    private static AnnotatedText text(List<String> sentences, List<EntityMention> entities) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String s : sentences) {
            List<Token> tokens = new ArrayList<>();
            int begin = offset;
            for (String word : s.split(" ")) {
                tokens.add(new Token(word, new Span(offset, offset + word.length()), TestTags.pos("NN"), word, TestTags.entity("O")));
                offset += word.length() + 1;
            }
            out.add(new Sentence(out.size(), new Span(begin, offset - 1), tokens, List.of()));
        }
        return new AnnotatedText("test", out, entities, List.of());
    }
}
