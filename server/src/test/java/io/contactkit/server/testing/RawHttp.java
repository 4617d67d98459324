package io.contactkit.server.testing;

import io.contactkit.domain.testing.TestJson;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP/1.1 written on a socket as it is: for requests too malformed for a client library, for requests from
 * another loopback address (127.0.0.2, ...), which the server sees as another client, and for clients that send
 * slowly, stop sending or half-close.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text from the local address and reads one response. */
    public static Reply send(URI base, InetAddress from, String request) {
        try (Connection connection = open(base, from, request)) {
            return connection.reply(Duration.ofSeconds(60));
        }
    }

    /** Sends the request text from the loopback address 127.0.0.1. */
    public static Reply send(URI base, String request) {
        return send(base, InetAddress.getLoopbackAddress(), request);
    }

    /** Connects from the local address and writes the text, leaving the connection open for more or for the answer. */
    public static Connection open(URI base, InetAddress from, String text) {
        try {
            Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), from, 0);
            Connection connection = new Connection(socket);
            connection.write(text);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #open(URI, InetAddress, String)} from 127.0.0.1. */
    public static Connection open(URI base, String text) {
        return open(base, InetAddress.getLoopbackAddress(), text);
    }

    /** A GET of the path with the Authorization header, closing the connection after the answer. */
    public static String get(URI base, String path, String authorization) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: " + authorization
                + "\r\nConnection: close\r\n\r\n";
    }

    /** One client connection, written to by hand. */
    public static final class Connection implements AutoCloseable {

        private final Socket socket;

        private Connection(Socket socket) {
            this.socket = socket;
        }

        /** Writes more of the request; false when the server has closed the connection. */
        public boolean write(String text) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(text.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return true;
            } catch (IOException closed) {
                return false;
            }
        }

        /** Tells the server the client sends nothing more (TCP half-close), while it can still read the answer. */
        public void halfClose() {
            try {
                socket.shutdownOutput();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads one response, failing if none has come within the time. */
        public Reply reply(Duration within) {
            try {
                socket.setSoTimeout((int) within.toMillis());
                DataInputStream in = new DataInputStream(socket.getInputStream());
                StringBuilder head = new StringBuilder();
                while (head.indexOf("\r\n\r\n") < 0) {
                    head.append((char) in.readUnsignedByte());
                }
                Reply headOnly = new Reply(Integer.parseInt(head.substring(9, 12)), head.toString(), "");
                String length = headOnly.header("Content-Length");
                byte[] body = new byte[length.isEmpty() ? 0 : Integer.parseInt(length)];
                in.readFully(body);
                return new Reply(headOnly.status(), headOnly.head(), new String(body, StandardCharsets.UTF_8));
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within " + within.toMillis() + " ms", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the server closes the connection (end of stream or reset) within the time. */
        public boolean closedByServerWithin(Duration within) {
            try {
                socket.setSoTimeout((int) within.toMillis());
                InputStream in = socket.getInputStream();
                while (in.read() >= 0) {
                    // what is left of an answer
                }
                return true;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A response: status, the head as sent, and the body its Content-Length announced. */
    public record Reply(int status, String head, String body) {

        /** The first value of the header, or the empty string. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        public Map<String, Object> json() {
            return TestJson.parseObject(body);
        }

        @Override
        public String toString() {
            return head + body;
        }
    }
}
