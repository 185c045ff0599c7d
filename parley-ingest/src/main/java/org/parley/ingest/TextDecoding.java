package org.parley.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Bytes of a text or HTML article to characters: a byte order mark or a declared charset wins,
 * then strict UTF-8, then the charset ICU4J's {@link CharsetDetector} guesses. Binary content is
 * rejected before it gets here ({@link FormatSniffer}); this class only picks the encoding.
 *
 * <p>Design decision: guess rather than reject. Windows-1252 and Latin-1 pages and files are common
 * in real crawls, and one stray byte used to reject a whole article. A wrong guess can still put a
 * wrong character into a name, so every guess is reported ({@link Decoded#guessed()}) for the run's
 * summary. Stateless and thread-safe.
 */
public final class TextDecoding {

    /**
     * The characters and how they were obtained.
     *
     * @param text    the decoded text, newlines as read
     * @param charset the charset used
     * @param guessed true when neither a declaration nor valid UTF-8 named it, and detection chose it
     */
    public record Decoded(String text, String charset, boolean guessed) {

        /** What a summary says about a guessed encoding: {@code decoded as windows-1252 (detected, not UTF-8)}. */
        public String note() {
            return "decoded as " + charset + " (detected, not UTF-8)";
        }
    }

    private TextDecoding() {
    }

    /**
     * @param bytes    the whole article
     * @param declared a charset the source declares (HTTP header, HTML meta), or null
     */
    public static Decoded decode(byte[] bytes, String declared) {
        if (StrictUtf8.startsWithBom(bytes, bytes.length)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8),
                    "UTF-8", false);
        }
        Charset named = charset(declared);
        if (named != null) {
            return new Decoded(new String(bytes, named), named.name(), false);
        }
        try {
            return new Decoded(StrictUtf8.decodeFile(bytes), "UTF-8", false);
        } catch (MalformedUtf8Exception notUtf8) {
            Charset detected = detect(bytes);
            return new Decoded(new String(bytes, detected), detected.name(), true);
        }
    }

    /** The charset named, or null when the name is missing or unknown to the JDK. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read "latin1" pages as windows-1252, which is what their authors meant.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
                n = "windows-1252";
            }
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            // UTF-8 was already ruled out by strict decoding; the detector may still rank it first.
            Charset charset = match.getName().equalsIgnoreCase("UTF-8") ? null : charset(match.getName());
            if (charset != null) {
                return charset;
            }
        }
        return charset("windows-1252");
    }
}
