package org.treatygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.treatygraph.graph.AnalystQueries;

/** The domain questions: position timelines, treaty status, who said, paths, neighbourhoods, search. */
@Controller
class AnalysisController {

    private final AnalystQueries queries;

    private final ApiProperties properties;

    AnalysisController(AnalystQueries queries, ApiProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @QueryMapping
    List<Map<String, Object>> positions(@Argument String actor, @Argument String treaty, @Argument String from, @Argument String to) {
        return this.queries.positions(actor, treaty, QueryController.date("from", from), QueryController.date("to", to));
    }

    @QueryMapping
    List<Map<String, Object>> treatyStatus(@Argument String treaty, @Argument String asOf) {
        return this.queries.treatyStatus(treaty, QueryController.date("asOf", asOf));
    }

    @QueryMapping
    List<Map<String, Object>> whoSaid(@Argument String about, @Argument String from, @Argument String to, @Argument Integer first,
            DataFetchingEnvironment env) {
        boolean withDates = env.getSelectionSet().contains("first") || env.getSelectionSet().contains("last");
        return this.queries.whoSaid(about, QueryController.date("from", from), QueryController.date("to", to),
                this.properties.pageSize(first), withDates);
    }

    @QueryMapping
    List<Map<String, Object>> path(@Argument String from, @Argument String to, @Argument int maxHops, @Argument int first) {
        within("maxHops", maxHops, 1, this.properties.maxPathHops());
        return this.queries.paths(from, to, maxHops, Math.min(first, this.properties.maxPageSize()))
            .stream()
            .map(path -> {
                var map = new LinkedHashMap<String, Object>();
                map.put("length", path.edges().size());
                map.put("nodes", path.nodes());
                map.put("edges", path.edges());
                return (Map<String, Object>) map;
            })
            .toList();
    }

    @QueryMapping
    Map<String, Object> neighbourhood(@Argument String key, @Argument int depth, @Argument List<String> labels) {
        within("depth", depth, 1, this.properties.maxNeighbourhoodDepth());
        var subgraph = this.queries.neighbourhood(key, depth, labels, this.properties.maxNeighbourhoodNodes());
        return Map.of("nodes", subgraph.nodes(), "edges", subgraph.edges());
    }

    @QueryMapping
    List<Map<String, Object>> searchStatements(@Argument String text, @Argument Integer first) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("Argument 'text' cannot be blank");
        }
        return this.queries.searchStatements(text, this.properties.pageSize(first));
    }

    private static void within(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException("Argument '" + argument + "' must be between " + min + " and " + max + ", got " + value);
        }
    }

}
