package org.parley.core.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which place and country names are matched: case, accents, punctuation and a
 * leading "the" do not count, so "the U.S.", "US" and "us" meet, as do "Viet Nam" and "viet nam",
 * "Hà Nội" and "Ha Noi", "Washington, D.C." and "Washington DC".
 *
 * <p>Must agree with {@code norm} in {@code scripts/build-places.mjs}. Thread-safe, stateless.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['.‘’ʻʼ`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private PlaceNames() {
    }

    /** The matching key of {@code name}: lower-case ASCII words separated by single spaces. */
    public static String normalize(String name) {
        String text = ascii(name).toLowerCase(Locale.ROOT).replace("&", " and ");
        text = DROPPED.matcher(text).replaceAll("");
        text = SEPARATORS.matcher(text).replaceAll(" ").strip();
        return text.startsWith("the ") ? text.substring(4) : text;
    }

    /** {@code name} in Latin letters without diacritics ("Đà Nẵng" becomes "Da Nang"). */
    public static String ascii(String name) {
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
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
}
