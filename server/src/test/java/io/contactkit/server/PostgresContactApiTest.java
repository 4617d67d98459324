package io.contactkit.server;

import java.util.List;

/** The contract on PostgreSQL, the production store. */
class PostgresContactApiTest extends ContactApiContract {

    private EmbeddedPostgresDatabase postgres;

    @Override
    List<String> databaseArgs() {
        postgres = EmbeddedPostgresDatabase.start();
        return postgres.serverArgs();
    }

    @Override
    void stopDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
