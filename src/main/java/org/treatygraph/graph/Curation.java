package org.treatygraph.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections made by people to what extraction wrote. Every change marks the node {@code curated} with
 * {@code curatedBy} and {@code curatedAt}; statements also list which fields were curated
 * ({@code curatedFields}), and {@link GraphWriter} leaves those alone when articles are ingested again.
 * A merged-away entity's key is remembered on the survivor ({@code mergedFrom}), so re-ingesting an
 * article that names it lands on the survivor instead of re-creating the duplicate.
 */
@Component
public class Curation {

    /** Why a curation was refused: the caller maps this to a typed GraphQL error. */
    public enum Problem {

        NOT_FOUND, INVALID

    }

    /** The node after the change, or the problem (with the input field it concerns). */
    public record Result(Map<String, Object> node, Problem problem, String field, String message) {

        static Result ok(Map<String, Object> node) {
            return new Result(node, null, null, null);
        }

        static Result refused(Problem problem, String field, String message) {
            return new Result(null, problem, field, message);
        }

    }

    private static final String ENTITY_LABELS = "Person|State|Organization|Treaty|MissileSystem|Region";

    private static final String MARK = "%1$s.curated = true, %1$s.curatedBy = $by, %1$s.curatedAt = datetime()";

    /** Aliases without duplicates and without the canonical name, plus the text the name index searches. */
    private static final String SET_ALIASES = """
            WITH n, reduce(acc = [], alias IN $aliases | CASE WHEN alias IN acc OR alias = n.name THEN acc ELSE acc + alias END) AS aliases
            SET n.aliases = aliases, n.aliasText = reduce(s = '', alias IN aliases | s + ' ' + alias)
            """;

    private final Neo4jClient neo4j;

    private final TransactionTemplate transactions;

