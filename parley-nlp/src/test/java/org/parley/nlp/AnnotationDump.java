package org.parley.nlp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.model.AnnotatedText;

/**
 * Writes the default annotator's full output (every sentence, token, tag, lemma, entity, time and
 * dependency, as the records print themselves) for a fixed set of texts, so that two builds can be
 * compared byte for byte: run it once on main's jars and once on a branch's, then {@code cmp} the
 * files. The texts: the seeds, the demo's plain-text articles, 100 evenly spaced articles of the
 * bench (ECB+ dev and MEANTIME) and TempEval-3 dev, all read from {@code /work/shared} (or
 * {@code -Dparley.shared=DIR}); without it the dump says so and writes nothing.
 *
 * <p>Usage: {@code java -cp <jars>:parley-nlp/target/test-classes org.parley.nlp.AnnotationDump OUT [DEMO_DIR]}.
 */
public final class AnnotationDump {

    private static final Pattern TOKEN = Pattern.compile("<token[^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private AnnotationDump() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path shared = Path.of(System.getProperty("parley.shared", "/work/shared"));
        if (!Files.isDirectory(shared.resolve("bench"))) {
            System.out.println("AnnotationDump: " + shared + "/bench is absent: nothing compared.");
            return;
        }
        List<Path> texts = new ArrayList<>(sorted(shared.resolve("corpus/seeds"), ".txt"));
        if (args.length > 1) {
            texts.addAll(sorted(Path.of(args[1]), ".txt"));
        }
        List<Path> bench = new ArrayList<>(sorted(shared.resolve("bench/ecbplus-dev/docs"), ".json"));
        bench.addAll(sorted(shared.resolve("bench/meantime-en/intra-doc_annotation"), ".xml"));
        for (int i = 0; i < 100; i++) {
            texts.add(bench.get(i * bench.size() / 100));
        }
        texts.addAll(sorted(shared.resolve("bench/tempeval3-dev"), ".tml"));

        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (Path file : texts) {
                AnnotatedText a = annotator.annotate(text(file), Dates.published("2024-05-01"));
                String rendered = a.toString();
                all.update(rendered.getBytes(StandardCharsets.UTF_8));
                out.println("## " + file);
                out.println(rendered);
                out.flush();
            }
        }
        System.out.println("AnnotationDump: " + texts.size() + " texts, sha256 " + HexFormat.of().formatHex(all.digest()));
        System.out.println("AnnotationDump: stage wall ms " + annotator.stageTimes().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toMillis()).toList()
                + ", thread CPU s " + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        try {
            Object counts = CoreNlpAnnotator.class.getDeclaredMethod("numericCounts").invoke(annotator);
            System.out.println("AnnotationDump: NER counts " + counts);
        } catch (ReflectiveOperationException e) {
            System.out.println("AnnotationDump: this build does not count what the numeric classifiers read");
        }
    }

    private static List<Path> sorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String text(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.toString();
        if (name.endsWith(".json")) {
            return unescapeJson(jsonText(raw));
        }
        if (name.endsWith(".xml")) {
            StringBuilder text = new StringBuilder();
            String sentence = null;
            Matcher m = TOKEN.matcher(raw);
            while (m.find()) {
                if (sentence != null) {
                    text.append(m.group(1).equals(sentence) ? " " : "\n");
                }
                sentence = m.group(1);
                text.append(unescapeXml(m.group(2)));
            }
            return text.toString();
        }
        if (name.endsWith(".tml")) {
            int begin = raw.indexOf("<TEXT>");
            int end = raw.indexOf("</TEXT>");
            String body = begin >= 0 && end > begin ? raw.substring(begin + 6, end) : raw;
            return unescapeXml(TAG.matcher(body).replaceAll("")).strip();
        }
        return raw;
    }

    /** The raw value of the first {@code "text"} field (news-please JSON), escapes left in. */
    private static String jsonText(String json) {
        Matcher m = Pattern.compile("\"text\":\\s*\"").matcher(json);
        if (!m.find()) {
            return "";
        }
        int end = m.end();
        while (end < json.length() && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
        }
        return json.substring(m.end(), Math.min(end, json.length()));
    }

    private static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String unescapeJson(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
