package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void everyScriptExistsForEveryDialect() throws Exception {
        for (SqlDialect dialect : new SqlDialect[] {SqlDialect.SQLITE, SqlDialect.POSTGRES}) {
            for (String script : Migrations.SCRIPTS) {
                try (InputStream in = Migrations.class.getResourceAsStream(
                        "migrations/" + dialect.name() + "/" + script + ".sql")) {
                    assertThat(in).as(dialect.name() + "/" + script).isNotNull();
                }
            }
        }
    }

    @Test
    void versionsComeFromTheScriptNamesInIncreasingOrder() {
        assertThat(Migrations.SCRIPTS).extracting(Migrations::version).isSorted().doesNotHaveDuplicates();
        assertThat(Migrations.version("V7__feeds")).isEqualTo(7);
        assertThat(Migrations.CURRENT).isEqualTo(7);
    }

    @Test
    void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE t (\n  a TEXT -- not split; here\n);\n\nCREATE INDEX i ON t (a);\n";

        assertThat(Migrations.statements(script)).hasSize(2)
                .satisfies(s -> assertThat(s.get(1)).isEqualTo("CREATE INDEX i ON t (a)"));
    }
}
