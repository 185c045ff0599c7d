package org.parley.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.TestTags;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class DependencyGraphTest {

    /** "The MOU was signed with Japan that ..." as word/POS/lemma/relation/governor. */
    private static final DependencyGraph SIGNED = graph("The/DT/the/det/1", "MOU/NN/mou/nsubj:pass/3",
            "was/VBD/be/aux:pass/3", "Signed/VBN/sign/root/-1", "with/IN/with/case/5", "Japan/NNP/japan/obl/3",
            "which/WDT/which/nsubj/7", "helps/VBZ/help/acl:relcl/5");

    @Test
    void wholeRelationNamesAndSubtypesAreMatchedApart() {
        assertThat(SIGNED.children(3, "nsubj")).isEmpty();
        assertThat(SIGNED.children(3, "nsubj:pass", "obl")).containsExactly(1, 5);
        assertThat(SIGNED.childrenWithSubtypes(3, "nsubj")).containsExactly(1);
        assertThat(SIGNED.baseRelation(2)).isEqualTo("aux");
    }

    @Test
    void readsTheTreeAndTheWords() {
        assertThat(SIGNED.root()).isEqualTo(3);
        assertThat(SIGNED.governor(3)).isEqualTo(-1);
        assertThat(SIGNED.word(3)).isEqualTo("Signed");
        assertThat(SIGNED.lower(3)).isEqualTo("signed");
        assertThat(SIGNED.lemma(2)).isEqualTo("be");
        assertThat(SIGNED.caseLemma(5)).isEqualTo("with");
        assertThat(SIGNED.isVerb(3)).isTrue();
        assertThat(SIGNED.isNoun(5)).isTrue();
    }

    @Test
    void aPhraseStopsAtARelativeClauseButTheSubtreeDoesNot() {
        assertThat(SIGNED.phrase(5)).containsExactly(4, 5);
        assertThat(SIGNED.subtree(5)).containsExactly(4, 5, 6, 7);
    }

    @Test
    void anEdgeOutsideTheSentenceIsIgnored() {
        DependencyGraph g = graph("Alpha/NNP/alpha/nsubj/1", "signed/VBD/sign/root/-1", "./././punct/9");
        assertThat(g.governor(2)).isEqualTo(-1);
        assertThat(g.relation(2)).isEmpty();
        assertThat(g.childrenWithSubtypes(1, "nsubj")).containsExactly(0);
    }

    @Test
    void wordsAndLemmasAreLowerCasedAndAMissingLemmaIsTheWord() {
        DependencyGraph g = graph("Kyiv/NNP/-/nsubj/1", "HOSTED/VBD/Host/root/-1", "talks/NNS/talk/obj/1");
        assertThat(g.lower(0)).isEqualTo("kyiv");
        assertThat(g.lemma(0)).isEqualTo("kyiv");
        assertThat(g.lower(1)).isEqualTo("hosted");
        assertThat(g.lemma(1)).isEqualTo("host");
        assertThat(g.word(1)).isEqualTo("HOSTED");
        assertThat(g.lemma(2)).isEqualTo("talk");
    }

    // a lemma written "-" stands for none given by the tagger
    private static DependencyGraph graph(String... specs) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < specs.length; i++) {
            String[] f = specs[i].split("/");
            Span span = new Span(offset, offset + f[0].length());
            tokens.add(new Token(f[0], span, TestTags.pos(f[1]), f[2].equals("-") ? null : f[2], EntityType.NONE));
            offset += f[0].length() + 1;
            deps.add(new Dependency(f[3], Integer.parseInt(f[4]), i));
        }
        return new DependencyGraph(new Sentence(0, new Span(0, offset - 1), tokens, deps));
    }
}
