package org.treatygraph.queries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;

import org.treatygraph.support.ResearchIntegrationTest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every research query of {@code cypher/queries/} against the samples plus the evaluation corpus,
 * with the example parameters its header documents, in a read-only session, and checks its rows, so
 * that the library cannot silently rot when the model changes. The rows of each query are also written
 * to {@code target/cypher-library/} for a reader who wants to see them.
 */
class CypherLibraryIT extends ResearchIntegrationTest {

    private static final Path LIBRARY = Path.of("cypher/queries");

    private static final Pattern PARAM_LINE = Pattern.compile("^// :param (\\{.*})$", Pattern.MULTILINE);

    private static final Pattern PARAMETER_USE = Pattern.compile("\\$([A-Za-z]\\w*)");

    private static final List<String> STANCES = List.of("supports", "opposes", "conditional", "neutral");

    /** What each query must answer on the test graph; a query without an entry here fails the test. */
    private Map<String, Consumer<List<Map<String, Object>>>> expected() {
        return Map.ofEntries(
            entry("01_statements_by_speaker_on_treaty.cypher", rows -> {
                assertThat(rows).hasSizeGreaterThanOrEqualTo(2).allMatch(r -> STANCES.contains(r.get("stance")));
                assertThat(rows).map(r -> (String) r.get("date")).isSorted();
                assertThat(rows).anyMatch(r -> r.get("text").toString().contains("expires soon")
                        && ((List<?>) r.get("articles")).contains("7360ec341c555b63"));
            }),
            entry("02_latest_act_per_state_and_treaty.cypher", rows -> {
                assertThat(rows).anyMatch(r -> r.get("state").equals("Russia") && r.get("treaty").equals("CTBT")
                        && r.get("act").equals("DERATIFIED") && r.get("date").equals("2023-11-02") && (Long) r.get("reportedBy") >= 1)
                    .anyMatch(r -> r.get("state").equals("United States") && r.get("treaty").equals("INF Treaty") && r.get("act").equals("WITHDREW_FROM"));
                assertThat(rows).map(r -> r.get("state") + "|" + r.get("treaty")).doesNotHaveDuplicates();
            }),
            entry("03_speakers_on_treaty.cypher", rows -> {
                assertThat(rows).map(r -> (Long) r.get("statements")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
                assertThat(rows).anyMatch(r -> r.get("speaker").equals("Sergey Ryabkov") && (Long) r.get("statements") >= 2)
                    .anyMatch(r -> r.get("speaker").equals("Vladimir Putin") && ((List<?>) r.get("stances")).contains("opposes"))
                    .anyMatch(r -> r.get("speaker").equals("Russian Foreign Ministry") && r.get("label").equals("Organization"));
            }),
            entry("04_stance_shifts_of_an_actor.cypher", rows -> {
                assertThat(rows).isNotEmpty().allMatch(r -> !r.get("fromStance").equals(r.get("toStance")));
                assertThat(rows).anyMatch(r -> r.get("subject").equals("INF Treaty") && r.get("toStance").equals("opposes"));
                assertThat(rows).allMatch(r -> r.get("fromDate").toString().compareTo(r.get("toDate").toString()) <= 0);
            }),
            entry("05_co_mention_network.cypher", rows -> {
                assertThat(rows).isNotEmpty().allMatch(r -> (Long) r.get("articles") >= 3);
                assertThat(Set.of(rows.getFirst().get("actor"), rows.getFirst().get("coMentioned"))).containsExactlyInAnyOrder("Russia", "United States");
                assertThat(rows).map(r -> (Long) r.get("articles")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            }),
            entry("06_deployments_by_system_and_place.cypher", rows -> assertThat(rows)
                .anyMatch(r -> r.get("system").equals("Typhon") && r.get("place").equals("Philippines")
                        && "United States".equals(r.get("deployedBy")) && "2024-04".equals(r.get("date")))
                .anyMatch(r -> r.get("system").equals("Oreshnik") && r.get("place").equals("Belarus") && "Russia".equals(r.get("deployedBy")))),
            entry("07_events_in_date_range.cypher", rows -> {
                assertThat(rows).isNotEmpty().allMatch(r -> r.get("date").toString().startsWith("2023"));
                assertThat(rows).anyMatch(r -> r.get("date").equals("2023-02-21") && r.get("act").equals("SUSPENDED")
                        && r.get("object").equals("New START") && (Long) r.get("reportedBy") >= 4);
            }),
            entry("08_path_between_two_actors.cypher", rows -> assertThat(rows).isNotEmpty().allSatisfy(r -> {
                var chain = (List<?>) r.get("chain");
                assertThat(chain.getFirst()).isEqualTo("Sergey Ryabkov");
                assertThat(chain.getLast()).isEqualTo("Philippines");
                // The shortest chains: one relationship per hop, a node at each end of each.
                assertThat((Long) r.get("hops")).isBetween(1L, 6L);
                assertThat((List<?>) r.get("via")).hasSize(((Long) r.get("hops")).intValue());
                assertThat(chain).hasSize(((Long) r.get("hops")).intValue() + 1);
            })),
            entry("09_articles_supporting_a_fact.cypher", rows -> {
                // Each row is the sentence a suspension was read from: "suspended", or "was halting its participation".
                assertThat(rows).hasSizeGreaterThanOrEqualTo(5).allMatch(r -> r.get("words").toString().toLowerCase().matches("(?s).*(?:suspen|halt).*"));
                assertThat(rows).anyMatch(r -> r.get("article").equals("7360ec341c555b63")
                        && r.get("words").toString().contains("On February 21, 2023, Russian President Vladimir Putin announced"));
            }),
            entry("10_most_cited_statements.cypher", rows -> {
                // Which statements lead depends on the corpus, and ties are broken by date. The seed's quote carried
                // by two articles is one statement with two reports; it is listed unless ten statements carried by
                // at least as many articles outrank it, and no statement carried by fewer articles comes before one
                // carried by more.
                assertThat(rows).hasSize(10);
                assertThat(rows).map(r -> (Long) r.get("articles")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
                assertThat((Long) rows.getFirst().get("articles")).isGreaterThanOrEqualTo(2L);
                assertThat(count("MATCH (:Person {name: 'Sergey Ryabkov'})-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a:Article) "
                        + "WHERE s.text STARTS WITH 'We do not have the foundation right now' RETURN count(DISTINCT a)")).isEqualTo(2L);
                boolean listed = rows.stream().anyMatch(r -> "Sergey Ryabkov".equals(r.get("speaker"))
                        && r.get("text").toString().startsWith("We do not have the foundation right now"));
                assertThat(listed || rows.stream().allMatch(r -> (Long) r.get("articles") >= 2L)).isTrue();
            }),
            entry("11_conflicting_fact_dates.cypher", rows -> {
                // Which facts conflict depends on what extraction gets wrong or sources disagree on; every row
                // must hold two dates neither of which refines the other.
                assertThat(rows).isNotEmpty().allSatisfy(r -> {
                    var dates = ((List<?>) r.get("dates")).stream().map(Object::toString).toList();
                    assertThat(dates).anySatisfy(a -> assertThat(dates).anyMatch(b -> !a.startsWith(b) && !b.startsWith(a)));
                });
                // Russia's suspension of New START is reported with the day it was announced (2023-02-21) and
                // with later days (the law, its publication): sources that disagree by days.
                assertThat(rows).anyMatch(r -> r.get("act").equals("SUSPENDED") && r.get("subject").equals("Russia")
                        && r.get("object").equals("New START"));
            }),
            entry("12_contradictory_acts.cypher", rows -> assertThat(rows)
                .anyMatch(r -> r.get("state").equals("Russia") && r.get("treaty").equals("CTBT") && r.get("act").equals("RATIFIED")
                        && r.get("opposite").equals("DERATIFIED") && ((List<?>) r.get("oppositeDates")).contains("2023-11-02"))),
            entry("13_treaty_timeline.cypher", rows -> {
                assertThat(rows).anyMatch(r -> "2023-02-21".equals(r.get("date")) && r.get("actor").equals("Russia")
                        && r.get("act").equals("SUSPENDED") && (Long) r.get("reportedBy") >= 4);
                assertThat(rows).anyMatch(r -> r.get("actor").equals("(treaty)") && r.get("act").equals("EXPIRED") && "2026-02-05".equals(r.get("date")));
                var dated = rows.stream().filter(r -> r.get("date") != null).map(r -> r.get("date").toString().substring(0, 4)).toList();
                assertThat(dated).isSorted();
            }),
            entry("14_search_statements_by_words.cypher", rows -> {
                assertThat(rows).hasSizeGreaterThanOrEqualTo(3).allMatch(r -> r.get("text").toString().toLowerCase().contains("dialogue"));
                assertThat(rows).map(r -> (Double) r.get("score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            }),
            entry("15_find_entity_by_any_name.cypher", rows -> assertThat(rows.getFirst())
                .containsEntry("key", "organization/kremlin").containsEntry("label", "Organization")),
            entry("16_people_representing_a_state.cypher", rows -> {
                // Most statements first: the deputy foreign minister and the president lead, in the order the corpus gives.
                assertThat(rows.stream().map(r -> (Long) r.get("statements")).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(rows.subList(0, 3)).anyMatch(r -> r.get("person").equals("Vladimir Putin"))
                    .anyMatch(r -> r.get("person").equals("Sergey Ryabkov"));
                assertThat(rows).anyMatch(r -> r.get("person").equals("Vladimir Putin") && ((List<?>) r.get("roles")).contains("President"));
                assertThat(rows).noneMatch(r -> r.get("person").equals("Antony Blinken"));
            }),
            entry("17_stance_balance_per_treaty.cypher", rows -> {
                assertThat(rows.getFirst()).containsEntry("treaty", "New START");
                assertThat(rows).allMatch(r -> (Long) r.get("statements")
                        == (Long) r.get("supports") + (Long) r.get("opposes") + (Long) r.get("conditional") + (Long) r.get("neutral"));
            }),
            entry("18_articles_per_source_and_year.cypher", rows -> {
                assertThat(rows.stream().mapToLong(r -> (Long) r.get("articles")).sum()).isEqualTo(count("MATCH (a:Article) RETURN count(a)"));
                assertThat(rows).anyMatch(r -> r.get("source").equals("TASS") && Long.valueOf(2024).equals(r.get("year")) && (Long) r.get("facts") > 0);
            }));
    }

    static Stream<String> queries() throws IOException {
        try (var files = Files.list(LIBRARY)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList().stream();
        }
    }

    @Test
    void theLibraryHasAtLeastFifteenQueries() throws IOException {
        assertThat(queries().count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryAnswersWithTheRowsItsHeaderPromises(String file) throws IOException {
        var text = Files.readString(LIBRARY.resolve(file));
        var body = text.lines().filter(l -> !l.startsWith("//")).collect(Collectors.joining("\n")).strip();
        assertThat(body).as("one statement, terminated for cypher-shell").endsWith(";");
        var parameters = parameters(text);
        var rows = run(body.substring(0, body.length() - 1), parameters);
        writeArtefact(file, rows);

        assertThat(text).as("header").startsWith("// Question: ").contains("// Parameters: ", "// Example output:")
            .doesNotContain("EXAMPLE");
        var used = PARAMETER_USE.matcher(body).results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(parameters.keySet()).as("every $parameter has a documented example value").containsAll(used);
        var expected = expected();
        assertThat(expected).as("expectations for " + file).containsKey(file);
        expected.get(file).accept(rows);
    }

    /** The example parameters of the header's {@code // :param {…}} line, evaluated by Neo4j itself. */
    private Map<String, Object> parameters(String text) {
        var line = PARAM_LINE.matcher(text);
        if (!line.find()) {
            return Map.of();
        }
        try (var session = this.driver.session()) {
            return session.run("RETURN " + line.group(1) + " AS p").single().get("p").asMap();
        }
    }

    /** In a READ session: a library query that wrote would fail here. */
    private List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(r -> r.asMap()));
        }
    }

    private static void writeArtefact(String file, List<Map<String, Object>> rows) throws IOException {
        var dir = Files.createDirectories(Path.of("target/cypher-library"));
        var lines = new ArrayList<String>();
        if (!rows.isEmpty()) {
            lines.add(String.join(" | ", rows.getFirst().keySet()));
        }
        rows.forEach(row -> lines.add(row.values().stream().map(String::valueOf).collect(Collectors.joining(" | "))));
        lines.add("(" + rows.size() + " rows)");
        Files.write(dir.resolve(file.replace(".cypher", ".txt")), lines);
    }

}
