package io.contactkit.server;

import java.util.List;

/** The seed samples on the embedded default store, H2. */
class H2SeedSamplesTest extends SeedSamplesContract {

    @Override
    List<String> databaseArgs() {
        return RunningServer.h2("seed-samples");
    }
}
