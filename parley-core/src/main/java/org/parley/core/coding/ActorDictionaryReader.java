package org.parley.core.coding;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH actor dictionary. An entry is a name line, optionally followed on the same line
 * by a code ({@code GONDOR [GON]}), then {@code +SYNONYM} lines and indented code lines, each code
 * optionally dated: {@code [HOB < 950601]}, {@code [HOBGOV 19950601 - 19990815]},
 * {@code [HOBREB > 990816]} (six-digit dates are YYMMDD, years below 30 in the 2000s). An entry
 * without any code, or a code that cannot be read, is reported and left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class ActorDictionaryReader extends DictionaryFileReader<ActorDictionary> {

    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\s\\]<>]+)\\s*([^\\]]*)]");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d+)");

    @Override
    DictionaryRead<ActorDictionary> parse(List<DictionaryLines.Line> lines, String file) {
        List<ActorEntry> entries = new ArrayList<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        int entryLine = 0;
        for (DictionaryLines.Line line : lines) {
            String text = line.text().strip();
            boolean continuation = text.startsWith("+") || text.startsWith("[");
            if (!continuation) {
                finish(file, entryLine, names, codes, entries, problems);
                names = new ArrayList<>();
                codes = new ArrayList<>();
                entryLine = line.number();
            } else if (entryLine == 0) {
                problems.add(new DictionaryProblem(file, line.number(), "'" + text + "' comes before any actor name"));
                continue;
            }
            String name = text.startsWith("+") ? text.substring(1) : text;
            int bracket = name.indexOf('[');
            if (bracket >= 0) {
                codes.addAll(codes(name.substring(bracket), file, line.number(), problems));
                name = name.substring(0, bracket);
            }
            List<String> words = WordPhrase.words(name);
            if (!words.isEmpty()) {
                names.add(words);
            }
        }
        finish(file, entryLine, names, codes, entries, problems);
        return new DictionaryRead<>(new ActorDictionary(entries), problems);
    }

    private static void finish(String file, int line, List<List<String>> names, List<DatedCode> codes,
                               List<ActorEntry> entries, List<DictionaryProblem> problems) {
        if (names.isEmpty()) {
            return;
        }
        if (codes.isEmpty() && problems.stream().noneMatch(p -> p.line() == line)) {
            problems.add(new DictionaryProblem(file, line, "actor " + WordPhrase.key(names.get(0)) + " has no code"));
            return;
        }
        if (!codes.isEmpty()) {
            entries.add(new ActorEntry(names, codes));
        }
    }

    private static List<DatedCode> codes(String text, String file, int line, List<DictionaryProblem> problems) {
        List<DatedCode> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            try {
                out.add(dated(m.group(1), m.group(2).strip()));
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(new DictionaryProblem(file, line, "cannot read the date of " + m.group() + ": " + e.getMessage()));
            }
        }
        if (out.isEmpty() && problems.stream().noneMatch(p -> p.line() == line)) {
            problems.add(new DictionaryProblem(file, line, "no [CODE] in '" + text + "'"));
        }
        return out;
    }

    private static DatedCode dated(String code, String bounds) {
        if (bounds.isEmpty()) {
            return new DatedCode(code, null, null);
        }
        Matcher range = RANGE.matcher(bounds);
        if (range.matches()) {
            return new DatedCode(code, date(range.group(1)), date(range.group(2)));
        }
        Matcher bound = BOUND.matcher(bounds);
        if (bound.matches()) {
            LocalDate day = date(bound.group(2));
            return bound.group(1).equals("<") ? new DatedCode(code, null, day.minusDays(1)) : new DatedCode(code, day, null);
        }
        throw new IllegalArgumentException("expected '<DATE', '>DATE' or 'DATE-DATE', found '" + bounds + "'");
    }

    /** A PETRARCH date: YYYYMMDD or YYMMDD. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4)));
        }
        throw new IllegalArgumentException("'" + digits + "' is neither YYMMDD nor YYYYMMDD");
    }
}
