package org.parley.nlp;

/** One default annotator for all IT classes of the failsafe JVM: models load once (about 15 s). */
final class SharedAnnotator {

    private static CoreNlpAnnotator annotator;

    private SharedAnnotator() {
    }

    static synchronized CoreNlpAnnotator get() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        }
        return annotator;
    }
}
