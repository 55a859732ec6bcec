package org.treatygraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The questions analysts ask of the graph, each answered by one parameterised Cypher query: position
 * timelines, treaty status as of a date, who said what about a subject, shortest paths, neighbourhoods
 * (for visualisation; {@link #neighbourhood} is meant to be reused by exports) and full-text search.
 * Entities are named by key, canonical name or alias, case-insensitive.
 */
@Component
public class AnalystQueries {

    /** The acts of a state on a treaty that define where it stands. */
    static final List<String> TREATY_ACTS = List.of("SIGNED", "RATIFIED", "DERATIFIED", "SUSPENDED", "WITHDREW_FROM",
            "EXTENDED", "TERMINATED", "OBSERVES", "PARTY_TO");

    /**
     * The same as a relationship type expression: a typed pattern follows only these relationships of a
     * treaty, not the thousands of ABOUT relationships from statements.
     */
    private static final String ACT_TYPES = String.join("|", TREATY_ACTS);

    static final List<String> ALL_LABELS = List.of("Person", "State", "Organization", "Treaty", "MissileSystem", "Region",
            "Statement", "Article");

    private static final String ANY_ENTITY = "Person|State|Organization|Treaty|MissileSystem|Region";

    /** A node of any label, for subgraphs: key, label and a readable name. */
    static final String NODE = "{key: %1$s.key, label: head([l IN labels(%1$s) WHERE l IN $allLabels]), "
            + "name: coalesce(%1$s.name, %1$s.title, left(%1$s.text, 80))}";

    static final String EDGE = "{id: elementId(%1$s), type: type(%1$s), from: startNode(%1$s).key, to: endNode(%1$s).key, "
            + "date: %1$s.date, datePrecision: %1$s.datePrecision, evidence: coalesce(%1$s.evidence, [])}";

    /** Nodes and edges of a subgraph, as plain maps (see {@link #NODE} and {@link #EDGE}). */
    public record Subgraph(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
    }

    private final ReadQueries reads;

    AnalystQueries(ReadQueries reads) {
        this.reads = reads;
    }

    /**
     * Cypher that binds {@code variable} to the one entity of {@code labels} that {@code $<variable>Ref} names.
     * A key is looked up through the labels' unique indexes; only when no key matches are names and
     * aliases compared (a scan of the entities, never of statements). An exact name beats an alias.
     * <p>
     * The name comparison sits behind an {@code UNWIND} of a list that is empty when the key matched: a
     * plain {@code WHERE} on the key result would be applied after the planner's label scan, so every
     * look-up by key paid for a scan of all entities.
     */
    static String resolve(String variable, String labels, String... carried) {
        var keep = carried.length == 0 ? "" : String.join(", ", carried) + ", ";
        var ref = "$" + variable + "Ref";
        return """
                OPTIONAL MATCH (byKey_%1$s:%2$s {key: %3$s})
                OPTIONAL CALL (byKey_%1$s) {
                  UNWIND CASE WHEN byKey_%1$s IS NULL THEN [true] ELSE [] END AS byName
                  MATCH (n:%2$s) WHERE %4$s
                  RETURN n AS byName_%1$s ORDER BY toLower(n.name) = toLower(%3$s) DESC, n.key LIMIT 1
                }
                WITH %5$scoalesce(byKey_%1$s, byName_%1$s) AS %1$s
                WHERE %1$s IS NOT NULL
                """.formatted(variable, labels, ref, Filter.ENTITY_REFERENCE.formatted("n", ref), keep);
    }

    /**
     * An actor's statements about a treaty (with stance) and its acts on it (SUSPENDED, WITHDREW_FROM …),
     * oldest first; undated items last.
     */
    public List<Map<String, Object>> positions(String actor, String treaty, LocalDate from, LocalDate to) {
        var cypher = resolve("actor", ANY_ENTITY) + resolve("treaty", "Treaty", "actor") + """
                CALL (actor, treaty) {
                  MATCH (actor)-[:SAID]->(s:Statement)-[:ABOUT]->(treaty)
                  WHERE ($from IS NULL OR s.sortDate >= $from) AND ($to IS NULL OR s.sortDate <= $to)
                  RETURN {kind: 'STATEMENT', sortDate: s.sortDate, date: s.date, datePrecision: s.datePrecision, stance: s.stance,
                          act: null, evidence: [], articleKeys: [], statement: %s} AS event
                  UNION ALL
                  MATCH (actor)-[r:%s]->(treaty)
                  WHERE ($from IS NULL OR r.sortDate >= $from) AND ($to IS NULL OR r.sortDate <= $to)
                  RETURN {kind: 'ACT', sortDate: r.sortDate, date: r.date, datePrecision: r.datePrecision, stance: null,
                          act: type(r), evidence: coalesce(r.evidence, []), articleKeys: coalesce(r.articles, []), statement: null} AS event
                }
                RETURN event ORDER BY event.sortDate IS NULL, event.sortDate, event.kind, event.act, event.statement.key
                """.formatted(GraphReader.STATEMENT.formatted("s"), ACT_TYPES);
        return this.reads.maps(cypher, ReadQueries.parameters("actorRef", actor, "treatyRef", treaty, "from", from, "to", to,
                "entityLabels", GraphReader.ENTITY_LABELS), "event");
    }

    /** For each state with an act on the treaty, its latest act as of {@code asOf} (all dates when null). */
    public List<Map<String, Object>> treatyStatus(String treaty, LocalDate asOf) {
        var cypher = resolve("treaty", "Treaty") + """
                MATCH (state:State)-[r:%s]->(treaty)
                WHERE $asOf IS NULL OR r.sortDate <= $asOf
                WITH treaty, state, r ORDER BY coalesce(r.sortDate, date('0001-01-01')) DESC, type(r)
                WITH treaty, state, head(collect(r)) AS latest
                RETURN {treaty: %s, state: %s, act: type(latest), date: latest.date, datePrecision: latest.datePrecision,
                        evidence: coalesce(latest.evidence, []), articleKeys: coalesce(latest.articles, [])} AS status
                ORDER BY state.name
                """.formatted(ACT_TYPES, GraphReader.ENTITY.formatted("treaty"), GraphReader.ENTITY.formatted("state"));
        return this.reads.maps(cypher, ReadQueries.parameters("treatyRef", treaty, "asOf", asOf, "entityLabels", GraphReader.ENTITY_LABELS),
                "status");
    }

    /**
     * Who made statements about a subject in a date range, most statements first, with a count per stance
     * and, when {@code withDates}, the dates of their first and last statement (taking the minimum and
     * maximum date of every statement is a good part of the query's cost, so it is left out when the
     * client does not ask for them).
     */
    public List<Map<String, Object>> whoSaid(String about, LocalDate from, LocalDate to, int limit, boolean withDates) {
        var dates = withDates ? ", min(s.sortDate) AS first, max(s.sortDate) AS last" : "";
        var dateFields = withDates ? "first: toString(first), last: toString(last)" : "first: null, last: null";
        var cypher = resolve("subject", ANY_ENTITY) + """
                MATCH (speaker)-[:SAID]->(s:Statement)-[:ABOUT]->(subject)
                WHERE ($from IS NULL OR s.sortDate >= $from) AND ($to IS NULL OR s.sortDate <= $to)
                WITH speaker, count(s) AS statements, collect(s.stance) AS stances%s
                RETURN {speaker: %s, statements: statements, %s,
                        stances: [stance IN ['supports', 'opposes', 'conditional', 'neutral'] |
                                  {stance: stance, count: size([x IN stances WHERE x = stance])}]} AS row
                ORDER BY statements DESC, speaker.name
                LIMIT $limit
                """.formatted(dates, GraphReader.ENTITY.formatted("speaker"), dateFields);
        return this.reads.maps(cypher, ReadQueries.parameters("subjectRef", about, "from", from, "to", to, "limit", limit,
                "entityLabels", GraphReader.ENTITY_LABELS), "row");
    }

    /**
     * The shortest connections between two entities, over any relationship in either direction.
     *
     * @param maxHops checked by the caller; a variable-length bound cannot be a parameter in Cypher, so
     * it is written into the query as a number
     */
    public List<Subgraph> paths(String from, String to, int maxHops, int limit) {
        var cypher = resolve("start", ANY_ENTITY) + resolve("goal", ANY_ENTITY, "start") + """
                MATCH p = allShortestPaths((start)-[*..%d]-(goal))
                WHERE start <> goal
                RETURN [n IN nodes(p) | %s] AS nodes, [r IN relationships(p) | %s] AS edges
                LIMIT $limit
                """.formatted(maxHops, NODE.formatted("n"), EDGE.formatted("r"));
        return this.reads.rows(cypher, ReadQueries.parameters("startRef", from, "goalRef", to, "limit", limit, "allLabels", ALL_LABELS))
            .stream()
            .map(row -> new Subgraph(maps(row.get("nodes")), maps(row.get("edges"))))
            .toList();
    }

    /**
     * The nodes within {@code depth} hops of the node with {@code key} (any label), restricted to
     * {@code labels} when given, at most {@code maxNodes} of them (nearest first), and every relationship
     * among them. The centre is always included.
     *
     * @param depth checked by the caller (a variable-length bound cannot be a parameter)
     */
    public Subgraph neighbourhood(String key, int depth, List<String> labels, int maxNodes) {
        var cypher = """
                MATCH (centre:Person|State|Organization|Treaty|MissileSystem|Region|Statement|Article {key: $key})
                CALL (centre) {
                  // One shortest path per reachable node: a breadth-first search from the centre, not an
                  // enumeration of every path through the hubs.
                  MATCH p = ANY SHORTEST (centre)-[]-{1,%d}(other)
                  WHERE $labels IS NULL OR any(l IN labels(other) WHERE l IN $labels)
                  RETURN other ORDER BY length(p), other.key LIMIT $maxNodes
                }
                WITH centre, collect(other) AS others
                WITH [centre] + others AS nodes
                CALL (nodes) {
                  UNWIND nodes AS a
                  MATCH (a)-[r]->(b)
                  WHERE b IN nodes
                  RETURN collect(DISTINCT r) AS rels
                }
                RETURN [n IN nodes | %s] AS nodes, [r IN rels | %s] AS edges
                """.formatted(depth, NODE.formatted("n"), EDGE.formatted("r"));
        return this.reads.rows(cypher, ReadQueries.parameters("key", key, "labels", labels == null || labels.isEmpty() ? null : labels,
                "maxNodes", maxNodes - 1, "allLabels", ALL_LABELS))
            .stream()
            .findFirst()
            .map(row -> new Subgraph(maps(row.get("nodes")), maps(row.get("edges"))))
            .orElse(new Subgraph(List.of(), List.of()));
    }

    /**
     * Full-text search over statement text (Lucene syntax: words, "phrases", wildcards*, AND/OR/NOT),
     * best match first, with the matching passages marked up for display.
     */
    public List<Map<String, Object>> searchStatements(String text, int limit) {
        var rows = this.reads.rows("""
                CALL db.index.fulltext.queryNodes('statement_text', $text, {limit: $limit}) YIELD node, score
                OPTIONAL MATCH (speaker)-[:SAID]->(node)
                WITH node, score, head(collect(speaker)) AS speaker
                WITH node, score, speaker, %s AS statement
                RETURN statement {.*, speaker: CASE WHEN speaker IS NULL THEN null ELSE %s END} AS statement, score
                ORDER BY score DESC, node.key
                """.formatted(GraphReader.STATEMENT.formatted("node"), GraphReader.ENTITY.formatted("speaker")),
                ReadQueries.parameters("entityLabels", GraphReader.ENTITY_LABELS, "text", text, "limit", limit));
        var highlighter = Highlighter.of(terms(text));
        var hits = new ArrayList<Map<String, Object>>();
        for (var row : rows) {
            var statement = map(row.get("statement"));
            var hit = new LinkedHashMap<String, Object>();
            hit.put("statement", statement);
            hit.put("score", ((Number) row.get("score")).doubleValue());
            hit.put("highlights", highlighter.highlight((String) statement.get("text")));
            hits.add(hit);
        }
        return hits;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final List<String> OPERATORS = List.of("and", "or", "not", "to");

    /** The words of a Lucene query, without operators and syntax, to mark up in the hits. */
    static List<String> terms(String query) {
        var terms = new ArrayList<String>();
        var matcher = WORD.matcher(query);
        while (matcher.find()) {
            var term = matcher.group().toLowerCase(Locale.ROOT);
            if (!OPERATORS.contains(term) && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

}
