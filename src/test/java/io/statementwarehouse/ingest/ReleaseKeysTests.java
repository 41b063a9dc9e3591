package io.statementwarehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ReleaseKeysTests {

    /** The hash as first defined: SHA-256 of the folded text's UTF-8 bytes. Stored hashes must stay valid. */
    private static String reference(String body) {
        return HexFormat.of().formatHex(ReleaseKeys.sha256().digest(ReleaseKeys.normalizedText(body).getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    @Test
    void theFastHashEqualsTheDefinition() {
        for (String body : new String[] {"", "  Hello,\n\tWorld  ", "The U.S. and China\u00a0agreed\u2009today.",
                "Beijing\u2019s \u201cposition\u201d \u2014 \u00c9lys\u00e9e, \u0130stanbul, \u00df, \u4e2d\u56fd \u0394\u0395",
                "emoji \ud83d\ude00 pair", "lone \ud800 surrogate", "\u2028line\u2029para\u3000ideographic"}) {
            assertThat(ReleaseKeys.textHash(body)).as(body).isEqualTo(reference(body));
        }
        assertThat(ReleaseKeys.textHash("A  b")).isEqualTo(ReleaseKeys.textHash("a\nB"));
    }
}
