package org.parley.core.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which names are compared: accents stripped (Vietnamese "Bùi Thanh Sơn" and
 * "Bui Thanh Son" meet; "đ" becomes "d", which Unicode does not decompose), lower case, every run
 * of punctuation, hyphens and spaces made one space ("Yoon Suk-yeol" = "Yoon Suk Yeol",
 * "S. Jaishankar" = "S Jaishankar").
 */
final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    static String of(String name) {
        String s = name.replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        // "O'Brien" and "OBrien" should meet, so apostrophes join rather than separate.
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }
}
