package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.TestTags;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/** Hand-written parsed sentences for the coding tests. */
final class TestSentences {

    private TestSentences() {
    }

    /**
     * A sentence from "word/TAG" or "word/TAG/lemma" tokens and "relation governor dependent" edges
     * (without a lemma: the word lower-cased, "gave" → give, "visited" → visit).
     */
    static Sentence sentence(String tagged, String... edges) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String wt : tagged.split(" ")) {
            String[] parts = wt.split("/");
            String word = parts[0];
            String lemma = parts.length > 2 ? parts[2]
                    : word.equals("gave") ? "give" : word.equals("visited") ? "visit" : word.toLowerCase();
            tokens.add(new Token(word, new Span(offset, offset + word.length()), TestTags.pos(parts[1]), lemma,
                    EntityType.NONE));
            offset += word.length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] p = e.split(" ");
            deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return new Sentence(0, new Span(0, offset - 1), tokens, deps);
    }
}
