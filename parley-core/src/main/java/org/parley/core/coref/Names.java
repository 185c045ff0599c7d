package org.parley.core.coref;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Compares names by their words, so that a short form meets the full one ("Obama", "Barack Obama"). */
final class Names {

    /** Words this short ("of", "st", initials) say nothing about who is named; whole names always count. */
    private static final int MIN_WORD = 3;

    private Names() {
    }

    static boolean anyCommon(Set<String> x, Set<String> y) {
        return !x.isEmpty() && !y.isEmpty() && !Collections.disjoint(keys(x), keys(y));
    }

    private static Set<String> keys(Set<String> names) {
        Set<String> keys = new HashSet<>(names);
        for (String name : names) {
            for (String w : name.split("[\\s.\\-']+")) {
                if (w.length() >= MIN_WORD) {
                    keys.add(w);
                }
            }
        }
        return keys;
    }
}
