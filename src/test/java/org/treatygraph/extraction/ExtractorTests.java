package org.treatygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.RawArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ExtractorTests {

    private final Extractor extractor = new Extractor();

    private final ArticleParser parser = new ArticleParser();

    private ExtractedGraph extract(String text) {
        return this.extractor.extract(this.parser.parse(RawArticle.ofText("test", text)));
    }

    private ExtractedGraph seed(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/samples/" + name)) {
            return extract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> facts(ExtractedGraph graph, RelationType type) {
        return graph.relationships().stream().filter(r -> r.type() == type)
            .map(r -> r.from() + " -> " + r.to() + " @" + (r.date() == null ? null : r.date().value()))
            .toList();
    }

    @Test
    void ryabkovSeedGivesPeopleStatesTreatiesAndDatedEvents() throws IOException {
        var graph = seed("004_472fbafd6e30e720.txt");
        var ryabkov = graph.entity("person/sergey-ryabkov");
        assertThat(ryabkov.properties()).containsEntry("role", "Deputy Foreign Minister").containsEntry("state", "state/russia");
        assertThat(graph.entity("person/vladimir-putin").properties()).containsEntry("role", "President");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("state/russia", "state/united-states", "state/united-kingdom", "state/france", "state/philippines",
                    "treaty/new-start", "treaty/inf-treaty", "missilesystem/intermediate-range-missiles", "region/europe");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02-21");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/intermediate-range-missiles -> region/europe @null",
                "missilesystem/intermediate-range-missiles -> state/philippines @null");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelationType.DEPLOYED_IN)
            .allSatisfy(r -> assertThat(r.properties()).containsEntry("by", "state/united-states"));
    }

    @Test
    void everyDirectQuoteOfTheSeedsHasItsSpeaker() throws IOException {
        var ministry = seed("000_a5579124ed8d374b.txt");
        assertThat(ministry.statements()).filteredOn(s -> s.kind() == ExtractedGraph.Statement.Kind.direct)
            .hasSize(4)
            .allSatisfy(s -> assertThat(s.speaker()).isEqualTo("organization/russian-foreign-ministry"));
        var ryabkov = seed("004_472fbafd6e30e720.txt");
        assertThat(ryabkov.statements()).filteredOn(s -> s.kind() == ExtractedGraph.Statement.Kind.direct)
            .hasSize(2)
            .allSatisfy(s -> assertThat(s.speaker()).isEqualTo("person/sergey-ryabkov"));
    }

    @Test
    void suspensionWithoutWithdrawalIsNotAWithdrawal() {
        var graph = extract(" date 2023-02-22 MOSCOW, February 22. /TASS/. Russia suspended its participation in "
                + "the New START Treaty on February 21, 2023, without withdrawing from the accord, the Kremlin said.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02-21");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void intentionsThreatsAndNegationsAreNotFacts() {
        var graph = extract(" date 2025-05-12 WASHINGTON, May 12. /TASS/. The Pentagon would begin deployments of "
                + "Dark Eagle missiles in Germany in 2026. Moscow is not ruling out that it will deploy Oreshnik "
                + "systems in Belarus. The treaty was not extended in 2021 by Washington.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
        assertThat(facts(graph, RelationType.EXTENDED)).isEmpty();
    }

    @Test
    void aPersonTheGazetteerDoesNotKnowIsFoundByTitleAndLaterBySurname() {
        var graph = extract(" date 2025-04-02 ASTANA, April 2. /TASS/. Kazakh Deputy Foreign Minister Oralbek "
                + "Tulegenov said that Astana supports the treaty. \"We will keep our word,\" Tulegenov told reporters.");
        var person = graph.entities().stream().filter(e -> e.name().equals("Oralbek Tulegenov")).findFirst().orElseThrow();
        assertThat(person.label()).isEqualTo(EntityLabel.Person);
        assertThat(person.properties()).containsEntry("role", "Deputy Foreign Minister").containsEntry("state", "state/kazakhstan");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).containsOnly(person.key());
        assertThat(person.mentions()).hasSize(2);
    }

    @Test
    void monthAndDayWithoutYearTakeTheArticleYear() {
        var graph = extract(" date 2026-02-10 MOSCOW, February 10. /TASS/. The New START Treaty expired on "
                + "February 5, Russian Foreign Minister Sergey Lavrov said.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
    }

    @Test
    void oddInputNeverThrows() {
        var inputs = List.of("", "\"\"\"\"", "\"only a quote that never closes", "«Nur ein Zitat» sagte er.",
                "<html><body><p>\"Hello,\" he said.</p></body></html>", "Москва, 5 февраля. /ТАСС/. Текст.",
                "x".repeat(1_000_000), "\"A\" \"B\" \"C\" said said said , , ,");
        for (var input : inputs) {
            assertThatCode(() -> this.extractor.extract(new org.treatygraph.article.Article("k", null, null,
                    LocalDate.of(2025, 1, 1), null, null, input, 0))).doesNotThrowAnyException();
        }
    }

}
