package org.parley.core.kb;

import java.util.List;

/**
 * A knowledge-base file that cannot be read: every malformed row is listed, each as
 * {@code file:line: problem}, so one run shows all of them.
 */
public final class KnowledgeBaseFormatException extends RuntimeException {

    private final List<String> problems;

    public KnowledgeBaseFormatException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " malformed row(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per malformed row, {@code file:line: problem}. */
    public List<String> problems() {
        return problems;
    }
}
