package org.parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH verb dictionary (the unit-test format and CAMEO.2.0's):
 * <ul>
 *   <li>{@code &NAME} then {@code +PHRASE} lines: a synset (plurals added unless the name or phrase
 *       ends with '_'; a member may be another synset);</li>
 *   <li>{@code --- NAME [CODE] ---}: a family and its default code;</li>
 *   <li>a verb line: {@code SAY {SAID SAYING} [010]}, {@code +CORDON_OFF}, {@code WIRE_+TAP}
 *       (regular forms generated when no {@code {...}} is given);</li>
 *   <li>{@code - BEFORE * AFTER [CODE]}: a pattern ({@link VerbPatternParser}).</li>
 * </ul>
 * Verb transformations ({@code ~} lines) are not used and skipped. Malformed lines are reported
 * and left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class VerbDictionaryReader extends DictionaryFileReader<VerbDictionary> {

    @Override
    DictionaryRead<VerbDictionary> parse(List<DictionaryLines.Line> lines, String file) {
        Synsets synsets = new Synsets();
        List<DictionaryProblem> problems = new ArrayList<>();
        List<VerbFamily> families = new ArrayList<>();
        FamilyDraft family = null;
        String synset = null;
        for (DictionaryLines.Line line : lines) {
            String text = line.text().strip();
            try {
                if (text.startsWith("---")) {
                    synset = null;
                    if (family != null) {
                        families.add(family.build());
                    }
                    family = null; // a malformed header leaves its lines without a family, reported one by one
                    family = FamilyDraft.parse(text);
                } else if (text.startsWith("&")) {
                    synset = text.split("\\s+")[0];
                    synsets.define(synset);
                } else if (text.startsWith("+") && synset != null) {
                    synsets.add(synset, text.substring(1).strip());
                } else if (text.startsWith("~")) {
                    continue; // transformations are not used by this coder
                } else if (family == null) {
                    throw new IllegalArgumentException("'" + text + "' comes before any '--- NAME [CODE] ---' block");
                } else if (text.startsWith("-")) {
                    synset = null;
                    family.patterns.add(VerbPatternParser.parse(text.substring(1), line.number()));
                } else {
                    synset = null;
                    family.verbs.add(VerbLineParser.parse(text, family.name));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, line.number(), e.getMessage()));
            }
        }
        if (family != null) {
            families.add(family.build());
        }
        Map<String, List<List<String>>> resolved = synsets.resolve(file, problems);
        return new DictionaryRead<>(new VerbDictionary(resolved, families), problems);
    }

    /** A family while its lines are read. */
    private static final class FamilyDraft {
        final String name;
        final EventCode code;
        final List<VerbForm> verbs = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        private FamilyDraft(String name, EventCode code) {
            this.name = name;
            this.code = code;
        }

        static FamilyDraft parse(String header) {
            String inner = header.replaceAll("^-+|-+$", "").strip();
            int open = inner.indexOf('[');
            int close = inner.indexOf(']');
            if (open < 0 || close < open) {
                throw new IllegalArgumentException("family header '" + header + "' has no [CODE]");
            }
            String name = inner.substring(0, open).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("family header '" + header + "' has no name");
            }
            return new FamilyDraft(name, EventCode.parse(inner.substring(open + 1, close)));
        }

        VerbFamily build() {
            return new VerbFamily(name, code, verbs, patterns);
        }
    }

    /** Synset definitions while the file is read; members naming other synsets are expanded at the end. */
    private static final class Synsets {
        private final Map<String, List<String>> members = new LinkedHashMap<>();
        private final Map<String, Boolean> plurals = new LinkedHashMap<>();

        void define(String label) {
            String name = name(label);
            members.putIfAbsent(name, new ArrayList<>());
            plurals.put(name, !label.endsWith("_"));
        }

        void add(String label, String member) {
            members.get(name(label)).add(member);
        }

        Map<String, List<List<String>>> resolve(String file, List<DictionaryProblem> problems) {
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            for (String name : members.keySet()) {
                out.put(name, expand(name, new ArrayList<>(), file, problems));
            }
            return out;
        }

        private List<List<String>> expand(String name, List<String> seen, String file, List<DictionaryProblem> problems) {
            List<List<String>> out = new ArrayList<>();
            if (seen.contains(name)) {
                problems.add(new DictionaryProblem(file, 0, "synset &" + name + " contains itself"));
                return out;
            }
            seen.add(name);
            for (String member : members.get(name)) {
                if (member.startsWith("&")) {
                    String inner = name(member);
                    if (members.containsKey(inner)) {
                        out.addAll(expand(inner, seen, file, problems));
                    } else {
                        problems.add(new DictionaryProblem(file, 0, "synset &" + name + " uses undefined &" + inner));
                    }
                    continue;
                }
                List<String> words = WordPhrase.words(member);
                out.add(words);
                if (plurals.get(name) && !member.endsWith("_")) {
                    List<String> plural = new ArrayList<>(words);
                    plural.set(plural.size() - 1, PluralNouns.plural(plural.get(plural.size() - 1)));
                    out.add(List.copyOf(plural));
                }
            }
            seen.remove(name);
            return out;
        }

        static String name(String label) {
            return label.replaceAll("^&|_+$", "").strip();
        }
    }
}
