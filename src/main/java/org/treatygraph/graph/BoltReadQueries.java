package org.treatygraph.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads over Bolt through Spring Data Neo4j's client: one auto-commit query per call (no explicit
 * transaction, so one round trip), with the client's bookmarks, so a read follows the writes this
 * application made before it, also on a cluster. The driver turns every value into plain Java.
 */
final class BoltReadQueries implements ReadQueries {

    private final Neo4jClient neo4j;

    BoltReadQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        return List.copyOf(this.neo4j.query(cypher).bindAll(parameters).fetch().all());
    }

}
