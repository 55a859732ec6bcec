package org.treatygraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP security: every page and query is reachable (reads open by default), credentials are optional
 * (HTTP Basic for configured users, {@code X-API-Key} for configured keys), and mutations check the
 * WRITER role themselves ({@code @PreAuthorize}), so an anonymous mutation gets a GraphQL error in an
 * ordinary 200 response rather than a bare 401. Stateless: no session cookie, hence no CSRF token to
 * manage (credentials travel with every request, none are sent by the browser on its own except Basic).
 * One-shot commands (ingest, evaluate) start without a web server, and without any of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class ApiSecurityConfiguration {

    static final String API_KEY_HEADER = "X-API-Key";

    /**
     * Always open, whatever {@code reads-open} says: tools, health and the explorer page's static files
     * (its search and the exports are reads, and follow {@code reads-open}).
     */
    private static final String[] ALWAYS_OPEN = { "/graphiql/**", "/graphql/schema", "/actuator/health/**", "/", "/index.html",
            "/explorer/*.js", "/explorer/*.css", "/js/**", "/css/**", "/webjars/**", "/favicon.ico", "/error" };

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> {
                requests.requestMatchers(ALWAYS_OPEN).permitAll();
                if (properties.readsOpen()) {
                    requests.anyRequest().permitAll();
                }
                else {
                    requests.anyRequest().authenticated();
                }
            })
            .httpBasic(Customizer.withDefaults())
            .addFilterBefore(new ApiKeyFilter(properties.apiKeys()), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Spring Security observes every filter of the chain before and after it runs: some 26 observations
     * per request, a sixth of the CPU time of a bare {@code { __typename }} request as profiled. Requests are
     * timed as a whole anyway ({@code http.server.requests}); authentications and authorizations stay
     * observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /** The configured users; none by default, so nobody can write until someone is configured. */
    @Bean
    UserDetailsService users(SecurityProperties properties) {
        var manager = new InMemoryUserDetailsManager();
        for (var user : properties.users()) {
            manager.createUser(User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build());
        }
        return manager;
    }

    /** Authenticates a request carrying a configured API key; a wrong key is refused outright. */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final List<SecurityProperties.ApiKey> keys;

        ApiKeyFilter(List<SecurityProperties.ApiKey> keys) {
            this.keys = keys.stream().filter(k -> k.key() != null && !k.key().isBlank()).toList();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var presented = request.getHeader(API_KEY_HEADER);
            if (presented != null) {
                var match = this.keys.stream().filter(k -> sameKey(k.key(), presented)).findFirst();
                if (match.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown API key");
                    return;
                }
                var key = match.get();
                var authorities = AuthorityUtils.createAuthorityList(key.roles().stream().map(r -> "ROLE_" + r).toArray(String[]::new));
                var authentication = UsernamePasswordAuthenticationToken.authenticated(key.name() == null ? "api-key" : key.name(), null,
                        authorities);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }

        /** Constant-time comparison, so response times do not leak how much of a key was right. */
        private static boolean sameKey(String expected, String presented) {
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
        }

    }

}
