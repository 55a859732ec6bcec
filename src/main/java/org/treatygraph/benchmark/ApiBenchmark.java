package org.treatygraph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.HdrHistogram.Histogram;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures five analyst questions answered through the GraphQL API over HTTP and by one hand-written
 * Cypher query each over Bolt, against the same database, one request at a time: p50/p95 latency
 * (HdrHistogram) and throughput. The Cypher side is the floor: what the question costs without the
 * API, its generic filters, batching and JSON.
 * <p>
 * The machine this runs on is shared and its load drifts within seconds, and the JIT keeps compiling
 * for a while after start-up. So every question is warmed up on both sides before anything is measured,
 * and the two sides of a question are measured interleaved, request by request (alternating which goes
 * first): both see the same load, and the ratio does not depend on which side happened to run during a
 * quiet minute.
 */
public final class ApiBenchmark {

    /** One question, asked both ways. */
    public record Question(String name, String graphQl, Map<String, Object> variables, String cypher, Map<String, Object> parameters) {
    }

    /** Latency percentiles (ms) and throughput (requests/s) of one side of one question. */
    public record Figures(double p50, double p95, double perSecond) {
    }

    /** The fixed cost of a GraphQL request over HTTP: {@code { __typename }}, which touches no data. */
    public static final String FLOOR = "{ __typename }";

    public record Row(Question question, Figures graphQl, Figures cypher) {

        double ratioP50() {
            return this.graphQl.p50() / this.cypher.p50();
        }

        double ratioP95() {
            return this.graphQl.p95() / this.cypher.p95();
        }

    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        // Plain HTTP/1.1 with keep-alive, as API clients use it; no h2c upgrade attempt per connection.
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    private final URI endpoint;

    private final Driver driver;

    public ApiBenchmark(int port, Driver driver) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.driver = driver;
    }

    /** The five questions over the synthetic corpus. */
    public static List<Question> questions() {
        var treaty = SyntheticCorpus.treatyKey(3);
        var person = SyntheticCorpus.personKey(7);
        return List.of(
                new Question("position timeline", """
                        query($actor: String!, $treaty: String!) {
                          positions(actor: $actor, treaty: $treaty) { kind date stance act statement { key text } }
                        }""", Map.of("actor", person, "treaty", treaty), """
                        MATCH (actor:Person {key: $actor}), (treaty:Treaty {key: $treaty})
                        CALL (actor, treaty) {
                          MATCH (actor)-[:SAID]->(s:Statement)-[:ABOUT]->(treaty)
                          RETURN s.sortDate AS sortDate, s.date AS date, 'STATEMENT' AS kind, s.stance AS stance, null AS act,
                                 s.key AS key, s.text AS text
                          UNION ALL
                          MATCH (actor)-[r]->(treaty)
                          RETURN r.sortDate AS sortDate, r.date AS date, 'ACT' AS kind, null AS stance, type(r) AS act,
                                 null AS key, null AS text
                        }
                        RETURN kind, date, stance, act, key, text ORDER BY sortDate""", Map.of("actor", person, "treaty", treaty)),
                new Question("treaty status", """
                        query($treaty: String!, $asOf: String) {
                          treatyStatus(treaty: $treaty, asOf: $asOf) { state { key name } act date evidence }
                        }""", Map.of("treaty", treaty, "asOf", "2020-01-01"), """
                        MATCH (state:State)-[r]->(:Treaty {key: $treaty})
                        WHERE r.sortDate <= date($asOf)
                        WITH state, r ORDER BY r.sortDate DESC
                        WITH state, head(collect(r)) AS latest
                        RETURN state.key, state.name, type(latest), latest.date, latest.evidence ORDER BY state.name""",
                        Map.of("treaty", treaty, "asOf", "2020-01-01")),
                new Question("who said", """
                        query($about: String!) {
                          whoSaid(about: $about) { speaker { key name } statements stances { stance count } }
                        }""", Map.of("about", treaty), """
                        MATCH (speaker)-[:SAID]->(s:Statement)-[:ABOUT]->(:Treaty {key: $about})
                        WITH speaker, count(s) AS statements, collect(s.stance) AS stances
                        RETURN speaker.key, speaker.name, statements,
                               [x IN ['supports', 'opposes', 'conditional', 'neutral'] | size([y IN stances WHERE y = x])]
                        ORDER BY statements DESC, speaker.name LIMIT 50""", Map.of("about", treaty)),
                new Question("nested list (filter, page, 3 levels)", """
                        query($where: StatementWhere) {
                          statements(where: $where, first: 20, orderBy: DATE_DESC) {
                            totalCount
                            pageInfo { hasNextPage endCursor }
                            edges { node { key text date stance
                              speaker { key name facts { type to { key name } } }
                              about { key name }
                              reportedIn { start article { key source } } } }
                          }
                        }""", Map.of("where", Map.of("about", treaty, "stance_in", List.of("opposes", "conditional"), "date_gte", "2015-01-01")),
                        """
                        MATCH (s:Statement)-[:ABOUT]->(:Treaty {key: $treaty})
                        WHERE s.stance IN $stances AND s.sortDate >= date($from)
                        WITH collect(s) AS matching
                        WITH matching, size(matching) AS total
                        UNWIND matching AS s
                        WITH total, s ORDER BY s.sortDate DESC, s.key DESC LIMIT 21
                        MATCH (speaker)-[:SAID]->(s)
                        RETURN total, s.key, s.text, s.date, s.stance,
                               speaker {.key, .name, facts: [(speaker)-[r]-(o) WHERE NOT type(r) IN ['SAID', 'ABOUT', 'MENTIONS', 'REPORTED_IN'] | {type: type(r), to: o {.key, .name}}]},
                               [(s)-[:ABOUT]->(t) | t {.key, .name}] AS about,
                               [(s)-[e:REPORTED_IN]->(a) | {start: e.start, article: a {.key, .source}}] AS reportedIn""",
                        Map.of("treaty", treaty, "stances", List.of("opposes", "conditional"), "from", "2015-01-01")),
                new Question("full-text search", """
                        query($text: String!) {
                          searchStatements(text: $text, first: 20) { score highlights statement { key text speaker { name } } }
                        }""", Map.of("text", "verification AND deterrence"), """
                        CALL db.index.fulltext.queryNodes('statement_text', $text, {limit: 20}) YIELD node, score
                        MATCH (speaker)-[:SAID]->(node)
                        RETURN node.key, node.text, score, speaker.name ORDER BY score DESC""", Map.of("text", "verification AND deterrence")));
    }

