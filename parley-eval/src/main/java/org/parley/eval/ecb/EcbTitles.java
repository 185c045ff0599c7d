package org.parley.eval.ecb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.eval.AnnotatedCorpus;

/**
 * The annotated first sentences of the ECB+ documents. ECB+ counts a document's title (or, in its
 * older half, its first sentence) as sentence 0, and the bench's news-please records carry it in
 * {@code title}, which Parley reads as a headline and does not annotate. Yet a third of the gold
 * event mentions are there: each title is annotated here as a one-field article of its own, with
 * its document's publication metadata, so that its mentions get a tagged head and their arguments.
 *
 * <p>Reads {@code docs/<subtopic>/<doc>.json}; writes the title articles beside the annotation
 * cache ({@code <cache>-titles/docs}) and caches their annotation in {@code <cache>-titles/store},
 * so a second run costs no NLP.
 */
final class EcbTitles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EcbTitles() {
    }

    /** Document name ({@code 2_11ecb}) → its annotated title; documents without a title are absent. */
    static Map<String, AnnotatedCorpus.Item> annotate(Path docs, Path cache) {
        Path home = cache.resolveSibling(cache.getFileName() + "-titles");
        Path input = home.resolve("docs");
        try (Stream<Path> files = Files.walk(docs)) {
            Files.createDirectories(input);
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                writeTitle(file, input.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ECB+ titles not written to " + input, e);
        }
        Map<String, AnnotatedCorpus.Item> byDoc = new HashMap<>();
        for (AnnotatedCorpus.Item item : AnnotatedCorpus.of(input, home.resolve("store"))) {
            String name = Path.of(item.article().raw().origin().path()).getFileName().toString();
            byDoc.put(name.substring(0, name.length() - ".json".length()), item);
        }
        return byDoc;
    }

    /** The title as the text of a record with the document's dates; unchanged files are left as they are. */
    private static void writeTitle(Path document, Path target) throws IOException {
        JsonNode record = JSON.readTree(document.toFile());
        String title = record.path("title").asText("").strip();
        if (title.isEmpty()) {
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("title", "");
        out.put("text", title);
        out.put("language", "en");
        for (String field : List.of("date_publish", "date_modify", "date_download")) {
            out.set(field, record.path(field).isMissingNode() ? null : record.get(field));
        }
        byte[] bytes = JSON.writeValueAsString(out).getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            Files.write(target, bytes);
        }
    }
}
