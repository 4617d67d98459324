package io.contactkit.server.testing;

import io.contactkit.domain.testing.TestJson;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 written on a socket as it is: for requests too malformed for a client library, and for requests from
 * another loopback address (127.0.0.2, ...), which the server sees as another client.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text from the local address and reads one response. */
    public static Reply send(URI base, InetAddress from, String request) {
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), from, 0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request text from the loopback address 127.0.0.1. */
    public static Reply send(URI base, String request) {
        return send(base, InetAddress.getLoopbackAddress(), request);
    }

    /** A GET of the path with the Authorization header, closing the connection after the answer. */
    public static String get(URI base, String path, String authorization) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: " + authorization
                + "\r\nConnection: close\r\n\r\n";
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
