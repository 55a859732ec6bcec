package org.treatygraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves our own GraphiQL page at {@code /graphiql} ({@code static/graphiql/}): GraphiQL and React from
 * webjars in the jar, opening on example tabs. Spring's bundled page is switched off
 * ({@code spring.graphql.graphiql.enabled=false}) because it loads its scripts from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    }

}
