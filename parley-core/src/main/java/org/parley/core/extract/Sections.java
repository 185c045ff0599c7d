package org.parley.core.extract;

import java.util.List;
import java.util.Set;
import org.parley.model.Token;

/**
 * Numbers the sections of the article: a heading (a short sentence that does not end like one,
 * and is not a photo caption) starts a new section. Reads {@code SENTENCES}; adds {@code SECTIONS}.
 */
final class Sections implements EventPass {

    private static final int MAX_HEADING_TOKENS = 15;
    /** How a sentence, unlike a heading, ends. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "\"", "”", "’", "'", ")", ":", "|");

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.SENTENCES), Set.of(Fact.SECTIONS));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<ArticleSentence> sentences = article.sentences();
        int[] sectionOf = new int[sentences.size()];
        int section = 0;
        for (int s = 0; s < sentences.size(); s++) {
            // a caption ("Photo: Ministry of Foreign Affairs |") is not a section heading
            if (!sentences.get(s).caption() && isHeading(sentences.get(s).graph().sentence().tokens())) {
                section++;
            }
            sectionOf[s] = section;
        }
        article.setSections(sectionOf);
    }

    private static boolean isHeading(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_HEADING_TOKENS) {
            return false;
        }
        return !SENTENCE_ENDS.contains(tokens.get(tokens.size() - 1).word());
    }
}
