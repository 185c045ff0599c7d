package org.parley.engine;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parley.core.clean.BoilerplateCleaner;
import org.parley.core.dates.PublicationDateResolver;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.ingest.lang.OptimaizeLanguageDetector;
import org.parley.model.AnnotatedText;
import org.parley.model.PublicationDate;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * The composition root of the local engine: which adapter implements which stage. The CLI, the eval
 * commands, the server and the Spark job ask this class for stages, so swapping an adapter is a
 * one-line change here.
 */
public final class Pipeline {

    /** Languages Parley analyses; others are stored and reported as skipped. */
    public static final Set<String> ANALYSED_LANGUAGES = Set.of("en");

    private Pipeline() {
    }

    /**
     * The Java system property that chooses the time tagger of every command that annotates
     * ({@code -Dparley.timex=sutime|heideltime|both}, e.g. in {@code PARLEY_JAVA_OPTS}); unset, the
     * default's ({@link NlpConfig#defaults()}).
     */
    public static final String TIMEX_PROPERTY = "parley.timex";

    /** The ingest stages; with {@code annotate}, CoreNLP ({@link #nlpConfig()}) is loaded on first use. */
    public static Ingester.Stages stages(boolean annotate) {
        return stages(annotate, nlpConfig());
    }

    /** The NLP configuration of the commands: {@link NlpConfig#defaults()} with the tagger of {@link #TIMEX_PROPERTY}. */
    public static NlpConfig nlpConfig() {
        String timex = System.getProperty(TIMEX_PROPERTY);
        return timex == null || timex.isBlank() ? NlpConfig.defaults()
                : NlpConfig.defaults().withTagger(NlpConfig.TimeTagger.named(timex));
    }

    /** The ingest stages annotating with {@code nlp}. */
    public static Ingester.Stages stages(boolean annotate, NlpConfig nlp) {
        BoilerplateCleaner cleaner = new BoilerplateCleaner();
        PublicationDateResolver dates = new PublicationDateResolver();
        Optional<Annotator> annotator = annotate
                ? Optional.of(new LazyAnnotator(() -> new CoreNlpAnnotator(nlp)))
                : Optional.empty();
        return new Ingester.Stages(cleaner::clean, dates::resolve, new OptimaizeLanguageDetector(), annotator,
                ANALYSED_LANGUAGES, annotate ? Optional.of(findings()) : Optional.empty());
    }

    /** The events stage (actors, events, dates, commitments); loads its bundled data once per process. */
    public static synchronized FindingsExtractor findings() {
        if (findings == null) {
            findings = ParleyFindingsExtractor.bundled();
        }
        return findings;
    }

    private static FindingsExtractor findings;

    /**
     * Builds the real annotator on first use: loading CoreNLP's models takes seconds and gigabytes,
     * and a run that finds nothing new to annotate should pay for neither.
     */
    public static final class LazyAnnotator implements Annotator {
        private final Supplier<Annotator> factory;
        private volatile Annotator delegate;

        public LazyAnnotator(Supplier<Annotator> factory) {
            this.factory = factory;
        }

        private Annotator delegate() {
            Annotator d = delegate;
            if (d == null) {
                synchronized (this) {
                    if (delegate == null) {
                        System.err.println("Loading the NLP models (Stanford CoreNLP), once per run...");
                        delegate = factory.get();
                    }
                    d = delegate;
                }
            }
            return d;
        }

        @Override
        public String name() {
            return delegate().name();
        }

        @Override
        public boolean annotatesLinesApart() {
            return delegate().annotatesLinesApart();
        }

        @Override
        public boolean wouldAddTo(AnnotatedText stored) {
            return delegate().wouldAddTo(stored);
        }

        @Override
        public AnnotatedText annotate(String cleanText, PublicationDate published) {
            return delegate().annotate(cleanText, published);
        }
    }
}
