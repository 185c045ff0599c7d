package org.parley.core.ports;

import java.util.function.Consumer;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/**
 * A stream of articles read from some input (files, folders, standard input, a WARC crawl).
 * Every record the input holds yields exactly one outcome: an article, or a rejection naming the
 * file/record and the reason. A bad record never stops the rest of the input.
 */
public interface ArticleSource {

    /** Reads the input and hands each outcome to {@code sink}, in input order. */
    void forEach(Consumer<Outcome<RawArticle>> sink);
}
