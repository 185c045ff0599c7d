package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "Le pr\u00e9sident a re\u00e7u le ministre \u00e0 l\u2019\u00c9lys\u00e9e, "
            + "o\u00f9 ils ont parl\u00e9 du budget et de la s\u00e9curit\u00e9 r\u00e9gionale.";

    @Test
    void validUtf8IsReadAsSuchWithoutAGuess() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(new TextDecoding.Decoded(TEXT, "UTF-8", false));
    }

    @Test
    void windows1252IsDetectedAndSaidToBeAGuess() {
        TextDecoding.Decoded decoded = TextDecoding.decode(TEXT.getBytes(Charset.forName("windows-1252")), null);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.guessed()).isTrue();
        assertThat(decoded.note()).isEqualTo("decoded as windows-1252 (detected, not UTF-8)");
    }

    @Test
    void aDeclaredLatin1IsReadAsWindows1252AsBrowsersDo() {
        byte[] quote = {(byte) 0x93, 'o', 'k', (byte) 0x94};

        assertThat(TextDecoding.decode(quote, "ISO-8859-1")).isEqualTo(new TextDecoding.Decoded("\u201cok\u201d", "windows-1252", false));
    }
}
