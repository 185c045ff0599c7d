package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * {@link TwoWritersContract} on PostgreSQL, the server named by {@value PostgresArticleStoreIT#URL_VARIABLE};
 * skipped when it is not set. Empties the database's public schema first: use a throw-away database.
 */
class PostgresTwoWritersIT extends TwoWritersContract {

    @Override
    String emptyLocation() throws Exception {
        String url = PostgresArticleStoreIT.url();
        Assumptions.assumeTrue(url != null, PostgresArticleStoreIT.URL_VARIABLE
                + " is not set: skipping the PostgreSQL writers test (start a server with: export "
                + PostgresArticleStoreIT.URL_VARIABLE + "=$(scripts/postgres-test-server.sh start))");
        try (Connection c = DriverManager.getConnection(url); Statement sql = c.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        return url;
    }

    @Override
    int writers() {
        return 3;
    }
}
