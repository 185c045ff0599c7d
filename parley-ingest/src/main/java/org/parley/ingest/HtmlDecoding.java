package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to characters. A charset the page declares (byte order mark, HTTP
 * {@code Content-Type}, {@code <meta charset>}) is honoured, replacing the odd bad byte: the
 * publisher named the encoding. With no declaration, valid UTF-8 is read as such and anything
 * else is decoded with the charset {@link TextDecoding} detects (the guess is reported).
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
    static TextDecoding.Decoded decode(byte[] bytes, String httpCharset) {
        String declared = TextDecoding.charset(httpCharset) == null ? metaCharset(bytes) : httpCharset;
        return TextDecoding.decode(bytes, declared);
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