    /**
     * Checks every question's GraphQL answer, warms all of them up on both sides ({@code warmup} rounds of
     * every question, GraphQL and Cypher), then measures each question for {@code iterations} requests per
     * side, interleaved.
     */
    public List<Row> run(List<Question> questions, int warmup, int iterations, PrintStream log) {
        questions.forEach(this::checkGraphQlAnswers);
        log.printf(Locale.ROOT, "  warming up: %d rounds of every question, both sides …%n", warmup);
        for (int i = 0; i < warmup; i++) {
            for (var question : questions) {
                graphQl(question);
                cypher(question);
            }
        }
        return questions.stream().map(question -> {
            log.printf(Locale.ROOT, "  %s …%n", question.name());
            return measure(question, iterations);
        }).toList();
    }

    /** Latency of {@link #FLOOR} through the same HTTP client, measured after {@link #run}'s warm-up. */
    public Figures floor(int iterations) {
        var histogram = newHistogram();
        long total = 0;
        for (int i = 0; i < iterations; i++) {
            total += time(histogram, () -> graphQl(FLOOR, Map.of()));
        }
        return figures(histogram, iterations, total);
    }

    /** A benchmark of error responses would be meaningless: refuse to measure a question that fails. */
    private void checkGraphQlAnswers(Question question) {
        var body = graphQl(question);
        var response = JSON.readTree(body);
        if (response.has("errors") || !response.has("data")) {
            throw new IllegalStateException("GraphQL question '" + question.name() + "' fails: " + body);
        }
    }

    private Row measure(Question question, int iterations) {
        var graphQl = newHistogram();
        var cypher = newHistogram();
        long graphQlTotal = 0;
        long cypherTotal = 0;
        for (int i = 0; i < iterations; i++) {
            if (i % 2 == 0) {
                graphQlTotal += time(graphQl, () -> graphQl(question));
                cypherTotal += time(cypher, () -> cypher(question));
            }
            else {
                cypherTotal += time(cypher, () -> cypher(question));
                graphQlTotal += time(graphQl, () -> graphQl(question));
            }
        }
        return new Row(question, figures(graphQl, iterations, graphQlTotal), figures(cypher, iterations, cypherTotal));
    }

    private static Histogram newHistogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    /** Runs one request, records its latency and returns it (ns). */
    private static long time(Histogram histogram, Callable<?> request) {
        try {
            long before = System.nanoTime();
            request.call();
            long took = System.nanoTime() - before;
            histogram.recordValue(took);
            return took;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Throughput is one client's: requests per second of time spent in that side's requests. */
    private static Figures figures(Histogram histogram, int iterations, long totalNanos) {
        return new Figures(histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(95) / 1e6, iterations / (totalNanos / 1e9));
    }

    private String graphQl(Question question) {
        return graphQl(question.graphQl(), question.variables());
    }

    private String graphQl(String document, Map<String, Object> variables) {
        try {
            var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            var request = HttpRequest.newBuilder(this.endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
            var response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Object cypher(Question question) {
        return this.driver.executableQuery(question.cypher()).withParameters(question.parameters()).execute().records();
    }

    /** The measured table, Markdown. */
    public static String table(List<Row> rows) {
        var out = new StringBuilder();
        out.append("| question | GraphQL p50 ms | GraphQL p95 ms | GraphQL req/s | Cypher p50 ms | Cypher p95 ms | Cypher req/s | ratio p50 | ratio p95 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f | %.2f× | %.2f× |%n", row.question().name(),
                    row.graphQl().p50(), row.graphQl().p95(), row.graphQl().perSecond(), row.cypher().p50(), row.cypher().p95(),
                    row.cypher().perSecond(), row.ratioP50(), row.ratioP95()));
        }
        return out.toString();
    }

}
