package org.parley.ingest;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;

/** Runs a {@link FileArticleSource} and splits what it yields, for assertions. */
final class Reading {

    final List<Outcome<RawArticle>> outcomes = new ArrayList<>();

    static Reading of(String... paths) {
        return with(ReaderOptions.defaults(), paths);
    }

    static Reading with(ReaderOptions options, String... paths) {
        Reading reading = new Reading();
        new FileArticleSource(List.of(paths), options).forEach(reading.outcomes::add);
        return reading;
    }

    static Reading stdin(InputStream in, String... paths) {
        Reading reading = new Reading();
        new FileArticleSource(List.of(paths), ReaderOptions.defaults(), in).forEach(reading.outcomes::add);
        return reading;
    }

    static String fixture(String name) {
        try {
            return Path.of(Reading.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<RawArticle> accepted() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Accepted<RawArticle>)
                .map(o -> ((Outcome.Accepted<RawArticle>) o).value()).toList();
    }

    List<Outcome.Rejected<RawArticle>> rejected() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Rejected<RawArticle>)
                .map(o -> (Outcome.Rejected<RawArticle>) o).toList();
    }

    List<String> messages() {
        return rejected().stream().map(Outcome.Rejected::message).toList();
    }

    RawArticle only() {
        if (outcomes.size() != 1 || accepted().size() != 1) {
            throw new AssertionError("expected one accepted article, got " + outcomes);
        }
        return accepted().get(0);
    }

    String onlyRejection() {
        if (outcomes.size() != 1 || rejected().size() != 1) {
            throw new AssertionError("expected one rejection, got " + outcomes);
        }
        return rejected().get(0).message();
    }
}
