package io.statementwarehouse.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Deterministic keys: the same release always gets the same key, in any run, on any machine. */
public final class ReleaseKeys {

    private ReleaseKeys() {
    }

    /** A positive 63-bit key from the source and its id (first bytes of SHA-256). */
    public static long releaseKey(String source, String sourceId) {
        byte[] digest = sha256((source == null ? "" : source.strip().toLowerCase(Locale.ROOT)) + '\u0000' + sourceId);
        return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
    }

    /** Hash of the text with case and white space folded: republished copies hash alike. */
    public static String textHash(String body) {
        byte[] digest;
        if (normalizedUtf8(body)) {
            Scratch scratch = SCRATCH.get();
            MessageDigest sha = PER_RELEASE.get();
            sha.update(scratch.bytes, 0, scratch.length);
            digest = sha.digest();
        } else {
            digest = sha256(normalizedText(body));
        }
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** The bytes {@link #normalizedUtf8} writes, per thread: a body's worth of bytes per release was a tenth of the reader's garbage. */
    private static final class Scratch {
        byte[] bytes = new byte[1 << 16];
        int length;
        /** The body's characters, copied at once: a loop over an array has no per-character index checks of {@code charAt}. */
        char[] chars = new char[1 << 14];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The text with white space folded into single spaces (none leading or trailing) and lower-cased. */
    static String normalizedText(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        boolean space = true; // drops leading white space, folds runs of it into one space
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    /**
     * Writes the UTF-8 bytes of {@link #normalizedText} into this thread's {@link Scratch}, in one pass without the
     * intermediate string (it is hashed for every release: a tenth of the reading time in the profile); false for
     * a text with surrogate pairs, which takes the plain way.
     */
    private static boolean normalizedUtf8(String body) {
        int n = body.length();
        Scratch scratch = SCRATCH.get();
        if (scratch.bytes.length < n * 3) {
            scratch.bytes = new byte[n * 3];
        }
        if (scratch.chars.length < n) {
            scratch.chars = new char[n];
        }
        char[] chars = scratch.chars;
        body.getChars(0, n, chars, 0);
        byte[] out = scratch.bytes;
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 128) {
                if (ASCII_SPACE[c]) {
                    space = true;
                    continue;
                }
                if (space && len > 0) {
                    out[len++] = ' ';
                }
                space = false;
                out[len++] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
                continue;
            }
            if (Character.isSurrogate(c)) {
                return false;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && len > 0) {
                out[len++] = ' ';
            }
            space = false;
            char l = Character.toLowerCase(c);
            if (l < 0x80) {
                out[len++] = (byte) l;
            } else if (l < 0x800) {
                out[len++] = (byte) (0xC0 | (l >> 6));
                out[len++] = (byte) (0x80 | (l & 0x3F));
            } else {
                out[len++] = (byte) (0xE0 | (l >> 12));
                out[len++] = (byte) (0x80 | ((l >> 6) & 0x3F));
                out[len++] = (byte) (0x80 | (l & 0x3F));
            }
        }
        scratch.length = len;
        return true;
    }

    public static byte[] sha256(String text) {
        return PER_RELEASE.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One digest per thread for the two hashes of every release (a digest resets when it returns its
     * value), instead of a provider look-up per call; {@link #sha256()} gives a fresh one for streaming.
     */
    private static final ThreadLocal<MessageDigest> PER_RELEASE = ThreadLocal.withInitial(ReleaseKeys::sha256);

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
