package org.treatygraph.support;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Records how many articles the graph held at the moment the web server began to accept
 * connections, so a test can tell that the bundled samples were loaded before the first request
 * could arrive rather than some seconds after it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServerStartProbe {

    private static final AtomicLong ARTICLES_AT_SERVER_START = new AtomicLong(-1);

    /** The article count when the server started, or -1 if it has not started in this JVM. */
    public static long articlesAtServerStart() {
        return ARTICLES_AT_SERVER_START.get();
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> articleCountAtServerStart(ObjectProvider<Driver> driver) {
        return event -> {
            try (var session = driver.getObject().session()) {
                ARTICLES_AT_SERVER_START.compareAndSet(-1, session.run("MATCH (a:Article) RETURN count(a)").single().get(0).asLong());
            }
        };
    }

}
