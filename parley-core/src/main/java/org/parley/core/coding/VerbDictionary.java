package org.parley.core.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PETRARCH verb dictionary: synsets (name → phrases, plurals included) and verb families, with
 * the verbs indexed by form. Immutable once built; thread-safe.
 */
public final class VerbDictionary {

    /** A verb of a family: the family and the verb's entry. */
    public record Verb(VerbFamily family, VerbForm form) {
        /** The verb's own code, else its family's. */
        public EventCode code() {
            return form.code() != null ? form.code() : family.code();
        }
    }

    private final Map<String, List<List<String>>> synsets;
    private final List<VerbFamily> families;
    private final Map<String, List<Verb>> byForm = new HashMap<>();

    public VerbDictionary(Map<String, List<List<String>>> synsets, List<VerbFamily> families) {
        this.synsets = Map.copyOf(synsets);
        this.families = List.copyOf(families);
        for (VerbFamily f : families) {
            for (VerbForm v : f.verbs()) {
                v.forms().forEach(w -> byForm.computeIfAbsent(w, k -> new ArrayList<>()).add(new Verb(f, v)));
            }
        }
        // multi-word verbs are tried before the single word ("BREAK DOWN" before "BREAK")
        byForm.values().forEach(l -> l.sort(Comparator.comparingInt((Verb v) -> -v.form().extraWords())));
    }

    /** The verbs having {@code form} (upper-case), multi-word ones first. */
    public List<Verb> verbs(String form) {
        return byForm.getOrDefault(form, List.of());
    }

    /** The phrases of synset {@code name} (without '&'), or empty when undefined. */
    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    public List<VerbFamily> families() {
        return families;
    }

    public int synsetCount() {
        return synsets.size();
    }
}
