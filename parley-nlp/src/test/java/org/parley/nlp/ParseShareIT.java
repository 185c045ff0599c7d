package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * How many sentences and tokens {@link NlpConfig.ParseScope#CUED_SENTENCES} leaves unparsed on the
 * seeds, the demo corpus, the ECB+ development documents and MEANTIME (printed per corpus, for
 * {@code docs/nlp-performance.md}). A measurement, not a fast check: it annotates about 900
 * documents, so it runs only with {@code -Dparley.parseShare=true} ({@code -Dparley.parseShare.every=N}
 * reads every N-th ECB+ and MEANTIME document), and skips a corpus that is absent.
 * It applies {@link ParseCues} to the tokens of an annotation without parses or SUTime, so the entity
 * tags are those after Parley's repairs (in the pipeline the cue reads them just before).
 * The demo texts are read roughly (HTML tags dropped, the JSONL's {@code maintext}), MEANTIME's
 * tokens joined by spaces, a sentence a line.
 */
class ParseShareIT {

    private static final ParseCues CUES = ParseCues.bundled();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Tags without parses or SUTime: the cues read only words, lemmas, parts of speech and entity types. */
    private CoreNlpAnnotator tagger;

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern MEANTIME_TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    @Test
    void cuedParsingSkipsSomeSentencesOfEveryCorpus() throws IOException {
        assumeTrue(Boolean.getBoolean("parley.parseShare"), "set -Dparley.parseShare=true to measure the parse share");
        tagger = new CoreNlpAnnotator(NlpConfig.defaults().withTime(NlpConfig.TimeScope.OFF)
                .withParse(NlpConfig.ParseScope.OFF));
        Path shared = Path.of(System.getProperty("parley.shared", "../shared"));
        Path repo = Path.of("..");
        measure("seeds", files(shared.resolve("corpus/seeds"), ".txt"), Files::readString);
        measure("demo", files(repo.resolve("demo/corpus"), ""), ParseShareIT::demoText);
        int every = Integer.getInteger("parley.parseShare.every", 1);
        measure("ecb+ dev", sample(files(shared.resolve("bench/ecbplus-dev/docs"), ".json"), every),
                f -> json(Files.readString(f), "text"));
        measure("meantime", sample(files(shared.resolve("bench/meantime-en/intra-doc_annotation"), ".xml"), every),
                ParseShareIT::meantimeText);
        List<Path> benchCorpus = new ArrayList<>(files(shared.resolve("bench/ecbplus-dev/docs"), ".json"));
        benchCorpus.addAll(files(shared.resolve("bench/meantime-en/intra-doc_annotation"), ".xml"));
        measure("bench 120", benchSample(benchCorpus, 120),
                f -> f.toString().endsWith(".xml") ? meantimeText(f) : json(Files.readString(f), "text"));
    }

    private interface TextOf {
        String read(Path file) throws IOException;
    }

    /** A narrower cue measured against today's: which sentences it would parse. */
    private record Variant(String name, Predicate<Shape> parses) {
    }

    /** What the cues see in one sentence. */
    private record Shape(boolean today, Set<ParseCues.WordCue> words, Set<ParseCues.ActorCue> actors, int tokens) {
        boolean anyActor(ParseCues.ActorCue... kinds) {
            return Arrays.stream(kinds).anyMatch(actors::contains);
        }

        boolean anyWord(ParseCues.WordCue... kinds) {
            return Arrays.stream(kinds).anyMatch(words::contains);
        }
    }

    private static final ParseCues.ActorCue[] NAMED = {ParseCues.ActorCue.NAMED_ENTITY,
            ParseCues.ActorCue.DICTIONARY_ACTOR, ParseCues.ActorCue.AGENT};
    private static final List<Variant> VARIANTS = List.of(
            new Variant("today (a specific dictionary verb: own code, or a pattern whose words stand in the sentence)",
                    Shape::today),
            new Variant("today, named actor only (entity PERSON/ORG/place/demonym/title, Phoenix actor or agent)",
                    s -> s.today() && s.anyActor(NAMED)),
            new Variant("today, named actor or pronoun", s -> s.today()
                    && (s.anyActor(NAMED) || s.anyActor(ParseCues.ActorCue.PRONOUN))),
            new Variant("today, named actor, pronoun or collective noun", s -> s.today() && (s.anyActor(NAMED)
                    || s.anyActor(ParseCues.ActorCue.PRONOUN, ParseCues.ActorCue.COLLECTIVE))),
            new Variant("today without reporting-only cues", s -> s.today()
                    && s.anyWord(ParseCues.WordCue.TRIGGER, ParseCues.WordCue.SPECIFIC_DICTIONARY_VERB)),
            new Variant("trigger lexicon only (no dictionary verb)", s -> s.today()
                    && s.anyWord(ParseCues.WordCue.TRIGGER, ParseCues.WordCue.REPORTED_OBLIGATION)),
            new Variant("today, at most 60 tokens", s -> s.today() && s.tokens() <= 60),
            new Variant("today, at most 80 tokens", s -> s.today() && s.tokens() <= 80));

    private void measure(String corpus, List<Path> files, TextOf reader) throws IOException {
        if (files.isEmpty()) {
            System.out.println("parse share: " + corpus + " absent, skipped");
            return;
        }
        List<Shape> shapes = new ArrayList<>();
        List<List<Token>> tokenLists = new ArrayList<>();
        for (Path file : files) {
            for (String text : texts(file, reader)) {
                if (text.isBlank()) {
                    continue;
                }
                for (Sentence s : tagger.annotate(text, PublicationDate.UNKNOWN).sentences()) {
                    tokenLists.add(s.tokens());
                    shapes.add(new Shape(CUES.mayCarryEvent(s.tokens()), CUES.wordCues(s.tokens()),
                            CUES.actorCues(s.tokens()), s.tokens().size()));
                }
            }
        }
        long allTokens = shapes.stream().mapToLong(Shape::tokens).sum();
        System.out.printf(Locale.ROOT, "parse share: %s documents=%d sentences=%d tokens=%d%n", corpus, files.size(),
                shapes.size(), allTokens);
        for (Variant v : VARIANTS) {
            long sentences = shapes.stream().filter(v.parses()).count();
            long tokens = shapes.stream().filter(v.parses()).mapToLong(Shape::tokens).sum();
            System.out.printf(Locale.ROOT, "parse share: %s | %s | parsed sentences=%d (%.1f%%) tokens=%d (%.1f%%)%n",
                    corpus, v.name(), sentences, 100.0 * sentences / shapes.size(), tokens, 100.0 * tokens / allTokens);
        }
        // the cue's own cost, on the thread's CPU clock: the best of five passes after one to warm up
        long best = Long.MAX_VALUE;
        int taken = 0;
        for (int pass = 0; pass < 6; pass++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (List<Token> tokens : tokenLists) {
                taken += CUES.mayCarryEvent(tokens) ? 1 : 0;
            }
            long cpu = THREADS.getCurrentThreadCpuTime() - start;
            best = pass == 0 ? best : Math.min(best, cpu);
        }
        System.out.printf(Locale.ROOT, "parse share: %s | the cue's own cost: %.4f CPU ms/sentence (%d taken in 6 passes)%n",
                corpus, best / 1e6 / tokenLists.size(), taken);
        assertThat(shapes).anyMatch(Shape::today).anyMatch(s -> !s.today());
        assertThat(shapes).allMatch(s -> s.today() == (s.anyWord(ParseCues.WordCue.TRIGGER,
                ParseCues.WordCue.SPECIFIC_DICTIONARY_VERB, ParseCues.WordCue.REPORTED_OBLIGATION) && !s.actors().isEmpty()));
    }

    /** The articles {@code parley bench --articles n} times: every k-th of the ECB+ then the MEANTIME files. */
    private static List<Path> benchSample(List<Path> corpus, int n) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n && !corpus.isEmpty(); i++) {
            out.add(corpus.get((int) ((long) i * corpus.size() / n)));
        }
        return out;
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

    /** Every {@code every}-th file, for a quicker measurement on a loaded machine. */
    private static List<Path> sample(List<Path> files, int every) {
        return java.util.stream.IntStream.range(0, files.size()).filter(i -> i % every == 0).mapToObj(files::get).toList();
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
