package org.parley.core.ports;

/** Detects the language of a text. Implementations are thread-safe. */
public interface LanguageDetector {

    /** Code for a text whose language cannot be determined (too short, mixed, not language). */
    String UNDETERMINED = "und";

    /** The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
    String detect(String text);
}
