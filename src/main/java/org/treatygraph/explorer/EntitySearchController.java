package org.treatygraph.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /explorer/search?q=ryab} finds entities by the beginning of any word of their name or
 * aliases through the {@code entity_names} full-text index, best match first.
 */
@RestController
class EntitySearchController {

    private static final int LIMIT = 15;

    private final Neo4jClient neo4j;

    EntitySearchController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @GetMapping("/explorer/search")
    List<Map<String, Object>> search(@RequestParam String q) {
        var query = luceneQuery(q);
        if (query.isEmpty()) {
            return List.of();
        }
        return List.copyOf(this.neo4j.query("""
                CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
                RETURN node.key AS key, node.name AS name, head(labels(node)) AS label, coalesce(node.aliases, []) AS aliases
                ORDER BY score DESC, node.name LIMIT $limit
                """)
            .bind(query).to("query")
            .bind(LIMIT).to("limit")
            .fetch()
            .all());
    }

    /**
     * Every word the user typed must start a word of a name: "new st" becomes {@code new* AND st*}.
     * Lucene's operators are escaped, so what is typed is searched for, never interpreted.
     */
    static String luceneQuery(String typed) {
        return Arrays.stream(typed.strip().split("\\s+"))
            .filter(word -> !word.isBlank())
            .map(word -> word.replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])", "\\\\$1") + "*")
            .collect(Collectors.joining(" AND "));
    }

}
