package io.statementwarehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines as raw bytes with a length cap, so a line can be decoded (and
 * rejected) on its own and a 50 MB line never sits in memory whole.
 */
final class LineByteReader {

    /** A line: its bytes (only the first {@code maxBytes} when {@code tooLong}). */
    record Line(byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[8192];

    LineByteReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    break;
                }
            }
            any = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkLen && chunk[end] != '\n') {
                end++;
            }
            int n = end - start;
            int room = maxBytes - length;
            if (n > room) {
                tooLong = true;
                n = room;
            }
            if (n > 0) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxBytes, line.length * 2)));
                }
                System.arraycopy(chunk, start, line, length, n);
                length += n;
            }
            if (end < chunkLen) {
                chunkPos = end + 1;
                break;
            }
            chunkPos = chunkLen;
        }
        if (!any) {
            return null;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(line, length, tooLong);
    }
}
