package org.parley.core.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor of an actor dictionary: its names (the first is the primary one, the others its
 * {@code +} synonyms) and its codes, some dated.
 *
 * @param names words of each name, upper-case
 * @param codes the codes in file order
 */
public record ActorEntry(List<List<String>> names, List<DatedCode> codes) {
    public ActorEntry {
        names = List.copyOf(names);
        codes = List.copyOf(codes);
    }

    /**
     * The code on {@code date}: the first dated code holding then, else the first undated code.
     * {@code [ELR/GAL]} is one code standing for two actors; {@link #split} separates them.
     */
    public Optional<String> codeOn(LocalDate date) {
        for (DatedCode c : codes) {
            if (c.bounded() && c.holdsOn(date)) {
                return Optional.of(c.code());
            }
        }
        return codes.stream().filter(c -> !c.bounded()).map(DatedCode::code).findFirst();
    }

    /** The actors one code stands for: {@code ELR/GAL} → ELR, GAL. */
    public static List<String> split(String code) {
        return List.of(code.split("/"));
    }
}
