package io.contactkit.jdbc;

/** The search contract on a real PostgreSQL server, the production store. */
class PostgresContactSearchTest extends JdbcSearchContract {

    private EmbeddedPostgresServer server;

    @Override
    protected JdbcSettings startDatabase() {
        server = EmbeddedPostgresServer.start();
        return server.settings();
    }

    @Override
    protected void stopDatabase() {
        server.close();
    }

    @Override
    protected String numbers(int count) {
        return "generate_series(1, " + count + ") AS s(x)";
    }
}
