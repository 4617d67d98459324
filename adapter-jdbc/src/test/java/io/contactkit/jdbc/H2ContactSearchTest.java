package io.contactkit.jdbc;

import java.util.UUID;

/** The search contract on an H2 in-memory database, the embedded default's engine. */
class H2ContactSearchTest extends JdbcSearchContract {

    @Override
    protected JdbcSettings startDatabase() {
        return JdbcSettings.of("jdbc:h2:mem:search-" + UUID.randomUUID(), "sa", "");
    }

    @Override
    protected String numbers(int count) {
        return "SYSTEM_RANGE(1, " + count + ")";
    }
}
