package org.treatygraph.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what. Reads (queries, GraphiQL, the schema, exports) are open unless {@code readsOpen} is
 * false; writes (every mutation) need the WRITER role.
 *
 * @param readsOpen whether anonymous clients may query
 * @param users accounts for HTTP Basic; passwords in Spring Security's {@code {id}} form, e.g.
 * {@code {bcrypt}$2a$…} or {@code {noop}secret}
 * @param apiKeys keys accepted in the {@code X-API-Key} header
 */
@ConfigurationProperties("treatygraph.security")
record SecurityProperties(@DefaultValue("true") boolean readsOpen, @DefaultValue List<User> users, @DefaultValue List<ApiKey> apiKeys) {

    /** @param roles without the ROLE_ prefix, e.g. WRITER, READER */
    record User(String name, String password, @DefaultValue("WRITER") List<String> roles) {
    }

    /** @param name who the key belongs to; recorded as {@code curatedBy} */
    record ApiKey(String name, String key, @DefaultValue("WRITER") List<String> roles) {
    }

}
