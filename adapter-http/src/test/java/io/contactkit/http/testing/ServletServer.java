package io.contactkit.http.testing;

import io.contactkit.http.ContactApiServlet;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The servlet mounted the way an embedding application would, in a Jetty of its own on a free loopback port. */
public final class ServletServer implements AutoCloseable {

    private final Server jetty;
    private final URI base;

    private ServletServer(Server jetty, URI base) {
        this.jetty = jetty;
        this.base = base;
    }

    public static ServletServer start(String contextPath, ContactApiServlet servlet) {
        return start(contextPath, servlet, true);
    }

    /**
     * @param asyncSupported whether the servlet is registered with async support, so that it reads bodies without a
     *                       thread waiting; an embedder may leave it out
     */
    public static ServletServer start(String contextPath, ContactApiServlet servlet, boolean asyncSupported) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath(contextPath);
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(asyncSupported);
        context.addServlet(holder, "/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not start", e);
        }
        return new ServletServer(jetty, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    /** A client for the server's root: paths include the context path. */
    public ApiClient client() {
        return new ApiClient(base);
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
