package org.parley.core;

import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;

/**
 * Tags as the test fixtures write them, short: a Penn Treebank tag ({@code NNP}, {@code VBD}) for a
 * part of speech, an {@link EntityType} name or {@code O} (none) for an entity type. A tag that is
 * neither fails, so a typo in a fixture does not pass silently as OTHER.
 */
public final class TestTags {

    private TestTags() {
    }

    public static PartOfSpeech pos(String penn) {
        PartOfSpeech pos = PartOfSpeech.fromPenn(penn);
        if (pos == PartOfSpeech.OTHER) {
            throw new IllegalArgumentException("not a Penn Treebank tag: " + penn);
        }
        return pos;
    }

    public static EntityType entity(String tag) {
        return tag.equals("O") ? EntityType.NONE : EntityType.valueOf(tag);
    }
}
