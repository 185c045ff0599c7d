package org.parley.eval.ecb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.core.cluster.DateWindow;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.cluster.TermWeights;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.coref.CorefMention;
import org.parley.core.coref.CorefWeights;
import org.parley.core.coref.EventCorefClusterer;
import org.parley.core.coref.NeighbourStories;
import org.parley.core.coref.WordBases;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Story;
import org.parley.model.Token;

/**
 * Cross-document event coreference on the ECB+ dev gold event mentions (the "gold mentions"
 * setting): every gold mention is given, and each system only decides which mentions corefer.
 * Scored with MUC, B³, CEAF-e and the CoNLL F1 ({@link CorefScores}), singletons included.
 *
 * <p>Systems:
 * <ul>
 *   <li>{@code lemma-topic} — the standard baseline: mentions with the same head lemma in the same
 *       ECB+ topic corefer;</li>
 *   <li>{@code lemma-subtopic} — the same within the gold subtopic (the documents of one real
 *       event): what perfect document clustering would give the lemma rule;</li>
 *   <li>{@code lemma-topic-dated} — the lemma rule within the topic, split where Parley dates the
 *       documents' news apart (the date windows of {@link StoryEvidence#when()}, a day widened by
 *       one for time zones): Parley's date veto on the standard baseline;</li>
 *   <li>{@code lemma-story} — the same within Parley's stories ({@link StoryClusterer} over all the
 *       dev documents): Parley's document clusters with the lemma rule;</li>
 *   <li>{@code parley-events} — a mention that Parley's extractor also found (same sentence, the
 *       trigger contains the mention's head) takes Parley's consolidated event; the others fall back
 *       to {@code lemma-story}.</li>
 *   <li>{@code parley-coref} — Parley's event coreference ({@link EventCorefClusterer}: trigger
 *       lemmas and WordNet concepts read through {@link WordBases}, argument and date agreement, average-link) within Parley's
 *       stories, each resolved together with the stories whose documents read most like its own
 *       ({@link NeighbourStories} over {@link StoryClusterer#similarity});</li>
 *   <li>{@code parley-coref-subtopic} — the same within the gold subtopics: its ceiling with perfect
 *       document clusters.</li>
 * </ul>
 *
 * <p>Mentions are located in Parley's annotation of the document body by their words (the bench
 * gives ECB+ sentence and token numbers but the documents are detokenized, and the title, ECB+'s
 * first sentence, is not annotated): of the occurrences of the mention's words, the one nearest its
 * ECB+ sentence. The head is the first verb of the mention, else its last noun, else its last word;
 * a mention not found in the body (titles) takes each word's most frequent lemma and tag in the corpus.
 */
