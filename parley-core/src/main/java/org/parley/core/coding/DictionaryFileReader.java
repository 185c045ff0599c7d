package org.parley.core.coding;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the PETRARCH dictionary readers share: a file or a reader becomes content lines
 * ({@link DictionaryLines}: comments and blank lines gone, line numbers kept), which each format
 * parses into its dictionary, reporting the entries it leaves out.
 *
 * <p>Subclasses are stateless and thread-safe.
 *
 * @param <D> the kind of dictionary read
 */
public abstract sealed class DictionaryFileReader<D>
        permits VerbDictionaryReader, ActorDictionaryReader, AgentDictionaryReader {

    /** Reads {@code file}; an unreadable file is the only failure. */
    public DictionaryRead<D> read(Path file) {
        return parse(DictionaryLines.read(file), file.getFileName().toString());
    }

    /** Reads {@code reader} (a bundled resource, a test's text); {@code name} names it in problems. */
    public DictionaryRead<D> read(Reader reader, String name) {
        try {
            return parse(DictionaryLines.read(reader), name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The dictionary the content {@code lines} of {@code file} give. */
    abstract DictionaryRead<D> parse(List<DictionaryLines.Line> lines, String file);
}
