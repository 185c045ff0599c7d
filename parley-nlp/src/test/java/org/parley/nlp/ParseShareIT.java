package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.PublicationDate;

/**
 * How many sentences and tokens {@link NlpConfig.ParseScope#CUED_SENTENCES} leaves unparsed on the
 * seeds, the demo corpus, the ECB+ development documents and MEANTIME (printed per corpus, for
 * {@code docs/nlp-performance.md}). A measurement, not a fast check: it annotates about 900
 * documents, so it runs only with {@code -Dparley.parseShare=true}, and skips a corpus that is absent.
 * The demo texts are read roughly (HTML tags dropped, the JSONL's {@code maintext}), MEANTIME's
 * tokens joined by spaces, a sentence a line.
 */
class ParseShareIT {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern MEANTIME_TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    @Test
    void cuedParsingSkipsSomeSentencesOfEveryCorpus() throws IOException {
        assumeTrue(Boolean.getBoolean("parley.parseShare"), "set -Dparley.parseShare=true to measure the parse share");
        Path shared = Path.of(System.getProperty("parley.shared", "../shared"));
        Path repo = Path.of("..");
        measure("seeds", files(shared.resolve("corpus/seeds"), ".txt"), Files::readString);
        measure("demo", files(repo.resolve("demo/corpus"), ""), ParseShareIT::demoText);
        measure("ecb+ dev", files(shared.resolve("bench/ecbplus-dev/docs"), ".json"), f -> json(Files.readString(f), "text"));
        measure("meantime", files(shared.resolve("bench/meantime-en/intra-doc_annotation"), ".xml"), ParseShareIT::meantimeText);
    }

    private interface TextOf {
        String read(Path file) throws IOException;
    }

    private static void measure(String corpus, List<Path> files, TextOf reader) throws IOException {
        if (files.isEmpty()) {
            System.out.println("parse share: " + corpus + " absent, skipped");
            return;
        }
        CoreNlpAnnotator annotator = SharedAnnotator.get();
        annotator.resetStageTimes();
        for (Path file : files) {
            for (String text : texts(file, reader)) {
                if (!text.isBlank()) {
                    annotator.annotate(text, PublicationDate.UNKNOWN);
                }
            }
        }
        CuedParser.Counts c = annotator.parseCounts().orElseThrow();
        long sentences = c.sentencesParsed() + c.sentencesSkipped();
        System.out.printf(Locale.ROOT, "parse share: %s documents=%d sentences=%d skipped=%d (%.1f%%) tokens skipped=%.1f%%"
                        + " depparse_ms_per_document=%.1f%n", corpus, files.size(), sentences, c.sentencesSkipped(),
                100.0 * c.sentencesSkipped() / sentences, 100 * c.tokenShareSkipped(),
                annotator.stageTimes().get("depparse").toNanos() / 1e6 / annotator.callsTimed());
        assertThat(c.sentencesParsed()).isPositive();
        assertThat(c.sentencesSkipped()).isPositive();
    }

    private static List<String> texts(Path file, TextOf reader) throws IOException {
        if (file.toString().endsWith(".jsonl")) {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(json(line, "maintext"));
                }
            }
            return out;
        }
        return List.of(reader.read(file));
    }

    private static String demoText(Path file) throws IOException {
        String raw = Files.readString(file);
        return file.toString().endsWith(".html") ? TAG.matcher(raw).replaceAll("\n") : raw;
    }

    private static String meantimeText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        String sentence = null;
        Matcher m = MEANTIME_TOKEN.matcher(Files.readString(file));
        while (m.find()) {
            if (sentence != null && !sentence.equals(m.group(1))) {
                text.append('\n');
            }
            sentence = m.group(1);
            text.append(m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'")).append(' ');
        }
        return text.toString();
    }

    /** The string value of a top-level field of a one-line JSON object, or "" (no JSON library in this module). */
    private static String json(String object, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"").matcher(object);
        if (!m.find()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = m.end(); i < object.length() && object.charAt(i) != '"'; i++) {
            char c = object.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = object.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(object.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
