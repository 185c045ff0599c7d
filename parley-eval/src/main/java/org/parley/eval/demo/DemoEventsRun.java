package org.parley.eval.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.core.ports.ArticleStore;
import org.parley.core.relations.RelationshipBuilder;
import org.parley.core.relations.ReportText;
import org.parley.engine.EventCatalog;
import org.parley.engine.RelationsJson;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Event;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Relationship;
import org.parley.store.ArticleStores;

/**
 * Brings the demo corpus through the engine and scores its consolidated events against the gold,
 * and (when given the relationship gold) the main pair's relationship card too: into a store given
 * (ingesting what it lacks), into a fresh temporary one, or reading a store as it is.
 */
public final class DemoEventsRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The scores of one run: events, then the relationship card of the gold's pair. */
    public record Result(DemoEventScores events, DemoRelationsScores relations) {
    }

    private DemoEventsRun() {
    }

    /** Ingests {@code corpus} into {@code storeDir} (annotating only what it lacks), then scores its events. */
    public static DemoEventScores ingestAndScore(Path corpus, Path storeDir, DemoGold gold) {
        AnnotatedCorpus.of(corpus, storeDir);
        return scoreStore(storeDir.toString(), gold);
    }

    /** Ingests {@code corpus} into a temporary store, scores its events and removes the store. */
    public static DemoEventScores inFreshStore(Path corpus, DemoGold gold) {
        return withFreshStore(dir -> ingestAndScore(corpus, dir, gold));
    }

    /** Ingests {@code corpus} into a temporary store, scores its events and relationship card, removes the store. */
    public static Result inFreshStore(Path corpus, DemoGold gold, DemoRelationsGold relations) {
        return withFreshStore(dir -> {
            AnnotatedCorpus.of(corpus, dir);
            return scoreStore(dir.toString(), gold, relations);
        });
    }

    private static <T> T withFreshStore(Function<Path, T> run) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parley-eval-demo");
            return run.apply(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary store: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** Scores the events of the store at {@code location} (a folder or a JDBC URL) as it is. */
    public static DemoEventScores scoreStore(String location, DemoGold gold) {
        try (ArticleStore store = ArticleStores.open(location)) {
            return new DemoEventScorer(gold).score(new EventCatalog(store).consolidated(),
                    sentences(ReportText.storedIn(store, r -> true)));
        }
    }

    /** Scores the events of the store at {@code location} as it is, then its card of the relationship gold's pair. */
    public static Result scoreStore(String location, DemoGold gold, DemoRelationsGold relations) {
        try (ArticleStore store = ArticleStores.open(location)) {
            List<Event> events = new EventCatalog(store).consolidated();
            List<ReportText> reports = ReportText.storedIn(store, r -> true);
            DemoEventScores eventScores = new DemoEventScorer(gold).score(events, sentences(reports));
            Relationship card = RelationshipBuilder.bundled().build(
                    CountryPair.of(relations.pair().get(0), relations.pair().get(1)), reports, events,
                    LocalDate.parse(relations.asOf()));
            return new Result(eventScores, new DemoRelationsScorer(relations, gold)
                    .score(JSON.valueToTree(RelationsJson.relationship(card)), eventScores.encounters()));
        }
    }

    /** Each report's sentences, by the doc name its mentions carry. */
    private static Map<String, List<String>> sentences(List<ReportText> reports) {
        Map<String, List<String>> out = new HashMap<>();
        for (ReportText report : reports) {
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < report.sentenceCount(); i++) {
                sentences.add(report.sentence(i));
            }
            out.put(report.article().doc(), sentences);
        }
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove the temporary store " + dir + ": " + e.getMessage());
        }
    }
}
