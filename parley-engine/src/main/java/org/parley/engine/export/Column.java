package org.parley.engine.export;

import java.util.Objects;

/**
 * One column of an exported table, as the manifest describes it.
 *
 * @param name its name in the file
 * @param type {@code INTEGER}, {@code DOUBLE}, {@code BOOLEAN}, {@code STRING}, {@code STRING[]} or
 *             {@code OBJECT} (a JSON object)
 */
public record Column(String name, String type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    static Column text(String name) {
        return new Column(name, "STRING");
    }

    static Column integer(String name) {
        return new Column(name, "INTEGER");
    }

    static Column decimal(String name) {
        return new Column(name, "DOUBLE");
    }
}
