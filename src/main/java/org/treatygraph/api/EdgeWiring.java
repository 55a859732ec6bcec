package org.treatygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

import org.treatygraph.graph.EdgePages;
import org.treatygraph.graph.EdgePages.Edge;
import org.treatygraph.graph.GraphReader;
import org.treatygraph.graph.PagedReader;

/**
 * Resolves every edge field (entity → statements/facts/articles, statement → speaker/about/evidence,
 * article → statements/mentions, fact → articles) through a named DataLoader: all parents of one level
 * are answered by one Cypher query. Entities are maps with a {@code label}, which also picks their
 * GraphQL type.
 * <p>
 * The relationship lists of entities and articles come two ways, as the Neo4j GraphQL Library offers
 * them: a plain list ({@code said(first)}) and a Relay connection ({@code saidConnection(first, after)}
 * with cursors, {@code pageInfo} and {@code totalCount}). Both read one page per parent inside the
 * batch query ({@link EdgePages}); the DataLoader key carries the page wanted, and parents asking for
 * the same page (every parent of one field in a document) share one query.
 * <p>
 * These fetchers only hand a key to a DataLoader, so they declare it ({@link LoaderFetcher}): Spring's
 * observation then times the batch load once instead of every one of the fetchers (a nested list of 20
 * statements has a hundred of them).
 */
@Component
class EdgeWiring implements RuntimeWiringConfigurer {

    private static final List<String> ENTITY_TYPES = List.of("Person", "State", "Organization", "Treaty",
            "MissileSystem", "Region");

    /** Each paged edge of an entity, by its plain field name; the connection is the same name + "Connection". */
    private static final Map<String, Edge> ENTITY_EDGES = Map.of("said", Edge.SAID, "statementsAbout", Edge.STATEMENTS_ABOUT,
            "facts", Edge.FACTS, "articles", Edge.ENTITY_ARTICLES);

    private static final Map<String, Edge> ARTICLE_EDGES = Map.of("statements", Edge.ARTICLE_STATEMENTS, "mentions", Edge.MENTIONS);

    /** The DataLoader key of a paged edge: whose list, and which part of it. */
    record PageRequest(String parent, EdgePages.Slice slice) {
    }

    private final ApiProperties limits;

    EdgeWiring(BatchLoaderRegistry registry, GraphReader reader, EdgePages pages, ApiProperties limits) {
        this.limits = limits;
        for (var edge : Edge.values()) {
            registry.<PageRequest, PagedReader.Page>forName(edge.name())
                .registerMappedBatchLoader((requests, env) -> Mono.fromCallable(() -> load(pages, edge, requests)));
        }
        many(registry, "about", reader::subjectsOf);
        many(registry, "reportedIn", reader::evidenceOf);
        registry.<String, Map<String, Object>>forName("speaker")
            .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.speakersOf(keys)));
        registry.<String, Map<String, Object>>forName("articleByKey")
            .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> reader.articlesByKey(keys)));
    }

    /** One query per distinct slice asked for. */
    private static Map<PageRequest, PagedReader.Page> load(EdgePages pages, Edge edge, Set<PageRequest> requests) {
        var result = new HashMap<PageRequest, PagedReader.Page>();
        requests.stream()
            .collect(Collectors.groupingBy(PageRequest::slice, Collectors.mapping(PageRequest::parent, Collectors.toSet())))
            .forEach((slice, parents) -> pages.pages(edge, parents, slice)
                .forEach((parent, page) -> result.put(new PageRequest(parent, slice), page)));
        return result;
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
            builder.type(entityType, type -> {
                type.dataFetcher("aliases", env -> orEmpty(((Map<?, ?>) env.getSource()).get("aliases")));
                ENTITY_EDGES.forEach((field, edge) -> type.dataFetcher(field, list(edge)).dataFetcher(field + "Connection", connection(edge)));
                return type;
            });
        }
        builder.type("Statement", type -> type.dataFetcher("speaker", single("speaker", "speaker"))
            .dataFetcher("about", list("about"))
            .dataFetcher("reportedIn", list("reportedIn")));
        builder.type("Article", type -> {
            ARTICLE_EDGES.forEach((field, edge) -> type.dataFetcher(field, list(edge)).dataFetcher(field + "Connection", connection(edge)));
            return type;
        });
        // Facts, timeline acts and treaty statuses carry the keys of the articles reporting them.
        for (var typeWithArticleKeys : List.of("Fact", "PositionEvent", "TreatyStatus")) {
            builder.type(typeWithArticleKeys, type -> type.dataFetcher("articles", new LoaderFetcher("articleByKey", EdgeWiring::articlesByKey)));
        }
    }

    /** A data fetcher whose work is a DataLoader's. */
    private record LoaderFetcher(String loader, DataFetcher<Object> delegate) implements SelfDescribingDataFetcher<Object> {

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment env) throws Exception {
            return this.delegate.get(env);
        }

        @Override
        public String getDescription() {
            return "DataLoader " + this.loader;
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClass(Object.class);
        }

        @Override
        public boolean usesDataLoader() {
            return true;
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
        return new LoaderFetcher(loader, env -> {
            Map<String, Object> source = env.getSource();
            return env.<String, List<Map<String, Object>>>getDataLoader(loader)
                .load((String) source.get("key"))
                .thenApply(value -> value == null ? List.of() : value);
        });
    }

    /**
     * A plain nested list: its first {@code first} items, capped by the maximum page size whether asked
     * or not (a popular entity has thousands of statements, and one response must stay bounded).
     */
    private DataFetcher<Object> list(Edge edge) {
        return new LoaderFetcher(edge.name(), env -> {
            Integer first = env.getArgument("first");
            int size = first == null ? this.limits.maxPageSize() : this.limits.pageSize(first);
            return page(env, edge, new EdgePages.Slice(0, size, false)).thenApply(PagedReader.Page::rows);
        });
    }

    /** A nested Relay connection, forwards: {@code first} items {@code after} a cursor; the total only when selected. */
    private DataFetcher<Object> connection(Edge edge) {
        return new LoaderFetcher(edge.name(), env -> {
            Integer first = env.getArgument("first");
            if (first != null && first < 0) {
                throw new InvalidArgumentException("first cannot be negative");
            }
            long skip = Connections.start(env.getArgument("after"));
            var slice = new EdgePages.Slice(skip, this.limits.pageSize(first), env.getSelectionSet().contains("totalCount"));
            return page(env, edge, slice).thenApply(page -> Connections.forward(page, skip));
        });
    }

    private static CompletableFuture<PagedReader.Page> page(graphql.schema.DataFetchingEnvironment env, Edge edge, EdgePages.Slice slice) {
        Map<String, Object> source = env.getSource();
        return env.<PageRequest, PagedReader.Page>getDataLoader(edge.name()).load(new PageRequest((String) source.get("key"), slice));
    }

    /** A parent may arrive with the field already fetched (search hits carry their speaker): then no loader round trip. */
    private static DataFetcher<Object> single(String loader, String field) {
        return new LoaderFetcher(loader, env -> {
            Map<String, Object> source = env.getSource();
            if (source.containsKey(field)) {
                return source.get(field);
            }
            return env.<String, Map<String, Object>>getDataLoader(loader).load((String) source.get("key"));
        });
    }

}
