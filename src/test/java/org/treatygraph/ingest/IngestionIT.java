package org.treatygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.treatygraph.article.RawArticle;
import org.treatygraph.support.IntegrationTest;
import org.treatygraph.support.ServerStartProbe;

import static org.assertj.core.api.Assertions.assertThat;

class IngestionIT extends IntegrationTest {

    @Autowired
    IngestService ingest;

    @Test
    void seedsAreLoadedAtStartUpAsTheGraphTheyState() {
        assertThat(count("MATCH (a:Article) WHERE a.key IN ['a5579124ed8d374b', '472fbafd6e30e720'] OR a.source = 'TASS' RETURN count(a)"))
            .isGreaterThanOrEqualTo(2);
        assertThat(single("MATCH (p:Person {key: 'person/sergey-ryabkov'})-[r:REPRESENTS]->(s:State) RETURN r.role + '|' + s.name", Map.of()))
            .isEqualTo("Deputy Foreign Minister|Russia");
        assertThat(single("MATCH (s:State {name: 'Russia'})-[r:SUSPENDED]->(t:Treaty {name: 'New START'}) RETURN r.date", Map.of()))
            .isEqualTo("2023-02-21");
        assertThat(single("MATCH (:State {name: 'United States'})-[r:WITHDREW_FROM]->(:Treaty {name: 'INF Treaty'}) "
                + "RETURN r.date + '/' + r.datePrecision", Map.of())).isEqualTo("2019/year");
        assertThat(count("MATCH (m:MissileSystem {key: 'missilesystem/intermediate-range-missiles'})-[r:DEPLOYED_IN {by: 'state/united-states'}]->(p) "
                + "WHERE p.name IN ['Europe', 'Philippines'] RETURN count(DISTINCT p)")).isEqualTo(2);
        assertThat(count("MATCH (:Organization {name: 'Russian Foreign Ministry'})-[:SAID]->(s:Statement {kind: 'direct'}) RETURN count(s)"))
            .isEqualTo(4);
        assertThat(count("MATCH (s:State) WHERE s.name IN ['Russia', 'United States', 'United Kingdom', 'France', 'Philippines'] RETURN count(s)"))
            .isEqualTo(5);
        // Evidence: facts point back to the article and the characters that state them.
        var evidence = single("MATCH (:State {name: 'Russia'})-[r:SUSPENDED]->(:Treaty) RETURN r.evidence[0]", Map.of()).toString();
        var articleKey = evidence.substring(0, evidence.indexOf(':'));
        var span = evidence.substring(evidence.indexOf(':') + 1).split("-");
        var text = single("MATCH (a:Article {key: $key}) RETURN a.text", Map.of("key", articleKey)).toString();
        assertThat(text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])))
            .contains("February 21, 2023").contains("suspend");
    }

    @Test
    void samplesAreInTheGraphBeforeTheServerAcceptsConnections() {
        assertThat(ServerStartProbe.articlesAtServerStart()).as("articles in the graph when the web server started")
            .isGreaterThanOrEqualTo(2);
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() {
        var text = " date 2025-03-10 GENEVA, March 10. /TASS/. Russia observes the central limits of the New START "
                + "Treaty, Russian Deputy Foreign Minister Sergey Ryabkov said.";
        var first = this.ingest.ingest(RawArticle.ofText("twice.txt", text));
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        var second = this.ingest.ingest(RawArticle.ofText("twice-again.txt", text));
        assertThat(first.status()).isIn(IngestReport.Status.INGESTED, IngestReport.Status.ALREADY_PRESENT);
        assertThat(second.status()).isEqualTo(IngestReport.Status.ALREADY_PRESENT);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        assertThat(count("MATCH (s:State {key: 'state/russia'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void badInputIsReportedByFileAndLineAndNothingPartialIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-empty.txt"), "");
        Files.write(dir.resolve("b-binary.txt"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3 });
        Files.writeString(dir.resolve("c-no-header.txt"), "Just some words about a treaty, with no date anywhere.");
        try (var out = Files.newBufferedWriter(dir.resolve("d-huge.txt"))) {
            var line = "Russia said the treaty matters. ".repeat(1000);
            for (int i = 0; i < 1700; i++) {
                out.write(line);
            }
        }
        Files.writeString(dir.resolve("e-feed.jsonl"), String.join("\n",
                "{\"url\":\"https://example.org/1\",\"source\":\"TASS\",\"published\":\"2025-01-20\",\"title\":\"Good\","
                        + "\"text\":\"MOSCOW, January 20. /TASS/. Sergey Lavrov said that Moscow remains open to dialogue on New START.\"}",
                "{not json",
                "{\"source\":\"TASS\",\"text\":\"\"}"));
        long articlesBefore = count("MATCH (a:Article) RETURN count(a)");

        var report = this.ingest.ingestPaths(List.of(dir), size -> { }, () -> { });

        assertThat(report.count(IngestReport.Status.INGESTED) + report.count(IngestReport.Status.ALREADY_PRESENT)).isEqualTo(1);
        var failures = report.failures().stream().map(f -> f.origin() + " | " + f.error()).toList();
        assertThat(failures).anyMatch(f -> f.contains("a-empty.txt | empty"))
            .anyMatch(f -> f.contains("b-binary.txt | not UTF-8"))
            .anyMatch(f -> f.contains("c-no-header.txt | no header"))
            .anyMatch(f -> f.contains("d-huge.txt | file is") && f.contains("more than"))
            .anyMatch(f -> f.contains("e-feed.jsonl:2 | invalid JSON"))
            .anyMatch(f -> f.contains("e-feed.jsonl:3 | missing or empty \"text\""));
        assertThat(report.failures()).hasSize(6);
        assertThat(report.summary()).startsWith("1 ingested, 0 already present, 6 failed");
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(articlesBefore + 1);
        assertThat(single("MATCH (a:Article {url: 'https://example.org/1'}) RETURN a.published", Map.of()))
            .isEqualTo(java.time.LocalDate.of(2025, 1, 20));
    }

}
