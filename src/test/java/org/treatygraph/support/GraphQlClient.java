package org.treatygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL documents (kept as {@code .graphql} files under {@code graphql-test/}) over real HTTP. */
public final class GraphQlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    private final URI endpoint;

    public GraphQlClient(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/graphql");
    }

    public JsonNode execute(String documentName, Map<String, Object> variables) {
        var body = JSON.writeValueAsString(Map.of("query", document(documentName), "variables", variables));
        return post(body);
    }

    public JsonNode executeText(String query) {
        return post(JSON.writeValueAsString(Map.of("query", query)));
    }

    private JsonNode post(String body) {
        try {
            var request = HttpRequest.newBuilder(this.endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
            var response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String document(String name) {
        try (var in = GraphQlClient.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No test document graphql-test/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
