package org.treatygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.treatygraph.graph.GraphReader;
import org.treatygraph.graph.StatementFilter;

/** Root queries: look-ups and lists. Edges are resolved by {@link EdgeWiring}. */
@Controller
class QueryController {

    private final GraphReader reader;

    private final ApiProperties properties;

    QueryController(GraphReader reader, ApiProperties properties) {
        this.reader = reader;
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
    List<Map<String, Object>> persons(@Argument Integer first, @Argument int offset) {
        return list("Person", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> states(@Argument Integer first, @Argument int offset) {
        return list("State", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> organizations(@Argument Integer first, @Argument int offset) {
        return list("Organization", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> treaties(@Argument Integer first, @Argument int offset) {
        return list("Treaty", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> missileSystems(@Argument Integer first, @Argument int offset) {
        return list("MissileSystem", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> regions(@Argument Integer first, @Argument int offset) {
        return list("Region", first, offset);
    }

    @QueryMapping
    List<Map<String, Object>> articles(@Argument Integer first, @Argument int offset) {
        return this.reader.articles(this.properties.pageSize(first), Math.max(0, offset));
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
    List<Map<String, Object>> statements(@Argument String speaker, @Argument String about, @Argument String from,
            @Argument String to, @Argument Integer first, @Argument int offset) {
        return this.reader.statements(new StatementFilter(speaker, about, date("from", from), date("to", to),
                this.properties.pageSize(first), Math.max(0, offset)));
    }

    private List<Map<String, Object>> list(String label, Integer first, int offset) {
        return this.reader.entities(label, this.properties.pageSize(first), Math.max(0, offset));
    }

    private static LocalDate date(String argument, String value) {
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
