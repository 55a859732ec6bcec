package org.treatygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Read queries over the graph, each one parameterised Cypher statement returning plain maps (node
 * properties plus {@code label}) that the API serialises as they are. The methods that take a
 * collection of keys answer for all of them in one query, so the API can batch (no N+1); the lists that
 * page are in {@link EdgePages}.
 */
@Component
public class GraphReader {

    // Entity patterns name the entity labels so the planner scans a few hundred entities (or seeks the key
    // indexes), never every node of the graph.

    /** Projection of an entity node: its properties, its label, and no internal bookkeeping. */
    static final String ENTITY = "%1$s {.key, .name, .aliases, .role, .iso, .wikidata, .rangeClass, .state, .organization, "
            + "label: head([l IN labels(%1$s) WHERE l IN $entityLabels]), curated: coalesce(%1$s.curated, false), .curatedBy, "
            + "curatedAt: toString(%1$s.curatedAt)}";

    static final String STATEMENT = "%1$s {.key, .text, .kind, .stance, .cue, .date, .datePrecision, curated: coalesce(%1$s.curated, false), "
            + ".curatedBy, curatedAt: toString(%1$s.curatedAt), curatedFields: coalesce(%1$s.curatedFields, [])}";

    static final String ARTICLE = "%1$s {.key, .source, .url, .title, .text, .datelinePlace, published: toString(%1$s.published), "
            + "datelineDate: toString(%1$s.datelineDate)}";

    static final List<String> ENTITY_LABELS = List.of("Person", "State", "Organization", "Treaty", "MissileSystem", "Region");

    private final ReadQueries reads;

    GraphReader(ReadQueries reads) {
        this.reads = reads;
    }

    /** The parameters given plus {@code $entityLabels}, which the projections use. */
    private static Map<String, Object> parameters(Object... namesAndValues) {
        var parameters = ReadQueries.parameters(namesAndValues);
        parameters.put("entityLabels", ENTITY_LABELS);
        return parameters;
    }

    public Optional<Map<String, Object>> entity(String key) {
        return this.reads.map("MATCH (n:Person|State|Organization|Treaty|MissileSystem|Region {key: $key}) RETURN "
                + ENTITY.formatted("n") + " AS n", parameters("key", key), "n");
    }

    /** An entity of {@code label} by key, canonical name or alias (case-insensitive). */
    public Optional<Map<String, Object>> entityByName(String label, String keyOrName) {
        return this.reads.map("MATCH (n:$($label)) WHERE n.key = $name OR toLower(n.name) = toLower($name) "
                + "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($name)) "
                + "RETURN " + ENTITY.formatted("n") + " AS n ORDER BY n.key LIMIT 1", parameters("label", label, "name", keyOrName), "n");
    }

    public List<Map<String, Object>> entities(String label, int first, int offset) {
        return this.reads.maps("MATCH (n:$($label)) RETURN " + ENTITY.formatted("n") + " AS n ORDER BY n.name, n.key SKIP $offset LIMIT $first",
                parameters("label", label, "first", first, "offset", offset), "n");
    }

    public List<Map<String, Object>> articles(int first, int offset) {
        return this.reads.maps("MATCH (a:Article) RETURN " + ARTICLE.formatted("a") + " AS a ORDER BY a.published DESC, a.key SKIP $offset LIMIT $first",
                parameters("first", first, "offset", offset), "a");
    }

    public Optional<Map<String, Object>> article(String key) {
        return this.reads.map("MATCH (a:Article {key: $key}) RETURN " + ARTICLE.formatted("a") + " AS a", parameters("key", key), "a");
    }

    public Optional<Map<String, Object>> statement(String key) {
        return this.reads.map("MATCH (s:Statement {key: $key}) RETURN " + STATEMENT.formatted("s") + " AS s", parameters("key", key), "s");
    }

    /** Statements filtered by speaker and subject (key, name or alias) and date range, oldest first. */
    public List<Map<String, Object>> statements(StatementFilter filter) {
        return this.reads.maps("""
                MATCH (speaker)-[:SAID]->(s:Statement)
                WHERE ($speaker IS NULL OR speaker.key = $speaker OR toLower(speaker.name) = toLower($speaker)
                       OR any(a IN coalesce(speaker.aliases, []) WHERE toLower(a) = toLower($speaker)))
                  AND ($about IS NULL OR EXISTS {
                        MATCH (s)-[:ABOUT]->(t)
                        WHERE t.key = $about OR toLower(t.name) = toLower($about)
                           OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) = toLower($about)) })
                  AND ($from IS NULL OR s.sortDate >= $from)
                  AND ($to IS NULL OR s.sortDate <= $to)
                RETURN %s AS s
                ORDER BY s.sortDate, s.key
                SKIP $offset LIMIT $first
                """.formatted(STATEMENT.formatted("s")), parameters("speaker", filter.speaker(), "about", filter.about(), "from", filter.from(),
                "to", filter.to(), "first", filter.first(), "offset", filter.offset()), "s");
    }

    /** The speaker of each statement. */
    public Map<String, Map<String, Object>> speakersOf(Collection<String> statementKeys) {
        return single("MATCH (n)-[:SAID]->(s:Statement) WHERE s.key IN $keys RETURN s.key AS key, "
                + ENTITY.formatted("n") + " AS value", statementKeys);
    }

    /** What each statement is about, main subject first. */
    public Map<String, List<Map<String, Object>>> subjectsOf(Collection<String> statementKeys) {
        return grouped("MATCH (s:Statement)-[r:ABOUT]->(n) WHERE s.key IN $keys RETURN s.key AS key, "
                + ENTITY.formatted("n") + " AS value ORDER BY r.main DESC, n.name", statementKeys);
    }

    /** Where each statement was reported: article and offsets. */
    public Map<String, List<Map<String, Object>>> evidenceOf(Collection<String> statementKeys) {
        return grouped("MATCH (s:Statement)-[r:REPORTED_IN]->(a:Article) WHERE s.key IN $keys RETURN s.key AS key, "
                + "{start: r.start, end: r.end, article: " + ARTICLE.formatted("a") + "} AS value ORDER BY a.published", statementKeys);
    }

    /** Articles by key (for fact evidence). */
    public Map<String, Map<String, Object>> articlesByKey(Collection<String> articleKeys) {
        return single("MATCH (a:Article) WHERE a.key IN $keys RETURN a.key AS key, " + ARTICLE.formatted("a") + " AS value",
                articleKeys);
    }

    /** Rows of {@code key} and {@code value}, the values grouped by key in row order. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> grouped(String cypher, Collection<String> keys) {
        var result = new HashMap<String, List<Map<String, Object>>>();
        for (var row : this.reads.rows(cypher, parameters("keys", List.copyOf(keys)))) {
            result.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>()).add((Map<String, Object>) row.get("value"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> single(String cypher, Collection<String> keys) {
        var result = new HashMap<String, Map<String, Object>>();
        for (var row : this.reads.rows(cypher, parameters("keys", List.copyOf(keys)))) {
            result.putIfAbsent((String) row.get("key"), (Map<String, Object>) row.get("value"));
        }
        return result;
    }

    /** Number of articles in the graph. */
    public long articleCount() {
        return this.reads.count("MATCH (a:Article) RETURN count(a) AS n", Map.of());
    }

}
