package org.parley.core.extract;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * Named word lists read from one bundled TSV whose rows are {@code list<TAB>word}; the list names
 * are the constants of {@code E}, in lower case. Loading fails, naming the line, on a list name
 * {@code E} does not have, and, naming the list, when a list of {@code E} has no words, so a
 * renamed or forgotten list is found when the extractor is built. Immutable and thread-safe.
 *
 * @param <E> the lists the file must hold
 */
final class EnumWordLists<E extends Enum<E>> {

    private final Map<E, Set<String>> words;

    private EnumWordLists(Map<E, Set<String>> words) {
        this.words = words;
    }

    private record Entry<E>(E list, String word) {
    }

    /** The lists bundled as {@code resource} beside this package's classes. */
    static <E extends Enum<E>> EnumWordLists<E> bundled(String resource, Class<E> lists) {
        return of(resource, lists, TsvRows.bundled(EnumWordLists.class, resource, 2, row -> entry(lists, row)));
    }

    /**
     * The lists in {@code reader}.
     *
     * @throws DataFileException naming {@code source} and the line of every malformed row, or the empty lists
     */
    static <E extends Enum<E>> EnumWordLists<E> read(Reader reader, String source, Class<E> lists) {
        return of(source, lists, TsvRows.parse(reader, source, 2, row -> entry(lists, row)));
    }

    private static <E extends Enum<E>> EnumWordLists<E> of(String source, Class<E> lists, List<Entry<E>> rows) {
        Map<E, Set<String>> byList = new EnumMap<>(lists);
        for (Entry<E> row : rows) {
            byList.computeIfAbsent(row.list(), k -> new LinkedHashSet<>()).add(row.word());
        }
        Set<E> empty = EnumSet.allOf(lists);
        empty.removeAll(byList.keySet());
        if (!empty.isEmpty()) {
            throw new DataFileException(source + ": no words for " + names(new ArrayList<>(empty)));
        }
        byList.replaceAll((list, set) -> Set.copyOf(set));
        return new EnumWordLists<>(byList);
    }

    private static <E extends Enum<E>> Entry<E> entry(Class<E> lists, TsvRows.Row row) {
        return new Entry<>(list(lists, row.cell(0).strip()), word(row.cell(1)));
    }

    private static <E extends Enum<E>> E list(Class<E> lists, String name) {
        for (E list : lists.getEnumConstants()) {
            if (list.name().toLowerCase(Locale.ROOT).equals(name)) {
                return list;
            }
        }
        throw new IllegalArgumentException("unknown list '" + name + "' (one of "
                + names(Arrays.asList(lists.getEnumConstants())) + ")");
    }

    private static String word(String cell) {
        String word = cell.strip();
        if (word.isEmpty()) {
            throw new IllegalArgumentException("empty word");
        }
        return word;
    }

    private static String names(List<? extends Enum<?>> lists) {
        return lists.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    boolean contains(E list, String word) {
        return word != null && words.get(list).contains(word); // an immutable set throws on null
    }

    Set<String> words(E list) {
        return words.get(list);
    }
}
