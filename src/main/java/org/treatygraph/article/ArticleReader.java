package org.treatygraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads article files: plain text (one article per file, any page shape {@link ArticleParser} knows) and
 * JSON Lines ({@code .jsonl}/{@code .ndjson}: one {@code {"url","source","published","title","text"}} per
 * line). Folders are read recursively in name order. Each item comes back either as a {@link RawArticle}
 * or as a failure naming the file (and line) and the reason, so a batch can skip bad items and go on.
 */
public final class ArticleReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxArticleBytes;

    /** @param maxArticleBytes larger files (or JSON lines) are refused rather than read into memory */
    public ArticleReader(long maxArticleBytes) {
        this.maxArticleBytes = maxArticleBytes;
    }

    /** One read item: exactly one of {@code article} and {@code error} is set. */
    public record Item(RawArticle article, ArticleException error) {

        static Item ok(RawArticle article) {
            return new Item(article, null);
        }

        static Item failed(ArticleException error) {
            return new Item(null, error);
        }

    }

    /** Expands folders and reads every file; never throws for a bad file, only reports it. */
    public List<Item> read(List<Path> paths) {
        var items = new ArrayList<Item>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                        .filter(ArticleReader::isArticleFile)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(file -> items.addAll(readFile(file)));
                }
                catch (IOException ex) {
                    items.add(Item.failed(new ArticleException(path.toString(), "cannot list folder: " + ex.getMessage())));
                }
            }
            else {
                items.addAll(readFile(path));
            }
        }
        return items;
    }

    /** Reads one file: a list of one item for text files, one item per non-blank line for JSON Lines. */
    public List<Item> readFile(Path file) {
        var origin = file.toString();
        try {
            if (!Files.exists(file)) {
                return List.of(Item.failed(new ArticleException(origin, "no such file")));
            }
            long size = Files.size(file);
            if (isJsonLines(file)) {
                return readJsonLines(file);
            }
            if (size > this.maxArticleBytes) {
                return List.of(Item.failed(new ArticleException(origin, "file is " + size + " bytes, more than the "
                        + this.maxArticleBytes + " allowed for one article (treatygraph.ingest.max-article-bytes)")));
            }
            return List.of(Item.ok(RawArticle.ofText(origin, decode(origin, Files.readAllBytes(file)))));
        }
        catch (ArticleException ex) {
            return List.of(Item.failed(ex));
        }
        catch (IOException ex) {
            return List.of(Item.failed(new ArticleException(origin, "cannot read: " + ex.getMessage())));
        }
    }

    /** Reads JSON Lines from memory (e.g. a request body); {@code origin} names it in errors. */
    public List<Item> readJsonLines(String origin, List<String> lines) {
        var items = new ArrayList<Item>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            var lineOrigin = origin + ":" + (i + 1);
            try {
                items.add(Item.ok(fromJson(lineOrigin, line)));
            }
            catch (ArticleException ex) {
                items.add(Item.failed(ex));
            }
        }
        return items;
    }

    private List<Item> readJsonLines(Path file) throws IOException {
        var origin = file.toString();
        var lines = new ArrayList<String>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line.length() > this.maxArticleBytes ? null : line);
            }
        }
        catch (java.nio.charset.MalformedInputException ex) {
            return List.of(Item.failed(new ArticleException(origin, "not UTF-8 text (binary file?)")));
        }
        var items = new ArrayList<Item>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                items.add(Item.failed(new ArticleException(origin + ":" + (i + 1),
                        "line longer than the " + this.maxArticleBytes + " bytes allowed for one article")));
                lines.set(i, "");
            }
        }
        var parsed = readJsonLines(origin, lines);
        items.addAll(parsed);
        items.sort(Comparator.comparing(item -> lineNumber(item)));
        return items;
    }

    private static int lineNumber(Item item) {
        var origin = item.article() != null ? item.article().origin() : item.error().origin();
        int colon = origin.lastIndexOf(':');
        try {
            return Integer.parseInt(origin.substring(colon + 1));
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private RawArticle fromJson(String origin, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        }
        catch (JacksonException ex) {
            throw new ArticleException(origin, "invalid JSON: " + ex.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ArticleException(origin, "expected a JSON object {\"url\",\"source\",\"published\",\"title\",\"text\"}");
        }
        var text = node.path("text");
        if (!text.isString() || text.asString().isBlank()) {
            throw new ArticleException(origin, "missing or empty \"text\"");
        }
        return new RawArticle(origin, text.asString(), optional(node, "source"), optional(node, "url"),
                parseDate(origin, optional(node, "published")), optional(node, "title"));
    }

    private static String optional(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static LocalDate parseDate(String origin, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        }
        catch (DateTimeParseException ex) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            }
            catch (RuntimeException again) {
                throw new ArticleException(origin, "\"published\" is not an ISO date: " + value);
            }
        }
    }

    /** Strict UTF-8 decoding: a binary file fails here instead of becoming an article of garbage. */
    static String decode(String origin, byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            if (text.indexOf('\0') >= 0) {
                throw new ArticleException(origin, "binary content (NUL bytes), not an article");
            }
            return text;
        }
        catch (CharacterCodingException ex) {
            throw new ArticleException(origin, "not UTF-8 text (binary file?)");
        }
    }

    private static boolean isJsonLines(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isArticleFile(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isJsonLines(file);
    }

}
