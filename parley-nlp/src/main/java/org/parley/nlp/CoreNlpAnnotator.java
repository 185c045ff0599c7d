package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.parley.core.ports.Annotator;
import org.parley.model.AnnotatedText;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.PublicationDate;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Stanford CoreNLP 4.5.10 behind the {@link Annotator} port: tokenize, ssplit, pos, lemma, ner
 * (with Parley's curated fine-grained list and repairs; CoreNLP's numeric classifiers only on the sentences
 * that can hold a quantity: {@link QuantityGatedNer}), a time tagger and, optionally, UD basic
 * dependency parses (by default only of the sentences that may carry an event: {@link CuedParser}).
 * Every span in the result refers to the text given to {@link #annotate}.
 *
 * <p>Sentences: a line break always ends a sentence, because clean news text puts headlines,
 * datelines and captions on lines of their own, without final punctuation.
 *
 * <p>Time expressions: the {@link TimexFinder} of {@link NlpConfig#tagger()} (SUTime, HeidelTime or
 * both) reads the sentences {@link NlpConfig.TimeScope} chooses (all, or those with a temporal cue)
 * with the publication date as document date when it is {@link PublicationDate.Dated}; otherwise
 * with none, so relative expressions keep unresolved values such as {@code XXXX-03-26}. All-numeric
 * dates ({@code 27/03/2024}), which the taggers do not read, are added by a separate pass.
 *
 * <p>Thread safety: one instance is built per process (loading takes seconds and about a gigabyte)
 * and may be called from several threads at once. Each call gets its own CoreNLP
 * {@code Annotation}; the annotators are shared. CoreNLP's own multi-threaded mode
 * ({@code -threads}) shares single annotator instances across threads in the same way, and
 * {@code CoreNlpAnnotatorIT} checks that two threads give the same result as one.
 *
 * <p>Design decision: the annotators are built directly (not through {@code StanfordCoreNLP}),
 * so that the time tagger can run on chosen sentences and each stage's time can be measured per call,
 * and so that nothing is shared through CoreNLP's global annotator cache between configurations.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Entity types that are not reported as entity mentions: times go to {@code times}, numbers nowhere. */
    private static final Set<String> NOT_ENTITIES = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");
    /**
     * Revision of Parley's own passes around CoreNLP, raised when their output changes for the same
     * configuration. 2: temporal cues without the bare-digit cue, plus now/currently/recently/...;
     * 3: the combined time tagger moves a weekday told as planned to the coming week (FutureWeekdays);
     * 4: cued parsing leaves unparsed a sentence whose only dictionary verb has no code of its own nor
     * an event pattern whose words stand in the sentence (ParseCues).
     * 5: SUTime's answer no longer depends on what it read before (SuTimeFinder) and it is asked fewer
     * questions (CombinedTimexFinder.mayTakeSecond).
     */
    static final int REVISION = 5;
    private static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final String CORENLP_FINE_GRAINED =
            "ignorecase=true,validpospattern=^(NN|JJ).*,edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab;"
                    + "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    private final NlpConfig config;
    private final List<Stage> stages;
    private final TimexFinder timexFinder;
    /** The parser of {@link NlpConfig.ParseScope#CUED_SENTENCES}, or null when every sentence or none is parsed. */
    private final CuedParser cuedParser;
    private final EntityTagRepairs repairs;
    /** CoreNLP's NER, its numeric classifiers run only where a quantity can stand (QuantityCues). */
    private final QuantityGatedNer ner;
    private final Map<String, LongAdder> nanosByStage = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();

    private record Stage(String name, edu.stanford.nlp.pipeline.Annotator annotator) {
    }

    /** Loads the models of {@code config}: slow (seconds); build one per process. */
    public CoreNlpAnnotator(NlpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        Properties props = properties(config);
        AnnotatorImplementations build = new AnnotatorImplementations();
        List<Stage> list = new ArrayList<>();
        list.add(timed("tokenize", () -> build.tokenizer(props)));
        // CoreNLP 4.5's tokenizer also splits sentences (reading the ssplit.* properties).
        list.add(timed("pos", () -> build.posTagger(props)));
        list.add(timed("lemma", () -> build.morpha(props, false)));
        Stage nerStage = timed("ner", () -> QuantityGatedNer.load(props));
        list.add(nerStage);
        Stage parse = null;
        if (config.depparse()) {
            parse = timed("depparse", () -> config.parse() == NlpConfig.ParseScope.CUED_SENTENCES
                    ? CuedParser.load(ParseCues.bundled()) : build.dependencies(props));
            list.add(parse);
        }
        this.ner = (QuantityGatedNer) nerStage.annotator();
        this.cuedParser = parse != null && parse.annotator() instanceof CuedParser cued ? cued : null;
        this.stages = List.copyOf(list);
        this.timexFinder = config.time() == NlpConfig.TimeScope.OFF ? null : timexFinder(config.tagger(), props);
        this.repairs = new EntityTagRepairs(CuratedGazetteer.load(), config.fineGrained() != NlpConfig.FineGrained.NONE);
    }

    private static TimexFinder timexFinder(NlpConfig.TimeTagger tagger, Properties props) {
        return switch (tagger) {
            case SUTIME -> new SuTimeFinder(props);
            case HEIDELTIME -> new HeidelTimeFinder();
            case BOTH -> new CombinedTimexFinder(new HeidelTimeFinder(), new SuTimeFinder(props));
        };
    }

    /** Parley's default configuration, {@link NlpConfig#defaults()}. */
    public CoreNlpAnnotator() {
        this(NlpConfig.defaults());
    }

    public NlpConfig config() {
        return config;
    }

    /**
     * Names the models, the configuration and {@link #REVISION}. Stores keep it with each annotation;
     * they do not re-annotate when it changes, so delete cached stores after a revision change.
     */
    @Override
    public String name() {
        return "corenlp-4.5.10 " + config.label() + " rev=" + REVISION;
    }

    /**
     * True with SUTime (or no time tagger): a line break always ends a sentence
     * ({@code ssplit.newlineIsSentenceBreak=always}), and tagging, NER, parsing and SUTime work
     * sentence by sentence against the publication day. HeidelTime reads the whole document, so not
     * with it.
     */
    @Override
    public boolean annotatesLinesApart() {
        return config.tagger() == NlpConfig.TimeTagger.SUTIME || config.time() == NlpConfig.TimeScope.OFF;
    }

    /**
     * With cued parsing: whether the stored annotation left unparsed a sentence that today's cues
     * ({@link ParseCues}, read from the extractors' data) would parse.
     */
    @Override
    public boolean wouldAddTo(AnnotatedText stored) {
        if (!config.depparse() || config.parse() != NlpConfig.ParseScope.CUED_SENTENCES) {
            return false;
        }
        return ParseCues.bundled().leftUnparsed(stored);
    }

    @Override
    public AnnotatedText annotate(String cleanText, PublicationDate published) {
        Objects.requireNonNull(cleanText, "cleanText");
        Objects.requireNonNull(published, "published");
        calls.increment();
        Annotation doc = new Annotation(cleanText);
        for (Stage stage : stages) {
            long start = System.nanoTime();
            stage.annotator().annotate(doc);
            record(stage.name(), start);
        }
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);

        long start = System.nanoTime();
        List<TimeExpression> times = new ArrayList<>();
        if (timexFinder != null) {
            List<CoreMap> chosen = config.time() == NlpConfig.TimeScope.CUED_SENTENCES
                    ? coreSentences.stream().filter(s -> TemporalCues.mayContainTime(sentenceText(cleanText, s))).toList()
                    : coreSentences;
            for (FoundTimex timex : timexFinder.find(cleanText, chosen, published.localDate())) {
                int s = sentenceIndex(coreSentences, timex);
                if (s < 0) {
                    continue;
                }
                Span span = new Span(timex.begin(), timex.end());
                times.add(new TimeExpression(span.of(cleanText), span, timex.type(), timex.value(), s));
                tagTimexTokens(coreSentences.get(s), timex);
            }
        }
        record("timex", start);

        start = System.nanoTime();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<EntityMention> entities = new ArrayList<>();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap sentence = coreSentences.get(s);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            repairs.repair(tokens);
            sentences.add(toSentence(s, sentence, tokens));
            entities.addAll(mentions(cleanText, tokens, s));
        }
        addNumericDates(cleanText, sentences, times);
        times.sort(Comparator.comparing(TimeExpression::span));
        record("convert", start);
        return new AnnotatedText(name(), sentences, entities, times);
    }

    /**
     * Wall time spent per stage (tokenize with ssplit, pos, lemma, ner, depparse, timex, convert)
     * over all calls since construction or the last {@link #resetStageTimes()}, in pipeline order.
     */
    public Map<String, Duration> stageTimes() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (Stage stage : stages) {
            out.put(stage.name(), Duration.ofNanos(nanos(stage.name())));
        }
        out.put("timex", Duration.ofNanos(nanos("timex")));
        out.put("convert", Duration.ofNanos(nanos("convert")));
        return out;
    }

    /** Number of {@link #annotate} calls counted in {@link #stageTimes()}. */
    public long callsTimed() {
        return calls.sum();
    }

    public void resetStageTimes() {
        nanosByStage.clear();
        calls.reset();
        ner.resetCounts();
        if (cuedParser != null) {
            cuedParser.resetCounts();
        }
    }

    /**
     * The sentences and tokens parsed and skipped since construction or the last
     * {@link #resetStageTimes()}; empty unless only cued sentences are parsed.
     */
    Optional<CuedParser.Counts> parseCounts() {
        return Optional.ofNullable(cuedParser).map(CuedParser::counts);
    }

    /** The sentences and tokens NER read, and those its numeric classifiers read, since construction or the last reset. */
    QuantityGatedNer.Counts numericCounts() {
        return ner.counts();
    }

    private long nanos(String stage) {
        LongAdder adder = nanosByStage.get(stage);
        return adder == null ? 0 : adder.sum();
    }

    private void record(String stage, long startNanos) {
        nanosByStage.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - startNanos);
    }

    private Stage timed(String name, java.util.function.Supplier<edu.stanford.nlp.pipeline.Annotator> loader) {
        long start = System.nanoTime();
        Stage stage = new Stage(name, loader.get());
        record("load:" + name, start);
        return stage;
    }

    static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.depparse() ? ",depparse" : ""));
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        if (config.crf() == NlpConfig.CrfModels.THREE_CLASS) {
            p.setProperty("ner.model", THREE_CLASS_MODEL);
        }
        // SUTime runs separately, per chosen sentence; the numeric rules (MONEY, PERCENT) stay.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "false");
        switch (config.fineGrained()) {
            case NONE -> p.setProperty("ner.applyFineGrained", "false");
            case CURATED -> {
                p.setProperty("ner.applyFineGrained", "true");
                p.setProperty("ner.fine.regexner.mapping", CuratedGazetteer.RESOURCE);
                p.setProperty("ner.fine.regexner.ignorecase", "false");
            }
            case CORENLP_DEFAULT -> {
                p.setProperty("ner.applyFineGrained", "true");
                p.setProperty("ner.fine.regexner.mapping", CuratedGazetteer.RESOURCE + ";" + CORENLP_FINE_GRAINED);
                p.setProperty("ner.fine.regexner.ignorecase", "false");
            }
        }
        p.setProperty("sutime.includeRange", Boolean.toString(SuTimeFinder.INCLUDE_RANGE));
        p.setProperty("sutime.markTimeRanges", "false");
        return p;
    }

    private static String sentenceText(String text, CoreMap sentence) {
        return text.substring(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    /** The index of the sentence holding {@code timex}, or -1 if it crosses a sentence boundary. */
    private static int sentenceIndex(List<CoreMap> sentences, FoundTimex timex) {
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            if (sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) <= timex.begin()
                    && timex.end() <= sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)) {
                return s;
            }
        }
        return -1;
    }

    /** Tokens inside a time expression that NER left untyped (e.g. "today") get the timex type. */
    private static void tagTimexTokens(CoreMap sentence, FoundTimex timex) {
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            if (token.beginPosition() >= timex.begin() && token.endPosition() <= timex.end()
                    && (token.ner() == null || token.ner().equals("O") || token.ner().equals("NUMBER"))) {
                token.setNER(timex.type());
            }
        }
    }

    private static Sentence toSentence(int index, CoreMap sentence, List<CoreLabel> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            out.add(new Token(CoreNlpTags.word(t), new Span(t.beginPosition(), t.endPosition()),
                    CoreNlpTags.partOfSpeech(t.tag()), t.lemma(), CoreNlpTags.entityType(t.ner())));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency("root", -1, root.index() - 1));
            }
            for (SemanticGraphEdge edge : graph.edgeListSorted()) {
                deps.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
                        edge.getDependent().index() - 1));
            }
            deps.sort(Comparator.comparingInt(Dependency::dependent));
        }
        Span span = new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        return new Sentence(index, span, out, deps);
    }

    /** Runs of tokens with one entity type (and one normalized value) become mentions. */
    private static List<EntityMention> mentions(String text, List<CoreLabel> tokens, int sentence) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            if (type == null || NOT_ENTITIES.contains(type)) {
                i++;
                continue;
            }
            String normalized = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int end = i + 1;
            while (end < tokens.size() && type.equals(tokens.get(end).ner())
                    && Objects.equals(normalized, tokens.get(end).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                end++;
            }
            Span span = new Span(tokens.get(i).beginPosition(), tokens.get(end - 1).endPosition());
            out.add(new EntityMention(span.of(text), span, CoreNlpTags.entityType(type), normalized, sentence));
            i = end;
        }
        return out;
    }

    private static void addNumericDates(String text, List<Sentence> sentences, List<TimeExpression> times) {
        for (NumericDates.Found found : NumericDates.find(text)) {
            // HeidelTime reads only the year of "27/03/2024": the whole date is the better reading.
            times.removeIf(t -> found.span().contains(t.span()) && !t.span().equals(found.span()));
            if (times.stream().anyMatch(t -> t.span().overlaps(found.span()))) {
                continue;
            }
            int sentence = sentenceOf(sentences, found.span());
            if (sentence >= 0) {
                times.add(new TimeExpression(found.span().of(text), found.span(), "DATE", found.date().toString(), sentence));
            }
        }
    }

    private static int sentenceOf(List<Sentence> sentences, Span span) {
        for (Sentence s : sentences) {
            if (s.span().contains(span)) {
                return s.index();
            }
        }
        return -1;
    }
}
