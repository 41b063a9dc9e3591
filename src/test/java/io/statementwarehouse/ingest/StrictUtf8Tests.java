package io.statementwarehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Decoding that keeps valid text, typographic quotes and written replacement characters included, and refuses invalid bytes. */
class StrictUtf8Tests {

    private static String decode(byte[] bytes) {
        return StrictUtf8.decode(bytes, bytes.length);
    }

    @Test
    void validTextComesBackAsWritten() {
        String text = "China\u2019s \u201cBelt and Road\u201d, S\u00e3o Paulo, \u4e60\u8fd1\u5e73, \ud83c\udf0d";
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        // a replacement character written in the input is text, not an error
        assertThat(decode("a \ufffd b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \ufffd b");
        // a leading byte-order mark is dropped
        assertThat(decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'})).isEqualTo("ok");
    }

    @Test
    void invalidBytesAreRefused() {
        assertThat(decode(new byte[] {'a', (byte) 0xE9, 'b'})).isNull(); // Latin-1, not UTF-8
        assertThat(decode(new byte[] {'a', (byte) 0xE2, (byte) 0x80})).isNull(); // cut off
        assertThat(decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isNull(); // an encoded surrogate
        assertThat(decode(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF})).isNull(); // U+FFFD, then garbage
    }
}
