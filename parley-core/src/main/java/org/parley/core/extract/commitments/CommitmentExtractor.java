package org.parley.core.extract.commitments;

import java.util.List;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.dates.EventDating;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Commitment;

/**
 * Reads the commitments an article reports as made: agreements, memoranda (MOU, MOC), pledges,
 * funding packages, loans and grants, each with its parties, amount, topics, date and sentence.
 *
 * <p>The passes, in order (each states what it reads and adds; {@link CommitmentPasses} checks
 * the order when the extractor is built):
 * <ol>
 *   <li>{@link BodySentences}: the sentences of the body (no photo captions, no headline);</li>
 *   <li>{@link AmountFinder}: the amounts of money of each, by token range;</li>
 *   <li>{@link FrameReading}: the frames, in priority order: {@link SignedDocumentFrame} ("signed
 *       a $500 million MOU"), {@link MoneyGivenFrame} ("pledged $120 million"),
 *       {@link FundingNounFrame} ("a package of $4 million"), with the parties of
 *       {@link Parties}, the {@link Modality} of the verb, the kind of {@link CommitmentKinds}
 *       and the {@link Titles} of documents;</li>
 *   <li>{@link SameCommitmentMerge}: mentions of one commitment merged into the first;</li>
 *   <li>{@link CommitmentAssembly}: dated, with {@link org.parley.core.extract.TopicLexicon topics} and evidence.</li>
 * </ol>
 * Not commitments: amounts outside these frames (trade volumes, GDP, budgets, "a first tranche of
 * $30 million will go to ..."), counts ("2.2 million people"), negated verbs ("did not sign"),
 * hypothetical or planned ones ("could provide", "plans to sign", "will sign"), and any without a
 * party among the given actor mentions. The words the frames read are in
 * {@code commitment-words.tsv}.
 *
 * <p>Thread-safe if the dater is: it holds no other state.
 */
public final class CommitmentExtractor {

    /** The kinds a commitment can have; this extractor emits all but {@code other}. */
    public static final List<String> KINDS = List.of("agreement", "mou", "moc", "pledge", "funding", "loan", "grant",
            "other");

    private final CommitmentPasses passes;

    public CommitmentExtractor(EventDating dater) {
        this.passes = new CommitmentPasses(List.of(new BodySentences(), new AmountFinder(), new FrameReading(),
                new SameCommitmentMerge(), new CommitmentAssembly(dater)));
    }

    /**
     * @param article the article (its clean text and id are cited as evidence)
     * @param text    its annotation
     * @param actors  the resolved actor mentions of the article (any order)
     * @return its commitments in text order
     */
    public List<Commitment> extract(Article article, AnnotatedText text, List<ActorMention> actors) {
        return extract(ArticleAnalysis.of(article, text), actors);
    }

    /**
     * @param analysis the article's analysis (the frames read its sections, graphs and predicates)
     * @param actors   the resolved actor mentions of the article (any order)
     * @return its commitments in text order
     */
    public List<Commitment> extract(ArticleAnalysis analysis, List<ActorMention> actors) {
        return passes.run(CommitmentReading.start(analysis, actors)).commitments();
    }
}
