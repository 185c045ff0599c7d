package org.parley.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleSections.Section;
import org.parley.core.analysis.Predicate.Cue;
import org.parley.core.TestTags;
import org.parley.model.EntityType;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Dependency;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.model.Token;

class ArticleAnalysisTest {

    /** Tokens as word/POS/lemma/relation/governor. */
    private static final String[] WOULD_NOT_MEET = {"France/NNP/france/nsubj/3", "would/MD/would/aux/3",
            "n't/RB/not/advmod/3", "meet/VB/meet/root/-1", "Iran/NNP/iran/obj/3", "./././punct/3"};
    private static final String[] FAILED_TO_REACH = {"Syria/NNP/syria/nsubj/1", "failed/VBD/fail/root/-1",
            "to/TO/to/mark/3", "reach/VB/reach/xcomp/1", "a/DT/a/det/5", "deal/NN/deal/obj/3", "./././punct/1"};
    private static final String[] SAID_IT_WOULD_WITHDRAW = {"Iran/NNP/iran/nsubj/1", "said/VBD/say/root/-1",
            "it/PRP/it/nsubj/4", "would/MD/would/aux/4", "withdraw/VB/withdraw/ccomp/1", "unless/IN/unless/mark/4",
            "./././punct/1"};
    private static final String[] CAPTION = {"Photo/NN/photo/root/-1", "Reuters/NNP/reuters/dep/0"};

    @Test
    void holdsTheSectionsAGraphPerSentenceAndAPredicatePerToken() {
        Built b = new Built().sentence(WOULD_NOT_MEET).sentence(CAPTION).caption().sentence(FAILED_TO_REACH);
        ArticleAnalysis analysis = ArticleAnalysis.of(b.article(), b.text);

        assertThat(analysis.sentenceCount()).isEqualTo(3);
        assertThat(analysis.sections().of(1)).as("captions known from the clean text").isEqualTo(Section.CAPTION);
        assertThat(analysis.graph(2).sentence()).isSameAs(b.text.sentences().get(2));
        assertThat(analysis.graph(2).governor(3)).isEqualTo(1);
        assertThat(analysis.predicates(0)).hasSize(WOULD_NOT_MEET.length)
                .extracting(Predicate::token).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(analysis.predicate(2, 3)).extracting(Predicate::sentence, Predicate::lemma)
                .containsExactly(2, "reach");
    }

    @Test
    void readsTheNegationAndAuxiliariesOfAPredicate() {
        Predicate meet = analysis(WOULD_NOT_MEET).predicate(0, 3);

        assertThat(meet.governor()).as("the root").isNull();
        assertThat(meet.auxiliaries()).extracting(Cue::word).containsExactly("would");
        assertThat(meet.negations()).containsExactly(new Cue(2, "n't", "not", "advmod"));
        assertThat(meet.marks()).isEmpty();
        assertThat(analysis(WOULD_NOT_MEET).predicate(0, 4).negations()).isEmpty();
    }

    @Test
    void aComplementKnowsItsGovernorAndRelation() {
        Predicate reach = analysis(FAILED_TO_REACH).predicate(0, 3);

        assertThat(reach.governor()).isEqualTo(new Cue(1, "failed", "fail", "xcomp"));
        assertThat(reach.complementOf(Set.of("fail"), "xcomp")).isTrue();
        assertThat(reach.complementOf(Set.of("fail"), "ccomp")).isFalse();
        assertThat(reach.complementOf(Set.of("plan"), "xcomp")).isFalse();
        assertThat(reach.marks()).extracting(Cue::word).containsExactly("to");
        assertThat(reach.reported()).isFalse();
    }

    @Test
    void whatAReportingVerbSaysIsReportedWithItsCondition() {
        Predicate withdraw = analysis(SAID_IT_WOULD_WITHDRAW).predicate(0, 4);

        assertThat(withdraw.reported()).isTrue();
        assertThat(withdraw.marks()).extracting(Cue::lemma).containsExactly("unless");
        assertThat(analysis(SAID_IT_WOULD_WITHDRAW).predicate(0, 1).reported()).as("the reporting verb").isFalse();
    }

    @Test
    void anyDependentByNegIsANegation() {
        Predicate signed = analysis("Alpha/NNP/alpha/nsubj/1", "signed/VBD/sign/root/-1", "hardly/RB/hardly/neg/1")
                .predicate(0, 1);
        assertThat(signed.negations()).extracting(Cue::word).containsExactly("hardly");
    }

    private static ArticleAnalysis analysis(String... tokens) {
        Built b = new Built().sentence(tokens);
        return ArticleAnalysis.of(b.article(), b.text);
    }

    /** A hand-parsed article: sentences of word/POS/lemma/relation/governor tokens. */
    private static final class Built {
        private final StringBuilder clean = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Span> captions = new ArrayList<>();
        private AnnotatedText text;

        Built sentence(String... specs) {
            if (!clean.isEmpty()) {
                clean.append(' ');
            }
            int begin = clean.length();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (int i = 0; i < specs.length; i++) {
                String[] f = specs[i].split("/");
                if (i > 0) {
                    clean.append(' ');
                }
                tokens.add(new Token(f[0], new Span(clean.length(), clean.length() + f[0].length()), TestTags.pos(f[1]), f[2], EntityType.NONE));
                clean.append(f[0]);
                deps.add(new Dependency(f[3], Integer.parseInt(f[4]), i));
            }
            sentences.add(new Sentence(sentences.size(), new Span(begin, clean.length()), tokens, deps));
            text = new AnnotatedText("hand-built", List.copyOf(sentences), List.of(), List.of());
            return this;
        }

        /** Marks the last sentence as a photo caption. */
        Built caption() {
            captions.add(sentences.get(sentences.size() - 1).span());
            return this;
        }

        Article article() {
            String body = clean.toString();
            RawArticle raw = RawArticle.text(Origin.file("in/test.txt", "test.txt"), SourceFormat.TEXT, body);
            return new Article(new ArticleId("0123456789abcdef"), null, raw,
                    new CleanText(body, captions, List.of(), OffsetMap.identity(body.length())), "en",
                    PublicationDate.UNKNOWN, ArticleStatus.ANNOTATED, null, Instant.EPOCH);
        }
    }
}
