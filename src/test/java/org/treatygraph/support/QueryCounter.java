package org.treatygraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import org.treatygraph.graph.ReadQueries;

/**
 * Counts the read queries the application runs: every read of the API goes through
 * {@link ReadQueries} (in-process or over Bolt alike), so wrapping that bean sees each query.
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

    /** The methods of {@link ReadQueries} that run one query each. */
    private static final List<String> QUERY_METHODS = List.of("rows", "maps", "map", "count");

    @Bean
    static BeanPostProcessor countingReadQueries() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof ReadQueries reads)) {
                    return bean;
                }
                return Proxy.newProxyInstance(ReadQueries.class.getClassLoader(), new Class<?>[] { ReadQueries.class },
                        (proxy, method, args) -> {
                            if (QUERY_METHODS.contains(method.getName())) {
                                QUERIES.incrementAndGet();
                                STATEMENTS.add(String.valueOf(args[0]).replaceAll("\\s+", " "));
                            }
                            try {
                                return method.invoke(reads, args);
                            }
                            catch (InvocationTargetException ex) {
                                throw ex.getCause();
                            }
                        });
            }
        };
    }

}
