package org.digitalcentre.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the browser may do with our pages (docs/decisions/0005-what-the-browser-may-do.md): load and run only what
 * comes from the app itself, never be framed, send no referrer, use no camera, microphone or location, and keep no
 * copy of a page on a shared computer. Each allowance of the Content-Security-Policy is explained in the decision.
 */
final class BrowserPolicy {

    /**
     * The policy of every page and file of the app; {@code %s} is where a page's script nonce goes. Each allowance
     * beyond 'self' is explained in docs/decisions/0005-what-the-browser-may-do.md.
     */
    static final String PAGES = String.join("; ",
            "default-src 'self'",
            // Vaadin's inline start-up scripts carry the page's nonce (ScriptNonce); Flow runs the JavaScript the
            // server sends (executeJs, event data) by building functions from text, hence 'unsafe-eval'.
            "script-src 'self'%s 'unsafe-eval'",
            // Lumo, the components and Vaadin's start-up page add <style> elements and style attributes.
            "style-src 'self' 'unsafe-inline'",
            // Lumo's icons and the components' small images are data: URLs.
            "img-src 'self' data:",
            "font-src 'self' data:",
            "media-src 'self'",
            // Server push is a WebSocket to the same origin, which 'self' covers.
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-src 'none'",
            "frame-ancestors 'none'");

    /**
     * The policy of a picture in SVG, in case someone opens its address by itself: a sandbox with no script, so that a
     * script hidden in an author's file can never run with the app's rights.
     */
    static final String SVG = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

    private BrowserPolicy() {
    }

    /** The pages' policy for this request: with the nonce of Vaadin's start-up scripts when it is a page. */
    static String pages(HttpServletRequest request) {
        return PAGES.formatted(ScriptNonce.of(request).map(nonce -> " 'nonce-" + nonce + "'").orElse(""));
    }

    /** The headers of every response, for Spring Security's headers DSL. */
    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers
                .addHeaderWriter(new ContentSecurityPolicy())
                .addHeaderWriter(new NoCopyOnSharedComputers())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS));
    }

    /**
     * Written when the response is committed (Spring Security's default), so the content type is known: an SVG gets
     * the sandbox, everything else the pages' policy.
     */
    static final class ContentSecurityPolicy implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            String type = response.getContentType();
            boolean svg = (type != null && type.toLowerCase().startsWith("image/svg"))
                    || request.getRequestURI().toLowerCase().endsWith(".svg");
            response.setHeader("Content-Security-Policy", svg ? SVG : pages(request));
        }
    }

    /**
     * Pages, server answers and downloads hold a learner's name and work: the browser keeps no copy of them, so the
     * next person at the computer cannot find them in its cache. Spring Security already says so on responses that
     * say nothing; Vaadin's pages say "no-cache" (which still allows a copy on disk), so this writer, run last, puts
     * no-store there too. Only files the server itself marks cacheable for a time (Vaadin's versioned bundle: the
     * same code for everyone) keep their setting.
     */
    static final class NoCopyOnSharedComputers implements HeaderWriter {

        static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            String cache = response.getHeader("Cache-Control");
            if (cache == null || !cacheableForATime(cache)) {
                response.setHeader("Cache-Control", NO_STORE);
                response.setHeader("Pragma", "no-cache");
                response.setHeader("Expires", "0");
            }
        }

        private static boolean cacheableForATime(String cache) {
            String value = cache.toLowerCase();
            return !value.contains("no-store") && !value.contains("no-cache") && !value.contains("private")
                    && value.matches(".*max-age=0*[1-9].*");
        }
    }
}
