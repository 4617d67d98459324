package io.contactkit.server;

import java.util.List;

/** The contract on the embedded default store, H2. */
class H2ContactApiTest extends ContactApiContract {

    @Override
    List<String> databaseArgs() {
        return RunningServer.h2("contact-api");
    }
}
