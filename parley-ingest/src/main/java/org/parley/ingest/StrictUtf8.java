package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that reports where the first bad byte is.
 *
 * <p>Design decision: invalid UTF-8 is rejected, not repaired with U+FFFD. JSON must be UTF-8
 * (RFC 8259), so its readers reject what this refuses; text and HTML articles fall back to charset
 * detection instead ({@link TextDecoding}), which reports its guess.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Decodes {@code bytes[from, to)}; {@code baseOffset} is the file offset of {@code bytes[0]}. */
    static String decode(byte[] bytes, int from, int to, long baseOffset) throws MalformedUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8Exception(baseOffset + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedUtf8Exception(baseOffset + in.position());
        }
        out.flip();
        return out.toString();
    }

    /** Decodes a whole file's bytes, skipping a leading byte order mark. */
    static String decodeFile(byte[] bytes) throws MalformedUtf8Exception {
        int start = startsWithBom(bytes, bytes.length) ? 3 : 0;
        return decode(bytes, start, bytes.length, 0);
    }

    /** CRLF and lone CR become LF, so offsets mean the same on every platform. */
    static String normaliseNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
