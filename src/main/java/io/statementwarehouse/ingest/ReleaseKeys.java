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
        String normalized = sb.toString();
        return HexFormat.of().formatHex(sha256(normalized), 0, 16);
    }

    public static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
