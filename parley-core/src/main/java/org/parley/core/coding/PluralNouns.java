package org.parley.core.coding;

/**
 * The regular English plural PETRARCH generates for dictionary nouns: {@code POLICY} →
 * {@code POLICIES}, {@code CONGRESS} → {@code CONGRESSES}, otherwise {@code +S}; only the last word
 * of a phrase changes.
 */
final class PluralNouns {

    private PluralNouns() {
    }

    static String plural(String phrase) {
        String p = phrase.strip();
        if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("CH") || p.endsWith("SH")) {
            return p + "ES";
        }
        return p + "S";
    }
}
