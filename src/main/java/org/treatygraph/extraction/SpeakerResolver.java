package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides who a speaker phrase ("the senior diplomat", "Russian Deputy Foreign Minister Sergey Ryabkov",
 * "the ministry", "he", "Moscow") stands for, from the entities mentioned in the phrase or, for stand-ins
 * and pronouns, from who was mentioned or spoke most recently and fits the description.
 */
final class SpeakerResolver {

    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she|him|her|his)$");

    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)^(?:they|we)$");

    // Patterns of the string clean-ups below, compiled once: these run for every phrase resolved.
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?:the|a|an|this|that)\\s+");

    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private static final Pattern OF_TAIL = Pattern.compile("\\s+of\\s+.*$");

    private static final Pattern NOT_WORD_LETTERS = Pattern.compile("[^a-z\\- ]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern FEMALE_ROLE = Pattern.compile("\\b(?:spokeswoman|chairwoman|congresswoman|ms|mrs)\\b");

    /** Stand-in heads for people, and words a compatible role contains. */
    private static final java.util.Set<String> OBSERVERS = java.util.Set.of("expert", "analyst", "observer", "critic", "scholar",
            "researcher", "commentator", "specialist");

    /** A sentence opening with observers as its subject: "Arms control experts warned", "Many analysts say". */
    private static final Pattern OBSERVERS_OPENING = Pattern.compile("^(?:[\\w-]+\\s+){0,3}?(?:"
            + String.join("|", OBSERVERS.stream().map(observer -> observer + "s").sorted().toList()) + ")\\b");

    private static final Map<String, List<String>> PERSON_STAND_INS = Map.ofEntries(
            Map.entry("diplomat", List.of("minister", "ambassador", "envoy", "representative", "diplomat", "spokes", "secretary", "negotiator", "director",
                    "delegat", "diplomac", "foreign")),
            Map.entry("top diplomat", List.of("foreign minister", "secretary of state")),
            Map.entry("deputy minister", List.of("deputy")), Map.entry("deputy foreign minister", List.of("deputy")),
            Map.entry("foreign minister", List.of("foreign minister", "secretary of state")),
            Map.entry("defense minister", List.of("defense minister", "defence minister", "secretary of defense")),
            Map.entry("minister", List.of("minister", "secretary")), Map.entry("president", List.of("president")),
            Map.entry("leader", List.of("president", "leader", "chancellor", "prime minister", "premier")),
            Map.entry("head of state", List.of("president", "leader")),
            Map.entry("spokesman", List.of("spokes", "press secretary")), Map.entry("spokeswoman", List.of("spokes", "press secretary")),
            Map.entry("spokesperson", List.of("spokes", "press secretary")), Map.entry("envoy", List.of("envoy", "ambassador", "representative", "delegat")),
            Map.entry("ambassador", List.of("ambassador", "envoy")), Map.entry("official", List.of()),
            Map.entry("lawmaker", List.of("duma", "senator", "council", "congress", "speaker", "chairman", "deputy", "lawmaker", "member", "parliament")),
            Map.entry("legislator", List.of("duma", "senator", "council", "congress", "speaker", "chairman", "lawmaker", "member", "parliament")),
            Map.entry("senator", List.of("senator", "council")), Map.entry("parliamentarian", List.of("duma", "senator", "council", "speaker", "chairman", "member")),
            Map.entry("secretary", List.of("secretary")), Map.entry("secretary general", List.of("secretary")),
            Map.entry("secretary-general", List.of("secretary")), Map.entry("chief", List.of("chief", "head", "director", "secretary-general", "secretary general", "minister")),
            Map.entry("politician", List.of()), Map.entry("chairman", List.of("chair")), Map.entry("speaker", List.of("speaker")),
            Map.entry("premier", List.of("premier", "prime minister")), Map.entry("prime minister", List.of("prime minister", "premier")),
            Map.entry("chancellor", List.of("chancellor")), Map.entry("representative", List.of("representative", "envoy", "ambassador", "spokes", "press secretary")),
            Map.entry("negotiator", List.of()), Map.entry("aide", List.of("aide", "adviser", "assistant")),
            Map.entry("general", List.of("general", "gen.", "commander", "chief")), Map.entry("commander", List.of("commander", "general", "chief")),
            Map.entry("director", List.of("director", "head")), Map.entry("director general", List.of("director")),
            Map.entry("head", List.of("head", "director", "chief", "chair")), Map.entry("expert", List.of()), Map.entry("analyst", List.of()),
            Map.entry("adviser", List.of("adviser", "advisor", "aide")), Map.entry("advisor", List.of("adviser", "advisor", "aide")));

    /** Stand-in heads for organisations speaking ("the ministry said", "the statement said"). */
    private static final List<String> ORGANIZATION_STAND_INS = List.of("ministry", "foreign ministry", "defense ministry",
            "department", "state department", "agency", "diplomatic agency", "statement", "communique", "document",
            "embassy", "mission", "office", "press service", "administration", "organization", "alliance", "bloc",
            "decree", "text", "resolution", "declaration", "council", "committee", "body", "watchdog", "government",
            "army", "navy", "air force", "command", "military", "service");

    private final ArticleContext context;

    /** Speakers attributed so far, in text order, so stand-ins can prefer who has been speaking. */
    private final List<Attributed> speakers = new ArrayList<>();

    private record Attributed(int position, String key) {
    }

    SpeakerResolver(ArticleContext context) {
        this.context = context;
    }

    void spoke(int position, String key) {
        this.speakers.add(new Attributed(position, key));
    }

    /** Whether {@code key} is the last to have spoken in {@code [from, position]}. */
    private boolean spokeSince(int from, int position, String key) {
        String last = null;
        for (var attributed : this.speakers) {
            if (attributed.position() >= from && attributed.position() <= position) {
                last = attributed.key();
            }
        }
        return key.equals(last);
    }

    /** The most recent speaker before {@code position}, or null. */
    String lastSpeaker(int position) {
        String last = null;
        for (var attributed : this.speakers) {
            if (attributed.position() <= position) {
                last = attributed.key();
            }
        }
        return last;
    }

    /** Whether the sentence holding {@code start}, or the one before it, opens with observers speaking. */
    private boolean observersJustBefore(int start) {
        var sentence = this.context.sentenceAt(start);
        if (sentence == null) {
            return false;
        }
        var text = this.context.text();
        var before = this.context.previous(sentence);
        return OBSERVERS_OPENING.matcher(text).region(sentence.start(), start).lookingAt()
                || before != null && OBSERVERS_OPENING.matcher(text).region(before.start(), before.end()).lookingAt();
    }

    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("spokes(?:man|woman|person)\\s+for\\s");

    /** Resolves the phrase {@code text[start, end)}; null when it names nobody this article knows. */
    String resolve(int start, int end) {
        var phrase = this.context.text().substring(start, end).strip();
        var inside = this.context.mentionsIn(start, end);
        for (var mention : this.context.mentionsIn(start, Math.min(this.context.text().length(), end + 40))) {
            if (mention.label() == EntityLabel.Organization && mention.start() < end && mention.end() > end) {
                // "The Russian Embassy [in Warsaw] said": a name the speaker's phrase stops inside of is still who speaks.
                inside = this.context.mentionsIn(start, mention.end());
            }
        }
        var lower = POSSESSIVE_END.matcher(LEADING_DETERMINER.matcher(phrase.toLowerCase(Locale.ROOT)).replaceFirst(""))
            .replaceFirst("");
        if (SPOKESPERSON_FOR.matcher(lower).lookingAt()) {
            // "A spokesperson for UN Secretary-General Antonio Guterres said": the office speaks, the body he heads.
            for (var mention : inside) {
                var holder = mention.label() == EntityLabel.Person ? this.context.registry().get(mention.key()) : null;
                var body = holder == null ? null : holder.property("organization");
                if (body == null && holder != null && holder.property("state") != null
                        && holder.property("state").startsWith(EntityLabel.Organization.keyPrefix())) {
                    // The gazetteer gives an international official's body as the one they belong to.
                    body = holder.property("state");
                }
                if (body != null) {
                    return body;
                }
            }
        }
        if (phrase.equals("He") && !opensSentence(start)) {
            // "According to He, …": the family name He (He Yuqing), not the pronoun.
            for (var person : this.context.registry().all()) {
                if (person.label == EntityLabel.Person && (person.name.startsWith("He ") || person.name.endsWith(" He"))) {
                    return person.key;
                }
            }
        }
        var owned = HIS_OR_HER_BODY.matcher(phrase);
        if (owned.matches()) {
            // "German Defence Minister Boris Pistorius told reporters … His ministry said": the body of the person
            // spoken of, or the state for "his government", "his administration".
            boolean she = owned.group(1).equalsIgnoreCase("her");
            var person = recentPerson(start, List.of(), null, key -> looksFemale(key) == she);
            var holder = person == null ? null : this.context.registry().get(person);
            var body = holder == null ? null : GOVERNMENT_OF.matcher(owned.group(2).toLowerCase(Locale.ROOT)).find() ? holder.property("state")
                    : holder.property("organization");
            if (body != null) {
                return body;
            }
        }
        if (PRONOUN.matcher(lower).matches()) {
            var unnamed = unnamedVoiceJustBefore(start);
            if (unnamed != null) {
                // "On Monday, a Kremlin spokesman told reporters that … "…," he said.": the unnamed voice that just
                // spoke, not the last man named.
                return unnamed;
            }
            var introduced = standInOpeningSentenceBefore(start);
            if (introduced != null) {
                // "The Belarusian general also addressed the question of control. "…," he emphasized.": the one the
                // sentence before was about, not the last man named in the paragraph before it.
                return introduced;
            }
            // "she" prefers a woman, "he" a man, when the names tell; else whoever fits.
            boolean she = lower.equals("she") || lower.equals("her");
            var gendered = recentPerson(start, List.of(), null, key -> looksFemale(key) == she);
            return gendered != null ? gendered : recentPerson(start, List.of(), null);
        }
        if (lower.equals("it")) {
            return collectiveSubject(start);
        }
        if (THE_TWO_STATES.matcher(lower).matches()) {
            // "…, the two countries said in a joint statement": the first of the states the sentence names; the
            // statement goes to both (see Extractor).
            var sentence = this.context.sentenceAt(start);
            var named = sentence == null ? List.<Mention>of() : this.context.mentionsIn(sentence.start(), sentence.end());
            for (var mention : named) {
                if (mention.label() == EntityLabel.State) {
                    return mention.key();
                }
            }
        }
        if (ALLIES.matcher(lower).matches()) {
            // "NATO allies said … The allies added": the alliance that has been speaking.
            var last = lastSpeaker(start);
            return last != null && last.startsWith(EntityLabel.Organization.keyPrefix()) ? last : null;
        }
        if (PLURAL_PRONOUN.matcher(lower).matches()) {
            if (observersJustBefore(start)) {
                // "Arms control experts warned that … For half a century, they noted, …": the experts, who speak for
                // no side, not the last state heard.
                return null;
            }
            var last = lastSpeaker(start);
            return last != null && !last.startsWith(EntityLabel.Person.keyPrefix()) ? last : null;
        }
        var person = last(inside, EntityLabel.Person);
        if (person != null && GOVERNMENT_OF.matcher(lower).find()) {
            // "The Biden administration said": the government speaks, not the man it is named after.
            var state = this.context.state(person.key());
            if (state == null && last(inside, EntityLabel.State) != null) {
                // "The previous U.S. administration under President John Smith": the state named with it.
                state = last(inside, EntityLabel.State).key();
            }
            if (state != null) {
                return state;
            }
        }
        if (person != null) {
            return person.key();
        }
        var organization = last(inside, EntityLabel.Organization);
        var state = last(inside, EntityLabel.State);
        var head = standInHead(lower);
        if (head != null && organization == null && state == null && lower.endsWith(head + "s") && PERSON_STAND_INS.containsKey(head)
                // "Analysts say …", "experts say …": observers, who speak for no side.
                && !OBSERVERS.contains(head)) {
            // "Officials in Moscow have voiced concern": the people of the capital named right after, its state.
            var text = this.context.text();
            int at = end;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (text.startsWith("in ", at)) {
                for (var mention : this.context.mentionsIn(at + 3, Math.min(text.length(), at + 40))) {
                    if (mention.start() == at + 3 && mention.label() == EntityLabel.State) {
                        return mention.key();
                    }
                }
            }
            // "Officials have said …": unnamed people of the side that just spoke, the body of its speaker.
            return bodyOf(lastSpeaker(start));
        }
        if (head != null && PERSON_STAND_INS.containsKey(head) && !lower.endsWith(head + "s")) {
            // Not "Russian diplomats", "Pentagon officials": many people are no one person of that kind.
            // "the Kremlin spokesman", "the Russian diplomat", "US leader": a person of that body or state.
            var restrictTo = organization != null ? organization.key() : state != null ? state.key() : null;
            var last = lastSpeaker(start);
            if (head.equals("official") && restrictTo == null && last != null
                    && (last.startsWith(EntityLabel.Organization.keyPrefix())
                            // "A senior US official said … The official added", "A second official said": the side the
                            // unnamed officials speak for, which a named one (a person) does not give.
                            || last.startsWith(EntityLabel.State.keyPrefix()) && !GENERIC_OFFICIAL.matcher(phrase).lookingAt())) {
                // "A senior State Department official said … The official added": the body is still speaking.
                return last;
            }
            if (head.startsWith("spokes") && restrictTo == null && last != null && last.startsWith(EntityLabel.Organization.keyPrefix())
                    && UNNAMED_SPOKESPERSON.matcher(this.context.text()).region(Math.max(0, start - 400), start).find()) {
                // "A spokesperson for the Chinese Foreign Ministry said … The spokesperson urged": the unnamed
                // voice of the body that just spoke, not an earlier spokeswoman of another.
                return last;
            }
            var unnamed = restrictTo == null && !INDEFINITE.matcher(phrase).lookingAt() ? unnamedVoiceJustBefore(start) : null;
            if (unnamed != null) {
                // "A member of the Russian delegation, who asked not to be named, told AFP … "…," the diplomat said":
                // the unnamed voice just heard, not the last diplomat named before it.
                return unnamed;
            }
            // "A NATO official", "an American diplomat": someone new and unnamed, who speaks for the body.
            var found = INDEFINITE.matcher(phrase).lookingAt() ? leadSourceNamedNext(start, phrase, head, restrictTo)
                    : gendered(head, start, PERSON_STAND_INS.get(head), restrictTo);
            if (found == null && head.startsWith("spokes") && restrictTo == null && !INDEFINITE.matcher(phrase).lookingAt()) {
                // "A spokesperson for the Foreign Ministry of the DPRK issued a statement … "…," the spokesperson said":
                // with no spokesperson named, the unnamed one the article introduced, however far back.
                found = bodyOfUnnamedVoice(start);
            }
            if (found == null && restrictTo != null && !PERSON_STAND_INS.get(head).isEmpty() && !INDEFINITE.matcher(phrase).lookingAt()) {
                // "Japan's defense chief on Tuesday sought to play down …" in a lead that names him later.
                found = nextPerson(start, PERSON_STAND_INS.get(head), restrictTo);
            }
            if (found == null && restrictTo == null && POSSESSIVE_PRONOUN.matcher(phrase).lookingAt()) {
                // "China will not join …, its disarmament ambassador told …": the ambassador of the clause's
                // subject, whom the article names next; else the subject itself speaks through its envoy.
                var subject = clauseSubject(start);
                found = subject == null ? null : nextPerson(start, PERSON_STAND_INS.get(head), subject);
                if (found == null) {
                    found = nextPerson(start, PERSON_STAND_INS.get(head), null);
                }
                if (found == null) {
                    found = subject;
                }
            }
            if (found != null) {
                return found;
            }
            if (organization != null) {
                return organization.key();
            }
            if (restrictTo == null && last != null && last.startsWith(EntityLabel.Organization.keyPrefix()) && !INDEFINITE.matcher(phrase).lookingAt()) {
                // "A State Department representative told reporters … The representative added": nobody of that kind
                // is named, so the body that just spoke goes on speaking through its unnamed voice.
                return last;
            }
            if (state == null && (lower.contains("government ") || lower.contains("administration "))) {
                // "A government spokesman said", "a senior administration official said": the government of the state
                // the clause is about, else of the state the article is written from.
                var subject = clauseSubject(start);
                var government = subject != null && subject.startsWith(EntityLabel.State.keyPrefix() + "/") ? subject : this.context.homeState();
                if (government != null) {
                    return government;
                }
            }
            var member = BODY_MEMBER.matcher(lower);
            if (member.matches() && ORGANIZATION_STAND_INS.contains(member.group(1))) {
                // "A ministry spokesperson said …" after "…, Japan's Defense Ministry said": that ministry.
                var body = recentOrganization(start, member.group(1));
                if (body != null) {
                    return body;
                }
            }
            if (state != null && (head.equals("diplomat") || lower.endsWith("diplomats"))) {
                // "Russian diplomats added …", "a senior Russian diplomat said": the diplomatic service, when the
                // gazetteer knows it.
                var ministry = foreignMinistryOf(state.key());
                return ministry != null ? ministry : state.key();
            }
            if (state != null && (lower.endsWith("officials") || inside.size() == 1)) {
                return state.key();
            }
            // "The department's spokesperson": nobody named holds the post, so the body speaks.
            var body = BODY_POSSESSIVE.matcher(lower);
            if (body.lookingAt() && ORGANIZATION_STAND_INS.contains(body.group(1))) {
                return recentOrganization(start, body.group(1));
            }
            return null;
        }
        if (organization != null) {
            return organization.key();
        }
        if (state != null) {
            if (lower.contains("diplomat")) {
                var ministry = foreignMinistryOf(state.key());
                if (ministry != null) {
                    return ministry;
                }
            }
            if (lower.endsWith(" ministry")) {
                // "the Russian ministry said": that state's ministry last named, else its foreign ministry.
                var named = recentOrganization(start, "ministry");
                if (named != null && state.key().equals(this.context.state(named))
                        && this.context.registry().get(named).name.toLowerCase(Locale.ROOT).contains("ministry")) {
                    return named;
                }
                var ministry = foreignMinistryOf(state.key());
                if (ministry != null) {
                    return ministry;
                }
            }
            return state.key();
        }
        if (head != null && (head.equals("government") || head.equals("administration"))) {
            // "Britain will buy …, the government said": the government of the state the sentence is about.
            var subject = clauseSubject(start);
            if (subject != null && subject.startsWith(EntityLabel.State.keyPrefix() + "/")) {
                return subject;
            }
        }
        if (head != null && (head.equals("statement") || head.equals("declaration") || head.startsWith("communiqu"))
                && lower.contains("joint ")) {
            // "According to the joint statement": of those just heard announcing it, whoever they are.
            var last = lastSpeaker(start);
            if (last != null) {
                return last;
            }
        }
        if ("office".equals(head)) {
            // "Defense Minister Gen Nakatani's office said … "…," the office said": the holder speaks through it.
            var holder = officeHolderBefore(start);
            if (holder != null) {
                return holder;
            }
        }
        if ("statement".equals(head)) {
            // "Nakatani's office said in a written reply … According to the statement, …": the words just heard.
            var last = lastSpeaker(start);
            if (last != null && last.startsWith(EntityLabel.Person.keyPrefix()) && spokeInParagraphOf(last, start)) {
                return last;
            }
        }
        if (head != null && ORGANIZATION_STAND_INS.contains(head)) {
            return recentOrganization(start, head);
        }
        if (head != null && PUBLICATIONS.contains(head)) {
            return issuerOf(start, head);
        }
        return null;
    }

    /** Whether {@code key} was credited with words earlier in the paragraph that holds {@code position}. */
    private boolean spokeInParagraphOf(String key, int position) {
        int paragraphStart = this.context.text().lastIndexOf('\n', position) + 1;
        return this.speakers.stream().anyMatch(x -> x.key().equals(key) && x.position() >= paragraphStart && x.position() < position);
    }

    /** The last person named before {@code position} as the holder of an office: "Nakatani's office". */
    private String officeHolderBefore(int position) {
        var text = this.context.text();
        String holder = null;
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position) {
                break;
            }
            if (mention.label() == EntityLabel.Person
                    && (text.startsWith("'s office", mention.end()) || text.startsWith("’s office", mention.end()))) {
                holder = mention.key();
            }
        }
        return holder;
    }

    /** Documents that speak for whoever issued them: "The report said China was expanding its forces". */
    private static final java.util.Set<String> PUBLICATIONS = java.util.Set.of("report", "review", "study", "assessment", "strategy");

    /** The body or state last credited with a statement in a sentence naming that document ("said in an annual report"). */
    private String issuerOf(int position, String document) {
        var text = this.context.text();
        for (int i = this.speakers.size() - 1; i >= 0; i--) {
            var attributed = this.speakers.get(i);
            var sentence = this.context.sentenceAt(attributed.position());
            if (attributed.position() >= position || sentence == null || attributed.key().startsWith(EntityLabel.Person.keyPrefix())) {
                continue;
            }
            if (sentence.text(text).toLowerCase(Locale.ROOT).contains(document)) {
                return attributed.key();
            }
        }
        return null;
    }

    /**
     * "It said …": the body or state that has been speaking, else the first body or state named in the
     * previous sentence (its likely subject).
     */
    private String collectiveSubject(int position) {
        var own = this.context.sentenceAt(position);
        if (own != null && own.start() < position) {
            // "The Philippine Army intends to acquire the Typhon …, it said on Monday": the sentence's own subject.
            var text = this.context.text();
            for (var mention : this.context.mentionsIn(own.start(), position)) {
                if ((mention.label() == EntityLabel.State || mention.label() == EntityLabel.Organization)
                        && SUBJECT_LEAD.matcher(text).region(own.start(), mention.start()).matches()
                        // "NATO's enlargement … had turned it into a relic, it said": a possessor is not the subject.
                        && !text.startsWith("'s", mention.end()) && !text.startsWith("’s", mention.end())
                        && text.lastIndexOf(',', position) > mention.end()) {
                    return mention.key();
                }
                break;
            }
        }
        var last = lastSpeaker(position);
        if (last != null && !last.startsWith(EntityLabel.Person.keyPrefix())) {
            return last;
        }
        var current = this.context.sentenceAt(position);
        if (current == null) {
            return null;
        }
        var previous = this.context.previous(current);
        if (previous == null) {
            return null;
        }
        for (var mention : this.context.mentionsIn(previous.start(), previous.end())) {
            if (mention.label() == EntityLabel.State || mention.label() == EntityLabel.Organization) {
                return mention.key();
            }
        }
        return null;
    }

    private static final Pattern ALLIES = Pattern.compile("(?:allies|member states|members|the allies|the member states)");

    private static final Pattern SUBJECT_LEAD = Pattern.compile("\\s*(?:[Tt]he\\s+)?");

    private static Mention last(List<Mention> mentions, EntityLabel label) {
        Mention found = null;
        for (var mention : mentions) {
            if (mention.label() == label) {
                found = mention;
            }
        }
        return found;
    }

    /** Who a speaker speaks for: a person's body, else a person's state; a body or a state itself. */
    private String bodyOf(String speaker) {
        if (speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix() + "/")) {
            return speaker;
        }
        var person = this.context.registry().get(speaker);
        var body = person == null ? null : person.property("organization");
        return body != null ? body : this.context.state(speaker);
    }

    /** The noun a stand-in ends with: "the senior Russian diplomat" → "diplomat". */
    /**
     * The body that last spoke through an unnamed member ("a Kremlin spokesman", "a State Department official") within
     * the last few hundred characters, with nobody named since; else null.
     */
    private String unnamedVoiceJustBefore(int position) {
        var last = lastSpeaker(position);
        boolean bodySpoke = last != null && (last.startsWith(EntityLabel.Organization.keyPrefix()) || last.startsWith(EntityLabel.State.keyPrefix()));
        int from = Math.max(0, position - 300);
        var text = this.context.text();
        var window = text.substring(from, position);
        if (!window.contains("spokes") && !window.contains("official") && !window.contains("representative")
                && !window.contains("diplomat") && !window.contains("source") && !window.contains("member of")) {
            return null;
        }
        if (!bodySpoke && !window.contains("A ") && !window.contains("An ")) {
            // With no body speaking, only a voice opening its sentence ("A senior … official, …") is looked for.
            return null;
        }
        var voice = UNNAMED_VOICE.matcher(text).region(from, position);
        int voiceStart = -1;
        int at = -1;
        while (voice.find()) {
            voiceStart = voice.start();
            at = voice.end();
        }
        if (at < 0) {
            return null;
        }
        for (var mention : this.context.mentionsIn(at, position)) {
            if (mention.label() == EntityLabel.Person) {
                return null;
            }
        }
        if (bodySpoke) {
            // "a spokesman for the Danish Defence Ministry said … "…," he said": the voice of the body that spoke; not
            // a spokesperson of another body, heard before it.
            var ofBody = BODY_OF_VOICE_AFTER.matcher(text).region(at, Math.min(text.length(), at + 90));
            var voiceBody = bodyNamedIn(voiceStart, ofBody.lookingAt() ? ofBody.end() : at);
            return voiceBody == null || voiceBody.equals(last) ? last : null;
        }
        if (!opensSentence(voiceStart)) {
            // "Dana Whitford, a Pentagon spokeswoman, said": a named person's description, not an unnamed voice.
            return null;
        }
        // "A senior State Department official, who briefed reporters, acknowledged as much. "…," the official said":
        // the body the unnamed voice was introduced with, though nothing was said in its name yet.
        return bodyNamedIn(voiceStart, at);
    }

    /** "A spokesperson for the Foreign Ministry of the DPRK", "A Pentagon spokesman": an unnamed voice with its body. */
    /** The body an unnamed voice speaks for, after it: " for the Foreign Ministry of the DPRK". */
    private static final String FOR_BODY = "\\s+(?:for|of|at|from)\\s+(?:the\\s+)?\\p{Lu}[\\w.'’-]*(?:\\s+(?:of\\s+the\\s+|of\\s+)?\\p{Lu}[\\w.'’-]*){0,5}";

    private static final Pattern UNNAMED_SPOKESPERSON_OF = Pattern.compile("\\b[Aa]n?\\s+(?:[\\w.-]+\\s+){0,4}?spokes(?:person|man|woman)\\b"
            + "(?!\\s+[A-Z])(?:" + FOR_BODY + ")?");

    /** The body an unnamed spokesperson was introduced with, the last such before {@code position}; null if none. */
    private String bodyOfUnnamedVoice(int position) {
        var voice = UNNAMED_SPOKESPERSON_OF.matcher(this.context.text()).region(0, position);
        String body = null;
        while (voice.find()) {
            var named = bodyNamedIn(voice.start(), voice.end());
            body = named != null ? named : body;
        }
        return body;
    }

    /** The body named in {@code [from, to)}: its first organisation ("the Foreign Ministry of the DPRK"), else its last state. */
    private String bodyNamedIn(int from, int to) {
        String state = null;
        for (var mention : this.context.mentionsIn(from, to)) {
            if (mention.label() == EntityLabel.Organization) {
                return mention.key();
            }
            if (mention.label() == EntityLabel.State) {
                state = mention.key();
            }
        }
        return state;
    }

    private static final Pattern BODY_OF_VOICE_AFTER = Pattern.compile(FOR_BODY);

    private static final Pattern UNNAMED_VOICE = Pattern.compile("\\b[Aa]n?\\s+(?:[\\w.-]+\\s+){0,4}?(?:spokes(?:person|man|woman)|official|"
            + "representative|diplomat|source)\\b(?!\\s+[A-Z])"
            // "A member of the Russian delegation, who asked not to be named, told AFP".
            + "|\\b[Aa]\\s+member\\s+of\\s+the\\s+(?:[\\w.-]+\\s+){1,3}?delegation\\b");

    private static final Pattern UNNAMED_SPOKESPERSON = Pattern.compile("\\b(?:[Aa]n?)\\s+(?:[\\w-]+\\s+){0,2}?spokes(?:person|man|woman)\\s+(?:for|of|at)\\s"
            // "A U.S. State Department spokesperson said": the body named before, and no name after.
            + "|\\b[Aa]n?\\s+(?:[\\w.-]+\\s+){1,4}?spokes(?:person|man|woman)\\b(?!\\s+[A-Z])");

    /** "The Belarusian general", "The senior diplomat": a person's stand-in opening a sentence. */
    private static final Pattern STAND_IN_OPENING = Pattern.compile("The\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:general|diplomat|minister|"
            + "ambassador|envoy|spokesman|spokeswoman|spokesperson|senator|lawmaker|commander|official|president|leader|chancellor|"
            + "premier|secretary|negotiator|expert|analyst|adviser|advisor|head of state)\\b");

    /**
     * The person a stand-in opens the sentence before the one at {@code position} with (past sentences of the quote
     * the pronoun closes, within the paragraph), if it names someone: what "he" goes on from.
     */
    private String standInOpeningSentenceBefore(int position) {
        var text = this.context.text();
        var sentence = this.context.sentenceAt(position);
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        for (int i = 0; i < 4 && sentence != null; i++) {
            sentence = this.context.previous(sentence);
            if (sentence == null || sentence.start() < paragraphStart) {
                return null;
            }
            char first = text.charAt(sentence.start());
            if (first == '"' || first == '“' || first == '«') {
                continue;
            }
            var m = STAND_IN_OPENING.matcher(text).region(sentence.start(), sentence.end());
            if (!m.lookingAt()) {
                return null;
            }
            var who = resolve(m.start(), m.end());
            return who != null && who.startsWith(EntityLabel.Person.keyPrefix()) ? who : null;
        }
        return null;
    }

    private static String standInHead(String lower) {
        if (PERSON_STAND_INS.containsKey(lower)) {
            return lower;
        }
        if (lower.endsWith(" head of state")) {
            // "the Belarusian head of state": "of state" is part of the title, not what he heads.
            return "head of state";
        }
        // "the speaker of the lower house", "the head of the delegation": the head comes before "of".
        var words = WHITESPACE.split(NOT_WORD_LETTERS.matcher(OF_TAIL.matcher(lower).replaceFirst("")).replaceAll(" ").strip());
        if (words.length == 0 || words.length > 7) {
            return null;
        }
        for (int take = Math.min(3, words.length); take >= 1; take--) {
            var tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
            var singular = tail.endsWith("s") && !tail.endsWith("ss") ? tail.substring(0, tail.length() - 1) : tail;
            if (PERSON_STAND_INS.containsKey(tail) || ORGANIZATION_STAND_INS.contains(tail) || PUBLICATIONS.contains(tail)) {
                return tail;
            }
            if (PERSON_STAND_INS.containsKey(singular) || ORGANIZATION_STAND_INS.contains(singular)) {
                return singular;
            }
        }
        return null;
    }

    /**
     * The person most recently speaking or mentioned before {@code position} whose role fits and who
     * belongs to {@code restrictTo} (a state or organisation key), when given.
     */
    /** "the spokeswoman" is a woman, "the chairman" a man, when the names tell; else whoever fits. */
    private String gendered(String head, int position, List<String> roleWords, String restrictTo) {
        if (head.endsWith("woman")) {
            var woman = recentPerson(position, roleWords, restrictTo, this::looksFemale);
            if (woman == null) {
                // A woman whose title the text never gave is likelier than a man who holds it.
                woman = recentPerson(position, List.of(), restrictTo, this::looksFemale);
            }
            return woman != null ? woman : recentPerson(position, roleWords, restrictTo);
        }
        if (head.endsWith("man")) {
            var man = recentPerson(position, roleWords, restrictTo, key -> !looksFemale(key));
            return man != null ? man : recentPerson(position, roleWords, restrictTo);
        }
        return recentPerson(position, roleWords, restrictTo);
    }

    /** The first person named after {@code position} whose role and state fit, within the next few paragraphs. */
    /**
     * "…, a senior Chinese diplomat said on Wednesday." in the lead, then "Wang Liqun, director-general … at the
     * Chinese Foreign Ministry, told a briefing" in the next paragraph: news names the lead's source right after
     * it. Only in the lead, only "a"/"an" (one person), and only someone of that side named first after the lead,
     * within two paragraphs.
     */
    private String leadSourceNamedNext(int position, String phrase, String head, String restrictTo) {
        var sentence = this.context.sentenceAt(position);
        if (restrictTo == null || sentence == null || PERSON_STAND_INS.get(head).isEmpty() && !head.equals("official")
                || !LEAD_ARTICLE.matcher(phrase).lookingAt()) {
            return null;
        }
        var lead = this.context.lead();
        if (lead == null || sentence.paragraph() != lead.paragraph()) {
            return null;
        }
        // The first person named after the lead paragraph, within the two paragraphs that follow it.
        for (var mention : this.context.mentions()) {
            if (mention.start() <= position || mention.label() != EntityLabel.Person) {
                continue;
            }
            var at = this.context.sentenceAt(mention.start());
            if (at == null || at.paragraph() > sentence.paragraph() + 2) {
                return null;
            }
            if (at.paragraph() > sentence.paragraph()) {
                // A person whose side the text never gives belongs to the side the article is written from.
                var person = this.context.registry().get(mention.key());
                // "a Chinese Foreign Ministry spokesman said" in a story from Beijing, then "spokesman Wei Jianhua".
                var homeState = this.context.homeState();
                boolean home = person != null && person.property("state") == null && (restrictTo.equals(homeState)
                        || homeState != null && person.property("organization") == null && homeState.equals(this.context.state(restrictTo))
                                && mayServe(person.property("role"), restrictTo)
                        // "a senior Philippine security official said", then "presidential security adviser Carmelo
                        // Dizon told reporters": a holder of an office whose side the text leaves unsaid.
                        // Not "a Defense Ministry official said": an official of a named body is that body's.
                        || !restrictTo.startsWith(EntityLabel.Organization.keyPrefix()) && person.property("organization") == null
                                && holdsOffice(person.property("role")));
                var organization = person == null ? null : person.property("organization");
                if (organization != null && restrictTo.startsWith(EntityLabel.Organization.keyPrefix()) && !organization.equals(restrictTo)) {
                    // "A Defense Ministry official said …", then a lawmaker of the parliament's defense committee.
                    return null;
                }
                return fits(mention.key(), PERSON_STAND_INS.get(head), home ? null : restrictTo) ? mention.key() : null;
            }
        }
        return null;
    }

    private static final Pattern VOICE_OF_A_BODY = Pattern.compile("(?i)\\b(?:spokes\\w+|official|representative|press)\\b");

    /**
     * Whether a person of the home state whose body the text leaves unsaid may be the unnamed voice of {@code body}: a
     * spokesman may, and so may a holder of a post in its field ("Defense Secretary" for a defense ministry), but not
     * the "Chief Cabinet Secretary".
     */
    private boolean mayServe(String role, String body) {
        if (role == null || !body.startsWith(EntityLabel.Organization.keyPrefix())) {
            return true;
        }
        if (NO_OFFICE.matcher(role).find()) {
            // A lawmaker on a defense committee, an expert: no voice of a ministry.
            return false;
        }
        if (VOICE_OF_A_BODY.matcher(role).find()) {
            return true;
        }
        var entity = this.context.registry().get(body);
        if (entity == null) {
            return true;
        }
        var lowerRole = role.toLowerCase(java.util.Locale.ROOT);
        for (var word : entity.name.split("\\s+")) {
            var lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.length() > 3 && !lower.equals("ministry") && lowerRole.contains(lower.substring(0, lower.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:adviser|advisor|minister|secretary|undersecretary|spokes\\w+|"
            + "director|ambassador|envoy|representative|commander|chief|head|official|diplomat|negotiator)\\b");

    private static final Pattern NO_OFFICE = Pattern.compile("(?i)\\b(?:expert|analyst|researcher|scholar|professor|fellow|"
            + "journalist|former|retired|ex-|lawmaker|senator|member)\\b");

    private static boolean holdsOffice(String role) {
        return role != null && OFFICE.matcher(role).find() && !NO_OFFICE.matcher(role).find();
    }

    private static final Pattern LEAD_ARTICLE = Pattern.compile("(?i)an?\\s");

    private String nextPerson(int position, List<String> roleWords, String restrictTo) {
        var sentence = this.context.sentenceAt(position);
        int paragraph = sentence == null ? 0 : sentence.paragraph();
        for (var mention : this.context.mentions()) {
            if (mention.start() <= position || mention.label() != EntityLabel.Person) {
                continue;
            }
            var at = this.context.sentenceAt(mention.start());
            if (at != null && at.paragraph() > paragraph + 3) {
                break;
            }
            if (fits(mention.key(), roleWords, restrictTo)) {
                return mention.key();
            }
        }
        return null;
    }

    private String recentPerson(int position, List<String> roleWords, String restrictTo) {
        return recentPerson(position, roleWords, restrictTo, key -> true);
    }

    /** Female name endings of the languages the news names most (Slavic, Baltic, Central Asian) and a role that says so. */
    private static final Pattern FEMALE_NAME = Pattern.compile("^(?:\\p{L}+a|\\p{L}+ya|\\p{L}+ia)\\s|\\s\\p{L}+(?:ova|eva|ina|aya|skaya|ska)$");

    /** An unnamed member of a body named by its kind: "a ministry spokesperson", "a senior department official". */
    private static final Pattern BODY_MEMBER = Pattern.compile("(?:(?:a|an|the|one)\\s+)?(?:senior\\s+|top\\s+)?([a-z ]+?)\\s+"
            + "(?:spokes(?:man|woman|person)|official|representative|source|press secretary)");

    private static final Pattern BODY_POSSESSIVE = Pattern.compile("^([a-z ]+?)(?:'s|’s)\\s");

    /** "The Biden administration", "the administration of US President Donald Trump". */
    private static final Pattern GOVERNMENT_OF = Pattern.compile("(?:administration|government|cabinet)(?: (?:officials?|spokes(?:man|woman|person)|aides?|sources?))?$|^(?:(?:previous|former|new|then|last|"
            + "current|first|second) )?(?:administration|government|cabinet) of |\\b(?:administration|government|cabinet) under "
            // "Former President Donald Trump's envoy had pushed for …": someone unnamed who served him, for his state.
            + "|['’]s (?:(?:special|chief|top|senior|national security|arms control) )*(?:envoys?|negotiators?|emissar(?:y|ies)|aides?|advis[eo]rs?)$");

    private static final Pattern HIS_OR_HER_BODY = Pattern.compile("(?i)(his|her)\\s+(ministry|department|office|agency|government|administration|cabinet|"
            + "foreign ministry|defen[cs]e ministry)");

    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)(?:its|their)\\s");

    /** The first state or body named in the sentence before {@code position}: what "its" points back to. */
    String clauseSubject(int position) {
        var sentence = this.context.sentenceAt(position);
        if (sentence == null) {
            return null;
        }
        for (var mention : this.context.mentionsIn(sentence.start(), position)) {
            if (mention.label() == EntityLabel.State || mention.label() == EntityLabel.Organization) {
                return mention.key();
            }
        }
        return null;
    }

    /** "the two countries", "both sides": a pair the sentence names (the determiner is already gone). */
    private static final Pattern THE_TWO_STATES = Pattern.compile("(?:two|both)\\s+" + Lexicon.PAIR_OF_STATES);

    /** "An official", "a senior official": someone new, not the official just heard ("a second official" is of the same side). */
    private static final Pattern GENERIC_OFFICIAL = Pattern.compile("(?i)(?:a|an|one|some|unnamed)\\s(?!second|third|fellow)");

    private static final Pattern INDEFINITE = Pattern.compile("(?i)(?:a|an|one|another|some|several|two|three|unnamed)\\s");

    /** Whether a capitalised word at {@code start} is capitalised only because it opens a sentence or a quote. */
    private boolean opensSentence(int start) {
        var text = this.context.text();
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“”«»:—–-".indexOf(text.charAt(i)) >= 0;
    }

    private boolean looksFemale(String personKey) {
        var person = this.context.registry().get(personKey);
        if (person == null) {
            return false;
        }
        var role = person.property("role");
        if (role != null && FEMALE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        var first = WHITESPACE.split(person.name)[0];
        // "Hiroko", "Michiko", "Sachiko": Japanese women's names end in a vowel and "-ko" (the Slavic "Marko" and "Darko" do not).
        return FEMALE_FIRST_NAMES.contains(first) || FEMALE_NAME.matcher(person.name).find() && !MALE_NAMES_IN_A.contains(first)
                || JAPANESE_FEMALE_NAME.matcher(first).matches() && !first.equals("Heiko");
    }

    private static final Pattern JAPANESE_FEMALE_NAME = Pattern.compile("[A-Z][a-z]*[aeiou]ko");

    /** Women's first names that do not end in -a, common in the English-language press. */
    private static final java.util.Set<String> FEMALE_FIRST_NAMES = java.util.Set.of("Ellen", "Helen", "Karen", "Susan", "Sarah",
            "Rachel", "Ruth", "Alison", "Allison", "Kate", "Catherine", "Katherine", "Kathleen", "Caroline", "Claire", "Clare",
            "Emily", "Rose", "Anne", "Ann", "Jane", "Janet", "Mary", "Nancy", "Judith", "Lauren", "Megan", "Hillary",
            "Madeleine", "Margaret", "Elizabeth", "Jennifer", "Kimberly", "Heather", "Beth", "Jill", "Gwen", "Kristen",
            "Kirsten", "Michelle", "Michele", "Nicole", "Carol", "Dorothy", "Joan", "Wendy", "Beverly", "Margot", "Ines",
            "Agnes", "Mette", "Birgit", "Ulrike", "Sigrid", "Astrid", "Ingrid", "Marine", "Ségolène", "Christine", "Sophie",
            "Isabelle", "Karin", "Kathryn", "Avril", "Condoleezza", "Tulsi", "Kristi", "Elise", "Samantha", "Lindsey", "Jeanne",
            "Jacqueline", "Suzanne", "Yvonne", "Irene", "Gillian", "Harriet", "Abigail", "Hannah", "Leah", "Esther", "Miriam",
            "Deborah", "Sharon", "Shirley", "Denise", "Pauline", "Louise", "Charlotte", "Ashley", "Courtney", "Kelly", "Amy",
            "Lucy", "Molly", "Emma", "Grace", "Ivy", "Ingeborg", "Annegret", "Maud", "Mei", "Ling", "Yuko", "Keiko", "Yoko",
            "Akiko", "Tomoko", "Naoko", "Ayumi", "Ji-won", "Soo-jin", "Elif", "Zeynep", "Ayse", "Leyla", "Narges", "Shirin",
            "Yasmin", "Noor", "Aisha", "Fatima", "Priya", "Anjali", "Nadezhda", "Lyubov", "Raisa", "Margarita", "Yelena",
            "Elena", "Irina", "Svetlana", "Ekaterina", "Yekaterina", "Tatyana", "Tatiana", "Natalia", "Natalya", "Olga",
            "Elisabeth", "Elizabet", "Brigitte", "Gudrun", "Hildegard", "Katrin", "Kathrin", "Kristin", "Carmen", "Mercedes",
            "Dolores", "Beatriz", "Isabel", "Chantal", "Nathalie", "Agnès", "Marit", "Gro", "Ann-Sofie", "Liv", "Ingvild",
            "Aigerim", "Gulnar", "Dilnoza", "Nigora", "Mehriban", "Ilham", "Zhanar", "Aizhan", "Saule", "Dana");

    /** Men's first names that end like women's. */
    private static final java.util.Set<String> MALE_NAMES_IN_A = java.util.Set.of("Nikita", "Ilya", "Ilia", "Kuzma", "Foma",
            "Luca", "Andrea", "Joshua", "Jonah", "Ezra", "Elijah", "Isaiah", "Zachariah", "Misha", "Sasha", "Pasha", "Dima",
            "Kostya", "Vanya", "Kolya", "Tolya", "Yura", "Akira", "Kenta", "Daisuke", "Attila", "Mustafa", "Musa", "Isa",
            "Yahya", "Hamza", "Taha", "Oleksa", "Mykola");

    private String recentPerson(int position, List<String> roleWords, String restrictTo,
            java.util.function.Predicate<String> accept) {
        var candidates = new ArrayList<String>();
        var last = lastSpeaker(position);
        int paragraphStart = this.context.text().lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        var inParagraph = new java.util.HashSet<String>();
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position) {
                break;
            }
            if (mention.label() == EntityLabel.Person) {
                candidates.remove(mention.key());
                candidates.add(mention.key());
                if (mention.start() >= paragraphStart) {
                    inParagraph.add(mention.key());
                }
            }
        }
        // Who has been speaking wins over who was merely mentioned, if both fit; but not over a person the
        // paragraph itself has just introduced ("Guterres opened the conference. "…," he said").
        if (last != null && candidates.contains(last) && (inParagraph.isEmpty() || inParagraph.contains(last)
                // "According to the Kremlin spokesman, the initiative put forward by President Vladimir Putin "…". "…," he
                // added": who spoke in this paragraph, by whatever name, goes on speaking.
                || spokeSince(paragraphStart, position, last))) {
            candidates.remove(last);
            candidates.add(last);
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            var key = candidates.get(i);
            if (accept.test(key) && fits(key, roleWords, restrictTo)) {
                return key;
            }
        }
        return null;
    }

    private boolean fits(String personKey, List<String> roleWords, String restrictTo) {
        var person = this.context.registry().get(personKey);
        if (person == null) {
            return false;
        }
        if (restrictTo != null) {
            var belongs = restrictTo.equals(person.property("state")) || restrictTo.equals(person.property("organization"))
                    || restrictTo.equals(this.context.state(person.property("organization"))) || roleNames(person, restrictTo);
            if (!belongs) {
                return false;
            }
        }
        if (roleWords.isEmpty()) {
            return true;
        }
        var role = person.property("role");
        if (role == null) {
            return false;
        }
        var lowerRole = role.toLowerCase(Locale.ROOT);
        return roleWords.stream().anyMatch(lowerRole::contains);
    }

    /** "Kremlin Spokesman": a role that names the body says the person belongs to it. */
    private boolean roleNames(EntityRegistry.Builder person, String organizationKey) {
        var role = person.property("role");
        var body = this.context.registry().get(organizationKey);
        return role != null && body != null && body.label == EntityLabel.Organization
                && role.toLowerCase(Locale.ROOT).contains(body.name.toLowerCase(Locale.ROOT));
    }

    private static final Pattern MILITARY_SERVICE = Pattern.compile("\\b(?:army|navy|air force|marine corps|space force|coast guard)\\b");

    private String recentOrganization(int position, String head) {
        String any = null;
        String matching = null;
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position) {
                break;
            }
            if (mention.label() == EntityLabel.Organization) {
                any = mention.key();
                var name = this.context.registry().get(mention.key()).name.toLowerCase(Locale.ROOT);
                if (name.contains(head) || head.equals("statement") || head.equals("document")
                        || head.equals("service") && MILITARY_SERVICE.matcher(name).find()) {
                    matching = partNamedAfter(mention.key(), name, head);
                }
            }
        }
        if (head.equals("service")) {
            // "…, the service said": an armed service named before, and nothing else.
            return matching;
        }
        var last = lastSpeaker(position);
        if (last != null && last.startsWith(EntityLabel.Organization.keyPrefix())
                && (head.equals("statement") || head.equals("document") || head.equals("text")
                        || this.context.registry().get(last).name.toLowerCase(Locale.ROOT).contains(head))) {
            return head.equals("statement") || head.equals("document") || head.equals("text") ? last
                : partNamedAfter(last, this.context.registry().get(last).name.toLowerCase(Locale.ROOT), head);
        }
        return matching != null ? matching : any;
    }

    /**
     * "The ministry" after "the Foreign Ministry's Department for Non-Proliferation": the ministry the department
     * is part of, whose name only opens the department's.
     */
    private String partNamedAfter(String key, String lowerName, String head) {
        var parent = this.context.registry().get(key).property("parent");
        boolean partOf = parent != null && PART_HEAD.matcher(lowerName).region(lowerName.indexOf(head) + head.length(), lowerName.length()).find();
        return partOf ? parent : key;
    }

    private static final Pattern PART_HEAD = Pattern.compile("\\b(?:department|directorate|committee|commission|office|service|press service)\\b");

    private String foreignMinistryOf(String stateKey) {
        for (var builder : this.context.registry().all()) {
            if (builder.label == EntityLabel.Organization && stateKey.equals(builder.property("state"))
                    && builder.name.toLowerCase(Locale.ROOT).contains("foreign")) {
                return builder.key;
            }
        }
        return null;
    }

}
