package org.treatygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

    private static java.util.List<String> split(String text) {
        return Sentences.split(text, 0).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void aTreatyAcronymEndsASentence() {
        for (var name : new String[] { "NPT", "CTBT", "INF", "START", "NATO" }) {
            assertThat(split("Delegates spoke about the " + name + ". The treaty entered into force in 1970."))
                .hasSize(2);
        }
    }

    @Test
    void abbreviationsDoNotEndOne() {
        assertThat(split("The deal was signed by U.S. President Ronald Reagan. Lt. Col. Dale Hale said so on Feb. 5 in Moscow."))
            .containsExactly("The deal was signed by U.S. President Ronald Reagan.",
                    "Lt. Col. Dale Hale said so on Feb. 5 in Moscow.");
        assertThat(split("Troops left the U.S. The deal ended.")).hasSize(2);
    }

}
