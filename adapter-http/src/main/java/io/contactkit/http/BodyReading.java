package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads a request body with the Servlet API's non-blocking I/O, so that no thread waits while a client sends it: a
 * hundred clients that announce bodies and then send them a byte at a time, or not at all, hold no thread of the
 * container, and everyone else is served meanwhile. The body is kept in memory, within the exchange's limit, and
 * the work runs once the last of it is in. A body that does not arrive whole within the deadline, ends early or
 * passes the limit is refused.
 *
 * <p>What a client still sends after its request was refused is read and dropped for a short while, after the
 * answer went out, and then the connection is closed: closed at once, it would answer the client's next bytes with a
 * reset, which can destroy the answer before the client has read it.
 */
final class BodyReading implements ReadListener, AsyncListener {

    private static final int CHUNK = 8192;
    /** The most of a refused body dropped before the connection is closed regardless. */
    private static final long MAX_DROPPED_BYTES = 8L * 1024 * 1024;

    private enum State {
        /** The body is being read for the work. */
        READING,
        /** The body is in, or will never be: the work or the refusal is answering. */
        ANSWERING,
        /** The answer went out; what else arrives is dropped until the client stops or the budget is spent. */
        DROPPING,
        ENDED
    }

    private final Exchange exchange;
    private final AsyncContext async;
    private final ServletInputStream in;
    private final Runnable then;
    private final Consumer<RuntimeException> refused;
    private final ByteArrayOutputStream body;
    private final byte[] chunk;
    private final AtomicReference<State> state;
    private long dropped;

    private BodyReading(Exchange exchange, AsyncContext async, State initial, Runnable then,
                        Consumer<RuntimeException> refused) throws IOException {
        this.exchange = exchange;
        this.async = async;
        this.in = exchange.request().getInputStream();
        this.then = then;
        this.refused = refused;
        this.state = new AtomicReference<>(initial);
        long declared = exchange.request().getContentLengthLong();
        // most bodies are a patch of a few hundred bytes: no need for a chunk much larger than the body
        this.chunk = new byte[initial == State.READING && declared > 0 ? (int) Math.min(declared, CHUNK) : CHUNK];
        this.body = new ByteArrayOutputStream(initial == State.READING
                ? (int) Math.min(declared > 0 ? declared : CHUNK, CHUNK * 8L) : 0);
    }

    /**
     * Starts reading; {@code then} runs on the container's thread that reads the end of the body, {@code refused}
     * with the reason where it does not arrive whole. Each answers, and then ends the exchange.
     *
     * @param deadline how long the whole body may take to arrive
     */
    static void start(Exchange exchange, Duration deadline, Runnable then, Consumer<RuntimeException> refused)
            throws IOException {
        begin(exchange, deadline, State.READING, then, refused);
    }

    /**
     * After a refusal answered before its body was read: drops what the client still sends, up to a budget. Where the
     * container reads asynchronously, that goes on for a while without a thread and then ends the exchange; where it
     * reads only the blocking way, on this thread (a client that stalls meets the container's idle timeout), and the
     * caller ends the exchange.
     *
     * @return whether the exchange will be ended here, later
     */
    static boolean dropRest(Exchange exchange, Duration linger) throws IOException {
        HttpServletRequest request = exchange.request();
        if (request.isAsyncSupported()) {
            begin(exchange, linger, State.DROPPING, () -> { }, refusal -> { });
            return true;
        }
        InputStream in = request.getInputStream();
        byte[] chunk = new byte[CHUNK];
        long dropped = 0;
        for (int read = in.read(chunk); read >= 0 && dropped <= MAX_DROPPED_BYTES; read = in.read(chunk)) {
            dropped += read;
        }
        return false;
    }

    private static void begin(Exchange exchange, Duration timeout, State initial, Runnable then,
                              Consumer<RuntimeException> refused) throws IOException {
        HttpServletRequest request = exchange.request();
        AsyncContext async = request.startAsync(request, exchange.response());
        async.setTimeout(timeout.toMillis());
        BodyReading reading = new BodyReading(exchange, async, initial, then, refused);
        exchange.readingBy(reading);
        async.addListener(reading);
        reading.in.setReadListener(reading);
    }

    /** The refusal of a body the client stopped sending before its end. */
    static InvalidInputException cutShort(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        return InvalidInputException.of("", "the request body ended before its end"
                + (declared > 0 ? " (Content-Length: " + declared + ")" : "") + "; send it whole");
    }

    /** The exchange is answered: it ends now, or once what the client still sends is dropped. */
    void answered() {
        if (state.compareAndSet(State.ANSWERING, State.ENDED)) {
            async.complete();
        }
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            State now = state.get();
            if (now == State.READING) {
                keep(read);
            } else if (now == State.DROPPING) {
                dropped += read;
                if (dropped > MAX_DROPPED_BYTES) {
                    end();
                    return;
                }
            } else {
                return;
            }
        }
    }

    private void keep(int read) {
        if (body.size() + (long) read <= exchange.limits().maxBodyBytes()) {
            body.write(chunk, 0, read);
        } else if (state.compareAndSet(State.READING, State.DROPPING)) {
            refused.accept(exchange.limits().tooLarge());
        }
    }

    @Override
    public void onAllDataRead() {
        if (state.compareAndSet(State.READING, State.ANSWERING)) {
            exchange.bodyRead(body.toByteArray());
            then.run();
        } else if (state.get() == State.DROPPING) {
            end();
        }
    }

    /** The client closed its side early, the connection timed out or broke, or the container found it too slow. */
    @Override
    public void onError(Throwable failure) {
        stopped(timedOut(failure) ? RequestRefused.bodyTooSlow() : cutShort(exchange.request()));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        stopped(RequestRefused.bodyTooSlow());
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // ended
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    private void stopped(RuntimeException refusal) {
        if (state.compareAndSet(State.READING, State.ANSWERING)) {
            refused.accept(refusal);
        } else if (state.get() == State.DROPPING) {
            end();
        }
    }

    private void end() {
        if (state.getAndSet(State.ENDED) != State.ENDED) {
            async.complete();
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
