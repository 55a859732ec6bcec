package org.treatygraph.explorer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntitySearchControllerTests {

    @Test
    void everyTypedWordBecomesARequiredPrefix() {
        assertThat(EntitySearchController.luceneQuery("  new  st ")).isEqualTo("new* AND st*");
    }

    @Test
    void luceneOperatorsAreSearchedForNotInterpreted() {
        assertThat(EntitySearchController.luceneQuery("state/russia")).isEqualTo("state\\/russia*");
        assertThat(EntitySearchController.luceneQuery("a:b (c) \"d\" e~ f*")).isEqualTo("a\\:b* AND \\(c\\)* AND \\\"d\\\"* AND e\\~* AND f\\**");
    }

    @Test
    void nothingTypedSearchesNothing() {
        assertThat(EntitySearchController.luceneQuery("   ")).isEmpty();
    }

}