public final class EcbCorefRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold event mention of the bench file. */
    public record GoldMention(String doc, int sentence, List<Integer> tokens, String text, String chain) {
        public String key() {
            return doc + "/" + sentence + "/" + tokens;
        }

        public String topic() {
            return doc.substring(0, doc.indexOf('_'));
        }

        public String subtopic() {
            return topic() + (doc.endsWith("ecbplus") ? "ecbplus" : "ecb");
        }
    }

    /** A system's scores. */
    public record SystemScore(String system, CorefScores scores) {
        public String scriptLine() {
            return String.format(Locale.ROOT, "eval: set=ecb-coref system=%s mentions=%d gold_chains=%d chains=%d "
                            + "muc_f1=%.3f b3_f1=%.3f ceafe_f1=%.3f conll_f1=%.3f", system, scores.mentions(),
                    scores.goldEntities(), scores.responseEntities(), scores.muc().f1(), scores.b3().f1(),
                    scores.ceafE().f1(), scores.conllF1());
        }
    }

    /**
     * What a run measured.
     *
     * @param located      gold mentions found in Parley's annotation of their document's body
     * @param parleyCovered gold mentions that match a mention Parley's extractor produced
     */
    public record Result(List<SystemScore> systems, int mentions, int located, int parleyCovered, List<String> errors,
                         List<String> sweep) {
        public String summary() {
            return String.format(Locale.ROOT, "ECB+ dev gold event mentions: %d; located in the annotated body: %d; "
                    + "found by Parley's extractor too: %d", mentions, located, parleyCovered);
        }
    }

    private EcbCorefRun() {
    }

    /** Reads the bench's mention file ({@code coref_chain, doc_id, sent_id, tokens_number, tokens_str}). */
    public static List<GoldMention> readMentions(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable as JSON: " + e.getMessage(), e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of mentions");
        }
        List<GoldMention> out = new ArrayList<>();
        int index = 0;
        for (JsonNode m : root) {
            if (!m.hasNonNull("doc_id") || !m.hasNonNull("coref_chain") || !m.hasNonNull("tokens_str")
                    || !m.path("tokens_number").isArray()) {
                throw new IllegalArgumentException(file + ": mention " + index
                        + " lacks doc_id, coref_chain, tokens_str or tokens_number");
            }
            List<Integer> tokens = new ArrayList<>();
            m.get("tokens_number").forEach(t -> tokens.add(t.asInt()));
            out.add(new GoldMention(m.get("doc_id").asText(), m.path("sent_id").asInt(), tokens,
                    m.get("tokens_str").asText(), m.get("coref_chain").asText()));
            index++;
        }
        return out;
    }

    public static Result run(Path bench, Path storeDir) {
        return run(bench, storeDir, List.of());
    }

    /**
     * @param sweep weight settings to score besides the bundled weights, each a weight → value map
     *              applied to the bundled ones ({@link CorefSweep}); empty for none
     */
    public static Result run(Path bench, Path storeDir, List<Map<String, Double>> sweep) {
        Path file = bench.resolve("ECB_Dev_Event_gold_mentions.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("gold mentions not found: " + file);
        }
        List<GoldMention> mentions = readMentions(file);
        List<AnnotatedCorpus.Item> items = AnnotatedCorpus.of(bench.resolve("docs"), storeDir);
        Map<String, AnnotatedCorpus.Item> byDoc = new HashMap<>();
        for (AnnotatedCorpus.Item item : items) {
            String name = Path.of(item.article().raw().origin().path()).getFileName().toString();
            byDoc.putIfAbsent(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name, item);
        }
        Lexicon lexicon = Lexicon.of(items);

        // Parley's findings, stories and consolidated events over every dev document
        ParleyFindingsExtractor extractor = ParleyFindingsExtractor.bundled();
        List<ArticleFindings> findings = new ArrayList<>();
        List<StoryEvidence> evidence = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (AnnotatedCorpus.Item item : items) {
            ArticleFindings f;
            try {
                f = extractor.extract(item.article(), item.text());
            } catch (RuntimeException e) {
                System.err.println(item.doc() + ": events extraction failed (" + e + ")");
                f = new ArticleFindings(item.article().id(), List.of(), List.of());
            }
            findings.add(f);
            articles.add(item.article());
            evidence.add(StoryEvidence.of(item.article(), item.text(), f));
        }
        List<Story> stories = StoryClusterer.withDefaults().cluster(evidence);
        Map<ArticleId, String> storyOf = new HashMap<>();
        Map<String, List<ArticleId>> members = new LinkedHashMap<>();
        for (Story s : stories) {
            s.articles().forEach(a -> storyOf.put(a, s.id()));
            members.put(s.id(), s.articles());
        }
        Map<EventMention, String> eventOf = new HashMap<>();
        for (Event e : EventConsolidator.of(articles).consolidate(findings, members)) {
            e.mentions().forEach(m -> eventOf.put(m, e.id()));
        }
        Map<ArticleId, List<EventMention>> parleyMentions = new HashMap<>();
        findings.forEach(f -> parleyMentions.put(f.article(), f.events()));

        Map<String, String> gold = new TreeMap<>();
        Map<String, String> lemmaTopic = new HashMap<>();
        Map<String, String> lemmaSubtopic = new HashMap<>();
        Map<String, String> lemmaStory = new HashMap<>();
        Map<String, List<GoldMention>> topicLemmaGroups = new TreeMap<>();
        Map<String, String> lemmaKey = new HashMap<>();
        Map<String, String> parley = new HashMap<>();
        int located = 0;
        int covered = 0;
        for (GoldMention m : mentions) {
            gold.put(m.key(), m.chain());
            AnnotatedCorpus.Item item = byDoc.get(m.doc());
            Located where = item == null ? null : locate(m, item);
            String lemma;
            if (where != null) {
                located++;
                lemma = lemmaOf(head(where.tokens()));
            } else {
                lemma = lexicon.headLemma(m.text());
            }
            String story = item == null ? "doc:" + m.doc() : storyOf.getOrDefault(item.article().id(), "doc:" + m.doc());
            lemmaTopic.put(m.key(), m.topic() + "|" + lemma);
            topicLemmaGroups.computeIfAbsent(m.topic() + "|" + lemma, k -> new ArrayList<>()).add(m);
            lemmaSubtopic.put(m.key(), m.subtopic() + "|" + lemma);
            lemmaStory.put(m.key(), story + "|" + lemma);
            String event = where == null ? null : parleyEvent(where, parleyMentions.get(item.article().id()), eventOf);
            if (event != null) {
                covered++;
                parley.put(m.key(), "event|" + event);
            } else {
                parley.put(m.key(), story + "|" + lemma);
            }
        }
        CorefWeights weights = CorefWeights.bundled();
        Map<String, String> storyOfDoc = new HashMap<>();
        Map<String, StoryEvidence> evidenceOfDoc = new TreeMap<>();
        for (GoldMention m : mentions) {
            AnnotatedCorpus.Item item = byDoc.get(m.doc());
            if (item != null && storyOf.containsKey(item.article().id())) {
                storyOfDoc.put(m.doc(), storyOf.get(item.article().id()));
                evidenceOfDoc.put(m.doc(), evidence.get(items.indexOf(item)));
            }
        }
        CorefResolution resolution = new CorefResolution(mentions, byDoc,
                EcbTitles.annotate(bench.resolve("docs"), storeDir), lexicon, storyOfDoc,
                documentPairs(evidenceOfDoc, StoryClusterer.withDefaults()));
        CorefResolution.Chains chains = resolution.resolve(weights);
        Map<String, String> parleyCoref = chains.inStories();
        Map<String, String> parleyCorefSubtopic = chains.inSubtopics();
        Map<String, DateWindow> windowOf = new HashMap<>();
        byDoc.forEach((doc, item) -> {
            DateWindow when = evidence.get(items.indexOf(item)).when();
            if (when != null) {
                windowOf.put(doc, when);
            }
        });
        Map<String, String> lemmaTopicDated = new HashMap<>();
        topicLemmaGroups.forEach((group, ms) -> splitByDate(group, ms, windowOf, lemmaTopicDated));
        List<SystemScore> systems = List.of(
                new SystemScore("lemma-topic", CorefScores.of(lemmaTopic, gold)),
                new SystemScore("lemma-topic-dated", CorefScores.of(lemmaTopicDated, gold)),
                new SystemScore("lemma-subtopic", CorefScores.of(lemmaSubtopic, gold)),
                new SystemScore("lemma-story", CorefScores.of(lemmaStory, gold)),
                new SystemScore("parley-events", CorefScores.of(parley, gold)),
                new SystemScore("parley-coref", CorefScores.of(parleyCoref, gold)),
                new SystemScore("parley-coref-subtopic", CorefScores.of(parleyCorefSubtopic, gold)));
        Map<String, CorefMention> byId = new HashMap<>();
        chains.mentions().forEach(c -> byId.put(c.id(), c));
        Map<String, String> texts = new HashMap<>();
        mentions.forEach(m -> texts.put(m.key(), m.text()));
        List<String> errors = CorefErrors.lines(byId, texts, parleyCoref, gold,
                doc -> storyOfDoc.containsKey(doc) ? chains.blockOfStory().getOrDefault(storyOfDoc.get(doc),
                        storyOfDoc.get(doc)) : null);
        return new Result(systems, mentions.size(), located, covered, errors,
                CorefSweep.table(resolution, weights, sweep, gold));
    }

    /** How alike each two documents read, as the story clusterer measures it (its background term weights). */
    private static List<NeighbourStories.DocumentPair> documentPairs(Map<String, StoryEvidence> evidenceOfDoc,
                                                                    StoryClusterer clusterer) {
        TermWeights weights = TermWeights.background();
        List<String> docs = List.copyOf(evidenceOfDoc.keySet());
        List<NeighbourStories.DocumentPair> pairs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                double similarity = clusterer.similarity(evidenceOfDoc.get(docs.get(i)), evidenceOfDoc.get(docs.get(j)),
                        weights);
                if (similarity > 0) {
                    pairs.add(new NeighbourStories.DocumentPair(docs.get(i), docs.get(j), similarity));
                }
            }
        }
        return pairs;
    }

    /**
     * Splits one topic-and-lemma group of mentions by their documents' date windows: documents whose
     * windows overlap (transitively) stay together; undated documents join the largest dated part.
     */
    private static void splitByDate(String group, List<GoldMention> mentions, Map<String, DateWindow> windowOf,
                                    Map<String, String> out) {
        List<String> docs = mentions.stream().map(GoldMention::doc).distinct().sorted().toList();
        List<String> dated = docs.stream().filter(windowOf::containsKey).toList();
        Map<String, Integer> part = new HashMap<>();
        int[] parent = new int[dated.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                if (windowOf.get(dated.get(i)).overlaps(windowOf.get(dated.get(j)))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, Integer> size = new TreeMap<>();
        for (int i = 0; i < dated.size(); i++) {
            part.put(dated.get(i), root(parent, i));
            size.merge(root(parent, i), 1, Integer::sum);
        }
        int largest = size.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(-1);
        for (GoldMention m : mentions) {
            out.put(m.key(), group + "|" + part.getOrDefault(m.doc(), largest));
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Where a gold mention sits in Parley's annotation: a sentence and the mention's tokens in it. */
    record Located(int sentence, List<Token> tokens) {
    }

    /** The occurrence of the mention's words in the annotated body nearest its ECB+ sentence, or null. */
    static Located locate(GoldMention m, AnnotatedCorpus.Item item) {
        String[] words = m.text().split("\\s+");
        Located best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : item.text().sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    match = tokens.get(i + k).word().equals(words[k]);
                }
                // the body starts after ECB+'s first sentence (the title), hence sentence + 1
                int distance = Math.abs(s.index() + 1 - m.sentence());
                if (match && distance < bestDistance) {
                    best = new Located(s.index(), tokens.subList(i, i + words.length));
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The head of an event mention: its first verb, else its last noun, else its last word. */
    static Token head(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.pos().isVerb()) {
                return t;
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).pos().isNoun()) {
                return tokens.get(i);
            }
        }
        return tokens.get(tokens.size() - 1);
    }

    static String lemmaOf(Token t) {
        return (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
    }

    private static String parleyEvent(Located where, List<EventMention> mentions, Map<EventMention, String> eventOf) {
        if (mentions == null) {
            return null;
        }
        String head = head(where.tokens()).word().toLowerCase(Locale.ROOT);
        for (EventMention p : mentions) {
            if (p.evidence().sentence() == where.sentence() && p.trigger() != null
                    && Arrays.asList(p.trigger().toLowerCase(Locale.ROOT).split("\\s+")).contains(head)) {
                return eventOf.get(p);
            }
        }
        return null;
    }

    /** Each word form's most frequent lemma and tag in the annotated corpus, for mentions outside the body. */
    record Lexicon(Map<String, Token> typical) {
        static Lexicon of(List<AnnotatedCorpus.Item> items) {
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            Map<String, Token> examples = new HashMap<>();
            for (AnnotatedCorpus.Item item : items) {
                for (Sentence s : item.text().sentences()) {
                    for (Token t : s.tokens()) {
                        String reading = t.lemma() + "\u0000" + t.pos().penn();
                        counts.computeIfAbsent(t.word(), w -> new TreeMap<>()).merge(reading, 1, Integer::sum);
                        examples.putIfAbsent(t.word() + "\u0000" + reading, t);
                    }
                }
            }
            Map<String, Token> typical = new HashMap<>();
            counts.forEach((word, readings) -> {
                String top = readings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                typical.put(word, examples.get(word + "\u0000" + top));
            });
            return new Lexicon(typical);
        }

        String headLemma(String text) {
            return lemmaOf(headToken(text));
        }

        /** The head of a mention's words read with their typical lemma and tag. */
        Token headToken(String text) {
            return head(tokens(text));
        }

        /** A mention's words read with their typical lemma and tag. */
        List<Token> tokens(String text) {
            List<Token> tokens = new ArrayList<>();
            for (String w : text.split("\\s+")) {
                // titles capitalise words ("Killed"): fall back to the lower-case form's reading
                Token t = typical.getOrDefault(w, typical.get(w.toLowerCase(Locale.ROOT)));
                tokens.add(t != null ? t
                        : new Token(w, new Span(0, w.length()), PartOfSpeech.OTHER, w, EntityType.NONE));
            }
            return tokens;
        }
    }
}
