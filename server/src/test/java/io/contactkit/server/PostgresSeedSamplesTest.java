package io.contactkit.server;

import java.util.List;

/** The seed samples on PostgreSQL. */
class PostgresSeedSamplesTest extends SeedSamplesContract {

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
