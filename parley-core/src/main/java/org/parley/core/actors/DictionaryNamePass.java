package org.parley.core.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityType;
import org.parley.model.Token;

/**
 * Names Parley's own lists do not know, grounded with the actor dictionaries ({@link DictionaryActors})
 * at the article's date. Reads the organisation references and the unclaimed tokens. An organisation
 * the earlier passes left without a country and Parley's list does not know takes the dictionary's
 * country and sector when its whole name is a dictionary name ("Hamas" → PSE REB). An unclaimed run
 * becomes a reference when it is a dictionary name standing for more than a place: written as a proper
 * name — every word capitalised, or a lower-case particle inside ("Hamad bin Khalifa al-Thani") — and,
 * for a single word, tagged as a name or a proper noun past the sentence's first word, so that no
 * common word ("Congress" opening a sentence aside) grounds an actor by accident. A run opened by a
 * title is a description, unless it ends in a word tagged as a person's name ("President Bush").
 */
final class DictionaryNamePass extends ClaimingPass {

    private static final Set<EntityType> NAME_TAGS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.MISC);

    private final DictionaryActors dictionary;
    private final Organizations organizations;

    DictionaryNamePass(DictionaryActors dictionary, Organizations organizations) {
        super(new Contract(Set.of(ReadingFact.ORGANIZATIONS, ReadingFact.COUNTRIES), ReadingFact.DICTIONARY_NAMES));
        this.dictionary = dictionary;
        this.organizations = organizations;
    }

    @Override
    public void read(ArticleReading r, int s) {
        groundOrganizations(r, s);
        scan(r, s);
    }

    /** An unclaimed run the dictionaries name, written as a name and standing for more than a place. */
    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        Optional<DictionaryActors.NameFound> found = TokenRuns.startsUpper(toks.get(i).word())
                ? dictionary.nameAt(r.dictionaryWords(s), i, r.date()) : Optional.empty();
        if (found.isEmpty() || !actorName(r, s, i, found.get())) {
            return Step.nothingAt(i);
        }
        int end = i + found.get().length();
        CameoActorCode code = found.get().code();
        ActorKind kind = toks.subList(i, end).stream().anyMatch(TokenRuns::isPersonTag) ? ActorKind.PERSON
                : ActorKind.ORGANIZATION;
        return Step.found(Reference.toActor(s, i, end, ActorMention.Basis.NAMED,
                new Actor(TokenRuns.written(toks, i, end), kind, null, code.country(), code.sector())));
    }

    /** Organisations named by a run of tags, without a country: the dictionary's, when it names them whole. */
    private void groundOrganizations(ArticleReading r, int s) {
        List<Reference> found = r.references();
        for (int k = 0; k < found.size(); k++) {
            Reference f = found.get(k);
            Actor a = f.actor();
            if (f.sentence() != s || a == null || a.kind() != ActorKind.ORGANIZATION || a.country() != null
                    || f.basis() != ActorMention.Basis.NAMED || organizations.byName(a.name()).isPresent()) {
                continue;
            }
            Optional<CameoActorCode> code = dictionary.named(List.of(a.name().split(" ")), r.date())
                    .filter(c -> !c.placeOnly());
            if (code.isPresent()) {
                String sector = code.get().sector() != null ? code.get().sector() : a.sector();
                r.replace(k, new Reference(s, f.begin(), f.end(), f.basis(), null,
                        new Actor(a.name(), a.kind(), a.role(), code.get().country(), sector), f.group()));
            }
        }
    }

    /** Whether the unclaimed run a dictionary name covers is written as a name and stands for an actor. */
    private static boolean actorName(ArticleReading r, int s, int i, DictionaryActors.NameFound found) {
        int end = i + found.length();
        List<Token> toks = r.tokens(s);
        // "the Secretary of State" is a description of someone met: the description pass's; a
        // title the dictionary names with a person's name ("President Bush") is that person
        boolean titleOfName = found.length() > 1 && TokenRuns.isPersonTag(toks.get(end - 1));
        if (found.code().placeOnly() || r.claimedAny(s, i, end) || !TokenRuns.nameLike(toks, i, end)
                || Titles.isTitleWord(toks.get(i).word()) && !titleOfName
                || !TokenRuns.startsUpper(toks.get(end - 1).word())) {
            return false;
        }
        if (found.length() == 1) {
            Token t = toks.get(0 + i);
            return NAME_TAGS.contains(t.ner()) || (i > 0 && t.pos().isProperNoun());
        }
        return true;
    }
}
