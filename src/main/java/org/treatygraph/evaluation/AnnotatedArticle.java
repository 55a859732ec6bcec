package org.treatygraph.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.treatygraph.article.Article;
import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.RawArticle;

/** An article of an annotated corpus folder ({@code NAME.txt}) with its gold graph ({@code NAME.expected.json}). */
record AnnotatedArticle(String name, Article article, JsonNode gold) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every annotated article of a folder, in file-name order. */
    static List<AnnotatedArticle> readAll(Path folder, ArticleParser parser) throws IOException {
        List<Path> golds;
        try (Stream<Path> files = Files.list(folder)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        var articles = new ArrayList<AnnotatedArticle>(golds.size());
        for (var goldFile : golds) {
            var name = goldFile.getFileName().toString().replace(".expected.json", "");
            var textFile = goldFile.resolveSibling(name + ".txt");
            var gold = JSON.readTree(goldFile.toFile());
            var text = Files.readString(textFile);
            // The text alone, as `extract FILE` sees it: the page's own header must give the date. The gold
            // date is only a fallback for a page that prints none.
            var parsed = parser.parse(new RawArticle(textFile.toString(), text, null, null, null, null));
            if (parsed.published() == null && gold.path("published").isString()) {
                var published = LocalDate.parse(gold.path("published").asString());
                parsed = parser.parse(new RawArticle(textFile.toString(), text, null, null, published, null));
            }
            articles.add(new AnnotatedArticle(name, parsed, gold));
        }
        return articles;
    }

}
