package org.treatygraph.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one type an exported column (a property name across all nodes or all edges) gets. Neo4j lets
 * one property hold different types on different nodes; file formats declare one type per column, so a
 * column with mixed values falls back to text.
 */
enum AttributeType {

    BOOLEAN, LONG, DOUBLE, DATE, STRING, STRING_LIST;

    /** Separates list items inside one cell: {@code neo4j-admin import}'s default array delimiter. */
    static final String LIST_DELIMITER = ";";

    static AttributeType of(Collection<?> values) {
        var types = values.stream().filter(Objects::nonNull).map(AttributeType::ofValue).distinct().toList();
        if (types.size() == 1) {
            return types.getFirst();
        }
        return types.isEmpty() || !types.contains(STRING_LIST) ? STRING : STRING_LIST;
    }

    private static AttributeType ofValue(Object value) {
        return switch (value) {
            case Boolean b -> BOOLEAN;
            case Long l -> LONG;
            case Double d -> DOUBLE;
            case LocalDate date -> DATE;
            case List<?> list -> STRING_LIST;
            default -> STRING;
        };
    }

    /** A value as the text of one cell or attribute value. */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_DELIMITER));
        }
        return value == null ? "" : value.toString();
    }

}
