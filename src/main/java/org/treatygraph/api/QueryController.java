package org.treatygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.treatygraph.graph.GraphReader;
import org.treatygraph.graph.Filter;
import org.treatygraph.graph.PagedReader;

/** Root queries: look-ups and filtered, paged lists. Edges are resolved by {@link EdgeWiring}. */
@Controller
class QueryController {

    private final GraphReader reader;

    private final PagedReader lists;

    private final ApiProperties properties;

    QueryController(GraphReader reader, PagedReader lists, ApiProperties properties) {
        this.reader = reader;
        this.lists = lists;
        this.properties = properties;
    }

    @QueryMapping
    Map<String, Object> entity(@Argument String key) {
        return this.reader.entity(key).orElse(null);
    }

    @QueryMapping
    Map<String, Object> person(@Argument String name) {
        return this.reader.entityByName("Person", name).orElse(null);
    }

    @QueryMapping
    Map<String, Object> state(@Argument String name) {
        return this.reader.entityByName("State", name).orElse(null);
    }

    @QueryMapping
    Map<String, Object> organization(@Argument String name) {
        return this.reader.entityByName("Organization", name).orElse(null);
    }

    @QueryMapping
    Map<String, Object> treaty(@Argument String name) {
        return this.reader.entityByName("Treaty", name).orElse(null);
    }

    @QueryMapping
    Map<String, Object> missileSystem(@Argument String name) {
        return this.reader.entityByName("MissileSystem", name).orElse(null);
    }

    @QueryMapping
    Map<String, Object> region(@Argument String name) {
        return this.reader.entityByName("Region", name).orElse(null);
    }

    @QueryMapping
    Connections.Page entities(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        var condition = translate(Filter.ENTITY, where);
        return Connections.connection(env, this.properties, (skip, limit) -> this.lists.entities(condition, orderBy, skip, limit),
                () -> this.lists.countEntities(condition));
    }

    @QueryMapping
    Connections.Page persons(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("Person", where, orderBy, env);
    }

    @QueryMapping
    Connections.Page states(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("State", where, orderBy, env);
    }

    @QueryMapping
    Connections.Page organizations(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("Organization", where, orderBy, env);
    }

    @QueryMapping
    Connections.Page treaties(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("Treaty", where, orderBy, env);
    }

    @QueryMapping
    Connections.Page missileSystems(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("MissileSystem", where, orderBy, env);
    }

    @QueryMapping
    Connections.Page regions(@Argument Map<String, Object> where, @Argument PagedReader.Order orderBy, DataFetchingEnvironment env) {
        return entitiesOf("Region", where, orderBy, env);
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
