package org.parley.core.places;

import java.text.Normalizer;

/**
 * The key under which place and country names are matched: case, accents, punctuation and a
 * leading "the" do not count, so "the U.S.", "US" and "us" meet, as do "Viet Nam" and "viet nam",
 * "Hà Nội" and "Ha Noi", "Washington, D.C." and "Washington DC".
 *
 * <p>Must agree with {@code norm} in {@code scripts/build-places.mjs}. Thread-safe, stateless.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** The matching key of {@code name}: lower-case ASCII words separated by single spaces. */
    public static String normalize(String name) {
        String text = ascii(name);
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        // One pass instead of regular expressions: the gazetteer normalizes ~15,000 names at load.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(c);
            } else if (c == '&') {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append("and");
                gap = true;
            } else if (!isDropped(c)) {
                gap = true;
            }
        }
        return key.length() > 4 && key.substring(0, 4).equals("the ") ? key.substring(4) : key.toString();
    }

    // Apostrophes and full stops join their neighbours: "U.S." is "us", "Côte d'Ivoire" "cote divoire".
    private static boolean isDropped(char c) {
        return c == '\'' || c == '.' || c == '\u2018' || c == '\u2019' || c == '\u02BB' || c == '\u02BC' || c == '`';
    }

    /** {@code name} in Latin letters without diacritics ("Đà Nẵng" becomes "Da Nang"). */
    public static String ascii(String name) {
        if (isAscii(name)) {
            return name;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            // Letters that Unicode does not decompose into a base letter plus a mark.
            switch (c) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("Th");
                case 'ħ' -> out.append('h');
                case 'Ħ' -> out.append('H');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
