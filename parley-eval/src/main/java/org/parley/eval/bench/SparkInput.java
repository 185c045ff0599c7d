package org.parley.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.RawArticle;

/**
 * Writes the bench's articles as news-please JSON Lines (fields {@code text}, {@code title},
 * {@code url}, {@code source_domain}, {@code language}, {@code date_publish}), the input format the
 * Spark job reads, so that it runs on exactly the articles the local engine ran on.
 */
final class SparkInput {

    private SparkInput() {
    }

    static void write(List<RawArticle> articles, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (RawArticle a : articles) {
                ObjectNode record = json.createObjectNode();
                record.put("text", a.text());
                record.put("title", a.title());
                record.put("url", a.url() != null ? a.url() : "urn:parley-bench:" + a.origin().doc());
                record.put("source_domain", a.site());
                record.put("language", a.declaredLanguage());
                record.put("date_publish", a.publishedMetadata());
                out.write(json.writeValueAsString(record));
                out.newLine();
            }
        }
    }
}
