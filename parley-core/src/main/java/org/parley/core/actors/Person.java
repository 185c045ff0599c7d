package org.parley.core.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.PlaceNames;
import org.parley.model.Actor;

/**
 * A person met in one article, with what its full mentions said of them: the title before the name,
 * the country modifier before the title, a role apposition after the name, and the short forms
 * ("Blinken", "Son") that stand for them. Grounded to an {@link Actor} and a {@link Title} by
 * {@link PersonGrounder} the first time either is asked for, which fixes them for the rest of the
 * article. Mutable, one article only; compared by identity.
 */
final class Person {

    private final String name;
    private final List<OfficeTerm> terms;
    private final PersonGrounder grounder;
    private final Set<String> shortKeys = new LinkedHashSet<>();
    private Titles.Match writtenTitle;
    private String appositionRole;
    private String modifierCountry;
    private CameoActorCode dictionaryCode;
    private PersonGrounder.Grounded grounded;

    Person(String name, List<OfficeTerm> terms, PersonGrounder grounder) {
        this.name = name;
        this.terms = terms;
        this.grounder = grounder;
    }

    String name() {
        return name;
    }

    /** The knowledge base's terms of office of the person; empty when it does not know them. */
    List<OfficeTerm> terms() {
        return terms;
    }

    /** The title the text wrote before the name or in a description, or null. */
    Titles.Match writtenTitle() {
        return writtenTitle;
    }

    String appositionRole() {
        return appositionRole;
    }

    String modifierCountry() {
        return modifierCountry;
    }

    /** A title written before a name: kept when it is the first, or more specific than a generic one. */
    void heardTitle(Titles.Match heard) {
        if (writtenTitle == null || writtenTitle.entry().generic() && !heard.entry().generic()) {
            writtenTitle = heard;
        }
    }

    /** A title that only applies when the text gave none ("President Biden" where Biden was met bare). */
    void titleIfNone(Titles.Match heard) {
        if (writtenTitle == null) {
            writtenTitle = heard;
        }
    }

    /** A country modifier ("US", "Vietnamese"): the first one counts. */
    void heardCountry(String alpha3) {
        if (modifierCountry == null) {
            modifierCountry = alpha3;
        }
    }

    /** The actor dictionaries' code of a person the knowledge base does not know, or null. */
    CameoActorCode dictionaryCode() {
        return dictionaryCode;
    }

    /** What the actor dictionaries say of the person at the article's date. */
    void heardDictionary(CameoActorCode code) {
        dictionaryCode = code;
    }

    /** What an apposition says the person is (", head of ..."): the last one counts. */
    void heardApposition(String role) {
        appositionRole = role;
    }

    /** A word that may stand for the person alone. */
    void addShortForm(String word) {
        shortKeys.add(PlaceNames.normalize(word));
    }

    boolean answersTo(String word) {
        return shortKeys.contains(PlaceNames.normalize(word));
    }

    /** The grounded actor; grounded on the first call and fixed from then on. */
    Actor actor() {
        return grounded().actor();
    }

    /** The title the article gives the person, grounded with the actor; empty when it gives none. */
    Optional<Title> title() {
        return grounded().title();
    }

    private PersonGrounder.Grounded grounded() {
        if (grounded == null) {
            grounded = grounder.ground(this);
        }
        return grounded;
    }
}
