package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.treatygraph.article.Article;
import org.treatygraph.extraction.ExtractedGraph.Entity;
import org.treatygraph.extraction.ExtractedGraph.Relationship;
import org.treatygraph.extraction.ExtractedGraph.Span;
import org.treatygraph.extraction.ExtractedGraph.Statement;

/**
 * Turns an article into the graph it states. Thread-safe and stateless apart from the shared,
 * immutable gazetteer; never throws on odd text (empty, quotes only, HTML, other languages): the
 * result is then empty or partial.
 */
public final class Extractor {

    private static final Logger log = LoggerFactory.getLogger(Extractor.class);

    /** Above this, text is cut: nothing a news article needs, and it bounds the work per article. */
    static final int MAX_TEXT = 200_000;



    private final Gazetteer gazetteer;

    private final EntityRecognizer recognizer;

    /** Null: stances are the cue rules' alone. */
    private final StanceModel stanceModel;

    /** Whether a failing stage throws (tests) rather than costing only its findings (everyone else). */
    private final boolean failFast;

    /** With the bundled gazetteer and stance model. */
    public Extractor() {
        this(StanceModel.bundled(), false);
    }

    private Extractor(StanceModel stanceModel, boolean failFast) {
        this.gazetteer = Gazetteer.bundled();
        this.recognizer = new EntityRecognizer(this.gazetteer);
        this.stanceModel = stanceModel;
        this.failFast = failFast;
    }

    /**
     * Stances from the cue rules alone: what the stance model is trained on, since its features include the
     * rules' answer ({@link StanceFeatures}).
     */
    public static Extractor withRuleStances() {
        return new Extractor(null, false);
    }

    /**
     * With the bundled gazetteer and stance model, but a stage that fails throws instead of being left out: for
     * tests, which must see every failure.
     */
    static Extractor failingFast() {
        return new Extractor(StanceModel.bundled(), true);
    }

    public ExtractedGraph extract(Article article) {
        var text = article.text().length() > MAX_TEXT ? article.text().substring(0, MAX_TEXT) : article.text();
        int from = Math.min(article.bodyStart(), text.length());
        var registry = new EntityRegistry();
        var home = homeState(article);
        var mentions = orElse("entity recognition", article, () -> this.recognizer.recognize(text, from, registry, home), null);
        if (mentions == null) {
            // Without its entities nothing else of the article can be told: the article alone.
            return new ExtractedGraph(article, List.of(), List.of(), List.of());
        }
        var sentences = Sentences.split(text, from);
        var context = new ArticleContext(article, text, sentences, mentions, registry, home);

        List<Statement> statements = orElse("statement", article, () -> statements(context), List.of());
        var events = orElse("event", article, () -> new EventExtractor(context, statements).extract(), List.<EventExtractor.Event>of());
        var relationships = new ArrayList<Relationship>();
        var used = new LinkedHashSet<String>();
        mentions.forEach(m -> used.add(m.key()));
        for (var event : events) {
            var properties = new LinkedHashMap<String, Object>();
            if (event.by() != null) {
                properties.put("by", event.by());
                relationships.add(new Relationship(RelationType.DEPLOYED_BY, event.from(), event.by(), event.date(),
                        event.start(), event.end(), Map.of()));
                used.add(event.by());
            }
            relationships.add(new Relationship(event.type(), event.from(), event.to(), event.date(), event.start(),
                    event.end(), properties));
            used.add(event.from());
            used.add(event.to());
        }
        relationships.addAll(structure(context, used));
        var entities = entities(context, mentions, used, relationships);
        var graph = new ExtractedGraph(article, entities, statements, deduplicate(relationships));
        return this.stanceModel == null ? graph
                : new ExtractedGraph(article, entities, orElse("stance", article, () -> this.stanceModel.restate(graph), graph.statements()),
                        graph.relationships());
    }

    /**
     * A stage's output, or {@code fallback} when the stage fails: a rule that trips over text nobody foresaw
     * costs that stage's findings for that article, not the article, and never the caller's run. The failure is
     * logged with the article, so it can be reproduced and fixed.
     */
    private <T> T orElse(String stage, Article article, Supplier<T> run, T fallback) {
        try {
            return run.get();
        }
        catch (RuntimeException | StackOverflowError failure) {
            if (this.failFast) {
                throw failure;
            }
            log.warn("The {} stage failed on article {}; its findings are left out", stage, article.key(), failure);
            return fallback;
        }
    }

