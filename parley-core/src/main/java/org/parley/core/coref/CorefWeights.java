package org.parley.core.coref;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The weights of {@link MentionAffinity} and the linking threshold of {@link EventCorefClusterer},
 * bundled as {@code weights.tsv} (each row says why it has its value and where it was tuned).
 *
 * @param related             trigger score of two different lemmas that share a concept (same lemma scores 1)
 * @param sharedParticipant   bonus when both sentences name a common participant
 * @param participantConflict penalty when both name participants and none is common
 * @param sharedPlace         bonus for a common place
 * @param placeConflict       penalty when both name places and none is common
 * @param quantityConflict    penalty when both state numbers and none is common
 * @param timeConflict        penalty when both state dates and none is compatible
 * @param sharedTime          bonus for a compatible date
 * @param sameSentence        penalty for two mentions of one sentence (a sentence rarely tells one event twice)
 * @param publishedApartDays  how many days apart two documents' publication may be and still report one event
 * @param publishedApart      penalty for mentions of documents published further apart than that
 * @param argumentWindow      how many tokens either side of the trigger count as its sentence's arguments
 * @param senses              how many of a lemma's most frequent senses a sense inventory offers
 * @param threshold           the average pair score above which two groups of mentions join
 * @param otherStory          penalty for two mentions of different stories resolved together because
 *                            their stories are near neighbours ({@link NeighbourStories})
 * @param neighbourSimilarity the document similarity at which two stories' mentions are resolved together
 * @param misplacedSimilarity the similarity at which a document whose nearest document lies in another
 *                            story, nearer than any of its own story's, joins that story's block
 * @param lightTrigger        trigger score of two mentions of one light lemma ({@link LightTriggers}: "say",
 *                            "it", "make"), which names too little of an event for the full 1 of one lemma
 */
public record CorefWeights(double related, double sharedParticipant, double participantConflict, double sharedPlace,
                           double placeConflict, double quantityConflict, double timeConflict, double sharedTime,
                           double sameSentence, int publishedApartDays, double publishedApart,
                           int argumentWindow, int senses, double threshold, double otherStory,
                           double neighbourSimilarity, double misplacedSimilarity, double lightTrigger) {

    static final String RESOURCE = "weights.tsv";
    private static final int COLUMNS = 3;
    /** The weights that count something (days, tokens, senses): a fraction there is a typo. */
    private static final Set<String> WHOLE_NUMBERS = Set.of("publishedApartDays", "argumentWindow", "senses");

    public CorefWeights {
        if (argumentWindow < 0 || senses < 1 || publishedApartDays < 0) {
            throw new IllegalArgumentException("argumentWindow and publishedApartDays must be >= 0 and senses >= 1");
        }
    }

    private static final class Bundled {
        static final CorefWeights INSTANCE = of(TsvRows.bundledByKey(CorefWeights.class, RESOURCE, COLUMNS,
                CorefWeights::value), RESOURCE);
    }

    /** The weights bundled with Parley. */
    public static CorefWeights bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads weights in the {@code weights.tsv} layout (name, value, why); every field must be given, once.
     *
     * @throws DataFileException naming {@code source} and the line of every malformed row, or the
     *                           weights missing or unknown
     */
    public static CorefWeights read(Reader reader, String source) {
        return of(TsvRows.parseByKey(reader, source, COLUMNS, CorefWeights::value), source);
    }

    /**
     * These weights with one changed, for sensitivity tables ({@code bin/parley eval ecb --coref-sweep}).
     *
     * @throws DataFileException when {@code name} is no weight or a counting weight gets a fraction
     */
    public CorefWeights with(String name, double value) {
        Map<String, Double> values = new java.util.HashMap<>(values());
        if (!values.containsKey(name)) {
            throw new DataFileException("no coreference weight '" + name + "'; the weights are "
                    + new TreeSet<>(values.keySet()));
        }
        if (WHOLE_NUMBERS.contains(name) && value != Math.rint(value)) {
            throw new DataFileException(name + " counts something: a whole number is needed, got " + value);
        }
        values.put(name, value);
        return of(values, "with " + name + "=" + value);
    }

    /** Every weight by its name in {@code weights.tsv}. */
    public Map<String, Double> values() {
        return Map.ofEntries(Map.entry("related", related), Map.entry("sharedParticipant", sharedParticipant),
                Map.entry("participantConflict", participantConflict), Map.entry("sharedPlace", sharedPlace),
                Map.entry("placeConflict", placeConflict), Map.entry("quantityConflict", quantityConflict),
                Map.entry("timeConflict", timeConflict), Map.entry("sharedTime", sharedTime),
                Map.entry("sameSentence", sameSentence), Map.entry("publishedApartDays", (double) publishedApartDays),
                Map.entry("publishedApart", publishedApart), Map.entry("argumentWindow", (double) argumentWindow),
                Map.entry("senses", (double) senses), Map.entry("threshold", threshold),
                Map.entry("otherStory", otherStory), Map.entry("neighbourSimilarity", neighbourSimilarity),
                Map.entry("misplacedSimilarity", misplacedSimilarity), Map.entry("lightTrigger", lightTrigger));
    }

    private static double value(TsvRows.Row row) {
        String name = row.cell(0);
        return WHOLE_NUMBERS.contains(name) ? row.whole(1, name) : row.number(1, name);
    }

    private static CorefWeights of(Map<String, Double> values, String source) {
        Set<String> expected = new TreeSet<>(List.of("related", "sharedParticipant",
                "participantConflict", "sharedPlace", "placeConflict", "quantityConflict", "timeConflict",
                "sharedTime", "sameSentence", "publishedApartDays", "publishedApart", "argumentWindow", "senses", "threshold",
                "otherStory", "neighbourSimilarity", "misplacedSimilarity", "lightTrigger"));
        if (!values.keySet().equals(expected)) {
            throw new DataFileException(source + ": weights must be exactly " + expected + ", got "
                    + new TreeSet<>(values.keySet()));
        }
        return new CorefWeights(values.get("related"), values.get("sharedParticipant"),
                values.get("participantConflict"), values.get("sharedPlace"), values.get("placeConflict"),
                values.get("quantityConflict"), values.get("timeConflict"), values.get("sharedTime"),
                values.get("sameSentence"), values.get("publishedApartDays").intValue(), values.get("publishedApart"),
                values.get("argumentWindow").intValue(), values.get("senses").intValue(), values.get("threshold"),
                values.get("otherStory"), values.get("neighbourSimilarity"), values.get("misplacedSimilarity"),
                values.get("lightTrigger"));
    }
}
