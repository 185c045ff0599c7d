package org.parley.core.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalized name → the values known by it, keeping only the strongest tier per name: a country's
 * own name (tier 0) beats another's alias (tier 1), which beats a demonym (tier 2). Built once,
 * then read-only.
 */
final class NameIndex<T> {

    private record Entry<T>(int tier, List<T> values) {
    }

    private final Map<String, Entry<T>> entries = new HashMap<>();

    void add(String name, int tier, T value) {
        String key = PlaceNames.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        Entry<T> entry = entries.get(key);
        if (entry == null || tier < entry.tier()) {
            entries.put(key, new Entry<>(tier, new ArrayList<>(List.of(value))));
        } else if (tier == entry.tier() && !entry.values().contains(value)) {
            entry.values().add(value);
        }
    }

    /** Every value of the strongest tier for {@code name}, in insertion order. */
    List<T> get(String name) {
        Entry<T> entry = entries.get(PlaceNames.normalize(name));
        return entry == null ? List.of() : List.copyOf(entry.values());
    }
}
