package org.treatygraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns client mistakes and timed-out queries into readable GraphQL errors; anything else stays an
 * opaque INTERNAL_ERROR.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        var timeout = timeout(ex);
        if (timeout != null) {
            return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("The query took longer than the database allows (transaction timeout) and was stopped; "
                        + "narrow it with filters or a smaller page")
                .extensions(java.util.Map.of("code", "QUERY_TIMEOUT"))
                .build();
        }
        var lucene = luceneSyntax(ex);
        if (lucene != null) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                .message("Search text is not a valid Lucene query: " + lucene)
                .build();
        }
        return null;
    }

    /** Neo4j reports a transaction timeout as a terminated transaction; Spring may wrap it. */
    static Neo4jException timeout(Throwable ex) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null
                    && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("TransactionTimedOutClientConfiguration"))) {
                return neo4j;
            }
        }
        return null;
    }

    private static String luceneSyntax(Throwable ex) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.getMessage() != null && neo4j.getMessage().contains("ParseException")) {
                return neo4j.getMessage().lines().findFirst().orElse("");
            }
        }
        return null;
    }

}
