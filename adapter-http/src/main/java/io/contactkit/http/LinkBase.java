package io.contactkit.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where the {@code _Links} and {@code Location} of an answer start: scheme, host, port and path up to the servlet's
 * context. The {@code Host} header is the client's to choose, so only a deployment that checks it (a container or
 * proxy in front) should build links from it; a fixed public URL, or the address the request arrived at, cannot be
 * steered by a client.
 */
abstract class LinkBase {

    /** The URL of the request as the container reports it, Host header and all. */
    static LinkBase ofRequest() {
        return new LinkBase() {
            @Override
            String of(HttpServletRequest request) {
                StringBuffer url = request.getRequestURL();
                return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
            }
        };
    }

    /** The URL clients reach the servlet's context at, whatever a request says. */
    static LinkBase fixed(URI publicUrl) {
        String text = publicUrl.toString();
        String base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        return new LinkBase() {
            @Override
            String of(HttpServletRequest request) {
                return base;
            }
        };
    }

    /** The address and port the request's connection arrived at: one the server is bound to. */
    static LinkBase ofLocalAddress() {
        return new LinkBase() {
            @Override
            String of(HttpServletRequest request) {
                String address = request.getLocalAddr();
                String host = address.contains(":") ? "[" + address + "]" : address;
                return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath();
            }
        };
    }

    abstract String of(HttpServletRequest request);
}
