package org.parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one verb line of a family: {@code SAY {SAID SAYING} [010]}, {@code +CORDON_OFF},
 * {@code WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}}. In a multi-word verb the word marked '+' is the
 * one the parser tags as the verb; without braces the regular forms of that word are generated
 * ({@code -S}, {@code -ED}, {@code -ING}), as PETRARCH does.
 */
final class VerbLineParser {

    private VerbLineParser() {
    }

    static VerbForm parse(String line, String family) {
        String text = line.toUpperCase(Locale.ROOT);
        EventCode code = null;
        int open = text.lastIndexOf('[');
        if (open >= 0) {
            int close = text.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("verb line '" + line + "' has an unclosed '['");
            }
            code = EventCode.parse(text.substring(open + 1, close));
            text = text.substring(0, open);
        }
        List<String> listed = new ArrayList<>();
        int brace = text.indexOf('{');
        if (brace >= 0) {
            int end = text.indexOf('}', brace);
            if (end < 0) {
                throw new IllegalArgumentException("verb line '" + line + "' has an unclosed '{'");
            }
            listed.addAll(List.of(text.substring(brace + 1, end).strip().split("\\s+")));
            text = text.substring(0, brace);
        }
        // "LASH OUT" written with a space means the same as "+LASH_OUT"
        String[] heads = {text.strip().replaceAll("\\s+", "_")};
        if (heads[0].isEmpty()) {
            throw new IllegalArgumentException("expected one verb (with its forms in {...}) in '" + line + "'");
        }
        Parts primary = Parts.of(heads[0]);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(primary.verb);
        if (brace >= 0) {
            listed.stream().filter(s -> !s.isBlank()).forEach(s -> forms.add(Parts.of(s).verb));
        } else {
            forms.addAll(regularForms(primary.verb));
        }
        return new VerbForm(forms, primary.before, primary.after, code, family);
    }

    /** A multi-word verb split at the word marked '+'. */
    private record Parts(List<String> before, String verb, List<String> after) {
        static Parts of(String token) {
            List<String> words = new ArrayList<>(List.of(token.split("_")));
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty verb '" + token + "'");
            }
            int marked = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("+")) {
                    marked = i;
                    words.set(i, words.get(i).substring(1));
                }
            }
            return new Parts(words.subList(0, marked), words.get(marked), words.subList(marked + 1, words.size()));
        }
    }

    /** PETRARCH's regular verb forms. */
    static List<String> regularForms(String verb) {
        List<String> out = new ArrayList<>();
        if (verb.endsWith("S") || verb.endsWith("X") || verb.endsWith("Z") || verb.endsWith("CH") || verb.endsWith("SH")) {
            out.add(verb + "ES");
        } else if (verb.endsWith("Y") && verb.length() > 1 && "AEIOU".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            out.add(verb.substring(0, verb.length() - 1) + "IES");
        } else {
            out.add(verb + "S");
        }
        out.add(verb.endsWith("E") ? verb + "D" : verb + "ED");
        boolean silentE = verb.endsWith("E") && verb.length() > 2 && "AEIOU".indexOf(verb.charAt(verb.length() - 2)) < 0;
        out.add(silentE ? verb.substring(0, verb.length() - 1) + "ING" : verb + "ING");
        return out;
    }
}
