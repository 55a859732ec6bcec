package org.treatygraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterTests {

    @Test
    void noFilterIsTrue() {
        assertThat(Filter.STATEMENT.translate(null).cypher()).isEqualTo("true");
        assertThat(Filter.STATEMENT.translate(Map.of()).parameters()).isEmpty();
    }

    @Test
    void fieldsAreAndedAndEveryValueIsAParameter() {
        var where = new java.util.LinkedHashMap<String, Object>();
        where.put("stance", "opposes");
        where.put("date_gte", "2023-02-21");
        var condition = Filter.STATEMENT.translate(where);
        assertThat(condition.cypher()).isEqualTo("s.stance = $filter0 AND s.sortDate >= $filter1");
        assertThat(condition.parameters()).containsExactly(Map.entry("filter0", "opposes"), Map.entry("filter1", LocalDate.of(2023, 2, 21)));
    }

    @Test
    void andOrNotNestAndNumberParametersAcrossTheTree() {
        var where = new java.util.LinkedHashMap<String, Object>();
        where.put("OR", List.of(Map.of("speaker", "Ryabkov"), Map.of("speakerLabel", "State")));
        where.put("NOT", Map.of("stance_in", List.of("neutral")));
        var condition = Filter.STATEMENT.translate(where);
        assertThat(condition.cypher()).startsWith("(EXISTS { MATCH (speaker)-[:SAID]->(s) WHERE (speaker.key = $filter0")
            .contains(" OR EXISTS { MATCH (speaker)-[:SAID]->(s) WHERE $filter1 IN labels(speaker) })")
            .endsWith(" AND NOT (s.stance IN $filter2)");
        assertThat(condition.parameters()).containsEntry("filter0", "Ryabkov").containsEntry("filter1", "State")
            .containsEntry("filter2", List.of("neutral"));
    }

    @Test
    void clientTextNeverBecomesCypher() {
        var condition = Filter.ENTITY.translate(Map.of("name_contains", "x') OR 1=1 //"));
        assertThat(condition.cypher()).isEqualTo("toLower(n.name) CONTAINS toLower($filter0)");
        assertThat(condition.parameters()).containsEntry("filter0", "x') OR 1=1 //");
    }

    @Test
    void unknownFieldsAndBadValuesAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> Filter.ARTICLE.translate(Map.of("text; MATCH (n) DETACH DELETE n", "x")))
            .isInstanceOf(Filter.InvalidFilterException.class).hasMessageContaining("is not a filter field");
        assertThatThrownBy(() -> Filter.ARTICLE.translate(Map.of("published_gte", "last week")))
            .isInstanceOfSatisfying(Filter.InvalidFilterException.class, ex -> assertThat(ex.field()).isEqualTo("published_gte"));
        assertThatThrownBy(() -> Filter.STATEMENT.translate(Map.of("AND", "not a list")))
            .isInstanceOf(Filter.InvalidFilterException.class).hasMessageContaining("must be a list");
    }

    @Test
    void aRequiredSubjectOrSpeakerBecomesTheAnchorButNotUnderOrOrNot() {
        var top = Filter.anchorStatements(Map.of("about", "New START", "stance", "opposes"));
        assertThat(top.anchor()).isEqualTo(new Filter.Anchor("ABOUT", "New START"));
        assertThat(top.rest()).containsExactly(Map.entry("stance", "opposes"));

        var nested = Filter.anchorStatements(Map.of("AND", List.of(Map.of("speaker", "Ryabkov", "kind", "direct"))));
        assertThat(nested.anchor()).isEqualTo(new Filter.Anchor("SAID", "Ryabkov"));
        assertThat(nested.rest()).isEqualTo(Map.of("AND", List.of(Map.of("kind", "direct"))));

        var optional = Map.<String, Object>of("OR", List.of(Map.of("about", "New START"), Map.of("about", "INF Treaty")));
        assertThat(Filter.anchorStatements(optional).anchor()).isNull();
        assertThat(Filter.anchorStatements(optional).rest()).isEqualTo(optional);
        assertThat(Filter.anchorStatements(Map.of("NOT", Map.of("about", "New START"))).anchor()).isNull();
    }

}
