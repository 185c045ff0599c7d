package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.parley.core.places.Countries;
import org.parley.eval.petrarch.CameoCoder;
import org.parley.eval.petrarch.KeywordCameoCoder;
import org.parley.eval.plover.KeywordBaselineCoder;
import org.parley.eval.plover.SentenceCoder;

/**
 * The coders the eval runs can compare, by name ({@code baseline}, {@code parley}, ...), each
 * built only when selected (a coder may load models). Immutable: {@code with*} returns a new
 * registry.
 *
 * <p>To add a coder, register its factory in {@link #standard()} (or on a registry given to the
 * eval command): {@code .withPlover("parley", () -> new ParleyCoder(...))}.
 */
public final class CoderRegistry {

    /** The selection meaning every registered coder. */
    public static final String ALL = "all";

    private final Map<String, Supplier<SentenceCoder>> plover;
    private final Map<String, Supplier<CameoCoder>> cameo;

    private CoderRegistry(Map<String, Supplier<SentenceCoder>> plover, Map<String, Supplier<CameoCoder>> cameo) {
        this.plover = plover;
        this.cameo = cameo;
    }

    /** The keyword baselines only. */
    public static CoderRegistry baselines() {
        return new CoderRegistry(Map.of(), Map.of())
                .withPlover("baseline", () -> new KeywordBaselineCoder(new CountryMentions(Countries.bundled())))
                .withCameo("baseline", KeywordCameoCoder::new);
    }

    /** The coders {@code parley eval} offers. */
    public static CoderRegistry standard() {
        return baselines().withPlover("parley", ParleyCoder::new).withCameo("parley", ParleyCoder::new);
    }

    public CoderRegistry withPlover(String name, Supplier<SentenceCoder> factory) {
        Map<String, Supplier<SentenceCoder>> copy = new LinkedHashMap<>(plover);
        copy.put(name, factory);
        return new CoderRegistry(copy, cameo);
    }

    public CoderRegistry withCameo(String name, Supplier<CameoCoder> factory) {
        Map<String, Supplier<CameoCoder>> copy = new LinkedHashMap<>(cameo);
        copy.put(name, factory);
        return new CoderRegistry(plover, copy);
    }

    public Set<String> ploverNames() {
        return plover.keySet();
    }

    public Set<String> cameoNames() {
        return cameo.keySet();
    }

    /**
     * Builds the PLOVER coders selected: one name, or {@link #ALL} for every one in registration order.
     *
     * @throws IllegalArgumentException naming the known coders when {@code selection} is unknown
     */
    public List<SentenceCoder> ploverCoders(String selection) {
        return build(plover, selection, "PLOVER");
    }

    /** Builds the CAMEO coders selected, like {@link #ploverCoders}. */
    public List<CameoCoder> cameoCoders(String selection) {
        return build(cameo, selection, "CAMEO");
    }

    private static <T> List<T> build(Map<String, Supplier<T>> factories, String selection, String kind) {
        List<T> coders = new ArrayList<>();
        if (selection.equals(ALL)) {
            factories.values().forEach(f -> coders.add(f.get()));
        } else if (factories.containsKey(selection)) {
            coders.add(factories.get(selection).get());
        } else {
            throw new IllegalArgumentException("no " + kind + " coder named '" + selection + "'; known: "
                    + String.join(", ", factories.keySet()) + ", " + ALL);
        }
        return coders;
    }
}
