package org.treatygraph.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatygraph.extraction.Extractor;

/** The extractor is plain Java; the application shares one (it is stateless and thread-safe). */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    Extractor extractor() {
        return new Extractor();
    }

}
