package org.parley.cli;

/**
 * Process exit codes of every {@code parley} command (documented in the README).
 */
final class ExitCode {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** Done, but some input records were rejected or failed; the summary names each. */
    static final int SOME_FAILED = 1;
    /** The command line was wrong (picocli's usage error code). */
    static final int USAGE = 2;
    /** Nothing could be done: the store could not be opened, an id is unknown, an I/O error. */
    static final int ERROR = 3;

    private ExitCode() {
    }
}
