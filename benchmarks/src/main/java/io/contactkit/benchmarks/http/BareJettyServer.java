package io.contactkit.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP row's baseline: Jetty 12, as the standalone server runs it, with a handler that reads the request body
 * and answers every request with the same bytes (a contact as the server answers it), doing nothing else.
 *
 * <p>Usage: {@code java -cp contactkit-benchmarks.jar io.contactkit.benchmarks.http.BareJettyServer PORT BODY_FILE}
 */
public final class BareJettyServer {

    private BareJettyServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BareJettyServer <port> <response body file>");
            System.exit(2);
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new SameBytes(body));
        server.start();
        System.out.println("bare Jetty serves http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    private static final class SameBytes extends Handler.Abstract {

        private final byte[] body;

        SameBytes(byte[] body) {
            this.body = body;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            try (InputStream in = Request.asInputStream(request)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
