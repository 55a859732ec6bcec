package org.treatygraph.api;

import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity limits, checked before anything runs, so an abusive query is refused at once
 * with a GraphQL error instead of reaching the database. Boot registers every {@code Instrumentation}
 * bean with GraphQL Java.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimits {

    /** List fields without paging arguments (an entity's statements, a statement's subjects …): assumed this many items each. */
    static final int UNPAGED_LIST_ESTIMATE = 10;

    private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "last");

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.maxComplexity(), complexity(properties));
    }

    /**
     * A field costs 1 plus its children times how many times they are resolved: the page size for a
     * paged list ({@code first}/{@code last}, or the default page size), an estimate for other lists,
     * once otherwise.
     */
    static FieldComplexityCalculator complexity(ApiProperties properties) {
        return (env, childComplexity) -> {
            var definition = env.getFieldDefinition();
            boolean paged = definition.getArguments().stream().anyMatch(a -> PAGING_ARGUMENTS.contains(a.getName()));
            int repeats;
            if (paged) {
                Object first = env.getArguments().get("first");
                Object last = env.getArguments().get("last");
                Object size = first != null ? first : last;
                // A nested plain list (an entity's statements) without "first" keeps the usual estimate.
                repeats = size == null && isList(definition.getType()) ? UNPAGED_LIST_ESTIMATE
                        : properties.pageSize(size instanceof Integer n ? n : null);
            }
            else if (env.getParentType().getName().endsWith("Connection")) {
                // edges/nodes of a connection: the page size was already counted on the connection field.
                repeats = 1;
            }
            else {
                repeats = isList(definition.getType()) ? UNPAGED_LIST_ESTIMATE : 1;
            }
            return 1 + childComplexity * Math.max(1, repeats);
        };
    }

    private static boolean isList(GraphQLType type) {
        var unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

}
