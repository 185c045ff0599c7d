package org.parley.nlp;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

/**
 * HeidelTime 2.2.1 (English rules) as a {@link TimexFinder}, fed the tokens, sentences and
 * part-of-speech tags CoreNLP has already computed instead of running TreeTagger. With a
 * publication date it reads the text as news (relative expressions resolved against that date);
 * without one as narrative (against the dates the text itself states).
 *
 * <p>Only the sentences given are handed to HeidelTime; the rest of the text is there but unread.
 * A rule runs on a sentence only when the sentence holds the literals it needs ({@link GatedHeidelTime}).
 *
 * <p>Thread safety: HeidelTime's annotator keeps counters between calls, so each call takes a
 * worker (annotators and a reusable CAS) that no other call holds; the rule resources they read are
 * loaded once by HeidelTime and shared. Its global configuration ({@code Config}) is set once,
 * before the first annotator is built.
 *
 * <p>Design decision: workers are pooled, not one per thread, so there are only as many as calls
 * ever ran at once, and a new thread (each ingest starts its own) takes a worker built before
 * instead of building one. HeidelTime's costly first call (scanning its resources, ~5 s) is once per
 * JVM, not per worker: profiled on {@code parley bench}, it falls in the warm-up on the loading
 * thread, and the ingest threads' own workers cost ~1% of the time tagger.
 *
 * <p>Design decision: the UIMA annotator is driven directly rather than through
 * {@code HeidelTimeStandalone}, whose {@code POSTagger.NO} mode would tokenize again with a
 * language-independent tokenizer and give no tags: HeidelTime's tense rules (is "Monday" last
 * Monday or next?) and its negative rules ("may" the verb is no month) read the tags.
 */
final class HeidelTimeFinder implements TimexFinder {

    private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

    private final TypeSystemDescription types;
    private final boolean gated;
    /** Workers not in use; a call takes one (or builds one when all are busy) and gives it back. */
    private final Queue<Worker> idle = new ConcurrentLinkedQueue<>();

    /** Loads HeidelTime's type system and configuration and builds the first worker. */
    HeidelTimeFinder() {
        this(true);
    }

    /** @param gated whether rules skip the sentences without their literals ({@link GatedHeidelTime}; same results) */
    HeidelTimeFinder(boolean gated) {
        configureOnce();
        try {
            this.types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(HeidelTimeFinder.class.getClassLoader().getResource(TYPE_SYSTEM)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read HeidelTime's type system " + TYPE_SYSTEM, e);
        }
        this.gated = gated;
        idle.add(new Worker(types, gated));
    }

    @Override
    public List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Worker worker = idle.poll();
        if (worker == null) {
            worker = new Worker(types, gated);
        }
        try {
            return worker.run(text, sentences, published);
        } finally {
            idle.add(worker);
        }
    }

    /** One worker's annotators (one per document type, built when first needed) and CAS; used by one call at a time. */
    private static final class Worker {
        private final JCas jcas;
        private final Map<DocumentType, HeidelTime> taggers = new EnumMap<>(DocumentType.class);
        private final boolean gated;

        Worker(TypeSystemDescription types, boolean gated) {
            this.gated = gated;
            try {
                this.jcas = CasCreationUtils.createCas(types, null, null).getJCas();
            } catch (Exception e) {
                throw new IllegalStateException("cannot create a CAS for HeidelTime", e);
            }
        }

        List<FoundTimex> run(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
            jcas.reset();
            jcas.setDocumentText(text);
            published.ifPresent(date -> {
                Dct dct = new Dct(jcas);
                dct.setValue(date.toString());
                dct.addToIndexes();
            });
            int tokenId = 0;
            for (int s = 0; s < sentences.size(); s++) {
                CoreMap sentence = sentences.get(s);
                Sentence annotation = new Sentence(jcas, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                annotation.setSentenceId(s);
                annotation.addToIndexes();
                for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    Token token = new Token(jcas, label.beginPosition(), label.endPosition());
                    token.setTokenId(tokenId++);
                    token.setSentId(s);
                    token.setPos(TreeTaggerTags.of(label.tag(), label.lemma()));
                    token.addToIndexes();
                }
            }
            tagger(published.isPresent() ? DocumentType.NEWS : DocumentType.NARRATIVES).process(jcas);
            List<FoundTimex> out = new ArrayList<>();
            FSIterator<Annotation> found = jcas.getAnnotationIndex(Timex3.type).iterator();
            while (found.hasNext()) {
                Timex3 timex = (Timex3) found.next();
                out.add(new FoundTimex(timex.getBegin(), timex.getEnd(), timex.getTimexType(), timex.getTimexValue()));
            }
            return out;
        }

        private HeidelTime tagger(DocumentType type) {
            return taggers.computeIfAbsent(type, t -> {
                HeidelTime tagger = gated ? new GatedHeidelTime() : new HeidelTime();
                try {
                    tagger.initialize(new UimaContextImpl(Language.ENGLISH, t, false));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot initialize HeidelTime for " + t, e);
                }
                return tagger;
            });
        }
    }

    /** HeidelTime's settings, which its UIMA context reads from a global; the values of its shipped config.props. */
    private static synchronized void configureOnce() {
        if (Config.isInitialized()) {
            return;
        }
        Properties props = new Properties();
        for (String type : List.of("Date", "Duration", "Set", "Time")) {
            props.setProperty("consider" + type, "true");
            props.setProperty("uimaVar" + type, type);
        }
        props.setProperty("considerTemponym", "false");
        props.setProperty("uimaVarTemponym", "Temponym");
        props.setProperty("uimaVarLanguage", "Language");
        props.setProperty("uimaVarTypeToProcess", "Type");
        props.setProperty("typeSystemHome", TYPE_SYSTEM);
        Config.setProps(props);
    }
}
