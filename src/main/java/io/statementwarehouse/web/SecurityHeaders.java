package io.statementwarehouse.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every page shows text from releases, which is untrusted. Thymeleaf escapes it; these headers are the second line:
 * no script runs, nothing is fetched from anywhere (the pages need no network: styles are inline, charts are inline
 * SVG or data: images), forms only submit here, and no other site may frame the pages.
 */
@Component
@ConditionalOnWebApplication
class SecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