    /**
     * The state an article is written from, which a bare "the Foreign Ministry" belongs to: the state
     * whose capital (or name) is the dateline, else the home of a national news agency, else the country whose
     * time a page with no dateline keeps ("Updated 17:05 JST"), else the first state the headline names ("Iran's parliament weighs …" on a page with no dateline); null if none.
     */
    private String homeState(Article article) {
        if (article.dateline() != null && article.dateline().place() != null) {
            var place = this.gazetteer.lookup(article.dateline().place().strip());
            if (place.isPresent() && place.get().label() == EntityLabel.State) {
                return place.get().key();
            }
        }
        var source = article.source() == null ? "" : article.source().toLowerCase(java.util.Locale.ROOT);
        for (var agency : NATIONAL_AGENCIES.entrySet()) {
            if (source.contains(agency.getKey())) {
                return agency.getValue();
            }
        }
        if (article.dateline() == null) {
            // "Published 16 September 2025 | Updated 17:05 JST": the page keeps its own country's time.
            var zone = LOCAL_TIME.matcher(article.text()).region(0, Math.min(article.text().length(), Math.max(article.bodyStart(), 400)));
            if (zone.find()) {
                return TIME_ZONES.get(zone.group(1));
            }
        }
        if (article.dateline() == null && article.title() != null) {
            var title = article.title().strip();
            var quoted = HEADLINE_SOURCE_VERBS.contains(title.substring(title.lastIndexOf(' ') + 1)) ? HEADLINE_SOURCE.matcher(title) : null;
            // "US launchers to stay in Japan after drills, Tokyo says": the side the headline quotes.
            var side = quoted != null && quoted.find() ? firstStateIn(title, quoted.start(1)) : null;
            return side != null ? side : firstStateIn(article.title(), 0);
        }
        return null;
    }

    /** Time zones that belong to one country each (not CET, IST, CST: several share them). */
    private static final Map<String, String> TIME_ZONES = Map.of("JST", "state/japan", "KST", "state/south-korea",
            "MSK", "state/russia", "PHT", "state/philippines", "AEST", "state/australia", "AEDT", "state/australia",
            "EST", "state/united-states", "EDT", "state/united-states", "PST", "state/united-states", "PDT", "state/united-states");

