package org.treatygraph.graph;

import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Picks how reads run: in-process when the application exposes its embedded database as a
 * {@link GraphDatabaseService} (embedded mode, unless {@code treatygraph.embedded.in-process-reads} is
 * false), over Bolt otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ReadQueriesConfiguration {

    @Bean
    ReadQueries readQueries(ObjectProvider<GraphDatabaseService> embedded, Neo4jClient neo4j) {
        var database = embedded.getIfAvailable();
        return database != null ? new InProcessReadQueries(database) : new BoltReadQueries(neo4j);
    }

}
