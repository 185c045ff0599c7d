package org.parley.core.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.core.data.TsvRows;

/**
 * A {@link SenseInventory} that also reads a word through its base ({@code word-bases.tsv}): the
 * event a word names through another word that the underlying inventory does not link it to
 * ("nominee" → "nominate", "dead" → "die", "DUI" → "drunk driving"). A word's concepts are its own,
 * those of its base and the base itself (a concept of its own, shared with the base and the other
 * words of that base, so that bases the inventory does not know link too); it meets every word
 * its base meets.
 *
 * <p>Design decision: a short hand-written table of general English rather than a rule on the
 * suffix ("-ee" → verb): the rule guesses the verb's spelling ("nominee" → "nominate", "honoree"
 * → "honor") and a wrong guess links unrelated words silently.
 *
 * <p>Immutable and thread-safe when the underlying inventory is.
 */
public final class WordBases implements SenseInventory {

    static final String RESOURCE = "word-bases.tsv";

    /** A word's base and the class to read it in. */
    private record Base(String lemma, WordClass wordClass) {
    }

    /** One row of the table: a word in a class, and its base. */
    private record Entry(String word, WordClass wordClass, Base base) {
        /** A class name that is no {@link WordClass} fails here, naming the row. */
        static Entry of(TsvRows.Row row) {
            return new Entry(row.cell(0), WordClass.valueOf(row.cell(1)),
                    new Base(row.cell(2), WordClass.valueOf(row.cell(3))));
        }
    }

    private static final class Bundled {
        static final Map<String, Base> BASES = index(TsvRows.bundled(WordBases.class, RESOURCE, 4, Entry::of));
    }

    /** The prefix of the concept a base names, apart from the underlying inventory's keys. */
    private static final String CONCEPT = "base:";

    private final SenseInventory inventory;
    private final Map<String, Base> bases;
    private final Set<String> baseLemmas;

    private WordBases(SenseInventory inventory, Map<String, Base> bases) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.bases = bases;
        this.baseLemmas = bases.values().stream().map(Base::lemma).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code inventory} with the bundled bases. */
    public static WordBases over(SenseInventory inventory) {
        return new WordBases(inventory, Bundled.BASES);
    }

    @Override
    public Set<String> concepts(String lemma, WordClass wordClass) {
        Set<String> own = inventory.concepts(lemma, wordClass);
        Base base = bases.get(key(lemma, wordClass));
        // an untagged word (a headline's) may be of any class the table gives it
        for (int c = 0; base == null && wordClass == WordClass.OTHER && c < WordClass.values().length; c++) {
            base = bases.get(key(lemma, WordClass.values()[c]));
        }
        boolean isBase = baseLemmas.contains(lemma.toLowerCase(Locale.ROOT));
        if (base == null && !isBase) {
            return own;
        }
        Set<String> all = new TreeSet<>(own);
        if (base != null) {
            all.addAll(inventory.concepts(base.lemma(), base.wordClass()));
            // the base itself as a concept, for bases the inventory does not know ("drunk driving")
            all.add(CONCEPT + base.lemma());
        }
        if (isBase) {
            all.add(CONCEPT + lemma.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(all);
    }

    private static String key(String lemma, WordClass wordClass) {
        return wordClass + ":" + lemma.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Base> index(List<Entry> entries) {
        Map<String, Base> out = new HashMap<>();
        for (Entry e : entries) {
            if (out.put(key(e.word(), e.wordClass()), e.base()) != null) {
                throw new IllegalArgumentException(RESOURCE + ": " + e.word() + " " + e.wordClass() + " given twice");
            }
        }
        return Map.copyOf(out);
    }
}
