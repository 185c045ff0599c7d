package org.parley.ingest.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.parley.core.ports.LanguageDetector;

/**
 * Language detection with the optimaize n-gram profiles (71 languages, built in). Returns the
 * ISO 639-1 code ({@code en}, {@code vi}, {@code zh}; a few languages without one, such as
 * Asturian, keep their 639-3 code) or {@link #UNDETERMINED} when the text has fewer than
 * {@value #MIN_LETTERS} letters or no language reaches {@value #MIN_PROBABILITY} probability.
 * Only the first {@value #MAX_CHARS} characters are looked at: enough to be sure, and it keeps
 * long articles cheap.
 *
 * <p>Thread-safe: the profiles are loaded once, in the constructor (about a second and some
 * tens of MB); the detector and the text factory hold no per-call state. Build one per process.
 */
public final class OptimaizeLanguageDetector implements LanguageDetector {

    static final int MAX_CHARS = 5_000;
    static final int MIN_LETTERS = 20;
    static final double MIN_PROBABILITY = 0.90;

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts;

    public OptimaizeLanguageDetector() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the built-in language profiles", e);
        }
        texts = CommonTextObjectFactories.forDetectingOnLargeText();
    }

    @Override
    public String detect(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (head.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(head));
        if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return ranked.get(0).getLocale().getLanguage();
    }
}
