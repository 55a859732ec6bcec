package org.treatygraph.config;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the one driver the application uses (embedded or external server alike).
 * <p>
 * The read queries project optional properties ({@code curatedBy}, {@code role}, {@code wikidata} …) that
 * a young graph has on no node yet, and name every act type whether or not one was reported. Neo4j
 * answers each such query with "property key / relationship type does not exist" notifications, and
 * Spring Data Neo4j formats every notification against the whole query text before its logger decides
 * whether to print it: measured on {@code benchmark-api}, about a third of a request's CPU time. The
 * UNRECOGNIZED classification is therefore switched off at the source (the server neither computes nor
 * sends it); performance, deprecation and the other classifications still arrive and are logged.
 * Notification filters need a Neo4j server of 5.7 or newer.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

    @Bean
    ConfigBuilderCustomizer noUnrecognizedNotifications() {
        return builder -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }

}
