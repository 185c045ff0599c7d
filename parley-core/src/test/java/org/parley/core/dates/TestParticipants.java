package org.parley.core.dates;

import java.util.Optional;
import org.parley.core.actors.Title;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** Participants as the actor stage hands them to the dater: people with the title the text gives them. */
final class TestParticipants {

    static final Participant BLINKEN = person("Antony Blinken", "Secretary of State", OfficeTerm.FOREIGN_MINISTER,
            "USA");
    static final Participant SON = person("Bui Thanh Son", "Foreign Minister", OfficeTerm.FOREIGN_MINISTER, "VNM");

    private TestParticipants() {
    }

    /** A person of the government whose title, {@code words}, names {@code office} (null: none). */
    static Participant person(String name, String words, String office, String country) {
        return new Participant(new Actor(name, ActorKind.PERSON, words, country, "GOV"),
                Optional.of(new Title(words, office, country, "GOV")));
    }
}
