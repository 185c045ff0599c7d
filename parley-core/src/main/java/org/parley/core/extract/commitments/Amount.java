package org.parley.core.extract.commitments;

import java.util.Set;
import org.parley.model.Money;

/**
 * An amount of money in a sentence.
 *
 * @param begin its first token
 * @param end   the token after its last
 * @param money its normalised value
 */
record Amount(int begin, int end, Money money) {

    /** Whether one of its tokens is among {@code tokens}. */
    boolean within(Set<Integer> tokens) {
        for (int i = begin; i < end; i++) {
            if (tokens.contains(i)) {
                return true;
            }
        }
        return false;
    }

    boolean covers(int token) {
        return token >= begin && token < end;
    }
}
