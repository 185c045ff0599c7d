package org.parley.core.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.ArticleSections;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;

/**
 * Finds every reference to a political actor in an annotated article and resolves it to a grounded
 * {@link Actor}: people (with the role the text or the office-holders knowledge base gives them),
 * organisations, countries (by name, demonym, abbreviation or capital used as an agent), and the
 * short forms, descriptions, groups and pronouns that stand for them within the article.
 *
 * <p>Input: the article (for its publication date, the reference date of the knowledge base), its
 * annotation (tokens with part-of-speech and entity tags; dependency parses are not used) and its
 * sections, as its {@link ArticleAnalysis} holds them.
 * Output: {@link ActorMention}s in text order, each covering whole tokens; mentions never overlap,
 * except that a group yields one mention per member with the same tokens.
 *
 * <p>Precision over recall: a short form, description or pronoun is resolved only when one
 * antecedent fits; otherwise it is left out. The work is done by the passes of {@link ActorPasses},
 * in the order declared there.
 *
 * <p>Built once, immutable and thread-safe: each call keeps its state in a fresh
 * {@link ArticleReading}.
 */
public final class ActorResolver {

    private final OfficeHolders officeHolders;
    private final ActorPasses passes;

    public ActorResolver(OfficeHolders officeHolders, Countries countries, Gazetteer gazetteer) {
        this.officeHolders = Objects.requireNonNull(officeHolders, "officeHolders");
        this.passes = ActorPasses.standard(officeHolders, Objects.requireNonNull(countries, "countries"),
                Objects.requireNonNull(gazetteer, "gazetteer"), Organizations.bundled());
    }

    /** A resolver over the bundled knowledge base, countries and gazetteer. */
    public static ActorResolver bundled() {
        return new ActorResolver(OfficeHolders.bundled(), Countries.bundled(), Gazetteer.bundled());
    }

    /**
     * Every actor reference of the article, in text order. The knowledge base is queried at the
     * article's publication date when it is known, else without a date (then the term consistent
     * with the title in the text is preferred).
     */
    public List<ActorMention> resolve(Article article, AnnotatedText text) {
        return resolve(ArticleAnalysis.of(article, text));
    }

    /**
     * Every actor reference of an analysed article, as {@link #resolve(Article, AnnotatedText)}
     * gives them; the passes read the analysis's annotation and sections (photo captions known).
     */
    public List<ActorMention> resolve(ArticleAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        return passes.read(analysis.text(), analysis.sections(),
                analysis.article().published().localDate().orElse(null));
    }

    /**
     * Every actor reference of an annotated text whose article is not at hand (captions unknown),
     * with {@code referenceDate} (may be null) as the date at which office-holders are looked up.
     */
    public List<ActorMention> resolve(AnnotatedText text, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text");
        return passes.read(text, ArticleSections.of(text), referenceDate);
    }

    /**
     * The person re-grounded at {@code date}: the role they held that day according to the
     * knowledge base (the same office as their current role when they held several). When the
     * knowledge base knows the person but they held none of its offices that day, the role is
     * dropped if it was one of their knowledge-base roles; a role the knowledge base does not cover
     * ("Ambassador") is kept. Non-persons and people unknown to the knowledge base are returned as
     * they are.
     */
    public Actor atDate(Actor person, LocalDate date) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        if (person.kind() != ActorKind.PERSON) {
            return person;
        }
        List<OfficeTerm> terms = officeHolders.termsOf(person.name());
        if (terms.isEmpty()) {
            return person;
        }
        List<OfficeTerm> active = terms.stream().filter(t -> t.isActiveOn(date)).toList();
        Optional<OfficeTerm> sameRole = active.stream().filter(t -> Titles.roleOf(t).equals(person.role())).findFirst();
        Optional<OfficeTerm> chosen = sameRole.or(() -> active.stream().max(Comparator.comparing(OfficeTerm::start)));
        if (chosen.isPresent()) {
            OfficeTerm t = chosen.get();
            return new Actor(person.name(), ActorKind.PERSON, Titles.roleOf(t), t.country(), t.sector());
        }
        boolean roleFromKb = terms.stream().anyMatch(t -> Titles.roleOf(t).equals(person.role()));
        return roleFromKb ? new Actor(person.name(), ActorKind.PERSON, null, person.country(), person.sector())
                : person;
    }
}
