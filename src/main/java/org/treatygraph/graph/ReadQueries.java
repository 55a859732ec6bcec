package org.treatygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the read side's parameterised Cypher (lists, look-ups, edge batches, analyst questions) and hands
 * back rows of plain Java values: {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate}, {@code List} and {@code Map}, never driver or kernel types, whichever way the query
 * ran. With the embedded database it runs in-process ({@link InProcessReadQueries}); with an external
 * server, over Bolt ({@link BoltReadQueries}). Writes never come through here.
 */
public interface ReadQueries {

    /** All rows of one query, each a map of column name to value. */
    List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

    /** The values of one column, which holds a map (a projection) in every row. */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> maps(String cypher, Map<String, Object> parameters, String column) {
        return rows(cypher, parameters).stream().map(row -> (Map<String, Object>) row.get(column)).toList();
    }

    /** The map in {@code column} of the first row, if there is a row. */
    default Optional<Map<String, Object>> map(String cypher, Map<String, Object> parameters, String column) {
        return maps(cypher, parameters, column).stream().findFirst();
    }

    /** The number in the first column of the single row a count query returns. */
    default long count(String cypher, Map<String, Object> parameters) {
        return rows(cypher, parameters).stream()
            .findFirst()
            .map(row -> ((Number) row.values().iterator().next()).longValue())
            .orElse(0L);
    }

    /**
     * Parameters from alternating names and values; unlike {@code Map.of}, values may be null (an
     * argument the client left out).
     */
    static Map<String, Object> parameters(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come in name/value pairs");
        }
        var parameters = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

}
