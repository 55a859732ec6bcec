package org.treatygraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Reads straight from the embedded database, in the calling thread. Over Bolt, even on loopback, every
 * query crosses four threads (driver event loop, Bolt I/O, Bolt worker and back) and is encoded and
 * decoded twice; measured on {@code benchmark-api}, that costs about a millisecond per query, several
 * times what the analyst questions cost the database. Each call is one transaction, bounded by the
 * database's transaction timeout like any other.
 * <p>
 * Values are made to look like the driver's: property arrays become lists. Errors carry the same Neo4j
 * status code as over Bolt (as a driver {@link ClientException}), so callers handle timeouts and
 * invalid full-text queries one way.
 */
final class InProcessReadQueries implements ReadQueries {

    private final GraphDatabaseService database;

    InProcessReadQueries(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        try (var tx = this.database.beginTx(); var result = tx.execute(cypher, parameters)) {
            var rows = new ArrayList<Map<String, Object>>();
            while (result.hasNext()) {
                rows.add(plainMap(result.next()));
            }
            return rows;
        }
        catch (QueryExecutionException ex) {
            throw withStatus(ex.getStatusCode(), ex);
        }
        catch (RuntimeException ex) {
            if (ex instanceof Status.HasStatus status) {
                throw withStatus(status.status().code().serialize(), ex);
            }
            throw ex;
        }
    }

    private static ClientException withStatus(String code, RuntimeException ex) {
        var translated = new ClientException(code, ex.getMessage());
        translated.addSuppressed(ex);
        return translated;
    }

    private static Map<String, Object> plainMap(Map<String, Object> map) {
        var plain = new LinkedHashMap<String, Object>(map.size() * 2);
        map.forEach((key, value) -> plain.put(key, plain(value)));
        return plain;
    }

    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            return plainMap((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            var plain = new ArrayList<>(list.size());
            list.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            var plain = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                plain.add(plain(Array.get(value, i)));
            }
            return plain;
        }
        return value;
    }

}
