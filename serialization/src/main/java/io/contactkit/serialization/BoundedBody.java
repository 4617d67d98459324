package io.contactkit.serialization;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that refuses to deliver more than the limit, whatever Content-Length claimed. */
final class BoundedBody extends FilterInputStream {

    private final long maxBytes;
    private long read;

    BoundedBody(InputStream body, long maxBytes) {
        super(body);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
    }
}
