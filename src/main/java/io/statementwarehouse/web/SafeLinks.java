package io.statementwarehouse.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links taken from releases are untrusted: a {@code javascript:} or {@code data:} URL in a feed must not become a
 * link. Only absolute http and https URLs with a host pass; anything else is shown as text, or not at all.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    /** The URL if it is an absolute http(s) URL with a host, else null. */
    public static String httpOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
