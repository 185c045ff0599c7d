package org.parley.core.coref;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Reads a mention's {@link Arguments} from its annotated sentence: the named entities and dates
 * within a window of tokens around the trigger, sorted into roles by entity type
 * ({@code argument-roles.tsv}).
 *
 * <p>Design decision: a window, not the dependency parse. The arguments of nominal triggers
 * ("the quake", "the arrest") are mostly not syntactic dependents, and a window treats verbs and
 * nouns alike; the window's width is a tuned weight.
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceArguments {

    /** TIMEX3 values with at least a year and nothing unknown: {@code 2008}, {@code 2008-12}, {@code 2008-12-15}. */
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final String RESOURCE = "argument-roles.tsv";

    private final Map<EntityType, String> roleOfType;
    private final int window;

    private SentenceArguments(Map<EntityType, String> roleOfType, int window) {
        this.roleOfType = Map.copyOf(roleOfType);
        this.window = window;
    }

    private static final Set<String> ROLES = Set.of("participant", "place", "quantity");

    private static final class Bundled {
        static final Map<EntityType, String> ROLES = byType(
                TsvRows.bundledByKey(SentenceArguments.class, RESOURCE, 2, SentenceArguments::role));
    }

    /** The bundled entity roles with the window of {@code weights}. */
    public static SentenceArguments of(CorefWeights weights) {
        return new SentenceArguments(Bundled.ROLES, weights.argumentWindow());
    }

    /**
     * The arguments of the trigger at token {@code head} of {@code sentence}.
     *
     * @param entities the entity mentions of the document (those of other sentences are ignored)
     * @param times    the time expressions of the document (likewise)
     */
    public Arguments around(Sentence sentence, int head, List<EntityMention> entities, List<TimeExpression> times) {
        List<Token> tokens = sentence.tokens();
        if (head < 0 || head >= tokens.size()) {
            throw new IllegalArgumentException("head " + head + " outside sentence " + sentence.index());
        }
        Span near = new Span(tokens.get(Math.max(0, head - window)).span().begin(),
                tokens.get(Math.min(tokens.size() - 1, head + window)).span().end());
        Set<String> participants = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> quantities = new HashSet<>();
        for (EntityMention e : entities) {
            if (e.sentence() != sentence.index() || !overlaps(e.span(), near)) {
                continue;
            }
            String name = e.text().toLowerCase(Locale.ROOT);
            switch (roleOfType.getOrDefault(e.type(), "none")) {
                case "participant" -> participants.add(name);
                case "place" -> places.add(name);
                case "quantity" -> quantities.add(name);
                default -> {
                    // other types (titles, dates as entities, ...) play no role here
                }
            }
        }
        Set<String> dates = new HashSet<>();
        for (TimeExpression t : times) {
            if (t.sentence() == sentence.index() && overlaps(t.span(), near) && t.value() != null
                    && DATE_VALUE.matcher(t.value()).matches()) {
                dates.add(t.value());
            }
        }
        return new Arguments(participants, places, quantities, dates);
    }

    private static String role(TsvRows.Row row) {
        if (!ROLES.contains(row.cell(1))) {
            throw new IllegalArgumentException("role must be one of " + new TreeSet<>(ROLES) + ": '" + row.cell(1) + "'");
        }
        return row.cell(1);
    }

    /** The roles keyed by entity type; a name that is no {@link EntityType} fails here, at load. */
    private static Map<EntityType, String> byType(Map<String, String> roleByName) {
        Map<EntityType, String> out = new EnumMap<>(EntityType.class);
        roleByName.forEach((name, role) -> out.put(EntityType.valueOf(name), role));
        return out;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
