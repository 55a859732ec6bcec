package org.treatygraph.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import org.treatygraph.graph.GraphReader;

/**
 * Resolves every edge field (entity → statements/facts/articles, statement → speaker/about/evidence,
 * article → statements/mentions, fact → articles) through a named DataLoader: all parents of one level
 * are answered by one Cypher query. Entities are maps with a {@code label}, which also picks their
 * GraphQL type.
 */
@Component
class EdgeWiring implements RuntimeWiringConfigurer {

    private static final List<String> ENTITY_TYPES = List.of("Person", "State", "Organization", "Treaty",
            "MissileSystem", "Region");

    private final ApiProperties limits;

    EdgeWiring(BatchLoaderRegistry registry, GraphReader reader, ApiProperties limits) {
        this.limits = limits;
        many(registry, "said", reader::saidBy);
        many(registry, "statementsAbout", reader::statementsAbout);
        many(registry, "facts", reader::factsOf);
        many(registry, "entityArticles", reader::articlesMentioning);
        many(registry, "about", reader::subjectsOf);
        many(registry, "reportedIn", reader::evidenceOf);
        many(registry, "articleStatements", reader::statementsIn);
        many(registry, "mentions", reader::mentionedIn);
        registry.<String, Map<String, Object>>forName("speaker")
            .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.speakersOf(keys)));
        registry.<String, Map<String, Object>>forName("articleByKey")
            .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.articlesByKey(keys)));
    }

    private static void many(BatchLoaderRegistry registry, String name,
            Function<Set<String>, Map<String, List<Map<String, Object>>>> query) {
        registry.<String, List<Map<String, Object>>>forName(name)
            .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> query.apply(keys)));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Entity", type -> type.typeResolver(env -> {
            Map<String, Object> entity = env.getObject();
            return env.getSchema().getObjectType((String) entity.get("label"));
        }));
        for (var entityType : ENTITY_TYPES) {
            builder.type(entityType, type -> type.dataFetcher("aliases", env -> orEmpty(((Map<?, ?>) env.getSource()).get("aliases")))
                .dataFetcher("said", pagedList("said"))
                .dataFetcher("statementsAbout", pagedList("statementsAbout"))
                .dataFetcher("facts", pagedList("facts"))
                .dataFetcher("articles", pagedList("entityArticles")));
        }
        builder.type("Statement", type -> type.dataFetcher("speaker", single("speaker", "speaker"))
            .dataFetcher("about", list("about"))
            .dataFetcher("reportedIn", list("reportedIn")));
        builder.type("Article", type -> type.dataFetcher("statements", pagedList("articleStatements"))
            .dataFetcher("mentions", pagedList("mentions")));
        // Facts, timeline acts and treaty statuses carry the keys of the articles reporting them.
        for (var typeWithArticleKeys : List.of("Fact", "PositionEvent", "TreatyStatus")) {
            builder.type(typeWithArticleKeys, type -> type.dataFetcher("articles", EdgeWiring::articlesByKey));
        }
    }

    private static Object articlesByKey(graphql.schema.DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        @SuppressWarnings("unchecked")
        var keys = (List<String>) source.get("articleKeys");
        if (keys == null || keys.isEmpty()) {
            return List.of();
        }
        return env.<String, Map<String, Object>>getDataLoader("articleByKey").loadMany(keys);
    }

    private static Object orEmpty(Object value) {
        return value == null ? List.of() : value;
    }

    private static DataFetcher<Object> list(String loader) {
        return env -> {
            Map<String, Object> source = env.getSource();
            return env.<String, List<Map<String, Object>>>getDataLoader(loader)
                .load((String) source.get("key"))
                .thenApply(value -> value == null ? List.of() : value);
        };
    }

    /**
     * A nested list cut to its {@code first} argument, capped by the maximum page size whether asked or
     * not: a popular entity has thousands of statements, and one response must stay bounded. (The batch
     * query still reads them all; paging inside a batch is left for when a list needs cursors.)
     */
    private DataFetcher<Object> pagedList(String loader) {
        DataFetcher<Object> all = list(loader);
        return env -> {
            Integer first = env.getArgument("first");
            int size = first == null ? this.limits.maxPageSize() : this.limits.pageSize(first);
            @SuppressWarnings("unchecked")
            var future = (java.util.concurrent.CompletableFuture<List<?>>) all.get(env);
            return future.thenApply(items -> items.size() <= size ? items : items.subList(0, size));
        };
    }

    /** A parent may arrive with the field already fetched (search hits carry their speaker): then no loader round trip. */
    private static DataFetcher<Object> single(String loader, String field) {
        return env -> {
            Map<String, Object> source = env.getSource();
            if (source.containsKey(field)) {
                return source.get(field);
            }
            return env.<String, Map<String, Object>>getDataLoader(loader).load((String) source.get("key"));
        };
    }

}
