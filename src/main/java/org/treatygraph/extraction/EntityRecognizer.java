package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities of an article: every gazetteer name, bodies named after a state ("Kazakh Foreign
 * Ministry"), and people the gazetteer does not know, recognised by a title before the name ("Deputy
 * Foreign Minister Yerlan Dzhaksybekov"), an appositive after it ("…, Kazakhstan's deputy foreign
 * minister,") or a speech verb ("Linda Marchetti told reporters"). Later surname-only, respelt or
 * once-misspelt mentions resolve to the person already introduced.
 */
final class EntityRecognizer {

    /** Name particles that join a run when a capitalised word follows: "Mohammed bin Salman" stays one run. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "bin", "al", "da");

    private static final Pattern NON_BLANK = Pattern.compile("\\S+");


    private static final Pattern LOCATIVE_BEFORE = Pattern
        .compile("(?i)\\b(?:in|at|to|from|near|outside|into|visit(?:ed|ing|s)?|via|toward|towards|held in|arrived in"
            // "a researcher at the University of Helsinki": a city in an institution's name.
            + "|(?:university|institute|school|academy|college|mayor|port|city) of)\\s+$");

    /** "Officials in Moscow have voiced concern": the capital's people are its government, not a place. */
    private static final Pattern PEOPLE_IN_BEFORE = Pattern.compile("\\b(?:[Oo]fficials|[Dd]iplomats|[Aa]uthorities|[Pp]olicymakers|"
            + "[Pp]olicy-makers|[Ll]eaders)\\s+in\\s+$"
            // "despite renewed warnings from Moscow that …": a warning from the capital is its government's.
            + "|\\b(?:warnings?|threats?|objections?|protests?|criticism|complaints?|accusations?)\\s+from\\s+$"
            // "we heard from Warsaw and Vilnius": the capital's voice. ("Nobody in Brussels …" is the alliance's town,
            // not Belgium's government, so "in" stays a place.)
            + "|\\b(?:heard|hear|hears|hearing)\\s+from\\s+$");

    private static final String DESK = "\\s+(?:Department|Division|Directorate|Desk|Bureau)\\b";

    private static final Pattern DESK_AFTER = Pattern.compile(DESK);

    // Clean-ups that run for every name and title: compiled once.
    private static final Pattern JUNIOR = Pattern.compile("\\s+Jr\\.?$");

    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|This|That|Its|New|Such)\\s+");

    private static final Pattern ROLE_LEAD = Pattern.compile("^(?i)(the|a|an|former|acting|current)\\s+");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");

    /** A capital naming a venue, not a government: "the Vienna talks", "the Geneva summit", "the Helsinki process". */
    private static final Pattern VENUE_AFTER = Pattern.compile("\\s+(?i:talks|negotiations|summit|meeting|meetings|conference|"
            + "process|format|forum|document|round|consultations|dialogue|accords?|declaration|convention|agreements?|"
            + "framework|initiative|group|rounds|institute|university|think tank|thinktank|think-tank|research centre|research center|"
            // "(Reporting by Moscow bureau; additional reporting by Beijing and Brussels bureaus)".
            + "bureaus?|correspondents?|newsroom)\\b|\\s+and\\s+[A-Z][\\w-]*\\s+bureaus\\b"
            // "the Stockholm International Peace Research Institute": the city is part of a name.
            + "|(?:\\s+[A-Z][\\w-]*){1,4}\\s+(?:Institute|University|Center|Centre|Foundation)\\b");

    private static final Pattern BODY_AFTER_STATE = Pattern.compile(
            // "Belarus' Defence Ministry": a name ending in s may take the apostrophe alone.
            "^(?:['’]s|['’])?\\s+(Foreign Ministry|foreign ministry|defen[cs]e ministry|Ministry of Foreign Affairs|Foreign Office|Defen[cs]e Ministry|Ministry of Defen[cs]e|"
                    + "General Staff|Embassy|embassy|Armed Forces|Security Council|"
                    + "Foreign Affairs Ministry|Army|Navy|Air Force|Defen[cs]e Forces?|Coast Guard|Senate|"
                    + "Department of (?:National )?Defen[cs]e|National Security Council|Joint Chiefs of Staff)\\b");

    /** Where an embassy is: "Russian Embassy in Washington". */
    private static final Pattern EMBASSY_PLACE = Pattern.compile("^\\s+in\\s+((?:the\\s+)?[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})");

    /** ", a senior fellow at the Center for …," — a period after a lone capital ("U.S.") does not end it. */
    private static final Pattern APPOSITIVE_TITLE = Pattern.compile("^,\\s+(?:the\\s+|a\\s+|an\\s+)?([^,;\"“”]{3,240}?)"
            + "(?=,|;|:|(?<![A-Z])\\.(?:\\s|$)| said| told| who)");

    /** A speech verb right after a name, or after the comma closing a name in apposition ("deputy, Yelena Sidorova, said"). */
    /**
     * A speech verb right after a name, perhaps past the name's body: "Daryl Kimball of the Arms Control Association
     * said" (with "the": "Vice-Minister of Defense Hiroshi Tanabe told" is a title).
     */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?:,?\\s+(?:of|from|at)\\s+the\\s+\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|and|for|on))*"
            // "Meredith Castellano of the US delegation said": the body may end in a common noun.
            + "(?:\\s+(?:delegation|mission|team|embassy|side|government|(?:foreign |defen[cs]e )?ministry|office))?)?"
            + ",?\\s+(?:has |had |also |further )?(?:" + Lexicon.SPEECH_VERBS + ")\\b");

    private static final Pattern DESCRIBED_THEN_SPEAKS = Pattern.compile(",\\s+(?:a|an)\\s+(?<description>(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+),\\s+"
            + "(?:has |had |also |further )?(?:" + Lexicon.SPEECH_VERBS + ")\\b");

    /** What describes a company, a body or an outlet, not a person. */
    private static final Set<String> NOT_A_PERSON_DESCRIBED = Set.of("company", "firm", "contractor", "maker", "manufacturer",
            "producer", "corporation", "group", "agency", "organization", "organisation", "institute", "institution", "tank",
            "newspaper", "outlet", "daily", "weekly", "broadcaster", "channel", "bank", "fund", "center", "centre", "university",
            "party", "movement", "alliance", "bloc", "body", "union", "association", "council", "committee", "ministry",
            "department", "network", "website", "portal", "magazine", "journal", "agency's", "conglomerate", "giant", "startup");

    private static boolean describedThenSpeaks(String text, int described) {
        if (!text.startsWith(", a", described)) {
            return false;
        }
        var m = DESCRIBED_THEN_SPEAKS.matcher(text).region(described, Math.min(text.length(), described + 90));
        if (!m.lookingAt()) {
            return false;
        }
        for (var word : m.group("description").toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (NOT_A_PERSON_DESCRIBED.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PARTY_AFTER = Pattern.compile("\\s+of\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:Party|party|faction)\\b");

    private final Gazetteer gazetteer;

    EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether a known person's surname alone is matched right after another capitalised given name: "Viktor
     * Medvedev" is not "Dmitry Medvedev". Titles ("Deputy Minister Medvedev") and the known given name itself
     * (in any transliteration) are no other name.
     */
    private static boolean otherGivenNameBefore(String text, Gazetteer.Hit hit) {
        var matched = hit.matched();
        if (matched.indexOf(' ') >= 0 || hit.start() < 2 || text.charAt(hit.start() - 1) != ' ') {
            return false;
        }
        int end = hit.start() - 1;
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        if (start == end || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        var word = text.substring(start, end);
        if (Lexicon.isTitleWord(word) || Lexicon.isRoleHead(word) || Lexicon.isNotName(word)) {
            // "Ex-President Medvedev", "Yesterday Medvedev …": a title, or a word that names nobody.
            return false;
        }
        var canonical = hit.entry().name();
        int space = canonical.indexOf(' ');
        return space > 0 && !Lexicon.personKeyName(canonical.substring(0, space)).equals(Lexicon.personKeyName(word));
    }

    List<Mention> recognize(String text, int from, EntityRegistry registry) {
        return recognize(text, from, registry, null);
    }

    /** @param homeState the state a bare "Foreign Ministry" or ministry title belongs to, or null */
    private static final java.util.Set<String> BARE_CHAMBERS = java.util.Set.of("Senate", "House of Representatives", "Congress");

    private static final String UNITED_STATES = EntityLabel.State.keyPrefix() + "/united-states";

    /** A place and the word for its level before a national body's name: "Kaliningrad Regional", "Moscow City". */
    private static final Pattern LOCAL_BODY_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\s+(?:Regional|City|Oblast|Provincial|Municipal|Krai|Territorial)\\s+$");

    List<Mention> recognize(String text, int from, EntityRegistry registry, String homeState) {
        var mentions = new ArrayList<Mention>();
        for (var hit : this.gazetteer.find(text, from, text.length())) {
            if (!mentions.isEmpty() && hit.start() < mentions.get(mentions.size() - 1).end()) {
                // Inside a state's body already read ("South Korea's Joint Chiefs of Staff"): not the US body.
                continue;
            }
            if (hit.capital() && (text.startsWith("-based", hit.end())
                    || LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, hit.start() - 20), hit.start())).find()
                        && !PEOPLE_IN_BEFORE.matcher(text.substring(Math.max(0, hit.start() - 30), hit.start())).find()
                    || VENUE_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 40)).lookingAt())) {
                continue;
            }
            if (hit.capital() && surnameAfterGivenNames(text, hit.start(), mentions)) {
                // "Philippine delegate Maria Lourdes Santiago": a family name, not Chile's government.
                continue;
            }
            var entry = hit.entry();
            if (entry.label() == EntityLabel.Region && (hit.start() > 0 && text.charAt(hit.start() - 1) == '-'
                    || DESK_AFTER.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 20)).lookingAt())) {
                // "the Euro-Atlantic area", "the North America Department": part of another name.
                continue;
            }
            if (entry.label() == EntityLabel.Person && otherGivenNameBefore(text, hit)) {
                // "Military expert Viktor Medvedev": a namesake of the known Dmitry Medvedev, someone new.
                continue;
            }
            if (hit.matched().startsWith("the alliance") && !text.contains("NATO") && !text.contains("North Atlantic")) {
                // "a sign of the alliance's strength" in a story about Australia and the US: NATO only once it is named.
                continue;
            }
            if (isClassOfSystems(entry) && !mentions.isEmpty() && describesSystemBefore(text, mentions.get(mentions.size() - 1), hit.start())) {
                // "the Oreshnik intermediate-range missile system": the class describes the system named before it.
                continue;
            }
            if (entry.label() == EntityLabel.State) {
                var body = BODY_AFTER_STATE.matcher(text.substring(hit.end(), Math.min(text.length(), hit.end() + 40)));
                if (body.find() && !hit.capital()) {
                    var stateBody = stateBody(text, hit, body, registry, homeState);
                    mentions.add(stateBody);
                    var department = departmentOf(text, stateBody, registry);
                    if (department != null) {
                        mentions.add(department);
                    }
                    continue;
                }
            }
            var local = entry.label() == EntityLabel.Organization
                    ? LOCAL_BODY_BEFORE.matcher(text).region(Math.max(from, hit.start() - 40), hit.start()) : null;
            if (local != null && local.find()) {
                // "a deputy of the Kaliningrad Regional Duma", "the Moscow City Duma": a local body, not the national one.
                if (!mentions.isEmpty() && mentions.get(mentions.size() - 1).end() > local.start()) {
                    mentions.remove(mentions.size() - 1);
                }
                var name = WHITESPACE.matcher(text.substring(local.start(), hit.end())).replaceAll(" ");
                var key = EntityLabel.Organization.keyPrefix() + "/" + Lexicon.slug(name);
                var body = registry.register(key, EntityLabel.Organization, name);
                var state = entry.properties().get("state");
                if (state != null) {
                    body.properties.putIfAbsent("state", state);
                }
                mentions.add(new Mention(local.start(), hit.end(), key, EntityLabel.Organization, name, false));
                continue;
            }
            var chamber = hit.matched().regionMatches(true, 0, "the ", 0, 4) ? hit.matched().substring(4) : hit.matched();
            if (entry.label() == EntityLabel.Organization && BARE_CHAMBERS.contains(chamber) && homeState != null
                    && !homeState.equals(UNITED_STATES)) {
                // "Senator Imelda Rosales-Tan, who sits on the Senate Committee on Foreign Relations" in a story from Manila:
                // a bare chamber is the home state's, when the gazetteer knows one of that name.
                entry = knownBody(homeState, chamber).orElse(entry);
            }
            if (entry.key().equals(NEW_START) && isGenericStartName(hit.matched()) && toldOfTheFirstTreaty(text, from, hit.start(), hit.end())) {
                // "Bush and Gorbachev signed the Strategic Arms Reduction Treaty on July 31, 1991": the first START, whose
                // name New START took up.
                entry = this.gazetteer.entry(START_I).orElse(entry);
            }
            registerKnown(entry, hit.matched(), registry);
            if (entry.label() == EntityLabel.Person) {
                titleAtTheTime(text, from, hit.start(), registry.get(entry.key()));
            }
            mentions.add(new Mention(hit.start(), hit.end(), entry.key(), entry.label(), hit.matched(), hit.capital()));
            if (entry.label() == EntityLabel.Organization) {
                // Added after its parent, so that "the committee" spans resolve to the committee.
                var committee = committeeOf(text, hit, entry, registry);
                if (committee != null) {
                    mentions.add(committee);
                }
                var department = entry.name().contains("Ministry") || entry.name().contains("Department")
                        ? departmentOf(text, mentions.get(mentions.size() - (committee != null ? 2 : 1)), registry) : null;
                if (department != null) {
                    mentions.add(department);
                }
            }
        }
        findBareHouse(text, from, mentions, registry, homeState);
        findTreaties(text, from, mentions, registry);
        findStrategicTreatyDescribed(text, from, mentions, registry);
        findSystems(text, from, mentions, registry);
        findPlaces(text, from, mentions, registry);
        findPeople(text, from, mentions, registry);
        mentions.sort(Comparator.comparingInt(Mention::start));
        resolveSurnames(text, from, mentions, registry);
        findBareMinistries(text, from, mentions, registry, homeState);
        findBareServices(text, from, mentions, registry, homeState);
        findCouncilMeetings(text, from, mentions, registry, homeState);
        mentions.sort(Comparator.comparingInt(Mention::start));
        findDefinedAcronyms(text, mentions, registry);
        attachMinistries(registry, homeState);
        return mentions;
    }

    /**
     * "the House Armed Services Committee", "House Speaker Mike Johnson", "the House voted": the US House of
     * Representatives, as Washington writes it. Not "the White House" or another "… House"; in a story from a
     * capital with a House of Representatives of its own, only the committee no other house has.
     */
    private static final Pattern BARE_HOUSE = Pattern.compile("House(?=\\s+(?:[A-Z][a-z]+\\s+){1,3}Committee\\b"
            + "|\\s+(?:Speaker|Democrats|Republicans|Majority|Minority|majority|minority|leaders?|lawmakers|members)\\b"
            + "|\\s+(?:voted|passed|approved|rejected|adopted)\\b)");

    /** A capitalised word right before "House": "White House", "Blue House", "Government House" (not "The House"). */
    private static final Pattern NAME_BEFORE_HOUSE = Pattern.compile("\\b(?!The )[A-Z][a-z]{1,20} $");

    private void findBareHouse(String text, int from, List<Mention> mentions, EntityRegistry registry, String homeState) {
        if (text.indexOf("House ", from) < 0) {
            return;
        }
        boolean anotherHouse = homeState != null && !homeState.equals(UNITED_STATES)
                && knownBody(homeState, "House of Representatives").isPresent();
        var house = this.gazetteer.entry(EntityLabel.Organization.keyPrefix() + "/us-house").orElse(null);
        if (house == null) {
            return;
        }
        var m = BARE_HOUSE.matcher(text);
        var found = new ArrayList<Mention>();
        // Tried only where "House" stands as a word: a search would try the pattern at every character.
        for (int at = text.indexOf("House", from); at >= 0; at = text.indexOf("House", at + 5)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || NAME_BEFORE_HOUSE.matcher(text).region(Math.max(from, at - 22), at).find()
                    || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            int start = at;
            int end = m.end();
            if (mentions.stream().anyMatch(mention -> mention.start() < end && start < mention.end())
                    // Only Washington has a House Armed Services Committee, wherever the story is written.
                    || anotherHouse && !text.startsWith(" Armed Services", end)) {
                continue;
            }
            registerKnown(house, "House", registry);
            found.add(new Mention(start, end, house.key(), house.label(), "House", false));
            var committee = committeeOf(text, new Gazetteer.Hit(start, end, house, "House", false), house, registry);
            if (committee != null) {
                // Washington's own short form, "House Armed Services Committee", is a name it goes by.
                registry.get(committee.key()).aliases.add(TRAILING_PUNCTUATION.matcher(text.substring(committee.start(), committee.end())).replaceFirst(""));
                found.add(committee);
            }
        }
        mentions.addAll(found);
    }

    private static final Pattern COUNCIL_MEETING = Pattern.compile("\\bmeeting with (?:the\\s+)?permanent members of the (Security Council)\\b");

    /**
     * "at a meeting with permanent members of the Security Council, Russian President Vladimir Putin …": the
     * president's own council (the UN's has no such meetings with a head of state), else the home state's.
     */
    private void findCouncilMeetings(String text, int from, List<Mention> mentions, EntityRegistry registry, String homeState) {
        if (text.indexOf("Security Council", from) < 0) {
            return;
        }
        chairedCouncilMeetings(text, from, mentions, registry);
        if (text.indexOf("permanent members of the Security Council", from) < 0) {
            return;
        }
        var m = COUNCIL_MEETING.matcher(text).region(from, text.length());
        var found = new ArrayList<Mention>();
        while (m.find()) {
            if (overlapsAnyLabel(mentions, m.start(1), m.end(1))) {
                continue;
            }
            var near = stateOfPersonNear(mentions, registry, m.start(1), 160);
            knownBody(near != null ? near : homeState, m.group(1)).ifPresent(council -> found.add(knownBodyMention(council, m, registry)));
        }
        mentions.addAll(found);
    }

    private static final Pattern COUNCIL_SESSION = Pattern.compile("\\b(?:a|an|the)\\s+(?:[a-z-]+\\s+)?(Security Council)\\s+(?:meeting|session)\\b"
            + "|\\b(?:meeting|session)\\s+of\\s+(?:the|his|its)\\s+(Security Council)\\b");

    /**
     * "Putin said at a Security Council meeting that …": a national council, the leader's own, when a person of a state
     * whose council the gazetteer knows is named near; the UN's is named as such ("the UN Security Council").
     */
    private void chairedCouncilMeetings(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        var m = COUNCIL_SESSION.matcher(text).useTransparentBounds(true);
        var found = new ArrayList<Mention>();
        // The pattern runs only around each "Security Council", not over the whole text.
        for (int at = text.indexOf("Security Council", from); at >= 0; at = text.indexOf("Security Council", at + 16)) {
            m.region(Math.max(from, at - 40), Math.min(text.length(), at + 30));
            if (!m.find()) {
                continue;
            }
            int group = m.group(1) != null ? 1 : 2;
            if (overlapsAnyLabel(mentions, m.start(group), m.end(group))) {
                continue;
            }
            var council = knownBody(stateOfPersonNear(mentions, registry, m.start(group), 120), "Security Council");
            if (council.isPresent()) {
                registerKnown(council.get(), m.group(group), registry);
                found.add(new Mention(m.start(group), m.end(group), council.get().key(), EntityLabel.Organization, m.group(group), false));
            }
        }
        mentions.addAll(found);
    }

    /** The state of the first person with one named within {@code distance} of {@code position}, or null. */
    private static String stateOfPersonNear(List<Mention> mentions, EntityRegistry registry, int position, int distance) {
        for (var mention : mentions) {
            var person = mention.label() == EntityLabel.Person && Math.abs(mention.start() - position) <= distance ? registry.get(mention.key()) : null;
            if (person != null && person.property("state") != null) {
                return person.property("state");
            }
        }
        return null;
    }

    /** The body of a state the gazetteer knows by its kind: "Russian" and "Navy", "Belarusian" and "Security Council". */
    private java.util.Optional<Gazetteer.Entry> knownBody(String stateKey, String kind) {
        var state = stateKey == null ? java.util.Optional.<Gazetteer.Entry>empty() : this.gazetteer.entry(stateKey);
        if (state.isEmpty()) {
            return state;
        }
        var demonym = state.get().property("demonym") != null ? state.get().property("demonym") : state.get().name();
        return this.gazetteer.lookup(demonym + " " + kind).filter(e -> e.label() == EntityLabel.Organization);
    }

    /** A mention of a known body where {@code m}'s first group names it without its state. */
    private static Mention knownBodyMention(Gazetteer.Entry body, Matcher m, EntityRegistry registry) {
        registerKnown(body, m.group(1), registry);
        return new Mention(m.start(1), m.end(1), body.key(), EntityLabel.Organization, m.group(1), false);
    }

    /** "South Korea's Joint Chiefs of Staff (JCS)": an abbreviation defined right after a body's name. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("^\\s\\(([A-Z]{2,6})\\)");

    /**
     * An article that defines an abbreviation for a body ("the National Intelligence Service (NIS)") goes on
     * using it ("an NIS official"): later bare uses are that body, whatever else the letters may stand for.
     */
    private static void findDefinedAcronyms(String text, List<Mention> mentions, EntityRegistry registry) {
        var added = new ArrayList<Mention>();
        for (var mention : List.copyOf(mentions)) {
            if (mention.label() != EntityLabel.Organization || mention.end() >= text.length() || text.charAt(mention.end()) != ' ') {
                continue;
            }
            var defined = DEFINED_ACRONYM.matcher(text).region(mention.end(), Math.min(text.length(), mention.end() + 10));
            if (!defined.lookingAt()) {
                continue;
            }
            var acronym = defined.group(1);
            var builder = registry.get(mention.key());
            if (builder != null && !acronym.equals(builder.name)) {
                builder.aliases.add(acronym);
            }
            var use = Pattern.compile("\\b" + acronym + "\\b").matcher(text);
            use.region(defined.end(), text.length());
            while (use.find()) {
                int at = use.start();
                if (mentions.stream().noneMatch(m -> m.overlaps(at, use.end()))) {
                    added.add(new Mention(at, use.end(), mention.key(), mention.label(), acronym, false));
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(Comparator.comparingInt(Mention::start));
        }
    }

    /** A class of missiles ("intermediate-range missiles"), not a named system: it has a range class but no owner. */
    private static boolean isClassOfSystems(Gazetteer.Entry entry) {
        return entry.label() == EntityLabel.MissileSystem && entry.properties().containsKey("rangeClass")
                && !entry.properties().containsKey("state");
    }

    private static boolean describesSystemBefore(String text, Mention previous, int classStart) {
        return previous.label() == EntityLabel.MissileSystem && previous.end() < classStart
                && text.substring(previous.end(), classStart).isBlank() && classStart - previous.end() <= 2;
    }

    private static final Pattern MINISTRY_TITLE = Pattern.compile("(?i)\\b(?:(foreign)|(defen[cs]e)) (?:minister|ministry|secretary)\\b"
            + "|\\b(?:secretary of (?:national )?(defen[cs]e))\\b|\\b(secretary of state)\\b"
            + "|\\b(energy secretary|secretary of energy)\\b");

    /** The US foreign ministry goes by its own name; its head is the Secretary of State. */
    private static final String US_STATE_DEPARTMENT = "US State Department";

    /** The US Energy Secretary heads the department that owns the nuclear weapons laboratories. */
    private static final String US_ENERGY_DEPARTMENT = "US Department of Energy";

    /**
     * A title that names a ministry ("Deputy Foreign Minister", "Defense Ministry spokesman") says the
     * person works for that ministry of their state, so the ministry is an entity of the article and
     * the person REPRESENTS it, as if it had been named.
     */
    private void attachMinistries(EntityRegistry registry, String homeState) {
        for (var person : List.copyOf(registry.all())) {
            var role = person.property("role");
            var stateKey = person.property("state") != null ? person.property("state") : homeState;
            if (person.label != EntityLabel.Person || role == null || stateKey == null || person.property("organization") != null) {
                continue;
            }
            var m = MINISTRY_TITLE.matcher(role);
            var state = this.gazetteer.entry(stateKey);
            if (!m.find() || state.isEmpty() || person.property("state") == null && (m.group(3) != null
                    || m.group(2) != null && m.group().toLowerCase(Locale.ROOT).endsWith("secretary"))) {
                // A defense secretary says nothing of the story's own state: Moscow has a defense minister, not a
                // "Defense Secretary Mark Esper".
                continue;
            }
            var department = m.group(4) != null ? US_STATE_DEPARTMENT : m.group(5) != null ? US_ENERGY_DEPARTMENT : null;
            if (department != null && !this.gazetteer.lookup(department).map(e -> stateKey.equals(e.property("state"))).orElse(false)) {
                continue;
            }
            var kind = m.group(1) != null ? "Foreign Ministry" : "Defense Ministry";
            var demonym = state.get().property("demonym") != null ? state.get().property("demonym") : state.get().name();
            var name = department != null ? department : demonym + " " + kind;
            var known = this.gazetteer.lookup(name).filter(e -> e.label() == EntityLabel.Organization);
            var key = known.map(Gazetteer.Entry::key)
                .orElse(EntityLabel.Organization.keyPrefix() + "/" + Lexicon.slug(state.get().name() + " " + kind));
            var ministry = registry.register(key, EntityLabel.Organization, known.map(Gazetteer.Entry::name).orElse(name));
            if (known.isPresent()) {
                known.get().properties().forEach(ministry.properties::putIfAbsent);
            }
            ministry.properties.putIfAbsent("state", stateKey);
            person.properties.put("organization", key);
            person.properties.putIfAbsent("state", stateKey);
        }
    }

    /** "the Foreign Ministry", "the Defense Ministry's" with no state before them. */
    /** Wire copy writes it in lower case too: "foreign ministry spokesperson Guo Jiakun". */
    /**
     * A ministry named by its field: "Foreign Ministry", "the defense ministry", "Seoul's Unification Ministry",
     * "South Korea's unification ministry".
     */
    private static final Pattern BARE_MINISTRY = Pattern.compile("\\b(?:[Ff]oreign|[Dd]efen[cs]e) [Mm]inistry\\b"
            + "|\\b(?!(?:This|That|These|Those|Each|Such|Which|Whose|Every|Another)\\b)[A-Z][a-z]{3,13} Ministry\\b"
            + "|(?<=['’]s )[a-z]{5,13} ministry\\b");

    /** The person a title ending at {@code end} introduces ("… Ministry spokesperson Gao Lin"), if any. */
    private static java.util.Optional<EntityRegistry.Builder> titledPerson(String text, int end, List<Mention> mentions,
            EntityRegistry registry) {
        for (var mention : mentions) {
            if (mention.label() == EntityLabel.Person && mention.start() >= end && mention.start() - end <= 40
                    && text.substring(end, mention.start()).matches("[\\s\\w-]*")) {
                return java.util.Optional.ofNullable(registry.get(mention.key()));
            }
        }
        return java.util.Optional.empty();
    }

    /** "In Beijing, Foreign Ministry spokesperson …": the capital a sentence opens with places what follows. */
    /** "Defense Ministry spokesman X told a news conference in Tokyo": the capital where the ministry spoke. */
    private static final Pattern SPOKE_IN_CAPITAL = Pattern.compile("\\b(?:told|said|briefing|conference|statement|reporters)\\b"
            + "[^.;\\n]{0,40}?\\b(?:in|at)\\s+([A-Z][\\w-]+(?:\\s[A-Z][\\w-]+)?)");

    private static final Pattern PLACE_INTRO = Pattern.compile("(?:^|[.!?\\n]\\s*)In ([A-Z][\\w-]+(?: [A-Z][\\w-]+)?),[^.!?\\n]*$");

    /**
     * Whose a bare ministry is, as its sentence tells: the state of the known person its title introduces
     * ("Foreign Ministry spokeswoman Maria Zakharova"), else of the capital its sentence opens with ("In
     * Beijing, …") or where it speaks ("told a briefing in Tokyo"); null when the sentence does not say.
     */
    private static final Pattern POSSESSIVE_OR_SPACE = Pattern.compile("(?:['’]s)?\\s");

    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    private String ministryState(String text, int start, int end, List<Mention> mentions, EntityRegistry registry) {
        for (var mention : mentions) {
            // "the Foreign Ministry of Kazakhstan": the state named after it.
            if (mention.label() == EntityLabel.State && mention.start() > end && mention.start() - end <= 8
                    && OF_THE.matcher(text).region(end, mention.start()).matches()) {
                return mention.key();
            }
        }
        for (var mention : mentions) {
            // "Japan's Economy Ministry", "Seoul's Unification Ministry", "the Japanese Economy Ministry".
            if (mention.label() == EntityLabel.State && mention.end() <= start && start - mention.end() <= 3
                    && POSSESSIVE_OR_SPACE.matcher(text.substring(mention.end(), start)).matches()) {
                return mention.key();
            }
        }
        if (start >= 4 && (text.startsWith("its ", start - 4) || text.startsWith("Its ", start - 4))) {
            // "Seoul turned the offer down, with its Foreign Ministry saying …": "its" is the sentence's subject, the
            // first state the sentence names, not the state the article is written from.
            int sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
            var subject = mentions.stream()
                .filter(x -> x.label() == EntityLabel.State && x.start() >= sentenceStart && x.end() <= start)
                .min(java.util.Comparator.comparingInt(Mention::start));
            if (subject.isPresent()) {
                return subject.get().key();
            }
            // "China has also objected. Its Foreign Ministry said …": the state the sentence before opened with.
            int previousStart = sentenceStart < 2 ? -1
                    : Math.max(text.lastIndexOf(". ", sentenceStart - 2), text.lastIndexOf('\n', sentenceStart - 2)) + 1;
            for (var mention : mentions) {
                if (previousStart >= 0 && mention.start() >= previousStart && mention.start() < sentenceStart) {
                    var before = text.substring(previousStart, mention.start()).strip();
                    boolean opens = before.isEmpty() || before.equals("The");
                    if (opens && mention.label() == EntityLabel.State) {
                        return mention.key();
                    }
                    break;
                }
            }
        }
        for (var mention : mentions) {
            if (mention.label() == EntityLabel.Person && mention.start() >= end && mention.start() - end <= 40) {
                var person = registry.get(mention.key());
                if (person != null && person.property("state") != null) {
                    return person.property("state");
                }
            }
        }
        for (var mention : mentions) {
            // "Putin instructed the Foreign Ministry, the Defense Ministry and …": a leader's orders go to his own state's.
            if (mention.label() == EntityLabel.Person && mention.end() <= start && start - mention.end() <= 120
                    && ORDERED_BEFORE.matcher(text).region(mention.end(), start).matches()) {
                var person = registry.get(mention.key());
                if (person != null && person.property("state") != null) {
                    return person.property("state");
                }
            }
        }
        var intro = PLACE_INTRO.matcher(text.substring(Math.max(0, start - 200), start));
        if (intro.find()) {
            var place = this.gazetteer.lookup(intro.group(1));
            if (place.isPresent() && place.get().label() == EntityLabel.State) {
                return place.get().key();
            }
        }
        int sentenceEnd = text.indexOf(". ", end);
        var spokeIn = SPOKE_IN_CAPITAL.matcher(text).region(end, sentenceEnd < 0 ? Math.min(text.length(), end + 250)
                : Math.min(sentenceEnd + 1, end + 250));
        if (spokeIn.find() && this.gazetteer.isCapitalName(spokeIn.group(1))) {
            var place = this.gazetteer.lookup(spokeIn.group(1));
            if (place.isPresent() && place.get().label() == EntityLabel.State) {
                return place.get().key();
            }
        }
        return null;
    }

    private static final Pattern ORDERED_BEFORE = Pattern.compile("\\s+(?:has\\s+|had\\s+|also\\s+)?(?:instructed|ordered|tasked|"
            + "directed|charged|commissioned)\\s+(?:the\\s+)?(?:[^.;\"“”]{0,80}?,\\s+(?:and\\s+)?(?:the\\s+)?)?");

    /** The state of the last ministry of this kind ({@code kindSlug}, "defense-ministry") named before {@code position}. */
    private static String namedMinistryBefore(List<Mention> mentions, EntityRegistry registry, int position, String kindSlug) {
        String state = null;
        for (var mention : mentions) {
            if (mention.start() < position && mention.label() == EntityLabel.Organization && mention.key().endsWith("-" + kindSlug)) {
                var body = registry.get(mention.key());
                state = body == null ? state : body.property("state");
            }
        }
        return state;
    }

    private static int nextMinistry(String text, int from) {
        int upper = text.indexOf(" Ministry", from);
        int lower = text.indexOf(" ministry", from);
        return upper < 0 ? lower : lower < 0 ? upper : Math.min(upper, lower);
    }

    /** A bare ministry in an article written from a state is that state's ministry. */
    private void findBareMinistries(String text, int from, List<Mention> mentions, EntityRegistry registry, String homeState) {
        if (text.indexOf(" Ministry", from) < 0 && text.indexOf(" ministry", from) < 0) {
            return;
        }
        var m = BARE_MINISTRY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        var found = new ArrayList<Mention>();
        // The pattern runs only just before each " Ministry", not over the whole text.
        for (int at = nextMinistry(text, from); at >= 0; at = nextMinistry(text, at + 9)) {
            m.region(Math.max(from, at - 15), Math.min(text.length(), at + 9));
            if (!m.find()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            var field = m.group().substring(0, m.group().indexOf(' '));
            if (this.gazetteer.lookup(field).filter(entry -> entry.label() == EntityLabel.State).isPresent()) {
                // "the Russian Ministry of …": a state's adjective, not a ministry's field.
                continue;
            }
            if (mentions.stream().anyMatch(x -> x.start() < end && start < x.end())) {
                continue;
            }
            var kind = normaliseBody(m.group());
            var stateKey = ministryState(text, start, end, mentions, registry);
            if (stateKey == null) {
                // "… Japan's Defense Ministry said. … Defense Ministry spokesman Kenji Hamasaki told …": a ministry of
                // that kind the article has named with its state, else the state the article is written from.
                var named = namedMinistryBefore(mentions, registry, start, Lexicon.slug(kind));
                stateKey = named != null ? named : homeState;
            }
            var state = stateKey == null ? java.util.Optional.<Gazetteer.Entry>empty() : this.gazetteer.entry(stateKey);
            if (state.isEmpty()) {
                continue;
            }
            var demonym = state.get().property("demonym") != null ? state.get().property("demonym") : state.get().name();
            var name = demonym + " " + kind;
            var known = this.gazetteer.lookup(name);
            String key;
            if (known.isPresent()) {
                registerKnown(known.get(), name, registry);
                key = known.get().key();
            }
            else {
                key = EntityLabel.Organization.keyPrefix() + "/" + Lexicon.slug(state.get().name() + " " + kind);
                registry.register(key, EntityLabel.Organization, name).properties.put("state", state.get().key());
            }
            found.add(new Mention(start, end, key, EntityLabel.Organization, m.group(), false));
            titledPerson(text, end, mentions, registry).ifPresent(person -> {
                // "Foreign Ministry spokesperson Gao Lin": the title says whom the person works for.
                person.properties.putIfAbsent("organization", key);
                person.properties.putIfAbsent("state", state.get().key());
            });
        }
        mentions.addAll(found);
    }

    /** "the Navy's Tomahawk", "the Army said", "a debate in the National Assembly": a body named without its state. */
    private static final Pattern BARE_SERVICE = Pattern.compile("\\b(Army|Navy|Air Force|National Assembly)\\b");

    /** "…, Army officials said": the service's people. */
    private static final Pattern SERVICE_PEOPLE_AFTER = Pattern.compile(" (?:officials?|spokes\\w+|officers?|commanders?)\\b");

    /**
     * Whether the service name at {@code start} is bare: after "the", or before its people ("Army officials") with no
     * state word before it (a lower-case word or punctuation, not "Russian Army officials").
     */
    private static boolean bareService(String text, int start, int end, String name) {
        if (start >= 4 && (text.startsWith("the ", start - 4) || text.startsWith("The ", start - 4))
                && (start == 4 || !Character.isLetter(text.charAt(start - 5)))) {
            return true;
        }
        if (name.equals("National Assembly") || !SERVICE_PEOPLE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt()) {
            return false;
        }
        if (start == 0 || text.charAt(start - 1) == '\n') {
            return true;
        }
        if (text.charAt(start - 1) != ' ' || start < 2) {
            return false;
        }
        char before = text.charAt(start - 2);
        return Character.isLowerCase(before) || ".!?,;:".indexOf(before) >= 0;
    }


    /**
     * A bare "the Army", "the Navy", "the National Assembly" in an article written from a state is that state's, when the
     * gazetteer knows it ("US Navy", "Russian Navy"); an unknown one is not made up.
     */
    private void findBareServices(String text, int from, List<Mention> mentions, EntityRegistry registry, String homeState) {
        if (homeState == null || (text.indexOf(" Army", from) < 0 && text.indexOf(" Navy", from) < 0
                && text.indexOf(" Air Force", from) < 0 && text.indexOf(" National Assembly", from) < 0)) {
            return;
        }
        var m = BARE_SERVICE.matcher(text);
        m.region(from, text.length());
        var found = new ArrayList<Mention>();
        while (m.find()) {
            if (bareService(text, m.start(1), m.end(1), m.group(1)) && !overlapsAnyLabel(mentions, m.start(1), m.end(1))) {
                knownBody(homeState, m.group(1)).ifPresent(body -> found.add(knownBodyMention(body, m, registry)));
            }
        }
        mentions.addAll(found);
    }

    /** A treaty by its capitalised name: "Treaty on Security Guarantees within the Union State", "Outer Space Treaty". */
    private static final Pattern TREATY_NAME = Pattern.compile("(?<![\\p{L}])(?:(?:(?!(?:The|A|An)\\s)[A-Z][\\w-]*[^\\S\\n]+){1,5}Treaty(?![\\p{L}])"
            + "|Treaty\\s+(?:on|of|for|between)\\s+(?:the\\s+|an?\\s+)?[A-Z][\\w-]*(?:\\s+(?:(?:and|of|the|on|within|for|to)\\s+"
            // "… Zone in Central Asia", "… Weapons in Latin America": the region a zone treaty covers is part of its name.
            + "|in\\s+(?=(?:Central|Latin|South|Southeast|South-East|Africa|Outer)\\b))*"
            + "[A-Z][\\w-]*)*)");

    /**
     * Treaties the gazetteer does not know, named in full: the act of signing or ratifying one must
     * attach to it, not to a known treaty nearby.
     */
    /**
     * Places that are not states, named by their kind: "Astrakhan region", "Wake Island", "the Korean
     * Peninsula", "the island of Hokkaido". A place is a region, never a city.
     */
    private static final Pattern PLACE_NAME = Pattern.compile("\\b(?:island of ([A-Z][\\w-]+)"
            + "|((?:[A-Z][\\w-]+ ){1,2}(?:Island|Islands|Peninsula|Sea|Ocean|Strait|Archipelago|Atoll))"
            // "Ilocos Norte province": a name of two words too.
            + "|((?:[A-Z][\\w-]+ ){1,2}(?:region|Region|oblast|Oblast|province|Province|Krai|krai|Territory|Prefecture|prefecture)))\\b");

    /** Capitalised words that open a sentence or name a kind, not a place ("The Island", "Its region"). */
    private static final java.util.Set<String> NOT_PLACE_WORDS = java.util.Set.of("The", "This", "That", "Its", "Their", "Our",
            "A", "An", "Each", "Every", "Any", "Which", "Whole", "Entire", "In", "On", "At", "Of");

    /** The words that name a kind of place; the place pattern runs only just before one of them. */
    private static final List<String> PLACE_KINDS = List.of("island of ", " Island", " Peninsula", " Sea", " Ocean", " Strait",
            " Archipelago", " Atoll", " region", " Region", " oblast", " Oblast", " province", " Province", " Krai", " krai",
            " Territory", " Prefecture", " prefecture");

    private static void findPlaces(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        var m = PLACE_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        var found = new ArrayList<Mention>();
        for (var kind : PLACE_KINDS) {
            for (int at = text.indexOf(kind, from); at >= 0; at = text.indexOf(kind, at + kind.length())) {
                int windowEnd = Math.min(text.length(), at + kind.length() + (kind.startsWith("island of") ? 40 : 1));
                // From a word's start, or a window opening inside "Ilocos Norte province" would find "Norte province".
                int windowStart = Math.max(from, at - 50);
                while (windowStart > from && !Character.isWhitespace(text.charAt(windowStart - 1))) {
                    windowStart--;
                }
                m.region(windowStart, windowEnd);
                while (m.find()) {
                    addPlace(m, mentions, found, registry);
                }
            }
        }
        mentions.addAll(found);
    }

    private static void addPlace(java.util.regex.Matcher m, List<Mention> mentions, List<Mention> found, EntityRegistry registry) {
        int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        var matched = m.group(group);
        var opening = matched.split(" ")[0];
        // "In Ilocos Norte province", "The Korean Peninsula": the sentence's first word is no part of the name.
        boolean openedBefore = NOT_PLACE_WORDS.contains(opening) && group != 1 && matched.indexOf(' ') != matched.lastIndexOf(' ');
        var name = openedBefore ? matched.substring(opening.length() + 1) : matched;
        int start = m.start(group) + matched.length() - name.length();
        int end = m.end(group);
        if (NOT_PLACE_WORDS.contains(name.split(" ")[0]) || mentions.stream().anyMatch(x -> x.start() < end && start < x.end())
                || found.stream().anyMatch(x -> x.start() < end && start < x.end())) {
            // A known name inside ("Kaliningrad region") is the gazetteer's business.
            return;
        }
        var key = EntityLabel.Region.keyPrefix() + "/" + Lexicon.slug(name);
        var region = registry.register(key, EntityLabel.Region, name);
        if (name.endsWith("refecture")) {
            // Prefectures are Japan's first-level regions: "a US base in Yamaguchi Prefecture" is in Japan.
            region.properties.putIfAbsent("state", EntityLabel.State.keyPrefix() + "/japan");
        }
        found.add(new Mention(start, end, key, EntityLabel.Region, name, false));
    }

    /** "Treaty between the USSR and the USA on the Elimination of …": the known treaty "Treaty on the Elimination of …". */
    private static final Pattern TREATY_BETWEEN = Pattern.compile("Treaty\\s+between\\s+(?:the\\s+)?\\S+(?:\\s+\\S+){0,2}?\\s+and\\s+"
            + "(?:the\\s+)?\\S+(?:\\s+\\S+){0,2}?\\s+(?<subject>(?:on|for)\\s.+)");

    private void findTreaties(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        var m = TREATY_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int scannedTo = from;
        int at = text.indexOf("Treaty", from);
        while (at >= 0) {
            // The pattern runs only around each "Treaty", in a window wide enough for the longest name.
            int windowEnd = Math.min(text.length(), at + 160);
            m.region(Math.max(scannedTo, at - 80), windowEnd);
            while (m.find()) {
                if (m.end() == windowEnd && windowEnd < text.length()) {
                    // A later name cut off by this window ("Treaty on a Nuclear-Weapon-Free Zo"): read around its own "Treaty".
                    break;
                }
                scannedTo = m.end();
                if (!addKnownBetween(m, mentions, registry)) {
                    addTreaty(text, m, mentions, registry);
                }
            }
            scannedTo = Math.max(scannedTo, at + 6);
            at = text.indexOf("Treaty", scannedTo);
        }
    }

    private static final String PAIR_OF_PARTIES = "(?:(?:US|U\\.S\\.|American|Russian|Russia)[-–](?:Russian|Russia|US|U\\.S\\.|American)\\s+)";

    /**
     * "the last remaining US-Russia nuclear arms pact", "the last U.S.-Russian arms control pact", "the Russian-US
     * strategic arms treaty", "the Russia-US treaty on strategic offensive arms": New START described, not named. Since 2011 it is the one bilateral strategic arms treaty, and the news of 2019–2026 calls it so;
     * a treaty still to be made ("a new strategic arms treaty") or one of a year named before it is another.
     */
    private static final Pattern STRATEGIC_TREATY_DESCRIBED = Pattern.compile("(?i)\\b(?:the|its|their)\\s+(?:(?:last|only|sole)\\s+"
            + "(?:remaining\\s+)?(?:major\\s+)?" + PAIR_OF_PARTIES + "?(?:bilateral\\s+)?(?<last>(?:strategic|nuclear)\\s+)"
            + "|" + PAIR_OF_PARTIES + "?(?<strategic>strategic\\s+))"
            + "(?:offensive\\s+)?(?:arms|weapons)\\s+(?:(?:control|reduction|limitation)\\s+)?(?:treaty|pact|accord|agreement)\\b"
            // "the last U.S.-Russian arms control pact": the last one between the two.
            + "|\\b(?:the|its|their)\\s+(?<lastPair>(?:last|only|sole)\\s+(?:remaining\\s+)?(?:major\\s+)?" + PAIR_OF_PARTIES
            + ")arms\\s+(?:control\\s+)?(?:treaty|pact|accord|agreement)\\b"
            // "the Russia-US treaty on strategic offensive arms".
            + "|\\bthe\\s+(?<pair>" + PAIR_OF_PARTIES + ")(?:treaty|pact|accord|agreement)\\s+on\\s+(?:the\\s+)?"
            + "(?:(?:further\\s+)?(?:reduction|limitation)\\s+(?:and\\s+(?:reduction|limitation)\\s+)?of\\s+)?strategic\\s+offensive\\s+(?:arms|weapons)\\b");

    private static final String NEW_START = EntityLabel.Treaty.keyPrefix() + "/new-start";

    private static int nextArmsWord(String text, int from) {
        int arms = text.indexOf(" arms ", from);
        int weapons = text.indexOf(" weapons ", from);
        return arms < 0 ? weapons : weapons < 0 ? arms : Math.min(arms, weapons);
    }

    private void findStrategicTreatyDescribed(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        var known = this.gazetteer.entry(NEW_START);
        if (known.isEmpty()) {
            return;
        }
        var described = STRATEGIC_TREATY_DESCRIBED.matcher(text).useTransparentBounds(true);
        // The pattern runs only around each " arms " or " weapons ", not over the whole text.
        int scannedTo = from;
        for (int at = nextArmsWord(text, from); at >= 0; at = nextArmsWord(text, at + 6)) {
            described.region(Math.max(scannedTo, at - 90), Math.min(text.length(), at + 45));
            if (!described.find()) {
                continue;
            }
            scannedTo = described.end();
            int start = described.start(described.group("last") != null ? "last" : described.group("strategic") != null ? "strategic"
                    : described.group("lastPair") != null ? "lastPair" : "pair");
            if (overlapsAny(mentions, start, described.end(), EntityLabel.Treaty)
                    // "START I, the strategic offensive arms treaty signed in 1991": it describes the treaty just named.
                    || treatyRightBefore(text, mentions, described.start())
                    || described.group("strategic") != null && text.substring(Math.max(from, described.start() - 12), described.start()).matches("(?s).*\\b\\d{4}\\s*")) {
                continue;
            }
            registerKnown(known.get(), known.get().name(), registry);
            mentions.add(new Mention(start, described.end(), NEW_START, EntityLabel.Treaty, described.group().substring(start - described.start()), false));
        }
    }

    private static boolean treatyRightBefore(String text, List<Mention> mentions, int position) {
        for (var mention : mentions) {
            if (mention.label() == EntityLabel.Treaty && mention.end() <= position && position - mention.end() <= 4
                    && text.substring(mention.end(), position).matches("[\\s,(–—-]*")) {
                return true;
            }
        }
        return false;
    }

    private boolean addKnownBetween(Matcher m, List<Mention> mentions, EntityRegistry registry) {
        var between = TREATY_BETWEEN.matcher(m.group());
        if (!between.matches() || overlapsAny(mentions, m.start(), m.end(), EntityLabel.Treaty)) {
            return false;
        }
        var subject = WHITESPACE.matcher(between.group("subject")).replaceAll(" ");
        var known = this.gazetteer.lookup("Treaty " + subject)
            // "… on the Elimination of Their Intermediate-Range and Shorter-Range Missiles": the parties' "Their" is
            // no part of the name the treaty is known by.
            .or(() -> this.gazetteer.lookup("Treaty " + subject.replace(" Their ", " ").replace(" their ", " ")))
            .filter(entry -> entry.label() == EntityLabel.Treaty);
        if (known.isEmpty()) {
            return false;
        }
        // The name's inner words ("Intermediate-Range and Shorter-Range Missiles") are part of it, not things of their own.
        mentions.removeIf(mention -> mention.start() >= m.start() && mention.end() <= m.end());
        registerKnown(known.get(), m.group(), registry);
        mentions.add(new Mention(m.start(), m.end(), known.get().key(), EntityLabel.Treaty, m.group(), false));
        return true;
    }

    private static void addTreaty(String text, Matcher m, List<Mention> mentions, EntityRegistry registry) {
        var name = WHITESPACE.matcher(LEADING_ARTICLE.matcher(m.group()).replaceFirst("")).replaceAll(" ").strip();
        int start = m.end() - name.length();
        // "Treaty on Security Guarantees within the Union State", "… Zone in Central Asia": a body or region named
        // inside a treaty's name is part of it.
        mentions.removeIf(x -> (x.label() == EntityLabel.Organization || x.label() == EntityLabel.Region) && x.start() > start && x.end() <= m.end()
                && name.startsWith("Treaty ") && !overlapsAnyLabel(mentions, start, x.start()));
        if (overlapsAnyLabel(mentions, m.start(), m.end()) || name.split(" ").length < 2 || startsSentenceOnly(name)) {
            return;
        }
        var key = EntityLabel.Treaty.keyPrefix() + "/" + Lexicon.slug(name);
        registry.register(key, EntityLabel.Treaty, name);
        mentions.add(new Mention(start, m.end(), key, EntityLabel.Treaty, name, false));
    }

    /** Words naming a weapon: a system the gazetteer does not know is named right before one of them. */
    private static final List<String> WEAPON_NOUNS = List.of("missile", "rocket", "launcher", "interceptor", "glide vehicle",
            "torpedo", "ICBM", "SLBM", "complex", "shield", "warhead");

    /** Descriptive words between a system's name and its noun: "Bulava submarine-launched ballistic missile". */
    private static final String WEAPON_MODIFIERS = "(?:(?:hypersonic|ballistic|cruise|anti-ship|anti-aircraft|air-defen[cs]e|"
            + "missile-defen[cs]e|missile|defen[cs]e|surface-to-air|air-launched|ground-launched|sea-launched|submarine-launched|"
            + "intercontinental|nuclear-powered|nuclear-capable|nuclear|strategic|underwater|long-range|medium-range|"
            + "intermediate-range|short-range|mobile|road-mobile|land-based|sea-based|tactical|multi-layered|multilayered|"
            + "experimental|new|heavy|liquid-fuel(?:l?ed)?|solid-fuel(?:l?ed)?|rocket|artillery)\\s+){0,4}";

    /** A name (capitalised words, or a designation such as "RS-26", "Kh-101") right before a weapon noun. */
    private static final Pattern SYSTEM_BEFORE_NOUN = Pattern.compile("(?<![\\p{L}\\d-])((?:[A-Z][\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)"
            + "(?:\\s+(?:[A-Z][\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|[IVX]+|\\d+[A-Z]?\\d?)){0,2})\\s+" + WEAPON_MODIFIERS + "$");

    /** "a missile shield known as the Golden Dome", "a new system dubbed Iron Shield". */
    private static final Pattern SYSTEM_KNOWN_AS = Pattern.compile("\\b(?:known as|dubbed|called|named|code-named)\\s+(?:the\\s+)?[\"“«]?"
            + "((?:[A-Z][\\p{L}\\d-]*\\s+){0,2}[A-Z][\\p{L}\\d-]*)");

    /** Capitalised words that open or describe, never the name of a system. */
    private static final Set<String> NOT_SYSTEM_NAMES = Set.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "First", "Second", "Third", "Some", "Most", "Other", "More", "Fewer", "Any", "Every", "Each", "Its",
            "His", "Her", "Their", "Our", "Western", "Eastern", "Northern", "Southern", "Allied", "Hypersonic", "Ballistic",
            "Cruise", "Nuclear", "Strategic", "Tactical", "Intercontinental", "Missile", "Missiles", "Rocket", "Long-range",
            "Short-range", "Medium-range", "Intermediate-range", "Ground-launched", "Sea-launched", "Land-based", "New", "Old",
            "Those", "These", "Such", "Similar", "Additional", "Further", "Modern", "Advanced", "Conventional", "Defense",
            "Defence", "Air", "Army", "Navy", "Marine", "Space", "Soviet-era", "Cold", "Mid-Range", "Capability", "Anti-Ballistic",
            "NATO-standard", "U.S.-made", "US-made", "American-made", "Russian-made", "Chinese-made");

    /**
     * Missile systems the gazetteer does not know, by the noun that follows their name ("the Bulava
     * submarine-launched ballistic missile", "RS-26 Rubezh intercontinental missile") or the name a
     * system is given ("a missile shield known as the Golden Dome"). Later plain mentions of that name
     * count as mentions too.
     */
    private void findSystems(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        var before = SYSTEM_BEFORE_NOUN.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        var names = new java.util.LinkedHashMap<String, String>();
        for (var noun : WEAPON_NOUNS) {
            for (int at = text.indexOf(noun, from); at >= 0; at = text.indexOf(noun, at + noun.length())) {
                before.region(Math.max(from, at - 90), at);
                if (capitalBefore(text, from, at) && before.find()) {
                    addSystem(text, before.start(1), before.end(1), mentions, registry, names);
                }
                var known = SYSTEM_KNOWN_AS.matcher(text).region(at, Math.min(text.length(), at + noun.length() + 40));
                if (known.find()) {
                    addSystem(text, known.start(1), known.end(1), mentions, registry, names);
                }
            }
        }
        // The same name again, on its own: "… the Bulava missile. The Bulava was tested …".
        var found = new ArrayList<Mention>();
        for (var name : names.entrySet()) {
            for (int at = text.indexOf(name.getKey(), from); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                int start = at;
                int end = at + name.getKey().length();
                boolean word = (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (word && !overlapsAnyLabel(mentions, start, end) && found.stream().noneMatch(m -> m.overlaps(start, end))) {
                    found.add(new Mention(start, end, name.getValue(), EntityLabel.MissileSystem, name.getKey(), false));
                }
            }
        }
        mentions.addAll(found);
    }

    /**
     * Whether a capitalised word or a number stands before {@code at}, past at most four lower-case words:
     * most weapon nouns follow plain words ("the new cruise missile"), and the name pattern need not run.
     */
    private static boolean capitalBefore(String text, int from, int at) {
        int p = at;
        for (int words = 0; words <= 4; words++) {
            while (p > from && Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            int wordEnd = p;
            while (p > from && !Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            if (p == wordEnd) {
                return false;
            }
            char first = text.charAt(p);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                return true;
            }
        }
        return false;
    }

    private void addSystem(String text, int start, int end, List<Mention> mentions, EntityRegistry registry,
            Map<String, String> names) {
        var tokens = WHITESPACE.split(text.substring(start, end).strip());
        // "The", "A", "Its" at the front are no part of the name; any other describing word means no name at all
        // ("Western missiles", "Cold War-era missiles", "U.S.-supplied missiles").
        int first = 0;
        while (first < tokens.length && LEADING_DETERMINERS.contains(tokens[first])) {
            first++;
        }
        if (first == tokens.length) {
            return;
        }
        for (int i = first; i < tokens.length; i++) {
            if (NOT_SYSTEM_NAMES.contains(tokens[i]) || (Lexicon.isNotName(tokens[i]) && !tokens[i].matches(".*\\d.*"))
                    || Lexicon.isTitleWord(tokens[i]) || DESCRIPTIVE_SUFFIX.matcher(tokens[i]).find()) {
                return;
            }
        }
        var name = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, tokens.length));
        int nameStart = text.indexOf(name, start);
        if (nameStart < 0 || overlapsAnyLabel(mentions, nameStart, nameStart + name.length()) || this.gazetteer.lookup(name).isPresent()
                || POSSESSIVE_END.matcher(name).find()) {
            return;
        }
        var key = EntityLabel.MissileSystem.keyPrefix() + "/" + Lexicon.slug(name);
        registry.register(key, EntityLabel.MissileSystem, name);
        mentions.add(new Mention(nameStart, nameStart + name.length(), key, EntityLabel.MissileSystem, name, false));
        names.putIfAbsent(name, key);
        if (tokens.length - first == 2 && tokens[first].matches(".*\\d.*") && !tokens[first + 1].matches(".*\\d.*")) {
            // "RS-30 Vityaz", later just "the Vityaz".
            names.putIfAbsent(tokens[first + 1], key);
            registry.get(key).aliases.add(tokens[first + 1]);
        }
    }

    private static final Set<String> LEADING_DETERMINERS = Set.of("The", "A", "An", "Its", "Their", "This", "That", "These", "Those");

    /** Describing words, not names: "Soviet-era", "U.S.-supplied"; and a gerund opening a sentence ("Counting warheads …"). */
    private static final Pattern DESCRIPTIVE_SUFFIX = Pattern.compile("-(?:era|style|like|made|supplied|built|based|type|class|provided)$"
            + "|^[A-Z][a-z]{2,}ing$");

    /** "Treaty" after words that merely open a sentence or describe ("Bilateral Treaty") is no name. */
    private static boolean startsSentenceOnly(String name) {
        var words = name.split(" ");
        var first = words[0];
        if (first.equals("Treaty")) {
            // "the treaty on August 2": a date, not a name.
            var named = words[words.length > 2 && words[2].equals("the") ? 3 : 2];
            return named.matches("January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
        }
        return name.endsWith("Treaty") && Lexicon.isNotName(first) && name.split(" ").length == 2;
    }

    /** "the Russian Foreign Ministry's Department for Non-Proliferation and Arms Control". */
    private static final Pattern DEPARTMENT_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:Department|Directorate|Division|Bureau)\\s+(?:for|of|on)\\s+"
            + "[A-Z][\\w-]*(?:\\s+(?:(?:and|of|the|for|on)\\s+)*[A-Z][\\w-]*)*");

    /** "the Multilateral Diplomacy Department at the Kazakh Foreign Ministry". */
    private static final Pattern DEPARTMENT_BEFORE = Pattern.compile("\\b(?:The\\s+)?((?:[A-Z][\\w-]*\\s+(?:and\\s+)?){1,4}(?:Department|Directorate|Division|Bureau))"
            + "\\s+(?:at|of|in)\\s+(?:the\\s+)?$");

    /** "the Russian Defense Ministry's Main Missile and Artillery Directorate": the department's name before its head word. */
    private static final Pattern NAMED_DEPARTMENT_AFTER = Pattern.compile("^['’]s\\s+((?:[A-Z][\\w-]*\\s+(?:and\\s+)?){1,4}"
            + "(?:Department|Directorate|Division|Bureau))\\b");

    /** "the Department of Multilateral Diplomacy of the Kazakh Foreign Ministry". */
    private static final Pattern DEPARTMENT_OF_BEFORE = Pattern.compile("\\b((?:Department|Directorate|Division|Bureau)\\s+(?:for|of|on)\\s+"
            + "[A-Z][\\w-]*(?:\\s+(?:and\\s+)?[A-Z][\\w-]*){0,4})\\s+(?:at|of|in)\\s+(?:the\\s+)?$");

    /**
     * A department of a ministry, named after it ("… Ministry's Department for Non-Proliferation and Arms Control")
     * or before it ("the Multilateral Diplomacy Department at the … Ministry"): an organisation of its own,
     * part of the ministry, named as the ministry followed by the department's words.
     */
    private Mention departmentOf(String text, Mention body, EntityRegistry registry) {
        var after = DEPARTMENT_AFTER.matcher(text).region(body.end(), Math.min(text.length(), body.end() + 120));
        var before = DEPARTMENT_BEFORE.matcher(text).region(Math.max(0, body.start() - 80), body.start());
        int start;
        int end;
        String words;
        if (after.lookingAt()) {
            // The remit's words end at the first capitalised word that names no remit (a person's name, say).
            var tokens = POSSESSIVE_LEAD.matcher(after.group()).replaceFirst("").split("\\s+");
            int keep = 2;
            while (keep < tokens.length && (Character.isLowerCase(tokens[keep].charAt(0)) || REMIT_WORDS.contains(tokens[keep])
                    || DEPARTMENT_WORDS.contains(tokens[keep]))) {
                keep++;
            }
            while (keep > 2 && Character.isLowerCase(tokens[keep - 1].charAt(0))) {
                keep--;
            }
            if (keep <= 2) {
                return null;
            }
            words = String.join(" ", java.util.Arrays.copyOf(tokens, keep));
            start = body.start();
            int wordsStart = body.end() + after.group().indexOf(tokens[0]);
            end = wordsStart + phraseLength(text, wordsStart, keep);
        }
        else if (before.find()) {
            start = before.start(1);
            end = body.end();
            words = before.group(1);
        }
        else {
            var named = NAMED_DEPARTMENT_AFTER.matcher(text).region(body.end(), Math.min(text.length(), body.end() + 80));
            var headFirst = DEPARTMENT_OF_BEFORE.matcher(text).region(Math.max(0, body.start() - 90), body.start());
            if (named.lookingAt()) {
                start = body.start();
                end = named.end(1);
                words = named.group(1);
            }
            else if (headFirst.find()) {
                start = headFirst.start(1);
                end = body.end();
                words = headFirst.group(1);
            }
            else {
                return null;
            }
        }
        var parent = registry.get(body.key());
        return partOfBody(text, parent.name + " " + WHITESPACE.matcher(words.strip()).replaceAll(" "), body.key(),
                parent.property("state"), start, end, registry);
    }

    /**
     * A named part of a body (a committee, a department), registered under the parent's name followed by its
     * own words, in the parent's state and part of it; the gazetteer's entry when it knows that name.
     */
    private Mention partOfBody(String text, String name, String parentKey, String parentState, int start, int end,
            EntityRegistry registry) {
        var known = this.gazetteer.lookup(name).filter(e -> e.label() == EntityLabel.Organization);
        var key = known.map(Gazetteer.Entry::key).orElse(EntityLabel.Organization.keyPrefix() + "/" + Lexicon.slug(name));
        var builder = registry.register(key, EntityLabel.Organization, known.map(Gazetteer.Entry::name).orElse(name));
        if (parentState != null) {
            builder.properties.putIfAbsent("state", parentState);
        }
        builder.properties.putIfAbsent("parent", parentKey);
        var remitFirst = REMIT_THEN_COMMITTEE.matcher(name);
        if (known.isEmpty() && remitFirst.matches()) {
            // "Federation Council International Affairs Committee" is also written "… Committee on International Affairs".
            builder.aliases.add(remitFirst.group(1) + " Committee on " + remitFirst.group(2));
        }
        if (known.isEmpty() && name.contains("Defense")) {
            // Named with the gazetteer's spelling; British copy writes "the Bundestag's defence committee".
            builder.aliases.add(name.replace("Defense", "Defence"));
        }
        return new Mention(start, end, key, EntityLabel.Organization, text.substring(start, end), false);
    }

    private static final Pattern POSSESSIVE_LEAD = Pattern.compile("^(?:['’]s)?\\s+");

    private static final Pattern REMIT_THEN_COMMITTEE = Pattern.compile("(.+?) ((?:International|Foreign|Defense|Security|Armed)"
            + "(?: [A-Z][a-z]+){0,3}) Committee");

    /** Words a ministry department's remit is named with, besides a committee's. */
    private static final Set<String> DEPARTMENT_WORDS = Set.of("Non-Proliferation", "Nonproliferation", "Proliferation", "Multilateral",
            "Diplomacy", "North", "South", "America", "American", "European", "Europe", "Asian", "Asia", "Pacific", "Strategic",
            "Stability", "Verification", "Compliance", "Implementation", "Issues", "Planning", "Press", "Humanitarian",
            "Consular", "Organizations", "Global", "Outer", "Space", "Weapons", "Mass", "Destruction", "Export", "Controls",
            "Chemical", "Biological", "Conventional", "Missile", "Technology", "Affairs", "Euro-Atlantic", "Eastern", "Western");

    /** "… Committee on Defense and Security", "… Defense Committee" right after a body's name. */
    private static final Pattern COMMITTEE_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:[A-Z][a-z]+\\s+){0,3}Committee"
            + "(?:\\s+(?:on|for)\\s+[A-Z][\\w-]*(?:\\s+(?:(?:and|of|the|for)\\s+)*[A-Z][\\w-]*)*)?"
            // "the Duma's defense committee", "the Bundestag defense committee": the remit may be written in lower case.
            + "|^(?:['’]s)?\\s+(?:(?:defen[cs]e|security|foreign|international|affairs|armed|services|relations|budget|"
            + "intelligence|legislation|constitutional|and)\\s+){1,4}committee\\b");

    /** Words a committee's remit is named with; the first other capitalised word (a name) ends it. */
    private static final java.util.Set<String> REMIT_WORDS = java.util.Set.of("Defense", "Defence", "Security", "International",
            "Foreign", "Affairs", "Armed", "Services", "Relations", "Intelligence", "Budget", "Economic", "Policy",
            "Constitutional", "Legislation", "State", "Building", "Science", "Energy", "Industry", "Ethics", "Rules",
            "Appropriations", "Judiciary", "Commerce", "Trade", "Development", "Cooperation", "Information", "Safety",
            "Veterans", "Forces", "Military", "Homeland", "Nuclear", "Arms", "Control", "Disarmament", "CIS", "Eurasian",
            "Integration", "Compatriots", "Federal", "Structure", "Regional", "Local", "Self-Government", "Legal", "National");

    /**
     * A committee of a named body ("Federation Council Committee on Defense and Security", "State Duma
     * Defense Committee") is an organisation of its own: the one that acts or speaks, not its parent.
     */
    private Mention committeeOf(String text, Gazetteer.Hit hit, Gazetteer.Entry parent, EntityRegistry registry) {
        var m = COMMITTEE_AFTER.matcher(text.substring(hit.end(), Math.min(text.length(), hit.end() + 120)));
        if (!m.lookingAt()) {
            return null;
        }
        // "the State Duma's International Affairs Committee": the possessive is no word of the name.
        int nameFrom = hit.end() + (Character.isWhitespace(m.group().charAt(0)) ? 0 : 2);
        var words = m.group().substring(nameFrom - hit.end()).strip().split("\\s+");
        boolean lowerCase = m.group().endsWith("committee");
        for (int i = 0; i < words.length && lowerCase; i++) {
            // "defense committee" is named "Defense Committee"; "and" stays as it is.
            if (!words[i].equals("and") && Character.isLowerCase(words[i].charAt(0))) {
                // Named as the gazetteer spells its ministries: "defence committee" is the "Defense Committee".
                words[i] = words[i].equals("defence") ? "Defense" : Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
            }
        }
        int keep = words.length;
        int committeeAt = java.util.Arrays.asList(words).indexOf("Committee");
        for (int i = committeeAt + 2; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0)) && !REMIT_WORDS.contains(words[i])) {
                keep = i;
                break;
            }
        }
        while (keep > committeeAt + 1 && !Character.isUpperCase(words[keep - 1].charAt(0))) {
            keep--;
        }
        var phrase = String.join(" ", java.util.Arrays.copyOf(words, keep));
        int end = nameFrom + text.substring(nameFrom).indexOf(words[0]) + phraseLength(text, nameFrom, keep);
        return partOfBody(text, parent.name() + " " + phrase, parent.key(), parent.property("state"), hit.start(), end, registry);
    }

    /** The length of the first {@code count} words after {@code from}, with the blanks between them. */
    private static int phraseLength(String text, int from, int count) {
        var m = NON_BLANK.matcher(text);
        m.region(from, text.length());
        int start = -1;
        int end = from;
        for (int i = 0; i < count && m.find(); i++) {
            if (start < 0) {
                start = m.start();
            }
            end = m.end();
        }
        return end - Math.max(start, from);
    }

    private Mention stateBody(String text, Gazetteer.Hit hit, Matcher body, EntityRegistry registry, String homeState) {
        var state = hit.entry();
        var kind = normaliseBody(body.group(1));
        var demonym = state.property("demonym") != null ? state.property("demonym") : state.name();
        int end = hit.end() + body.end();
        String placeWritten = null;
        if (kind.equals("Embassy")) {
            // An embassy is named with where it is: "the Russian Embassy in Washington".
            var place = EMBASSY_PLACE.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (place.lookingAt()) {
                kind = "Embassy in " + place.group(1).replaceFirst("^the\\s+", "");
                placeWritten = place.group(1);
                end = place.end();
            }
            else {
                // "the Russian embassy" where the article names it elsewhere as "the Russian Embassy in Berlin".
                var named = Pattern.compile("(?i)\\b(?:" + Pattern.quote(demonym) + "|" + Pattern.quote(state.name())
                        + "(?:['’]s)?)\\s+embassy(?-i)" + EMBASSY_PLACE.pattern().substring(1)).matcher(text);
                if (named.find()) {
                    kind = "Embassy in " + named.group(1).replaceFirst("^the\\s+", "");
                }
                else if (homeState != null && !homeState.equals(state.key())) {
                    // "WASHINGTON, … The Russian embassy said": the embassy in the state the story is written from.
                    var host = this.gazetteer.entry(homeState).map(Gazetteer.Entry::name).orElse(null);
                    if (host != null) {
                        placeWritten = this.gazetteer.lookup("the " + host).isPresent() ? "the " + host : host;
                        kind = "Embassy in " + host;
                    }
                }
            }
        }
        var name = demonym + " " + kind;
        var bodyKind = kind;
        // "in Berlin" or "in Germany": the embassy is known by both.
        var hostState = kind.startsWith("Embassy in ") ? this.gazetteer.lookup(kind.substring("Embassy in ".length()))
            .filter(entry -> entry.label() == EntityLabel.State).map(Gazetteer.Entry::name).orElse(null) : null;
        var known = this.gazetteer.lookup(name).or(() -> this.gazetteer.lookup(state.name() + "'s " + bodyKind));
        if (known.isPresent()) {
            registerKnown(known.get(), name, registry);
            return new Mention(hit.start(), end, known.get().key(), EntityLabel.Organization, name, false);
        }
        var key = EntityLabel.Organization.keyPrefix() + "/" + Lexicon.slug(state.name() + " " + kind);
        var builder = registry.register(key, EntityLabel.Organization, name);
        builder.properties.put("state", state.key());
        if (hostState != null && !kind.endsWith(hostState)) {
            builder.aliases.add(demonym + " Embassy in " + hostState);
            if (this.gazetteer.lookup("the " + hostState).isPresent()) {
                // "the Chinese Embassy in Manila" is the "Chinese Embassy in the Philippines".
                builder.aliases.add(demonym + " Embassy in the " + hostState);
            }
        }
        if (placeWritten != null && placeWritten.startsWith("the ")) {
            // "the Russian Embassy in the United States" is written with the article the place takes.
            builder.aliases.add(demonym + " Embassy in " + placeWritten);
        }
        registerKnown(state, state.name(), registry);
        return new Mention(hit.start(), end, key, EntityLabel.Organization, name, false);
    }

    /** Ministries take one canonical name whatever the wording; other bodies keep theirs ("Defence Force"). */
    private static String normaliseBody(String body) {
        var lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains("foreign")) {
            return "Foreign Ministry";
        }
        if (lower.startsWith("defen") && lower.endsWith("ministry") || lower.equals("ministry of defense")
                || lower.equals("ministry of defence")) {
            return "Defense Ministry";
        }
        if (!body.equals(body.toLowerCase(Locale.ROOT))) {
            return Character.toUpperCase(body.charAt(0)) + body.substring(1);
        }
        // "unification ministry": a name, capitalised as one.
        var words = body.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].isEmpty() ? words[i] : Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
        }
        return String.join(" ", words);
    }

    /**
     * "… a meeting with Defense Minister Sergei Shoigu" in a story of 2019: the post the article gives a known person
     * is the one held then, whatever the gazetteer's later one.
     */
    private static void titleAtTheTime(String text, int from, int nameStart, EntityRegistry.Builder person) {
        // Walks back over the capitalised title words right before the name: runs at every known person's mention.
        var words = new ArrayList<String>();
        int end = nameStart;
        while (words.size() < 6) {
            int wordEnd = end;
            while (wordEnd > from && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            if (wordEnd == end || wordEnd <= from) {
                break;
            }
            int wordStart = wordEnd;
            while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            var word = text.substring(wordStart, wordEnd);
            if (!Character.isUpperCase(word.charAt(0)) || !Lexicon.isTitleWord(word) || word.endsWith("'s") || word.endsWith("’s")) {
                break;
            }
            words.add(0, word);
            end = wordStart;
        }
        var title = String.join(" ", words);
        if (!words.isEmpty() && hasRoleHead(title) && !title.equalsIgnoreCase(person.property("role"))) {
            var cleaned = cleanRole(title);
            if (!cleaned.isEmpty()) {
                person.properties.put("role", cleaned);
            }
        }
    }

    private static void registerKnown(Gazetteer.Entry entry, String form, EntityRegistry registry) {
        var builder = registry.register(entry.key(), entry.label(), entry.name());
        if (builder.properties.isEmpty()) {
            entry.properties().forEach(builder.properties::put);
        }
        if (!form.equalsIgnoreCase(entry.name())) {
            builder.aliases.add(form);
        }
    }

    private void findPeople(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        int next = from;
        int[] run;
        while ((run = nextCapitalisedRun(text, next)) != null) {
            next = run[1];
            var tokens = tokens(text, run[0], run[1]);
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (tokens.get(i).text.endsWith("'s") || tokens.get(i).text.endsWith("’s")) {
                    // "Spokesperson Guo Jiakun's Regular Press Conference": a possessive ends the name; what follows
                    // is read as a run of its own.
                    next = tokens.get(i).end;
                    tokens = tokens.subList(0, i + 1);
                    break;
                }
            }
            // The name is the trailing run of tokens that are neither title words nor known non-names.
            int nameFrom = tokens.size();
            while (nameFrom > 0 && !Lexicon.isNotName(tokens.get(nameFrom - 1).text)
                    && !Lexicon.isTitleWord(tokens.get(nameFrom - 1).text)) {
                nameFrom--;
            }
            // "Deputy Foreign Minister of Armenia Arman Hovakimyan": a state or body ends the title, not the name;
            // so does a capital named as a place ("… to the international organizations in Vienna Andrei Korablev").
            while (nameFrom < tokens.size() && (overlapsNonPerson(mentions, tokens.get(nameFrom).start, tokens.get(nameFrom).end)
                    || tokens.size() - nameFrom > 2 && (this.gazetteer.isCapitalName(tokens.get(nameFrom).text)
                            || nameFrom == 0 && placeAfterAPost(text, run[0])))) {
                nameFrom++;
            }
            if (tokens.size() - nameFrom == 1 && nameFrom > 0 && tokens.get(nameFrom - 1).text.equals("He")
                    && followsTitle(text, tokens, nameFrom - 1)) {
                // "spokesperson He Yuqing": the family name He, not the pronoun.
                nameFrom--;
            }
            if (tokens.size() - nameFrom < 2) {
                continue;
            }
            var first = tokens.get(nameFrom);
            var last = tokens.get(tokens.size() - 1);
            int start = first.start;
            int end = last.end;
            if (overlapsNonPerson(mentions, start, end) || overlapsAny(mentions, start, end, EntityLabel.Person)) {
                continue;
            }
            var written = WHITESPACE.matcher(text.substring(start, end)).replaceAll(" ");
            if (written.endsWith("’s") || written.endsWith("'s")) {
                written = written.substring(0, written.length() - 2);
                end -= 2;
            }
            var name = written;
            var title = titleBefore(text, from, start, tokens, nameFrom, mentions);
            // "Aiko Tanabe, 88, who survived the bombing, said": the age set off after the name.
            var age = AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8));
            int described = age.lookingAt() ? age.end() : end;
            var appositive = title == null ? appositiveAfter(text, described) : null;
            if (title == null && appositive == null) {
                appositive = appositionBefore(text, from, start, end);
            }
            boolean speaks = SPEAKS_AFTER.matcher(text).region(described, Math.min(text.length(), described + 120)).lookingAt()
                    // "Henrik Asmussen, a Danish Green, said": a name described, then speaking, is someone's.
                    || describedThenSpeaks(text, described)
                    // "…," Oleg Rybin, who headed the delegation, told the meeting.
                    || QUOTE_CLOSED_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find()
                            && APPOSED_THEN_SPEAKS.matcher(text).region(end, Math.min(text.length(), end + 160)).lookingAt()
                    // "…," said Mohammad-Reza Nikravesh, one of the bill's sponsors.
                    || end < text.length() && ",.".indexOf(text.charAt(end)) >= 0
                            && SAID_BEFORE.matcher(text).region(Math.max(0, start - 16), start).find()
                    // "Nikolai Zhuravin, who heads Russia's delegation to …, said Moscow would …": a name opening its
                    // sentence, a relative clause about him, then a speech verb.
                    // "In an interview with Kommersant, Alexei Volkov, who heads …, said": after the sentence's setting too.
                    || (opensSentence(text, start) || text.startsWith(", ", start - 2))
                            && RELATIVE_THEN_SPEAKS.matcher(text).region(described, Math.min(text.length(), described + 220)).lookingAt();
            var known = this.gazetteer.lookup(name).filter(e -> e.label() == EntityLabel.Person);
            // "Ralf Töpfer of the Left Party took the opposite view": a party's member is a person.
            boolean partyMember = PARTY_AFTER.matcher(text).region(described, Math.min(text.length(), described + 60)).lookingAt();
            if (title == null && appositive == null && !speaks && !partyMember && known.isEmpty() && !takesTurns(text, from, start, name)) {
                continue;
            }
            var key = known.map(Gazetteer.Entry::key).orElseGet(() -> personKey(name, registry));
            var builder = registry.register(key, EntityLabel.Person, known.map(Gazetteer.Entry::name).orElse(name));
            known.ifPresent(entry -> entry.properties().forEach(builder.properties::putIfAbsent));
            if (!name.equals(builder.name)) {
                builder.aliases.add(name);
            }
            var withoutSuffix = JUNIOR.matcher(name).replaceFirst("");
            if (!withoutSuffix.equals(name)) {
                // "Gilberto Teodoro Jr." is as often written without the suffix.
                builder.aliases.add(withoutSuffix);
            }
            var role = title != null ? title : appositive;
            if (role != null) {
                applyRole(builder, role, mentions);
                var before = title != null && !builder.properties.containsKey("state") ? rolePhraseBefore(text, from, role.start()) : null;
                if (before != null) {
                    // "the head of the Russian delegation, Ambassador-at-Large Andrei Belyaev": the side is in the
                    // phrase set before the titled name.
                    stateIn(before, mentions).ifPresent(state -> builder.properties.put("state", state));
                }
                if (title != null && !builder.properties.containsKey("state")) {
                    // "In Moscow, Deputy Foreign Minister Vadim Korsunsky told …": the capital the sentence opens with.
                    var intro = PLACE_INTRO.matcher(text.substring(Math.max(from, role.start() - 200), role.start()));
                    if (intro.find()) {
                        this.gazetteer.lookup(intro.group(1)).filter(e -> e.label() == EntityLabel.State && this.gazetteer.isCapitalName(intro.group(1)))
                            .ifPresent(state -> builder.properties.put("state", state.key()));
                    }
                }
                if (title != null && !builder.properties.containsKey("state")) {
                    // "North Korea's defense minister warned … Defense Minister Kang Sun-nam said …": the post as the
                    // story first gave it, with its state.
                    statePostedBefore(text, role, mentions).ifPresent(state -> builder.properties.put("state", state));
                }
                var held = COUNTERPART.matcher(role.text()).find() ? lastRoleBefore(mentions, registry, start) : null;
                if (held != null) {
                    // "Polish President Karol Nawrocki and his Lithuanian counterpart Gitanas Nauseda": the same post.
                    builder.properties.put("role", held);
                }
            }
            mentions.add(new Mention(start, end, key, EntityLabel.Person, name, false));
        }
    }

    /**
     * "Guo Jiakun: We have noted the reports." twice or more: a transcript's speaker, named before a colon at the
     * opening of the paragraphs he speaks.
     */
    private static boolean takesTurns(String text, int from, int start, String name) {
        if (start > from && text.charAt(start - 1) != '\n' || !text.startsWith(name + ":", start)) {
            return false;
        }
        var label = "\n" + name + ":";
        int turns = 0;
        for (int at = text.indexOf(label, from); at >= 0 && turns < 2; at = text.indexOf(label, at + label.length())) {
            turns++;
        }
        return turns >= 2;
    }

    private static final String START_I = "treaty/start-i";

    private static boolean isGenericStartName(String matched) {
        var name = matched.regionMatches(true, 0, "the ", 0, 4) ? matched.substring(4) : matched;
        return name.equalsIgnoreCase("Strategic Arms Reduction Treaty");
    }

    /** A year before New START or the Soviet Union, told in the sentence of {@code [start, end)}. */
    private static final Pattern FIRST_START_TIMES = Pattern.compile("\\b(?:19[5-9]\\d|200\\d)\\b|\\bSoviet\\b|\\bUSSR\\b|\\bGorbachev\\b");

    private static final Pattern FIRST_START_NAMED = Pattern.compile("\\bSTART[- ]?(?:I|1)\\b");

    private static boolean toldOfTheFirstTreaty(String text, int from, int start, int end) {
        int sentenceStart = Math.max(Math.max(from, text.lastIndexOf(". ", start) + 1), text.lastIndexOf('\n', start) + 1);
        int stop = text.indexOf(". ", end);
        int newline = text.indexOf('\n', end);
        int sentenceEnd = Math.min(stop < 0 ? text.length() : stop, newline < 0 ? text.length() : newline);
        var sentence = text.substring(sentenceStart, sentenceEnd);
        // "… the Strategic Arms Reduction Treaty, which replaced START I of 1991": the first one named apart, the name is New START's.
        return FIRST_START_TIMES.matcher(sentence).find() && !sentence.contains("New START") && !sentence.contains("2010")
                && !FIRST_START_NAMED.matcher(sentence).find();
    }

    private static final Pattern AGE_AFTER = Pattern.compile(",\\s+\\d{1,3}(?=,)");

    /** Two capitalised words after a lower-case one, right before a capital's name. */
    private static final Pattern GIVEN_NAMES_BEFORE = Pattern.compile("\\b\\p{Ll}[\\p{L}-]*\\s+(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+)\\s$");

    private static boolean surnameAfterGivenNames(String text, int capitalStart, List<Mention> mentions) {
        // Two capitalised words right before: checked by hand first, as most capitals follow a lower-case word.
        int second = wordStartBefore(text, capitalStart);
        if (second < 0 || !Character.isUpperCase(text.charAt(second))) {
            return false;
        }
        int first = wordStartBefore(text, second);
        if (first < 0 || !Character.isUpperCase(text.charAt(first))) {
            return false;
        }
        var m = GIVEN_NAMES_BEFORE.matcher(text).region(Math.max(0, capitalStart - 50), capitalStart);
        if (!m.find()) {
            return false;
        }
        for (int g = 1; g <= 2; g++) {
            if (Lexicon.isNotName(m.group(g)) || Lexicon.isTitleWord(m.group(g)) || overlapsAnyLabel(mentions, m.start(g), m.end(g))) {
                return false;
            }
        }
        return true;
    }

    /** Where the word that ends one space before {@code position} starts, or -1. */
    private static int wordStartBefore(String text, int position) {
        if (position < 2 || text.charAt(position - 1) != ' ' || !Character.isLetter(text.charAt(position - 2))) {
            return -1;
        }
        int start = position - 2;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** "… to the UN Office in Geneva Pavel Lukin": a post's seat, named before the name it ends in. */
    private static final Pattern POST_IN_BEFORE = Pattern.compile("(?:\\b\\p{Lu}[\\p{L}-]*|ambassador|envoy|representative|mission|office)\\s+(?:in|at)\\s+$");

    private static boolean placeAfterAPost(String text, int runStart) {
        return POST_IN_BEFORE.matcher(text).region(Math.max(0, runStart - 40), runStart).find();
    }

    /** The state of the last "<State>'s <post>" before {@code role} that names the same post. */
    private static java.util.Optional<String> statePostedBefore(String text, Role role, List<Mention> mentions) {
        var post = role.text().strip();
        String state = null;
        for (var mention : mentions) {
            int at = mention.end();
            int postEnd = at + 3 + post.length();
            if (mention.label() != EntityLabel.State || post.isEmpty() || postEnd > role.start()) {
                continue;
            }
            if ((text.startsWith("'s ", at) || text.startsWith("’s ", at)) && text.regionMatches(true, at + 3, post, 0, post.length())
                    && (postEnd == text.length() || !Character.isLetter(text.charAt(postEnd)))) {
                state = mention.key();
            }
        }
        return java.util.Optional.ofNullable(state);
    }

    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s+$");

    /** A speech verb right after a quote, before a name: {@code ," said …}. */
    private static final Pattern QUOTE_CLOSED_BEFORE = Pattern.compile("[,.!?][\"”»]\\s+$");

    private static final Pattern APPOSED_THEN_SPEAKS = Pattern.compile(",\\s+(?:who|a|an|the)\\s[^\"“”«»;.]{3,120}?,\\s+"
            + "(?:has\\s+|also\\s+)?(?:" + Lexicon.SPEECH_VERBS + ")\\b");

    private static final Pattern RELATIVE_THEN_SPEAKS = Pattern.compile(",\\s+who\\s(?:"
            // "Aigerim Nurpeisova, who heads an association of test victims, addressed the delegates": the post a
            // relative clause gives is as telling as a title, whatever the verb after it.
            + "(?:heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran|founded|co-founded|coordinates|represents|represented)\\s"
            + "[^\"“”«»;.]{3,200}?,\\s+|[^\"“”«»;.]{3,200}?,\\s+"
            + "(?:has\\s+|also\\s+)?(?:" + Lexicon.SPEECH_VERBS + ")\\b)");

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static final Pattern SAID_BEFORE = Pattern.compile("[,\"”?!]\\s*(?:" + Lexicon.QUOTE_CLOSING_VERBS + ")\\s+$");

    /** Whether the token at {@code index} comes right after a title word, in the run or just before it. */
    private static boolean followsTitle(String text, List<Token> tokens, int index) {
        if (index > 0) {
            return Lexicon.isTitleWord(tokens.get(index - 1).text);
        }
        var before = LAST_WORD.matcher(text.substring(Math.max(0, tokens.get(index).start - 40), tokens.get(index).start));
        return before.find() && Lexicon.isTitleWord(before.group(1));
    }

    /**
     * The next run of capitalised words at or after {@code from} ("Deputy Foreign Minister Sergey Ryabkov",
     * "Jean-Yves Le Drian", "John F. Kennedy"), as {@code [start, end)}, or null. Candidate names,
     * possibly led by a capitalised title. Scanned by hand: it runs at every capital of the article.
     */
    private static int[] nextCapitalisedRun(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCapital(c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = nameTokenEnd(text, i);
            if (end < 0) {
                continue;
            }
            while (true) {
                int next = end;
                while (next < text.length() && isRegexSpace(text.charAt(next))) {
                    next++;
                }
                if (next == end || next == text.length()) {
                    break;
                }
                int tokenEnd = nameTokenEnd(text, next);
                if (tokenEnd < 0) {
                    tokenEnd = text.startsWith("Jr.", next) ? next + 3 : particleEnd(text, next);
                }
                if (tokenEnd < 0) {
                    break;
                }
                end = tokenEnd;
            }
            return new int[] { i, end };
        }
        return null;
    }

    /** The next capitalised word of three or more letters (or hyphens) at or after {@code from}, as {@code [start, end)}, or null. */
    private static int[] nextCapitalisedWord(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (end - i >= 3) {
                return new int[] { i, end };
            }
        }
        return null;
    }

    /** A capital letter, accented ones too: "Élise", "Łukasz", "Şahin" open names as "Anna" does. */
    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c);
    }

    /** The end of a capitalised word with a lower-case letter in it ("Ryabkov", "McFaul", "O'Brien"), or of an initial ("F."); else -1. */
    private static int nameTokenEnd(String text, int at) {
        char first = text.charAt(at);
        if (!isCapital(first)) {
            return -1;
        }
        if (at + 1 < text.length() && text.charAt(at + 1) == '.') {
            return at + 2;
        }
        int i = at + 1;
        boolean lower = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                lower |= Character.isLowerCase(c);
            }
            else if (c != '\'' && c != '’' && c != '-') {
                break;
            }
            i++;
        }
        return lower ? i : -1;
    }

    /** The end of a name particle that a capitalised word follows ("bin" in "Mohammed bin Salman"), else -1. */
    private static int particleEnd(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        if (i == at || i - at > 3 || !NAME_PARTICLES.contains(text.substring(at, i))) {
            return -1;
        }
        int next = i;
        while (next < text.length() && isRegexSpace(text.charAt(next))) {
            next++;
        }
        return next > i && next < text.length() && Character.isUpperCase(text.charAt(next)) ? i : -1;
    }

    /** Whitespace as the regex {@code \\s} knows it, so runs break where the patterns broke them. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private record Token(String text, int start, int end) {
    }

    private static List<Token> tokens(String text, int from, int to) {
        var tokens = new ArrayList<Token>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(text.substring(start, i), start, i));
            }
        }
        return tokens;
    }

    /** A role found before or after a name: its text, and the span it covers (for the state adjective). */
    record Role(String text, int start, int end) {
    }

    /**
     * The title written before a name: capitalised title words in the same run ("Deputy Foreign Minister
     * Sergey Ryabkov"), or lower-case ones just before it ("Russia's deputy foreign minister Sergey Ryabkov").
     */
    private static Role titleBefore(String text, int from, int nameStart, List<Token> runTokens, int nameFrom,
            List<Mention> mentions) {
        int titleStart = nameStart;
        int i = nameFrom - 1;
        // The seat of a post ("Representative to the UN Office in Geneva") belongs to the title.
        while (i >= 0 && (Lexicon.isTitleWord(runTokens.get(i).text) || isStateWord(mentions, runTokens.get(i))
                || i == 0 && placeAfterAPost(text, runTokens.get(0).start))) {
            titleStart = runTokens.get(i).start;
            i--;
        }
        if (i < 0) {
            // Continue into lower-case title words preceding the run ("the deputy foreign minister").
            int limit = Math.max(from, nameStart - 120);
            int pos = titleStart;
            int blankStart = pos;
            while (blankStart > limit && Character.isWhitespace(text.charAt(blankStart - 1))) {
                blankStart--;
            }
            // The blank between the title and the name; a line break there ends the title.
            if (text.substring(blankStart, pos).indexOf('\n') < 0) {
                pos = blankStart;
                while (pos > limit) {
                    int wordStart = pos;
                    while (wordStart > limit && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                        wordStart--;
                    }
                    var word = text.substring(wordStart, pos);
                    // A quotation's close ("…from Russia,” Deputy Defense Minister …") ends the title as a comma does.
                    if (word.endsWith(",") || (word.endsWith(".") && !Lexicon.isTitleWord(word)) || word.endsWith("\"")
                            || word.endsWith("”") || word.endsWith("»") || word.endsWith("“")) {
                        break;
                    }
                    var bare = POSSESSIVE_END.matcher(word).replaceFirst("");
                    if (!Lexicon.isTitleWord(bare) && !isStateWordAt(mentions, wordStart)) {
                        break;
                    }
                    titleStart = wordStart;
                    pos = wordStart;
                    while (pos > limit && Character.isWhitespace(text.charAt(pos - 1))) {
                        pos--;
                    }
                }
            }
        }
        // "According to Norwegian Defense Minister …": "to" joins titles ("Ambassador to Vienna"), never opens one.
        var leading = LEADING_PREPOSITION.matcher(text).region(titleStart, nameStart);
        while (leading.lookingAt()) {
            titleStart = leading.end();
            leading.region(titleStart, nameStart);
        }
        if (titleStart >= nameStart) {
            return longRoleBefore(text, from, nameStart);
        }
        var title = text.substring(titleStart, nameStart).strip();
        return hasRoleHead(title) ? new Role(title, titleStart, nameStart) : longRoleBefore(text, from, nameStart);
    }

    /**
     * "…," head of the Russian delegation at the Vienna negotiations on military security and arms control Konstantin
     * Gavrilov told TASS: a role head whose "of"/"at" phrase runs on in lower-case words up to the name.
     */
    private static final Pattern LONG_ROLE_BEFORE = Pattern.compile("(?:(?<![\\s\\S])|(?<=[,\"”:;]\\s)|(?<=[.!?]\\s)|(?<=\\n))"
            // "Head of the Russian delegation … Konstantin Gavrilov gave …": the role may open the sentence.
            + "(?<role>(?:[Tt]he\\s+)?(?:(?:[Dd]eputy|[Ff]irst|[Aa]cting|[Ff]ormer)\\s+)?(?:[Hh]ead|[Cc]hief|[Dd]irector|[Cc]hairman|"
            + "[Cc]hairwoman|[Cc]hair|[Mm]ember|[Ss]ecretary|[Cc]ommander|[Rr]epresentative|[Ee]nvoy|[Aa]mbassador|[Ss]pokesperson|"
            + "[Ss]pokesman|[Ss]pokeswoman)\\s+(?:of|at|to|for|in)\\s+"
            // Not past a speaker's verb: "… Committee Igor Naumkin said in an interview with Parlamentskaya Gazeta".
            + "(?:(?!\\b(?:said|says|told|tells|stated|noted|added|warned|wrote|announced)\\b)[^,;\"“”«».]){3,120}?)\\s+$");

    /** The role heads {@link #LONG_ROLE_BEFORE} opens with, in lower case and, opening a sentence, capitalised. */
    private static final List<String> LONG_ROLE_HEADS = java.util.stream.Stream.of("head", "chief", "director", "chair", "member",
            "secretary", "commander", "representative", "envoy", "ambassador", "spokes")
        .flatMap(head -> java.util.stream.Stream.of(head, Character.toUpperCase(head.charAt(0)) + head.substring(1)))
        .toList();

    private static Role longRoleBefore(String text, int from, int nameStart) {
        int windowStart = Math.max(from, nameStart - 160);
        var window = text.substring(windowStart, nameStart);
        if (LONG_ROLE_HEADS.stream().noneMatch(window::contains)) {
            // Most names have no such role before them: no pattern is tried for them.
            return null;
        }
        var m = LONG_ROLE_BEFORE.matcher(text).region(windowStart, nameStart).useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        var role = m.group("role");
        int start = m.start("role");
        if (role.startsWith("The ") || role.startsWith("the ")) {
            role = role.substring(4);
            start += 4;
        }
        return new Role(role, start, m.end("role"));
    }

    private static final Pattern COUNTERPART = Pattern.compile("(?i)\\bcounterparts?$");

    /** The role of the last person named before {@code position} who has one, or null. */
    private static String lastRoleBefore(List<Mention> mentions, EntityRegistry registry, int position) {
        String role = null;
        for (var mention : mentions) {
            if (mention.label() == EntityLabel.Person && mention.end() <= position) {
                var person = registry.get(mention.key());
                var held = person == null ? null : person.property("role");
                if (held != null && !COUNTERPART.matcher(held).find()) {
                    role = held;
                }
            }
        }
        return role;
    }

    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?:to|of|for|at|in|on|and|with)\\s+");

    private static Role appositiveAfter(String text, int nameEnd) {
        // "…, deputy director of the Foreign Ministry's Department for … and head of the Russian delegation to the
        // third session of the Preparatory Committee, told TASS": titles can run long.
        var after = text.substring(nameEnd, Math.min(text.length(), nameEnd + 280));
        var m = APPOSITIVE_TITLE.matcher(after);
        if (m.lookingAt() && hasRoleHead(m.group(1)) && !m.group(1).contains(" said")) {
            return new Role(m.group(1).strip(), nameEnd + m.start(1), nameEnd + m.end(1));
        }
        return null;
    }

    /**
     * "Russia's deputy permanent representative in Geneva, Arkady Belousko, accused …": a name set off by
     * commas right after a role phrase that opens a clause with a possessive or an article.
     */
    private static Role appositionBefore(String text, int from, int nameStart, int nameEnd) {
        // "An opposition lawmaker, Emiko Tsujimura of the Constitutional Democratic Party, demanded …": the name's
        // party or body may close the apposition.
        var affiliation = AFFILIATION_AFTER.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + 90));
        int close = affiliation.lookingAt() ? affiliation.end() : nameEnd;
        if (close >= text.length() || ",.;".indexOf(text.charAt(close)) < 0) {
            return null;
        }
        int windowStart = Math.max(from, nameStart - 120);
        // Transparent bounds let the look-behinds see where the clause opens; "$" is the name's start.
        var m = APPOSITION_BEFORE.matcher(text).region(windowStart, nameStart).useTransparentBounds(true);
        if (m.find() && hasRoleHead(m.group("role"))) {
            return new Role(m.group("role").strip(), m.start("role"), m.end("role"));
        }
        // "… by a decree of Kazakhstan's first president, Nursultan Nazarbayev.": mid-clause, the possessive
        // marks the phrase as a role of that state, and the name may end the sentence.
        var possessed = POSSESSED_ROLE_BEFORE.matcher(text).region(windowStart, nameStart).useTransparentBounds(true);
        if (possessed.find() && hasRoleHead(possessed.group("role"))) {
            return new Role(possessed.group("role").strip(), possessed.start("role"), possessed.end("role"));
        }
        // "… was stated by the director of the Russian Foreign Ministry's Department for Non-Proliferation and Arms
        // Control, Konstantin Belyaev.": a post of a body, then the name.
        var post = POST_OF_BODY_BEFORE.matcher(text).region(windowStart, nameStart).useTransparentBounds(true);
        if (post.find() && hasRoleHead(post.group("head"))) {
            return new Role(post.group("role").strip(), post.start("role"), post.end("role"));
        }
        return null;
    }

    private static final Pattern POST_OF_BODY_BEFORE = Pattern.compile("(?<=\\b(?:of|by|from|with|to|for|and|under|said|says|added|"
            + "noted|stressed|warned|wrote|explained)\\s)the\\s+(?<role>(?<head>[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2})\\s+of\\s+"
            + "[^,;.\"“”«»]{3,110}?),\\s+$");

    /** After a preposition, "and" or a speech verb: "of Russia's ambassador to Vienna, " — a role phrase owned by a named state. */
    private static final Pattern POSSESSED_ROLE_BEFORE = Pattern.compile("(?<=\\b(?:of|by|from|with|to|for|and|under|"
            // "…," said Ireland's disarmament ambassador, Niamh Carrigan.
            + "said|says|added|noted|stressed|warned|wrote|explained)\\s)"
            + "(?<role>(?:[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})['’]s\\s+[a-z][\\w-]*(?:\\s+[\\w-]+){0,5}?),\\s+$");

    private static final Pattern AFFILIATION_AFTER = Pattern.compile(Lexicon.AFFILIATION);

    private static final Pattern APPOSITION_BEFORE = Pattern.compile("(?:(?<![\\s\\S])|(?<=[.;:!?]\\s)|(?<=\\n))(?:[Tt]he\\s+|[Aa]n?\\s+|"
            // "Another member of the commission, Natalya Gulevich, was more cautious."
            + "(?:Another|One)\\s+)?"
            // "A Moscow-based military analyst, Gennady Voronin, …": a place-based adjective may open the role.
            + "(?<role>(?:[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}['’]s\\s+|[A-Z][\\w]*-based\\s+)?[a-z][\\w-]*(?:\\s+[\\w-]+){0,14}?"
            // "The US Special Representative for Nuclear Nonproliferation, Adam Scheinman, …": after "The", a title.
            + "|(?<=[Tt]he\\s)[A-Z][\\w.-]*(?:\\s+[\\w.-]+){0,10}?),\\s+$");

    private static boolean hasRoleHead(String title) {
        for (var word : WHITESPACE.split(title)) {
            if (Lexicon.isRoleHead(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStateWord(List<Mention> mentions, Token token) {
        return isStateWordAt(mentions, token.start);
    }

    private static boolean isStateWordAt(List<Mention> mentions, int start) {
        for (var mention : mentions) {
            // Covered, not only started: "… Representative to the United Nations Andrei Belyaev" passes "Nations".
            if (mention.start() <= start && start < mention.end()
                    && (mention.label() == EntityLabel.State || mention.label() == EntityLabel.Organization)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets role, state and organisation of a person from a title: the state and organisation come from
     * entity mentions inside the title ("Russian", "Kazakhstan's", "NATO", "Pentagon"), the role is what
     * remains ("Deputy Foreign Minister").
     */
    /** A role phrase set off by a comma right before {@code position} ("the head of the Russian delegation, "), or null. */
    private static Role rolePhraseBefore(String text, int from, int position) {
        int comma = position - 1;
        while (comma > from && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma <= from || text.charAt(comma) != ',') {
            return null;
        }
        int start = comma - 1;
        while (start > from && ",.;:\"“”\n".indexOf(text.charAt(start)) < 0 && comma - start < 80) {
            start--;
        }
        var phrase = text.substring(start + 1, comma);
        return hasRoleHead(phrase) ? new Role(phrase.strip(), start + 1, comma) : null;
    }

    /** The first state named inside {@code role}'s span. */
    private static java.util.Optional<String> stateIn(Role role, List<Mention> mentions) {
        return mentions.stream()
            .filter(m -> m.label() == EntityLabel.State && m.start() >= role.start() && m.end() <= role.end())
            .map(Mention::key)
            .findFirst();
    }

    private static void applyRole(EntityRegistry.Builder person, Role role, List<Mention> mentions) {
        String state = null;
        String organization = null;
        var roleText = new StringBuilder();
        int cursor = role.start();
        for (var mention : mentions) {
            // Overlapping mentions (a body and its committee) are taken once, the first.
            if (mention.start() >= cursor && mention.end() <= role.end()) {
                if (mention.label() == EntityLabel.State && state == null && !namesDepartment(role.text(),
                        mention.start() - role.start(), mention.end() - role.start())) {
                    state = mention.key();
                }
                else if (mention.label() == EntityLabel.Organization && organization == null) {
                    organization = mention.key();
                    roleText.append(role.text(), cursor - role.start(), mention.start() - role.start());
                    roleText.append(mention.form().replaceFirst("^(?i)the ", ""));
                    cursor = mention.end();
                    continue;
                }
                roleText.append(role.text(), cursor - role.start(), mention.start() - role.start());
                cursor = mention.end();
            }
        }
        roleText.append(role.text(), Math.min(role.text().length(), cursor - role.start()), role.text().length());
        var cleaned = cleanRole(roleText.toString());
        if (!cleaned.isEmpty()) {
            person.properties.put("role", cleaned);
        }
        if (state != null) {
            person.properties.put("state", state);
        }
        if (organization != null) {
            person.properties.put("organization", organization);
        }
    }

    private static final Pattern REGION_WORD_BEFORE = Pattern.compile("\\b(?:North|South|Latin|Central|East|West|Eastern|Western)\\s+$");

    private static final Pattern WORD_THEN_DESK_AFTER = Pattern.compile("(?:\\s+\\w+)?" + DESK);

    /** "the Foreign Ministry's North America Department": a desk named after a place says nothing of nationality. */
    private static boolean namesDepartment(String title, int start, int end) {
        var before = title.substring(0, Math.max(0, start));
        var after = title.substring(Math.min(title.length(), end));
        return REGION_WORD_BEFORE.matcher(before).find() || WORD_THEN_DESK_AFTER.matcher(after).lookingAt();
    }

    /** Role words written in lower case inside a role ("Chairman of the Committee"). */
    private static final Set<String> ROLE_GLUE = Set.of("of", "the", "for", "and", "to", "on", "in", "at", "with");

    private static final java.util.Map<String, String> CLEANED_ROLES = new java.util.concurrent.ConcurrentHashMap<>();

    static String cleanRole(String raw) {
        return Lexicon.memo(CLEANED_ROLES, raw, EntityRecognizer::makeCleanRole);
    }

    private static String makeCleanRole(String raw) {
        var role = WHITESPACE.matcher(POSSESSIVE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
        role = TRAILING_PUNCTUATION.matcher(ROLE_LEAD.matcher(role).replaceFirst("")).replaceFirst("").strip();
        var words = role.split(" ");
        var out = new StringBuilder();
        for (var word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            var lower = word.toLowerCase(Locale.ROOT);
            boolean glue = ROLE_GLUE.contains(lower);
            out.append(glue ? lower : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private String personKey(String name, EntityRegistry registry) {
        var known = this.gazetteer.personByName(name);
        if (known.isPresent()) {
            return known.get().key();
        }
        var normalised = Lexicon.personKeyName(name);
        for (var builder : registry.all()) {
            if (builder.label == EntityLabel.Person && sameSurnameAndInitial(builder.name, name)) {
                return builder.key;
            }
        }
        return EntityLabel.Person.keyPrefix() + "/" + normalised;
    }

    private static boolean sameSurnameAndInitial(String known, String candidate) {
        var a = known.split(" ");
        var b = candidate.split(" ");
        if (a.length < 2 || b.length < 2 || Character.toUpperCase(a[0].charAt(0)) != Character.toUpperCase(b[0].charAt(0))) {
            return false;
        }
        var surname = Lexicon.personKeyName(a[a.length - 1]);
        var other = Lexicon.personKeyName(b[b.length - 1]);
        // "Nikita Vereshchagin" respelt "Nikita Vereschagin": transliterations differ by a letter or two.
        int tolerance = Math.min(surname.length(), other.length()) >= 8 ? 2 : Math.min(surname.length(), other.length()) >= 6 ? 1 : 0;
        return surname.equals(other) || tolerance > 0 && Lexicon.distance(surname, other, tolerance) <= tolerance;
    }

    private static boolean overlapsNonPerson(List<Mention> mentions, int start, int end) {
        for (var mention : mentions) {
            if (mention.label() != EntityLabel.Person && mention.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<Mention> mentions, int start, int end, EntityLabel label) {
        for (var mention : mentions) {
            if (mention.label() == label && mention.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Surname-only and slightly misspelt later mentions of people already introduced in this article. */
    private void resolveSurnames(String text, int from, List<Mention> mentions, EntityRegistry registry) {
        // In text order: the loop below stops at the first person named after the word, and takes the latest before it.
        var people = mentions.stream().filter(m -> m.label() == EntityLabel.Person).sorted(Comparator.comparingInt(Mention::start)).toList();
        if (people.isEmpty()) {
            return;
        }
        // Which characters a mention already covers, so each capitalised word is checked in constant time.
        var covered = new boolean[text.length()];
        for (var mention : mentions) {
            java.util.Arrays.fill(covered, mention.start(), Math.min(mention.end(), text.length()), true);
        }
        var surnames = new ArrayList<String>();
        var formSurnames = new ArrayList<String>();
        var givenNames = new ArrayList<String>();
        for (var person : people) {
            surnames.add(surname(registry.get(person.key()).name));
            formSurnames.add(surname(person.form()));
            givenNames.add(givenFirst(registry.get(person.key()).name));
        }
        var added = new ArrayList<Mention>();
        int next = from;
        int[] span;
        while ((span = nextCapitalisedWord(text, next)) != null) {
            next = span[1];
            int start = span[0];
            int end = span[1];
            var word = text.substring(start, end);
            if (isCovered(covered, start, end) || Lexicon.isNotName(word)) {
                continue;
            }
            Mention best = null;
            boolean bestBySurname = false;
            for (int p = 0; p < people.size(); p++) {
                var person = people.get(p);
                if (person.start() > start) {
                    break;
                }
                var surname = surnames.get(p);
                var formSurname = formSurnames.get(p);
                if (word.equals(surname) || word.equals(formSurname)) {
                    best = person;
                    bestBySurname = true;
                }
                else if (!bestBySurname && word.equals(givenNames.get(p))
                        && (best == null || !namedAsObject(text, person.start())) && inSpeakerPosition(text, start, end)) {
                    // Family name first (Lin Jian, Hou Zhenlin): "…," Hou said. Of two namesakes, the latest named
                    // as a subject, not "the sister of leader Kim Jong Un".
                    best = person;
                }
                else if (best == null && word.length() >= 6 && surname.length() >= 6
                        && word.charAt(0) == surname.charAt(0)
                        // Longer names bear two slips ("Halvorsen", later "Halverson").
                        && Lexicon.distance(word, surname, 2) <= (surname.length() >= 8 ? 2 : 1)
                        && this.gazetteer.lookup(word).isEmpty()) {
                    best = person;
                }
            }
            if (best != null) {
                added.add(new Mention(start, end, best.key(), EntityLabel.Person, word, false));
                var builder = registry.get(best.key());
                var appositive = builder.property("state") == null ? appositiveAfter(text, end) : null;
                if (appositive != null) {
                    // "said Vishnevetsky, deputy director of the Russian Foreign Ministry's Department …": a later
                    // appositive tells whose side a person is on when the first mention did not.
                    var role = builder.property("role");
                    var organization = builder.property("organization");
                    applyRole(builder, appositive, mentions);
                    if (role != null) {
                        builder.properties.put("role", role);
                    }
                    if (organization != null) {
                        builder.properties.put("organization", organization);
                    }
                }
            }
        }
        mentions.addAll(added);
        latestNamesake(people, surnames, mentions);
    }

    /**
     * "Deputy Foreign Minister Alexander Grushko said … Military expert Oleg Grushko, who is no relation to the
     * diplomat, … "…," Grushko told TASS": a surname the gazetteer knows as one person's is the latest namesake's
     * when another was named in full since.
     */
    private static void latestNamesake(List<Mention> people, List<String> surnames, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            var mention = mentions.get(i);
            if (mention.label() != EntityLabel.Person || mention.form().indexOf(' ') >= 0) {
                continue;
            }
            Mention latest = null;
            for (int p = 0; p < people.size() && people.get(p).start() < mention.start(); p++) {
                if (surnames.get(p).equals(mention.form()) && people.get(p).form().indexOf(' ') > 0) {
                    latest = people.get(p);
                }
            }
            if (latest != null && !latest.key().equals(mention.key())) {
                mentions.set(i, new Mention(mention.start(), mention.end(), latest.key(), EntityLabel.Person, mention.form(), false));
            }
        }
    }

    private static String givenFirst(String name) {
        var parts = name.split(" ");
        // "Yoon Suk Yeol", "Kim Jong Un": a family name before two short syllables of a given name.
        boolean korean = parts.length == 3 && parts[0].length() <= 5 && parts[1].length() <= 4 && parts[2].length() <= 4;
        return parts.length == 2 || korean ? parts[0] : null;
    }

    private static final Pattern OBJECT_BEFORE = Pattern.compile("\\b(?:of|by|with|to|from|for|against|on)\\s+(?:[\\w.-]+\\s+){0,3}$");

    private static boolean namedAsObject(String text, int start) {
        var before = text.substring(Math.max(0, start - 40), start);
        return OBJECT_BEFORE.matcher(before.substring(before.lastIndexOf(',') + 1)).find();
    }

    private static final Pattern SPEAKS_RIGHT_AFTER = Pattern.compile("^\\s+(?:also\\s+|has\\s+|had\\s+|again\\s+)?(?:"
            + Lexicon.SPEECH_VERBS + ")\\b");

    private static final Pattern ACCORDING_TO_END = Pattern.compile("(?i)\\baccording to\\s+$");

    private static boolean inSpeakerPosition(String text, int start, int end) {
        return SPEAKS_RIGHT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt()
                || ACCORDING_TO_END.matcher(text.substring(Math.max(0, start - 14), start)).find()
                // "Park declined to comment, but noted …": opening a sentence before a past-tense verb.
                || opensSentence(text, start) && ACTS_RIGHT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt();
    }

    private static final Pattern ACTS_RIGHT_AFTER = Pattern.compile("^(?:\\s+(?:also\\s+|has\\s+|had\\s+|again\\s+|then\\s+|later\\s+)?[a-z]{2,}ed\\b"
            // "Yoon, who is not related to the president, said": a relative clause on the person.
            + "|,\\s+who\\s)");

    private static boolean isCovered(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAnyLabel(List<Mention> mentions, int start, int end) {
        for (var mention : mentions) {
            if (mention.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static String surname(String name) {
        var parts = JUNIOR.matcher(name).replaceFirst("").split(" ");
        return parts[parts.length - 1];
    }

}
