package org.treatygraph.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.treatygraph.article.Article;
import org.treatygraph.extraction.EntityLabel;
import org.treatygraph.extraction.ExtractedGraph;
import org.treatygraph.extraction.PartialDate;
import org.treatygraph.extraction.RelationType;
import org.treatygraph.extraction.Stance;

/**
 * A reproducible synthetic corpus in the shape extraction produces: states, their officials, treaties,
 * and articles with statements (speaker, subjects, stance, date) and dated acts of states on treaties.
 * Built as {@link ExtractedGraph}s so it goes through the same {@code GraphWriter} as real articles.
 * Every key starts with {@code synth}, so it never meets the real gazetteer's entities.
 */
public final class SyntheticCorpus {

    public static final int STATES = 40;

    public static final int PEOPLE = 400;

    public static final int TREATIES = 15;

    private static final LocalDate START = LocalDate.of(2010, 1, 1);

    private static final List<String> WORDS = List.of("verification", "inspections", "warheads", "launchers", "deployment",
            "moratorium", "dialogue", "stability", "deterrence", "compliance", "extension", "withdrawal", "suspension",
            "ratification", "missiles", "transparency", "consultations", "security", "guarantees", "reductions", "limits",
            "negotiations", "violations", "obligations", "parity", "escalation", "confidence", "measures", "notification",
            "testing");

    private static final List<RelationType> ACTS = List.of(RelationType.SIGNED, RelationType.RATIFIED, RelationType.SUSPENDED,
            RelationType.WITHDREW_FROM, RelationType.EXTENDED, RelationType.DERATIFIED, RelationType.OBSERVES);

    private final int statementsPerArticle;

    private final long seed;

    public SyntheticCorpus(int statementsPerArticle, long seed) {
        this.statementsPerArticle = statementsPerArticle;
        this.seed = seed;
    }

    public static String stateKey(int i) {
        return "state/synth-%02d".formatted(i);
    }

    public static String stateName(int i) {
        return "Synthland %02d".formatted(i);
    }

    public static String personKey(int i) {
        return "person/synth-%03d".formatted(i);
    }

    public static String treatyKey(int i) {
        return "treaty/synth-%02d".formatted(i);
    }

    public static String treatyName(int i) {
        return "Synthetic Treaty %02d".formatted(i);
    }

    /** Article number {@code index}; the same index always gives the same graph. */
    public ExtractedGraph article(int index) {
        var random = new Random(this.seed * 1_000_003L + index);
        var published = START.plusDays(index % 5000);
        var articleKey = "synth%011d".formatted(index);
        var text = new StringBuilder("SYNTHETIC ARTICLE ").append(index).append('\n');
        var entities = new LinkedHashMap<String, ExtractedGraph.Entity>();
        var statements = new ArrayList<ExtractedGraph.Statement>();
        var relationships = new ArrayList<ExtractedGraph.Relationship>();
        for (int s = 0; s < this.statementsPerArticle; s++) {
            int treaty = random.nextInt(TREATIES);
            addTreaty(entities, treaty);
            String speaker;
            if (random.nextInt(4) == 0) {
                int state = random.nextInt(STATES);
                addState(entities, state);
                speaker = stateKey(state);
            }
            else {
                int person = random.nextInt(PEOPLE);
                addPerson(entities, person);
                addState(entities, person % STATES);
                speaker = personKey(person);
                relationships.add(new ExtractedGraph.Relationship(RelationType.REPRESENTS, speaker, stateKey(person % STATES), null, 0, 0,
                        Map.of("role", "Minister")));
            }
            var about = new ArrayList<>(List.of(treatyKey(treaty)));
            if (random.nextBoolean()) {
                int state = random.nextInt(STATES);
                addState(entities, state);
                about.add(stateKey(state));
            }
            var sentence = IntStream.range(0, 12).mapToObj(w -> WORDS.get(random.nextInt(WORDS.size())))
                .reduce((a, b) -> a + " " + b).orElseThrow();
            var quote = entities.get(speaker).name() + " said the " + treatyName(treaty) + " needs " + sentence
                    + " (statement " + index + "-" + s + ").";
            int start = text.length();
            text.append(quote).append('\n');
            var stance = Stance.values()[random.nextInt(Stance.values().length)];
            statements.add(new ExtractedGraph.Statement("statement/synth-%d-%d".formatted(index, s), speaker, about, stance, "needs",
                    ExtractedGraph.Statement.Kind.reported, quote, start, text.length() - 1, PartialDate.ofDay(published)));
        }
        if (random.nextInt(3) == 0) {
            int state = random.nextInt(STATES);
            int treaty = random.nextInt(TREATIES);
            addState(entities, state);
            addTreaty(entities, treaty);
            var act = ACTS.get(random.nextInt(ACTS.size()));
            relationships.add(new ExtractedGraph.Relationship(act, stateKey(state), treatyKey(treaty), PartialDate.ofDay(published), 0, 10,
                    Map.of()));
        }
        var article = new Article(articleKey, "SYNTH-" + (index % 3), "https://example.invalid/" + index, published,
                new Article.Dateline("Synthopolis", published), "Synthetic article " + index, text.toString(), 0);
        return new ExtractedGraph(article, List.copyOf(entities.values()), statements, relationships);
    }

    private static void addState(Map<String, ExtractedGraph.Entity> entities, int i) {
        entities.computeIfAbsent(stateKey(i), key -> new ExtractedGraph.Entity(key, EntityLabel.State, stateName(i),
                List.of("Synthia " + i), Map.of("iso", "S%d".formatted(i)), List.of(new ExtractedGraph.Span(0, 5))));
    }

    private static void addPerson(Map<String, ExtractedGraph.Entity> entities, int i) {
        entities.computeIfAbsent(personKey(i), key -> new ExtractedGraph.Entity(key, EntityLabel.Person, "Synth Person %03d".formatted(i),
                List.of(), Map.of("role", "Minister", "state", stateKey(i % STATES)), List.of(new ExtractedGraph.Span(0, 5))));
    }

    private static void addTreaty(Map<String, ExtractedGraph.Entity> entities, int i) {
        entities.computeIfAbsent(treatyKey(i), key -> new ExtractedGraph.Entity(key, EntityLabel.Treaty, treatyName(i),
                List.of("ST-%02d".formatted(i)), Map.of(), List.of(new ExtractedGraph.Span(0, 5))));
    }

}
