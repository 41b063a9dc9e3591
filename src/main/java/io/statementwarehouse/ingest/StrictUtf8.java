package io.statementwarehouse.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that reports invalid bytes instead of replacing them, so they can be rejected. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The decoded text, or null when the bytes are not valid UTF-8. A leading BOM is dropped. */
    static String decode(byte[] bytes, int length) {
        int offset = 0;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        // The JDK's own decoding is far cheaper than a CharsetDecoder (a copy straight into a Latin-1 string for
        // most texts) but replaces invalid bytes with U+FFFD: a text without one was valid, and only a text
        // with one (rare: an invalid byte, or a U+FFFD written in the input) is decoded again, strictly.
        String lenient = new String(bytes, offset, length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean looksBinary(byte[] bytes, int length) {
        int n = Math.min(length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
