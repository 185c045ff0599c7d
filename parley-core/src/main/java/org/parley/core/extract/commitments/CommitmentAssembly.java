package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.core.dates.Participant;
import org.parley.core.extract.TopicLexicon;
import org.parley.model.Commitment;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Sentence;

/**
 * Reads {@link Fact#MERGED_DRAFTS} and {@link Fact#ACTOR_MENTIONS}, adds {@link Fact#COMMITMENTS}:
 * each draft dated by the {@link EventDating} (its verb or noun as trigger, its parties with the
 * titles of their actor mentions as participants), with its topics ({@link TopicLexicon} of its
 * sentence with the actors' names left out, plus its title) and its sentence as evidence. Thread-safe if the dater is.
 */
final class CommitmentAssembly extends CommitmentPass {

    private static final TopicLexicon TOPICS = TopicLexicon.bundled();

    private final EventDating dater;

    CommitmentAssembly(EventDating dater) {
        super(Set.of(Fact.MERGED_DRAFTS, Fact.ACTOR_MENTIONS), Set.of(Fact.COMMITMENTS));
        this.dater = Objects.requireNonNull(dater, "dater");
    }

    @Override
    CommitmentReading apply(CommitmentReading r) {
        List<Commitment> out = new ArrayList<>();
        for (Draft d : r.drafts()) {
            Sentence s = r.text().sentences().stream().filter(x -> x.index() == d.sentence()).findFirst().orElseThrow();
            String sentenceText = s.text(r.clean());
            EventDate date = dater.date(r.analysis(), d.sentence(), d.trigger(), Participant.of(d.parties(), r.actors()),
                    false);
            List<String> topics = TOPICS.topicsOf(withoutActorNames(sentenceText, s, r.actors())
                    + (d.title() == null ? "" : " " + d.title()));
            out.add(new Commitment(d.kind(), d.title(), d.parties(), d.amount(), date, topics,
                    new Evidence(r.article().id(), r.article().doc(), s.index(), s.span(), sentenceText)));
        }
        return r.withCommitments(out);
    }

    /** The sentence with actor names blanked: "Ministry of Planning and Investment" is no investment topic. */
    private static String withoutActorNames(String sentenceText, Sentence s, List<ActorMention> actors) {
        char[] chars = sentenceText.toCharArray();
        int base = s.span().begin();
        for (ActorMention m : actors) {
            if (m.sentence() == s.index()) {
                for (int c = Math.max(0, m.span().begin() - base); c < Math.min(chars.length, m.span().end() - base); c++) {
                    chars[c] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
