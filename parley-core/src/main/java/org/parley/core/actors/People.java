package org.parley.core.actors;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.places.PlaceNames;

/** The people met in one article, by normalised full name, each with their knowledge-base terms. Mutable. */
final class People {

    private final OfficeHolders kb;
    private final PersonGrounder grounder;
    private final Map<String, Person> byKey = new LinkedHashMap<>();

    People(OfficeHolders kb, PersonGrounder grounder) {
        this.kb = kb;
        this.grounder = grounder;
    }

    /** The person of this canonical full name, met now if not before. */
    Person meet(String name) {
        return byKey.computeIfAbsent(PlaceNames.normalize(name), k -> new Person(name, kb.termsOf(name), grounder));
    }

    /** The people met so far, in the order they were met. */
    Collection<Person> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /** Fixes the actor of everyone met so far. */
    void groundAll() {
        byKey.values().forEach(Person::actor);
    }
}
