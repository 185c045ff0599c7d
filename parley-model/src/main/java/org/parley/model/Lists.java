package org.parley.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Immutable copies of the lists the annotation records hold. Stateless. */
public final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy of {@code items}, rejecting null elements like {@link List#copyOf}, and always
     * of one implementation class, whatever the size.
     *
     * <p>Why not {@code List.copyOf}: it returns one class for 1–2 elements and another otherwise, and the
     * passes read these lists with {@code get}/{@code size} in per-token loops. When a compiled loop that
     * has only met one class meets the other (a one-sentence headline, a two-token sentence), the JIT
     * throws the compiled method away and compiles it again. {@code Stream.toList()} always returns the
     * same class (the one the rest of Parley's {@code .toList()} lists already are), so every list read
     * there is one class.
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> frozen(Collection<? extends E> items) {
        Object[] copy = items.toArray();
        for (Object item : copy) {
            Objects.requireNonNull(item, "list element");
        }
        return (List<E>) Arrays.stream(copy).toList();
    }
}
