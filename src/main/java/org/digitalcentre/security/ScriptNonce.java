package org.digitalcentre.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Vaadin starts each page with a few inline scripts. Rather than allowing every inline script (which would let an
 * injected one run too), each page gets a fresh random nonce: Vaadin's own scripts carry it, the page's
 * Content-Security-Policy names it ({@link BrowserPolicy}), and any other inline script or event handler attribute
 * (onerror=...) is refused by the browser.
 */
@Component
class ScriptNonce implements VaadinServiceInitListener {

    static final String ATTRIBUTE = ScriptNonce.class.getName();

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::sign);
    }

    private void sign(IndexHtmlResponse page) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        VaadinRequest request = page.getVaadinRequest();
        request.setAttribute(ATTRIBUTE, nonce);
        page.getDocument().select("script").attr("nonce", nonce);
    }

    /** The nonce of the page being answered, if it is one of Vaadin's pages. */
    static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }
}
