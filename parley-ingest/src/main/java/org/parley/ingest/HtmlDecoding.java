package org.parley.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to characters. A charset the page declares (byte order mark, HTTP
 * {@code Content-Type}, {@code <meta charset>}) is honoured, replacing the odd bad byte: the
 * publisher named the encoding. With no declaration the page must be valid UTF-8, else it is
 * rejected rather than decoded with a guessed legacy charset.
 */
final class HtmlDecoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoding() {
    }

    /**
     * @param bytes       the page
     * @param httpCharset the charset named by an HTTP header, or null
     */
    static String decode(byte[] bytes, String httpCharset) throws MalformedUtf8Exception {
        if (StrictUtf8.startsWithBom(bytes, bytes.length)) {
            return StrictUtf8.decodeFile(bytes);
        }
        Charset declared = charset(httpCharset);
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                declared = charset(m.group(1));
            }
        }
        if (declared == null) {
            return StrictUtf8.decodeFile(bytes);
        }
        return new String(bytes, declared);
    }

    private static Charset charset(String name) {
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
}
