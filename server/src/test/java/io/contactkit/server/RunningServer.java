package io.contactkit.server;

import io.contactkit.http.testing.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The standalone server started in the test's JVM on a free port, as its command line would start it. */
final class RunningServer implements AutoCloseable {

    static final String ADMIN = "ada";
    static final String ADMIN_PASSWORD = "ada-Secret-1";
    static final String READER = "rita";
    static final String READER_PASSWORD = "rita:Secret:2";
    static final String ADMIN_TOKEN = "admin-token-4f1c9a7e2b";
    static final String READER_TOKEN = "reader-token-8d2e6b0c1a";

    private final ContactKitServer server;
    private final ByteArrayOutputStream printed;

    private RunningServer(ContactKitServer server, ByteArrayOutputStream printed) {
        this.server = server;
        this.printed = printed;
    }

    /** With the usual test users and tokens, on the database the arguments name, plus any further options. */
    static RunningServer start(List<String> databaseArgs, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of("--port", "0",
                "--user", ADMIN + ":" + ADMIN_PASSWORD + ":admin",
                "--user", READER + ":" + READER_PASSWORD + ":readonly",
                "--token", ADMIN_TOKEN,
                "--token", READER_TOKEN + ":readonly"));
        args.addAll(databaseArgs);
        args.addAll(Arrays.asList(moreArgs));
        return startExactly(args);
    }

    /** With exactly these arguments (and nothing else). */
    static RunningServer startExactly(List<String> args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ContactKitServer server = ContactKitServer.start(ServerOptions.parse(args.toArray(String[]::new)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new RunningServer(server, printed);
    }

    /** An in-memory H2 database of its own. */
    static List<String> h2(String name) {
        return List.of("--db", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "--db-user", "sa");
    }

    ApiClient anonymous() {
        return new ApiClient(server.baseUrl());
    }

    ApiClient admin() {
        return anonymous().asUser(ADMIN, ADMIN_PASSWORD);
    }

    ApiClient reader() {
        return anonymous().asUser(READER, READER_PASSWORD);
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
