package io.contactkit.jdbc;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.SocketFactory;

/**
 * The PostgreSQL driver's sockets ({@code socketFactory=} this class in the JDBC URL), counting the round trips a
 * thread makes: each time it reads from the server after having written to it, it has waited for an answer. Named
 * in the URL, the driver makes one with its no-argument constructor, so the counts are kept per thread in a static.
 */
public final class RoundTripCountingSockets extends SocketFactory {

    private static final ThreadLocal<int[]> ROUND_TRIPS = ThreadLocal.withInitial(() -> new int[1]);

    /** The round trips the current thread made to the server while running the work. */
    static int during(Supplier<?> work) {
        int before = ROUND_TRIPS.get()[0];
        work.get();
        return ROUND_TRIPS.get()[0] - before;
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new CountingSocket(), host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new CountingSocket(), host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new CountingSocket(), host.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new CountingSocket(), address.getHostAddress(), port);
    }

    private static Socket connected(Socket socket, String host, int port) throws IOException {
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    /** A socket that notes, per connection, whether it wrote since it last read. */
    private static final class CountingSocket extends Socket {

        private boolean wroteSinceRead;

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    answered();
                    return super.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    answered();
                    return super.read(buffer, offset, length);
                }
            };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    wroteSinceRead = true;
                    out.write(b);
                }

                @Override
                public void write(byte[] buffer, int offset, int length) throws IOException {
                    wroteSinceRead = true;
                    out.write(buffer, offset, length);
                }
            };
        }

        private void answered() {
            if (wroteSinceRead) {
                wroteSinceRead = false;
                ROUND_TRIPS.get()[0]++;
            }
        }
    }
}
