package org.parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary: {@code PHRASE {PLURALS} [~CODE]} lines, where {@code {}} means
 * "no plural", a missing {@code {...}} means the regular plural of the last word is added, and
 * {@code !NAME! = A, B, C} defines a substitution ({@code CONGRESS!PERSON!} →
 * {@code CONGRESSMAN}, {@code CONGRESSMEN}, ...). Lines without a readable code are reported.
 *
 * <p>Stateless and thread-safe.
 */
public final class AgentDictionaryReader extends DictionaryFileReader<AgentDictionary> {

    private static final Pattern SUBSTITUTION = Pattern.compile("!(\\w+)!\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*})?\\s*\\[([^\\]]*)]");

    @Override
    DictionaryRead<AgentDictionary> parse(List<DictionaryLines.Line> lines, String file) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        Map<List<String>, Agent> phrases = new LinkedHashMap<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            String text = line.text().strip();
            Matcher sub = SUBSTITUTION.matcher(text);
            if (sub.matches()) {
                substitutions.put(sub.group(1), List.of(sub.group(2).strip().split("\\s*,\\s*")));
                continue;
            }
            Matcher entry = ENTRY.matcher(text);
            if (!entry.lookingAt()) {
                problems.add(new DictionaryProblem(file, line.number(), "expected 'PHRASE {PLURALS} [~CODE]', found '" + text + "'"));
                continue;
            }
            Agent agent;
            try {
                agent = Agent.parse(entry.group(3));
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, line.number(), e.getMessage()));
                continue;
            }
            List<String> forms = new ArrayList<>(expand(entry.group(1), substitutions));
            if (entry.group(2) == null) {
                List.copyOf(forms).forEach(f -> forms.add(PluralNouns.plural(f)));
            } else {
                String plurals = entry.group(2).substring(1, entry.group(2).length() - 1).strip();
                if (!plurals.isEmpty()) {
                    for (String p : plurals.split("\\s+")) {
                        forms.addAll(expand(p, substitutions));
                    }
                }
            }
            forms.forEach(f -> phrases.putIfAbsent(WordPhrase.words(f), agent));
        }
        phrases.remove(List.<String>of());
        return new DictionaryRead<>(new AgentDictionary(phrases), problems);
    }

    /** {@code phrase} with each {@code !NAME!} replaced by each of its words (one phrase per choice). */
    private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
        int start = phrase.indexOf('!');
        int end = start < 0 ? -1 : phrase.indexOf('!', start + 1);
        if (end < 0) {
            return List.of(phrase);
        }
        List<String> choices = substitutions.getOrDefault(phrase.substring(start + 1, end), List.of());
        List<String> out = new ArrayList<>();
        for (String choice : choices) {
            out.addAll(expand(phrase.substring(0, start) + choice + phrase.substring(end + 1), substitutions));
        }
        return out;
    }
}
