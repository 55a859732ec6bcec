package org.treatygraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends: every read and write goes through Spring Data
 * Neo4j's {@link Neo4jClient}, so wrapping that bean sees each {@code query(…)} the API makes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private static final AtomicInteger QUERIES = new AtomicInteger();

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    public static void reset() {
        QUERIES.set(0);
        STATEMENTS.clear();
    }

    public static int count() {
        return QUERIES.get();
    }

    /** The Cypher sent since the last reset, for assertion messages. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Bean
    static BeanPostProcessor countingNeo4jClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof Neo4jClient client)) {
                    return bean;
                }
                return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
                        (proxy, method, args) -> {
                            if (method.getName().equals("query")) {
                                QUERIES.incrementAndGet();
                                STATEMENTS.add(String.valueOf(args[0]).replaceAll("\\s+", " "));
                            }
                            try {
                                return method.invoke(client, args);
                            }
                            catch (InvocationTargetException ex) {
                                throw ex.getCause();
                            }
                        });
            }
        };
    }

}