    Curation(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Gives an entity a new canonical name; the old one stays as an alias. */
    public Result renameEntity(String key, String name, String by) {
        if (name == null || name.isBlank()) {
            return Result.refused(Problem.INVALID, "name", "A name cannot be blank");
        }
        return entityChange(key, """
                MATCH (n:%s {key: $key})
                WITH n, coalesce(n.aliases, []) + n.name AS old
                SET n.name = $name, %s
                WITH n, [alias IN old WHERE alias <> $name] AS aliases
                SET n.aliases = aliases, n.aliasText = reduce(s = '', alias IN aliases | s + ' ' + alias)
                RETURN %s AS n
                """.formatted(ENTITY_LABELS, MARK.formatted("n"), GraphReader.ENTITY.formatted("n")),
                Map.of("name", name.strip(), "by", by));
    }

    public Result addAlias(String key, String alias, String by) {
        if (alias == null || alias.isBlank()) {
            return Result.refused(Problem.INVALID, "alias", "An alias cannot be blank");
        }
        return entityChange(key, """
                MATCH (n:%s {key: $key})
                SET %s
                WITH n, coalesce(n.aliases, []) + $alias AS aliases
                %s
                RETURN %s AS n
                """.formatted(ENTITY_LABELS, MARK.formatted("n"), SET_ALIASES.replace("$aliases", "aliases"),
                GraphReader.ENTITY.formatted("n")), Map.of("alias", alias.strip(), "by", by));
    }

    private Result entityChange(String key, String cypher, Map<String, Object> parameters) {
        return this.neo4j.query(cypher)
            .bind(key).to("key")
            .bindAll(parameters)
            .bind(GraphReader.ENTITY_LABELS).to("entityLabels")
            .fetchAs(Map.class).mappedBy((t, r) -> r.get("n").asMap())
            .one()
            .map(n -> Result.ok(map(n)))
            .orElseGet(() -> Result.refused(Problem.NOT_FOUND, "key", "No entity with key " + key));
    }

    public Result setStatementStance(String key, String stance, String by) {
        return statementChange(key, "SET s.stance = $stance", "stance", Map.of("stance", stance, "by", by));
    }

    /** Makes {@code speakerKey} the one speaker of the statement. */
    public Result setStatementSpeaker(String key, String speakerKey, String by) {
        var speakerExists = this.neo4j.query("MATCH (n:%s {key: $key}) RETURN count(n) > 0".formatted(ENTITY_LABELS))
            .bind(speakerKey).to("key")
            .fetchAs(Boolean.class).one().orElse(false);
        if (!speakerExists) {
            return Result.refused(Problem.NOT_FOUND, "speaker", "No entity with key " + speakerKey);
        }
        return statementChange(key, """
                WITH s
                OPTIONAL MATCH (:%s)-[old:SAID]->(s)
                DELETE old
                WITH DISTINCT s
                MATCH (speaker:%s {key: $speaker})
                MERGE (speaker)-[:SAID]->(s)
                """.formatted(ENTITY_LABELS, ENTITY_LABELS), "speaker", Map.of("speaker", speakerKey, "by", by));
    }

    private Result statementChange(String key, String change, String field, Map<String, Object> parameters) {
        return this.transactions.execute(status -> this.neo4j.query("""
                MATCH (s:Statement {key: $key})
                %s
                WITH DISTINCT s
                SET %s,
                    s.curatedFields = CASE WHEN $field IN coalesce(s.curatedFields, []) THEN s.curatedFields
                                           ELSE coalesce(s.curatedFields, []) + $field END
                RETURN %s AS s
                """.formatted(change, MARK.formatted("s"), GraphReader.STATEMENT.formatted("s")))
            .bind(key).to("key")
            .bind(field).to("field")
            .bindAll(parameters)
            .fetchAs(Map.class).mappedBy((t, r) -> r.get("s").asMap())
            .one()
            .map(s -> Result.ok(map(s)))
            .orElseGet(() -> Result.refused(Problem.NOT_FOUND, "statement", "No statement with key " + key)));
    }

    /**
     * Folds {@code removeKey} into {@code keepKey} in one transaction: its relationships move to the
     * survivor (a fact both had becomes one, with the evidence of both), its names become aliases, and
     * references to its key in properties follow.
     */
    public Result mergeEntities(String keepKey, String removeKey, String by) {
        if (keepKey.equals(removeKey)) {
            return Result.refused(Problem.INVALID, "remove", "An entity cannot be merged into itself");
        }
        return this.transactions.execute(status -> {
            var found = this.neo4j.query("MATCH (n:%s) WHERE n.key IN [$keep, $remove] RETURN collect(n.key)".formatted(ENTITY_LABELS))
                .bind(keepKey).to("keep")
                .bind(removeKey).to("remove")
                .fetchAs(List.class).mappedBy((t, r) -> r.get(0).asList(org.neo4j.driver.Value::asString)).one().orElse(List.of());
            if (!found.contains(keepKey)) {
                return Result.refused(Problem.NOT_FOUND, "keep", "No entity with key " + keepKey);
            }
            if (!found.contains(removeKey)) {
                return Result.refused(Problem.NOT_FOUND, "remove", "No entity with key " + removeKey);
            }
            for (var direction : List.of("(gone)-[r]->(other)", "(other)-[r]->(gone)")) {
                var copy = direction.replace("gone", "keep").replace("[r]", "[copy:$(type(r))%s]");
                // Facts are identified by a key built from both ends; it must name the survivor from now on.
                moveRelationships(direction, copy.formatted(" {factKey: replace(r.factKey, '|' + $remove + '|', '|' + $keep + '|')}"),
                        "r.factKey IS NOT NULL", keepKey, removeKey);
                moveRelationships(direction, copy.formatted(""), "r.factKey IS NULL", keepKey, removeKey);
            }
            var node = this.neo4j.query("""
                    MATCH (keep:%1$s {key: $keep}), (gone:%1$s {key: $remove})
                    OPTIONAL MATCH (person) WHERE person.state = $remove OR person.organization = $remove
                    SET person.state = CASE WHEN person.state = $remove THEN $keep ELSE person.state END,
                        person.organization = CASE WHEN person.organization = $remove THEN $keep ELSE person.organization END
                    WITH DISTINCT keep, gone
                    OPTIONAL MATCH ()-[deployed:DEPLOYED_IN {by: $remove}]->()
                    SET deployed.by = $keep
                    WITH DISTINCT keep, gone
                    SET %2$s,
                        keep.mergedFrom = coalesce(keep.mergedFrom, []) + $remove + coalesce(gone.mergedFrom, [])
                    WITH keep AS n, coalesce(keep.aliases, []) + gone.name + coalesce(gone.aliases, []) AS aliases, gone
                    DETACH DELETE gone
                    %3$s
                    RETURN %4$s AS n
                    """.formatted(ENTITY_LABELS, MARK.formatted("keep"), SET_ALIASES.replace("$aliases", "aliases"),
                    GraphReader.ENTITY.formatted("n")))
                .bind(keepKey).to("keep")
                .bind(removeKey).to("remove")
                .bind(by).to("by")
                .bind(GraphReader.ENTITY_LABELS).to("entityLabels")
                .fetchAs(Map.class).mappedBy((t, r) -> r.get("n").asMap())
                .one();
            return Result.ok(map(node.orElseThrow()));
        });
    }

    private void moveRelationships(String pattern, String copy, String condition, String keepKey, String removeKey) {
        this.neo4j.query("""
                MATCH (keep:%1$s {key: $keep}), (gone:%1$s {key: $remove})
                MATCH %2$s
                WHERE other <> keep AND other <> gone AND %3$s
                MERGE %4$s
                  ON CREATE SET copy = properties(r)
                  ON MATCH SET copy.evidence = coalesce(copy.evidence, []) + [e IN coalesce(r.evidence, []) WHERE NOT e IN coalesce(copy.evidence, [])],
                               copy.articles = coalesce(copy.articles, []) + [a IN coalesce(r.articles, []) WHERE NOT a IN coalesce(copy.articles, [])]
                SET copy.factKey = CASE WHEN r.factKey IS NULL THEN null ELSE replace(r.factKey, '|' + $remove + '|', '|' + $keep + '|') END
                DELETE r
                """.formatted(ENTITY_LABELS, pattern, condition, copy))
            .bind(keepKey).to("keep")
            .bind(removeKey).to("remove")
            .run();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

}
