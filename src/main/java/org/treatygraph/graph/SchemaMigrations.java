package org.treatygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/V*.cypher} at start-up, once each, recording what ran in the database
 * (Neo4j-Migrations' history subgraph), so every database — embedded, external, a test container —
 * has the same constraints and indexes. Everything that writes depends on this bean.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    static final String LOCATION = "cypher/schema";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        var config = MigrationsConfig.builder()
            .withLocationsToScan("classpath:" + LOCATION)
            .withPackagesToScan()
            // Spring's resolver finds the scripts inside the executable jar, where a plain classpath scan cannot.
            .withResourceScanner(SchemaMigrations::scan)
            .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
            .withInstalledBy("treatygraph")
            .build();
        var migrations = new Migrations(config, this.driver);
        var version = migrations.apply();
        log.info("Graph schema at version {}", version.map(Object::toString).orElse("(none)"));
    }

    /** The schema version the database is at, e.g. "0003". */
    public String currentVersion() {
        var config = MigrationsConfig.builder().withLocationsToScan("classpath:" + LOCATION)
            .withResourceScanner(SchemaMigrations::scan).build();
        return new Migrations(config, this.driver).info().getLastAppliedVersion().map(v -> v.getValue()).orElse(null);
    }

    private static List<URL> scan(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
        var urls = new ArrayList<URL>();
        for (var location : locations) {
            var path = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
            try {
                for (var resource : resolver.getResources("classpath*:" + path + "/*.cypher")) {
                    urls.add(resource.getURL());
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot list schema scripts in " + location, ex);
            }
        }
        return urls;
    }

}
