package org.treatygraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents by their text, so a repeated query skips parsing and schema
 * validation. Depth and complexity are still checked on every execution (they are instrumentations of
 * the execution, not of validation). Documents with errors are not kept.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentCache {

    static final int MAX_DOCUMENTS = 1_000;

    @Bean
    GraphQlSourceBuilderCustomizer cachedDocuments() {
        Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();
        PreparsedDocumentProvider provider = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                var cached = cache.getIfPresent(input.getQuery());
                if (cached != null) {
                    return CompletableFuture.completedFuture(cached);
                }
                var entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    cache.put(input.getQuery(), entry);
                }
                return CompletableFuture.completedFuture(entry);
            }
        };
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

}
