package org.treatygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

import org.treatygraph.graph.GraphReader;
import org.treatygraph.graph.Filter;
import org.treatygraph.graph.PagedReader;

/**
 * Root queries: look-ups and filtered, paged lists. The look-up and the list of each entity label
 * ({@code person}/{@code persons} …) differ only by the label, so they are wired in a loop
 * ({@link #configure}) rather than written once per label. Edges are resolved by {@link EdgeWiring}.
 */
@Controller
class QueryController implements RuntimeWiringConfigurer {

    /** Each entity label and its two root fields: look-up by name, and list. */
    private static final Map<String, List<String>> LABEL_FIELDS = Map.of("Person", List.of("person", "persons"),
            "State", List.of("state", "states"), "Organization", List.of("organization", "organizations"),
            "Treaty", List.of("treaty", "treaties"), "MissileSystem", List.of("missileSystem", "missileSystems"),
            "Region", List.of("region", "regions"));

    private final GraphReader reader;

    private final PagedReader lists;

    private final ApiProperties properties;

    QueryController(GraphReader reader, PagedReader lists, ApiProperties properties) {
        this.reader = reader;
        this.lists = lists;
        this.properties = properties;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Query", type -> {
            LABEL_FIELDS.forEach((label, fields) -> {
                type.dataFetcher(fields.get(0), env -> this.reader.entityByName(label, env.getArgument("name")).orElse(null));
                type.dataFetcher(fields.get(1), env -> {
                    String order = env.getArgument("orderBy");
                    return entitiesOf(label, env.getArgument("where"), order == null ? null : PagedReader.Order.valueOf(order), env);
                });
            });
            return type;
        });
    }

    @QueryMapping
    Map<String, Object> entity(@Argument String key) {
        return this.reader.entity(key).orElse(null);
    }

    @QueryMapping
    Connections.Page entities(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        var condition = translate(Filter.ENTITY, where);
        return Connections.connection(env, this.properties, (skip, limit) -> this.lists.entities(condition, orderBy, skip, limit),
                () -> this.lists.countEntities(condition));
    }

    @QueryMapping
    Connections.Page articles(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        var condition = translate(Filter.ARTICLE, where);
        return Connections.connection(env, this.properties, (skip, limit) -> this.lists.articles(condition, orderBy, skip, limit),
                () -> this.lists.countArticles(condition));
    }

    @QueryMapping
    Map<String, Object> article(@Argument String key) {
        return this.reader.article(key).orElse(null);
    }

    @QueryMapping
    Map<String, Object> statement(@Argument String key) {
        return this.reader.statement(key).orElse(null);
    }

    @QueryMapping
    Connections.Page statements(@Argument String speaker, @Argument String about, @Argument String from, @Argument String to,
            @Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        // The shorthand arguments are one more filter, ANDed with `where`; dates are checked here for a clear message.
        date("from", from);
        date("to", to);
        var combined = new LinkedHashMap<String, Object>();
        combined.put("speaker", speaker);
        combined.put("about", about);
        combined.put("date_gte", from == null || from.isBlank() ? null : from);
        combined.put("date_lte", to == null || to.isBlank() ? null : to);
        if (where != null) {
            combined.put("AND", List.of(where));
        }
        var anchored = Filter.anchorStatements(combined);
        var condition = translate(Filter.STATEMENT, anchored.rest());
        return Connections.connection(env, this.properties,
                (skip, limit) -> this.lists.statements(anchored.anchor(), condition, orderBy, skip, limit),
                () -> this.lists.countStatements(anchored.anchor(), condition),
                (skip, limit) -> this.lists.statementsWithTotal(anchored.anchor(), condition, orderBy, skip, limit));
    }

    private Connections.Page entitiesOf(String label, Map<String, Object> where, PagedReader.Order orderBy, DataFetchingEnvironment env) {
        var condition = translate(Filter.ENTITY, where);
        return Connections.connection(env, this.properties, (skip, limit) -> this.lists.entities(label, condition, orderBy, skip, limit),
                () -> this.lists.countEntities(label, condition));
    }

    static Filter.Condition translate(Filter filter, Map<String, Object> where) {
        try {
            return filter.translate(where);
        }
        catch (Filter.InvalidFilterException ex) {
            throw new InvalidArgumentException(ex.getMessage());
        }
    }

    static LocalDate date(String argument, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidArgumentException("Argument '" + argument + "' must be an ISO date (YYYY-MM-DD), got '" + value + "'");
        }
    }

}