    private static final java.util.regex.Pattern LOCAL_TIME = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?\\s*)?(" + String.join("|", TIME_ZONES.keySet()) + ")\\b");

    private String firstStateIn(String title, int from) {
        for (var hit : this.gazetteer.find(title, from, title.length())) {
            // "Iran's parliament" is a body of that state.
            var state = hit.entry().label() == EntityLabel.State ? hit.entry().key() : hit.entry().properties().get("state");
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    private static final Set<String> HEADLINE_SOURCE_VERBS = Set.of("says", "said", "warns", "insists", "tells", "claims", "confirms",
            "announces", "vows");

    private static final java.util.regex.Pattern HEADLINE_SOURCE = java.util.regex.Pattern.compile(
            "[,:—–-]\\s*([^,:—–]{2,40}?)\\s+(?:says|said|warns|insists|tells|claims|confirms|announces|vows)\\s*$");

    /** National news agencies, whose unqualified "Foreign Ministry" is their country's. */
    private static final Map<String, String> NATIONAL_AGENCIES = Map.of("tass", "state/russia", "interfax", "state/russia",
            "ria", "state/russia", "xinhua", "state/china", "kyodo", "state/japan", "yonhap", "state/south-korea",
            "belta", "state/belarus", "armenpress", "state/armenia", "kazinform", "state/kazakhstan");

    private static List<Statement> statements(ArticleContext context) {
        var statements = new ArrayList<Statement>();
        var seen = new HashMap<String, Boolean>();
        var defaultDate = context.reference() == null ? null : PartialDate.ofDay(context.reference());
        var allFound = new StatementExtractor(context).extract();
        List<String> lastSpeakers = List.of();
        for (var found : allFound) {
            var joint = jointSpeakers(context, found);
            var speakers = new ArrayList<String>();
            speakers.add(found.speaker());
            speakers.addAll(joint);
            if (lastSpeakers.size() > 1 && theirJointStatement(context, found)) {
                // "The two governments announced … According to the joint statement, …": the same voices again.
                found = new StatementExtractor.Found(found.start(), found.end(), found.text(), found.kind(), lastSpeakers.get(0),
                        found.verb(), found.attributionStart(), found.attributionEnd());
                joint = lastSpeakers.subList(1, lastSpeakers.size());
                speakers = new ArrayList<>(lastSpeakers);
            }
            lastSpeakers = speakers;
            var key = "statement/" + org.treatygraph.article.ArticleParser.contentKey(found.speaker() + "|" + wordsOnly(found.text()));
            if (seen.putIfAbsent(key, true) != null) {
                continue;
            }
            var about = about(context, found);
            var evidence = evidence(context, found, allFound);
            boolean aboutSystem = !about.isEmpty() && about.get(0).startsWith(EntityLabel.MissileSystem.keyPrefix() + "/");
            var stance = StanceClassifier.classify(found.text(), found.verb(), aboutSystem);
            if (stance.stance() == Stance.neutral && stance.cue() == null && aboutAnotherState(context, found, about)) {
                // With no word for or against, what one state's voice says of another is, in this news, its
                // criticism: an accusation, a charge, a complaint.
                stance = new StanceClassifier.Result(Stance.opposes, "of another state");
            }
            statements.add(new Statement(key, found.speaker(), about, stance.stance(), stance.cue(), found.kind(),
                    found.text(), evidence[0], evidence[1], defaultDate));
            for (var partner : joint) {
                var partnerKey = "statement/" + org.treatygraph.article.ArticleParser.contentKey(partner + "|" + wordsOnly(found.text()));
                if (seen.putIfAbsent(partnerKey, true) == null) {
                    statements.add(new Statement(partnerKey, partner, about, stance.stance(), stance.cue(), found.kind(),
                            found.text(), evidence[0], evidence[1], defaultDate));
                }
            }
        }
        return statements;
    }

    private static final java.util.regex.Pattern JOINING_WORDS = java.util.regex.Pattern.compile(
            "[,;\"”»]*\\s*(?:(?:and|but|while|whereas)\\s+)?");

    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("\\s+and\\s+(?:the\\s+)?|,\\s+(?:and\\s+)?(?:the\\s+)?");

    /**
     * "Russia and China said in a joint statement …", "Russia, China and Iran said …", "… after the United States, the
     * United Kingdom and Canada objected to …": every state listed with the speaker in the attribution says it. The
     * others of the list that holds the speaker, joined by commas and "and"; empty when there is none.
     */
    private static List<String> jointSpeakers(ArticleContext context, StatementExtractor.Found found) {
        if (found.attributionStart() < 0 || found.attributionEnd() <= found.attributionStart()
                || !found.speaker().startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return List.of();
        }
        var states = context.mentionsIn(found.attributionStart(), found.attributionEnd())
            .stream()
            .filter(m -> m.label() == EntityLabel.State)
            .toList();
        // Runs of states joined by list punctuation; the run that holds the speaker names the others.
        var run = new ArrayList<String>();
        boolean joinedByAnd = false;
        for (int i = 0; i < states.size(); i++) {
            var gap = i == 0 ? null : context.text().substring(states.get(i - 1).end(), states.get(i).start());
            if (gap != null && !LIST_GAP.matcher(gap).matches()) {
                if (run.contains(found.speaker()) && joinedByAnd) {
                    break;
                }
                run.clear();
                joinedByAnd = false;
            }
            if (gap != null && LIST_GAP.matcher(gap).matches() && gap.contains("and")) {
                joinedByAnd = true;
            }
            run.add(states.get(i).key());
        }
        if (!run.contains(found.speaker()) || !joinedByAnd) {
            return theTwo(context, found);
        }
        return run.stream().distinct().filter(key -> !key.equals(found.speaker())).toList();
    }

    private static final java.util.regex.Pattern THE_TWO = java.util.regex.Pattern.compile(
            "\\b(?:[Tt]he two|[Bb]oth)\\s+" + Lexicon.PAIR_OF_STATES + "\\b");

    /**
     * "The United States will station missiles in Germany, the two governments announced": the other state the
     * sentence names, when it names exactly two.
     */
    private static List<String> theTwo(ArticleContext context, StatementExtractor.Found found) {
        var two = THE_TWO.matcher(context.text()).region(found.attributionStart(), found.attributionEnd());
        if (!two.find()) {
            return List.of();
        }
        // What was said and who said it, not the rest of the sentence ("… drawn a warning from Moscow").
        var states = context.mentionsIn(Math.min(found.start(), found.attributionStart()), Math.max(found.end(), two.end()))
            .stream()
            .filter(m -> m.label() == EntityLabel.State)
            .map(Mention::key)
            .distinct()
            .toList();
        return states.size() == 2 && states.contains(found.speaker())
                ? states.stream().filter(key -> !key.equals(found.speaker())).toList() : List.of();
    }

    private static final java.util.regex.Pattern JOINT_STATEMENT = java.util.regex.Pattern.compile(
            "\\b(?:[Aa]ccording to|[Ii]n|[Uu]nder)\\s+(?:the|their|this)\\s+joint\\s+(?:statement|declaration|communiqu[eé])\\b"
            // "Washington and Berlin said in a joint statement … Such deployments would later become permanent, the
            // statement said."
            + "|\\b[Tt]he\\s+(?:joint\\s+)?(?:statement|declaration|communiqu[eé])\\s+(?:said|added|stated|noted|read|says|adds)\\b");

    /** "According to the joint statement": the statement of the voices just heard together, naming no one itself. */
    private static boolean theirJointStatement(ArticleContext context, StatementExtractor.Found found) {
        if (found.attributionStart() < 0 || found.attributionEnd() <= found.attributionStart()) {
            return false;
        }
        var attribution = JOINT_STATEMENT.matcher(context.text()).region(found.attributionStart(), found.attributionEnd());
        return attribution.find() && context.mentionsIn(found.attributionStart(), found.attributionEnd()).stream()
            .noneMatch(m -> m.label() == EntityLabel.State || m.label() == EntityLabel.Person);
    }

    /**
     * Where a statement stands in the article. Reported speech is evidenced by its whole sentence,
     * attribution included, when the sentence holds no other statement; its text stays what was said.
     * A quote is evidenced by the quote.
     */
    private static int[] evidence(ArticleContext context, StatementExtractor.Found found, List<StatementExtractor.Found> all) {
        var sentence = context.sentenceAt(found.start());
        if (found.kind() == Statement.Kind.reported && sentence != null
                && all.stream().anyMatch(other -> other != found && other.start() < sentence.end() && sentence.start() < other.end())) {
            // Two statements in one sentence: each with its own attribution when that leads into it ("…, while Russia's
            // Foreign Ministry has repeatedly argued that it undermines …").
            int from = found.attributionStart() >= sentence.start() && found.attributionStart() < found.start()
                    && found.attributionEnd() <= found.start() ? found.attributionStart() : found.start();
            var joint = JOINING_WORDS.matcher(context.text()).region(from, found.start());
            if (joint.lookingAt()) {
                from = joint.end();
            }
            return new int[] { from, found.end() };
        }
        if (found.kind() != Statement.Kind.reported || sentence == null
                // "…, an idea Beijing repeatedly rejected": words told inside the article's narration, which are not theirs.
                || found.attributionStart() == found.start() && found.start() > sentence.start()) {
            return new int[] { found.start(), found.end() };
        }
        return new int[] { Math.min(found.start(), sentence.start()), Math.max(found.end(), sentence.end()) };
    }

    /**
     * The words of a statement in lower case, one blank between them: the same statement quoted with other
     * punctuation or line breaks gets the same key.
     */
    static String wordsOnly(String text) {
        var out = new char[text.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && length > 0) {
                    out[length++] = ' ';
                }
                out[length++] = Character.toLowerCase(c);
                gap = false;
            }
            else {
                gap = true;
            }
        }
        return new String(out, 0, length);
    }

    /** What a statement concerns: treaties, systems, then other actors named in it; else the treaty in context. */
    /** Whether the statement's main subject is a state other than the speaker's own (when that is known). */
    private static boolean aboutAnotherState(ArticleContext context, StatementExtractor.Found found, List<String> about) {
        if (about.isEmpty() || !about.get(0).startsWith(EntityLabel.State.keyPrefix() + "/")) {
            return false;
        }
        var speakerState = context.state(found.speaker());
        return speakerState != null && !speakerState.equals(about.get(0));
    }

    private static List<String> about(ArticleContext context, StatementExtractor.Found found) {
        var keys = new LinkedHashSet<String>();
        var inside = context.mentionsIn(found.start(), found.end());
        var speakerState = context.state(found.speaker());
        for (var label : List.of(EntityLabel.Treaty, EntityLabel.MissileSystem, EntityLabel.State,
                EntityLabel.Organization, EntityLabel.Person, EntityLabel.Region)) {
            for (var mention : inside) {
                if (mention.label() == label && !mention.key().equals(found.speaker())
                        && !(label == EntityLabel.State && mention.key().equals(speakerState) && inside.size() > 1)) {
                    keys.add(mention.key());
                }
            }
        }
        if (keys.stream().noneMatch(k -> k.startsWith(EntityLabel.Treaty.keyPrefix() + "/"))) {
            String lastTreaty = null;
            for (var mention : context.mentions()) {
                if (mention.start() >= found.start()) {
                    break;
                }
                if (mention.label() == EntityLabel.Treaty) {
                    lastTreaty = mention.key();
                }
            }
            if (lastTreaty != null && keys.isEmpty()) {
                keys.add(lastTreaty);
            }
        }
        return List.copyOf(keys);
    }

    /** REPRESENTS (person → state/body, with role) and PART_OF (body → state) for entities in the article. */
    private static List<Relationship> structure(ArticleContext context, Set<String> used) {
        var relationships = new ArrayList<Relationship>();
        int at = context.article().bodyStart();
        for (var entity : context.registry().all()) {
            if (!used.contains(entity.key)) {
                continue;
            }
            var state = entity.property("state");
            var organization = entity.property("organization");
            if (entity.label == EntityLabel.Person) {
                var role = entity.property("role");
                var properties = role == null ? Map.<String, Object>of() : Map.<String, Object>of("role", role);
                var target = organization != null ? organization : state;
                if (target != null) {
                    relationships.add(new Relationship(RelationType.REPRESENTS, entity.key, target, null, at, at, properties));
                }
                if (organization != null && state != null && !state.equals(organization)) {
                    relationships.add(new Relationship(RelationType.REPRESENTS, entity.key, state, null, at, at, properties));
                }
            }
            else if (entity.label == EntityLabel.Organization) {
                var parent = entity.property("parent");
                if (parent != null) {
                    relationships.add(new Relationship(RelationType.PART_OF, entity.key, parent, null, at, at, Map.of()));
                }
                else if (state != null && state.startsWith("state/")) {
                    relationships.add(new Relationship(RelationType.PART_OF, entity.key, state, null, at, at, Map.of()));
                }
            }
        }
        return relationships;
    }

    private List<Entity> entities(ArticleContext context, List<Mention> mentions, Set<String> used,
            List<Relationship> relationships) {
        var referenced = new LinkedHashSet<String>();
        relationships.forEach(r -> {
            referenced.add(r.from());
            referenced.add(r.to());
        });
        var spans = new LinkedHashMap<String, List<Span>>();
        for (var mention : mentions) {
            spans.computeIfAbsent(mention.key(), k -> new ArrayList<>()).add(new Span(mention.start(), mention.end()));
        }
        var entities = new ArrayList<Entity>();
        var keys = new LinkedHashSet<String>(spans.keySet());
        keys.addAll(referenced);
        for (var key : keys) {
            var builder = context.registry().get(key);
            if (builder == null) {
                builder = this.gazetteer.entry(key)
                    .map(e -> {
                        var b = context.registry().register(e.key(), e.label(), e.name());
                        e.properties().forEach(b.properties::put);
                        return b;
                    })
                    .orElse(null);
            }
            if (builder == null) {
                continue;
            }
            var aliases = new ArrayList<>(builder.aliases);
            // A known entity is known by all its names, not only those this article happens to use: a
            // look-up of "START III" must find New START whichever names the articles used.
            this.gazetteer.entry(key).ifPresent(entry -> {
                aliases.addAll(entry.aliases());
                aliases.addAll(entry.capitals());
            });
            aliases.removeIf(a -> a.equalsIgnoreCase(context.registry().get(key).name));
            entities.add(new Entity(key, builder.label, builder.name, List.copyOf(new LinkedHashSet<>(aliases)),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties)), spans.getOrDefault(key, List.of())));
        }
        return entities;
    }

    private static List<Relationship> deduplicate(List<Relationship> relationships) {
        var seen = new LinkedHashMap<String, Relationship>();
        for (var r : relationships) {
            seen.putIfAbsent(r.type() + "|" + r.from() + "|" + r.to() + "|" + (r.date() == null ? "" : r.date().value()), r);
        }
        return new ArrayList<>(seen.values());
    }

}
