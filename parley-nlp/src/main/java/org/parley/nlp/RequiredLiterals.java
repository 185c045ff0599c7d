package org.parley.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short literals one of which every match of a regular expression contains, read from the
 * expression's text: {@code (January|February) \d+} needs "janua" or "febru"; {@code \d{4}-\d{2}}
 * needs a digit. A text that holds none of them cannot match, so the expression need not run on it.
 * Literals are lower-cased and cut to {@link #MAX_LENGTH} characters; {@link #lowerCase} prepares a
 * text the same way, char by char, so a match in the text is a match of the lowered literals.
 *
 * <p>Sound, not complete: whatever the reader does not know (flags, back-references, quoting,
 * negated or large classes, {@code *}) counts as "could be anything", which only makes the answer
 * weaker; an expression it cannot read at all has no literals ({@link Optional#empty()}).
 * Look-arounds and anchors count as the empty string (what they look at is not part of the match).
 * Stateless.
 */
final class RequiredLiterals {

    /** Literals are cut to this many characters, so {@link #MAX_LENGTH}-grams of a text find them. */
    static final int MAX_LENGTH = 5;
    private static final int MAX_SET = 64;
    private static final int MAX_CLASS = 10;
    private static final int MAX_SETS = 4;

    /**
     * What is known of the strings a part of the expression matches: all of them ({@code exact}),
     * or sets of which each match contains one literal of every set ({@code needed}, at most
     * {@link #MAX_SETS}, the most selective).
     */
    private record Known(Set<String> exact, List<Set<String>> needed) {
        static final Known ANYTHING = new Known(null, List.of());
        static final Known EMPTY = new Known(Set.of(""), List.of());

        /** The sets every match contains a literal of (none when nothing is known). */
        List<Set<String>> needs() {
            if (exact != null) {
                return exact.contains("") ? List.of() : List.of(exact);
            }
            return needed;
        }
    }

    private final String regex;
    private int at;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** Sets of lower-cased literals: every match of {@code pattern} contains one literal of each set; empty if none is known. */
    static Optional<List<Set<String>>> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        RequiredLiterals reader = new RequiredLiterals(pattern.pattern());
        try {
            Known known = reader.alternation();
            if (reader.at != reader.regex.length()) {
                return Optional.empty();
            }
            List<Set<String>> needs = known.needs().stream().map(RequiredLiterals::cut).toList();
            return needs.isEmpty() ? Optional.empty() : Optional.of(needs);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** {@code text} lower-cased char by char (same length), as the literals are. */
    static String lowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }

    private static Set<String> cut(Set<String> literals) {
        Set<String> out = new LinkedHashSet<>();
        for (String literal : literals) {
            out.add(literal.length() > MAX_LENGTH ? literal.substring(0, MAX_LENGTH) : literal);
        }
        return out;
    }

    private Known alternation() {
        Known known = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            known = either(known, sequence());
        }
        return known;
    }

    /** Runs of exact parts multiply out ("[Ss]ept" is "sept"); each run and each other part adds its sets. */
    private Known sequence() {
        Set<String> run = Set.of("");
        List<Set<String>> clauses = new ArrayList<>();
        boolean exact = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Known part = quantified(atom());
            if (part.exact != null && run.size() * part.exact.size() <= MAX_SET) {
                run = product(run, part.exact);
                continue;
            }
            exact = false;
            clauses.addAll(new Known(run, List.of()).needs());
            if (part.exact != null) {
                run = part.exact;
            } else {
                clauses.addAll(part.needs());
                run = Set.of("");
            }
        }
        if (exact) {
            return new Known(run, List.of());
        }
        clauses.addAll(new Known(run, List.of()).needs());
        return new Known(null, best(clauses));
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> product = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                product.add(x + y);
            }
        }
        return product;
    }

    private static Known either(Known a, Known b) {
        if (a.exact != null && b.exact != null && a.exact.size() + b.exact.size() <= MAX_SET) {
            return new Known(union(a.exact, b.exact), List.of());
        }
        // (A1 and A2) or (B1 and B2) = (A1 or B1) and (A1 or B2) and (A2 or B1) and (A2 or B2)
        List<Set<String>> clauses = new ArrayList<>();
        for (Set<String> x : a.needs()) {
            for (Set<String> y : b.needs()) {
                Set<String> both = cut(union(x, y));
                if (both.size() <= 2 * MAX_SET) {
                    clauses.add(both);
                }
            }
        }
        return new Known(null, best(clauses));
    }

    /** The {@link #MAX_SETS} most selective sets, by {@link #chance}. */
    private static List<Set<String>> best(List<Set<String>> clauses) {
        return clauses.stream().distinct().sorted(Comparator.comparingDouble(RequiredLiterals::chance))
                .limit(MAX_SETS).toList();
    }

    /** A rough chance that a text holds one of {@code literals}: each shorter literal is much likelier. */
    private static double chance(Set<String> literals) {
        return literals.stream().mapToDouble(l -> Math.pow(8, -Math.min(l.length(), MAX_LENGTH))).sum();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private Known quantified(Known atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        if (c == '?' || c == '*' || c == '+') {
            at++;
            min = c == '+' ? 1 : 0;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            boolean once = bounds.length == 1 && min == 1 || bounds.length == 2 && min == 1 && bounds[1].trim().equals("1");
            at = close + 1;
            skipLazyOrPossessive();
            return once ? atom : atLeast(atom, min);
        } else {
            return atom;
        }
        skipLazyOrPossessive();
        if (c == '?' && atom.exact != null && atom.exact.size() < MAX_SET) {
            return new Known(union(atom.exact, Set.of("")), List.of());
        }
        return atLeast(atom, min);
    }

    private static Known atLeast(Known atom, int min) {
        return min >= 1 ? new Known(null, atom.needs()) : Known.ANYTHING;
    }

    private void skipLazyOrPossessive() {
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
    }

    private Known atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                Set<Character> chars = charClass();
                return chars == null || chars.size() > MAX_CLASS ? Known.ANYTHING : new Known(strings(chars), List.of());
            }
            case '.' -> {
                return Known.ANYTHING;
            }
            case '^', '$' -> {
                return Known.EMPTY;
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected " + c);
            default -> {
                return new Known(Set.of(String.valueOf(Character.toLowerCase(c))), List.of());
            }
        }
    }

    private Known group() {
        boolean lookaround = false;
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (regex.charAt(at) == '?') {
            throw new IllegalArgumentException("flags or named group at " + at);
        }
        Known inside = alternation();
        if (regex.charAt(at++) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        return lookaround ? Known.EMPTY : inside;
    }

    private Known escape() {
        char c = regex.charAt(at++);
        if (c == 'd') {
            return new Known(strings(range('0', '9')), List.of());
        }
        if ("bBAzZG".indexOf(c) >= 0) {
            return Known.EMPTY;
        }
        if ("sSwWDhHvVRX".indexOf(c) >= 0 || Character.isDigit(c)) {
            while (Character.isDigit(c) && at < regex.length() && Character.isDigit(regex.charAt(at))) {
                at++;
            }
            return Known.ANYTHING;
        }
        if (c == 'p' || c == 'P') {
            skipProperty();
            return Known.ANYTHING;
        }
        return new Known(Set.of(String.valueOf(Character.toLowerCase(escapedChar(c)))), List.of());
    }

    /** The character a literal escape stands for; other escapes are not read. */
    private char escapedChar(char c) {
        switch (c) {
            case 'u' -> {
                char value = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
                at += 4;
                return value;
            }
            case 'x' -> {
                char value = (char) Integer.parseInt(regex.substring(at, at + 2), 16);
                at += 2;
                return value;
            }
            case 't' -> {
                return '\t';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 'f' -> {
                return '\f';
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("escape \\" + c);
                }
                return c;
            }
        }
    }

    private void skipProperty() {
        if (regex.charAt(at) == '{') {
            at = regex.indexOf('}', at) + 1;
        } else {
            at++;
        }
    }

    /** The lower-cased characters of a class whose '[' was read, or null when it may match others (negated, \s, large). */
    private Set<Character> charClass() {
        boolean known = true;
        if (regex.charAt(at) == '^') {
            at++;
            known = false;
        }
        if (regex.charAt(at) == ']') {
            throw new IllegalArgumentException("class starting with ]");
        }
        Set<Character> chars = new HashSet<>();
        while (regex.charAt(at) != ']') {
            char c = regex.charAt(at++);
            if (c == '[') {
                Set<Character> inner = charClass();
                known &= inner != null;
                if (inner != null) {
                    chars.addAll(inner);
                }
                continue;
            }
            if (c == '&' && regex.charAt(at) == '&') {
                at++;
                known = false;
                continue;
            }
            char first;
            if (c == '\\') {
                char e = regex.charAt(at++);
                if (e == 'd') {
                    chars.addAll(range('0', '9'));
                    continue;
                }
                if ("sSwWDhHvV".indexOf(e) >= 0) {
                    known = false;
                    continue;
                }
                if (e == 'p' || e == 'P') {
                    skipProperty();
                    known = false;
                    continue;
                }
                first = escapedChar(e);
            } else {
                first = c;
            }
            if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']' && regex.charAt(at + 1) != '[') {
                at++;
                char last = regex.charAt(at++);
                if (last == '\\') {
                    last = escapedChar(regex.charAt(at++));
                }
                if (last - first >= MAX_CLASS) {
                    known = false;
                } else {
                    chars.addAll(range(first, last));
                }
            } else {
                chars.add(Character.toLowerCase(first));
            }
        }
        at++;
        return known ? chars : null;
    }

    private static Set<Character> range(char first, char last) {
        Set<Character> out = new HashSet<>();
        for (char c = first; c <= last; c++) {
            out.add(Character.toLowerCase(c));
        }
        return out;
    }

    private static Set<String> strings(Set<Character> chars) {
        Set<String> out = new LinkedHashSet<>();
        chars.forEach(c -> out.add(String.valueOf(c)));
        return out;
    }
}
