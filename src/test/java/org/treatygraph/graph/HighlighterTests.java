package org.treatygraph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

    @Test
    void marksWordsStartingWithATermCaseInsensitively() {
        assertThat(Highlighter.of(List.of("verif", "ryabkov")).highlight("Ryabkov said verification matters."))
            .containsExactly("<em>Ryabkov</em> said <em>verification</em> matters.");
    }

    @Test
    void cutsDistantMatchesIntoPassagesWithEllipses() {
        var text = "start " + "x".repeat(200) + " treaty " + "y".repeat(200) + " treaty end";
        var passages = Highlighter.of(List.of("treaty", "start")).highlight(text);
        assertThat(passages).hasSize(3);
        assertThat(passages.get(0)).startsWith("<em>start</em>").endsWith("…");
        assertThat(passages.get(1)).startsWith("…").contains("<em>treaty</em>");
        assertThat(passages.get(2)).endsWith("<em>treaty</em> end");
    }

    @Test
    void queryTermsLeaveOutLuceneOperators() {
        assertThat(AnalystQueries.terms("\"New START\" AND verif* NOT neutral")).containsExactly("new", "start", "verif", "neutral");
        assertThat(Highlighter.of(List.of("treaty")).highlight("nothing here")).isEmpty();
    }

}
