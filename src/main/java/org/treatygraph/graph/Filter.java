package org.treatygraph.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates a GraphQL {@code where} input (a map of field → value, with {@code AND}/{@code OR} lists and a
 * {@code NOT}) into a Cypher boolean expression over one variable plus its parameters. Only fields this
 * filter knows are accepted, and every value travels as a parameter, so no client text ever becomes
 * Cypher. One instance per list type ({@link #STATEMENT}, {@link #ENTITY}, {@link #ARTICLE}).
 */
public final class Filter {

    /** The translated condition ({@code true} when nothing filters) and the parameters it refers to. */
    public record Condition(String cypher, Map<String, Object> parameters) {

        static final Condition NONE = new Condition("true", Map.of());

    }

    /** A filter field: how its value is checked/converted, and the Cypher it becomes for one parameter. */
    private record Field(Function<Object, Object> value, String template) {
    }

    /**
     * An entity given by key, canonical name or alias, case-insensitive; {@code %1$s} is the entity variable,
     * {@code %2$s} the parameter.
     */
    static final String ENTITY_REFERENCE = "(%1$s.key = %2$s OR toLower(%1$s.name) = toLower(%2$s) "
            + "OR any(alias IN coalesce(%1$s.aliases, []) WHERE toLower(alias) = toLower(%2$s)))";

    private static final String ANY_ENTITY_REFERENCE = "any(ref IN %2$s WHERE " + ENTITY_REFERENCE.formatted("%1$s", "ref") + ")";

    public static final Filter STATEMENT = new Filter(Map.ofEntries(
            Map.entry("key", new Field(Filter::text, "s.key = %s")),
            Map.entry("key_in", new Field(Filter::texts, "s.key IN %s")),
            Map.entry("text_contains", new Field(Filter::text, "toLower(s.text) CONTAINS toLower(%s)")),
            Map.entry("stance", new Field(Filter::text, "s.stance = %s")),
            Map.entry("stance_in", new Field(Filter::texts, "s.stance IN %s")),
            Map.entry("kind", new Field(Filter::text, "s.kind = %s")),
            Map.entry("date_gte", new Field(Filter::date, "s.sortDate >= %s")),
            Map.entry("date_lte", new Field(Filter::date, "s.sortDate <= %s")),
            Map.entry("curated", new Field(v -> v, "coalesce(s.curated, false) = %s")),
            Map.entry("speaker", new Field(Filter::text,
                    "EXISTS { MATCH (speaker)-[:SAID]->(s) WHERE " + ENTITY_REFERENCE.formatted("speaker", "%1$s") + " }")),
            Map.entry("speaker_in", new Field(Filter::texts,
                    "EXISTS { MATCH (speaker)-[:SAID]->(s) WHERE " + ANY_ENTITY_REFERENCE.formatted("speaker", "%1$s") + " }")),
            Map.entry("speakerLabel", new Field(Filter::text, "EXISTS { MATCH (speaker)-[:SAID]->(s) WHERE %s IN labels(speaker) }")),
            Map.entry("about", new Field(Filter::text,
                    "EXISTS { MATCH (s)-[:ABOUT]->(subject) WHERE " + ENTITY_REFERENCE.formatted("subject", "%1$s") + " }")),
            Map.entry("about_in", new Field(Filter::texts,
                    "EXISTS { MATCH (s)-[:ABOUT]->(subject) WHERE " + ANY_ENTITY_REFERENCE.formatted("subject", "%1$s") + " }")),
            Map.entry("source", new Field(Filter::text, "EXISTS { MATCH (s)-[:REPORTED_IN]->(article:Article) WHERE article.source = %s }")),
            Map.entry("article", new Field(Filter::text, "EXISTS { MATCH (s)-[:REPORTED_IN]->(article:Article {key: %s}) }"))), "s");

    public static final Filter ENTITY = new Filter(Map.ofEntries(
            Map.entry("key", new Field(Filter::text, "n.key = %s")),
            Map.entry("key_in", new Field(Filter::texts, "n.key IN %s")),
            Map.entry("name", new Field(Filter::text, ENTITY_REFERENCE.formatted("n", "%1$s"))),
            Map.entry("name_in", new Field(Filter::texts, ANY_ENTITY_REFERENCE.formatted("n", "%1$s"))),
            Map.entry("name_contains", new Field(Filter::text, "toLower(n.name) CONTAINS toLower(%s)")),
            Map.entry("name_startsWith", new Field(Filter::text, "toLower(n.name) STARTS WITH toLower(%s)")),
            Map.entry("label", new Field(Filter::text, "%s IN labels(n)")),
            Map.entry("label_in", new Field(Filter::texts, "any(l IN labels(n) WHERE l IN %s)")),
            Map.entry("mentionedIn", new Field(Filter::text, "EXISTS { MATCH (:Article {key: %s})-[:MENTIONS]->(n) }")),
            Map.entry("curated", new Field(v -> v, "coalesce(n.curated, false) = %s"))), "n");

    public static final Filter ARTICLE = new Filter(Map.ofEntries(
            Map.entry("key", new Field(Filter::text, "a.key = %s")),
            Map.entry("key_in", new Field(Filter::texts, "a.key IN %s")),
            Map.entry("source", new Field(Filter::text, "a.source = %s")),
            Map.entry("source_in", new Field(Filter::texts, "a.source IN %s")),
            Map.entry("title_contains", new Field(Filter::text, "toLower(a.title) CONTAINS toLower(%s)")),
            Map.entry("published_gte", new Field(Filter::date, "a.published >= %s")),
            Map.entry("published_lte", new Field(Filter::date, "a.published <= %s")),
            Map.entry("mentions", new Field(Filter::text,
                    "EXISTS { MATCH (a)-[:MENTIONS]->(mentioned) WHERE " + ENTITY_REFERENCE.formatted("mentioned", "%1$s") + " }"))), "a");

    private final Map<String, Field> fields;

    private final String variable;

    private Filter(Map<String, Field> fields, String variable) {
        this.fields = fields;
        this.variable = variable;
    }

    /**
     * A statement filter's entity condition that a query can start from instead of testing every
     * statement: {@code about} (ABOUT) or {@code speaker} (SAID), given by key, name or alias.
     */
    public record Anchor(String relationship, String reference) {
    }

    /** A statement filter split into an optional {@link Anchor} and the conditions left to check. */
    public record Anchored(Anchor anchor, Map<String, Object> rest) {
    }

    /**
     * Lifts one {@code about} (preferred) or {@code speaker} condition out of a statement filter when it
     * must hold for every result: at the top level or in a top-level {@code AND}, never under OR/NOT.
     */
    @SuppressWarnings("unchecked")
    public static Anchored anchorStatements(Map<String, Object> where) {
        if (where == null) {
            return new Anchored(null, null);
        }
        for (var field : java.util.List.of("about", "speaker")) {
            if (where.get(field) instanceof String reference) {
                var rest = new LinkedHashMap<>(where);
                rest.remove(field);
                return new Anchored(new Anchor(field.equals("about") ? "ABOUT" : "SAID", reference), rest);
            }
            if (where.get("AND") instanceof Collection<?> parts) {
                var list = new java.util.ArrayList<Object>(parts);
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> part && part.get(field) instanceof String) {
                        var inner = anchorStatements((Map<String, Object>) part);
                        if (inner.anchor() != null) {
                            list.set(i, inner.rest());
                            var rest = new LinkedHashMap<>(where);
                            rest.put("AND", list);
                            return new Anchored(inner.anchor(), rest);
                        }
                    }
                }
            }
        }
        return new Anchored(null, where);
    }

    /** The Cypher variable the conditions refer to ({@code s}, {@code n} or {@code a}). */
    public String variable() {
        return this.variable;
    }

    /**
     * @param where the GraphQL input, or null
     * @throws InvalidFilterException for an unknown field or a value of the wrong shape
     */
    public Condition translate(Map<String, Object> where) {
        if (where == null || where.isEmpty()) {
            return Condition.NONE;
        }
        var parameters = new LinkedHashMap<String, Object>();
        var cypher = translate(where, parameters);
        return new Condition(cypher, parameters);
    }

    @SuppressWarnings("unchecked")
    private String translate(Map<String, Object> where, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        for (var entry : where.entrySet()) {
            var name = entry.getKey();
            var value = entry.getValue();
            if (value == null) {
                continue;
            }
            switch (name) {
                case "AND", "OR" -> {
                    var parts = ((Collection<Map<String, Object>>) list(name, value)).stream()
                        .map(part -> translate(part, parameters))
                        .toList();
                    if (!parts.isEmpty()) {
                        conditions.add("(" + String.join(" " + name + " ", parts) + ")");
                    }
                }
                case "NOT" -> conditions.add("NOT (" + translate((Map<String, Object>) value, parameters) + ")");
                default -> {
                    var field = this.fields.get(name);
                    if (field == null) {
                        throw new InvalidFilterException(name, "is not a filter field");
                    }
                    var parameter = "$filter" + parameters.size();
                    parameters.put(parameter.substring(1), convert(name, field, value));
                    conditions.add(field.template().formatted(parameter));
                }
            }
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private static Object convert(String name, Field field, Object value) {
        try {
            return field.value().apply(value);
        }
        catch (IllegalArgumentException | DateTimeParseException | ClassCastException ex) {
            throw new InvalidFilterException(name, "has an invalid value: " + value);
        }
    }

    private static Collection<?> list(String name, Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        throw new InvalidFilterException(name, "must be a list");
    }

    private static Object text(Object value) {
        return (String) value;
    }

    private static Object texts(Object value) {
        return ((Collection<?>) value).stream().map(v -> (String) v).toList();
    }

    private static Object date(Object value) {
        return LocalDate.parse((String) value);
    }

    /** A filter input that names an unknown field or carries a value of the wrong shape. */
    public static final class InvalidFilterException extends IllegalArgumentException {

        private final String field;

        InvalidFilterException(String field, String problem) {
            super("where." + field + " " + problem);
            this.field = field;
        }

        public String field() {
            return this.field;
        }

    }

}
