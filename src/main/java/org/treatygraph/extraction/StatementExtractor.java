package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatygraph.extraction.ExtractedGraph.Statement.Kind;

/**
 * Finds statements and their speakers: direct quotes (split around the attribution, over several
 * sentences or paragraphs, attributed before, after, in an inverted "This was stated … by X" sentence,
 * or by the speaker of the surrounding passage) and reported speech ("X said that …", "…, X said",
 * "according to X, …", "Moscow believes …").
 */
final class StatementExtractor {

    /** A statement before stance and subject are decided. {@code verb} is the attribution verb, if any. */
    record Found(int start, int end, String text, Kind kind, String speaker, String verb, int attributionStart,
            int attributionEnd) {
    }

    private static final String VERBS = Lexicon.SPEECH_VERBS + "|"
            // "…," Ryabkov was quoted as saying by Russian news agencies.": the agencies only carried his words.
            + "(?:was|is|were) quoted as saying by [^,.\"“”«»]{1,60}?|was quoted as saying|is quoted as saying|were quoted as saying|"
            + "was quoted by [^,.\"“”«»]{1,60}? as saying|"
            + "pledged|promised|vowed|threatened|proposed|offered|"
            + "reaffirmed|assured|predicted|cautioned|alleged|accused|complained|recommended|demanded|called on|countered|"
            + "retorted|conceded|objected|protested|estimated|estimates|assessed|assesses|insisted on|insists on|insist on|"
            // "Lukashenko had asked his Russian counterpart to place the Oreshnik in Belarus": a request.
            + "asked|"
            // "He did not rule out that the new systems could be placed closer": a possibility put forward.
            + "did not rule out|does not rule out|do not rule out|would not rule out|has not ruled out|have not ruled out|"
            + "did not exclude|does not exclude|"
            + "made it clear|pointed to|drew attention";

    /** Verbs that introduce speech only when a quote follows: "Medvedev reacted on X: "…"". */
    private static final String QUOTE_ONLY_VERBS = "reacted|reacts|posted|posts|tweeted|tweets";

    private static final String BELIEF_VERBS = "believes|believe|believed|assumes|assume|assumed|thinks|think|thought|"
            + "insists|insist|insisted|considers|consider|considered|expects|expect|expected|fears|fear|feared|hopes|hope|"
            + "hoped|is convinced|are convinced|was convinced|maintains|maintain|argues|argue|holds|hold|feels|feel|"
            + "doubts|doubt|sees|see|regards|regard|suspects|suspect";

    private static final String SPEAKER = "(?<speaker>[^\"“”«»,;:]{1,140}?)";

    /** A title abbreviation, whose period ends no name: "said Lt. Col. Marcus Hale". */
    private static final String ABBREVIATION = "\\b(?:Lt|Col|Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Maj|Capt|Adm|Sgt|Cmdr|Brig|Amb|Prof|St|Jr|U\\.S|U\\.N)\\.";

    /** An appositive after a speaker's name: {@code , a member of the Senate Foreign Relations Committee,}. */
    /** ", deputy director of …," and perhaps a relative clause after it (", who headed the delegation,"). */
    private static final String APPOSITIVE = "(?:,\\s+(?<appositive>(?:[^\"“”«»,;:.]|(?<=(?:^|[\\s.])[A-Z])\\.){3,160}?)(?:,\\s+(?:who|which)\\s[^\"“”«»,;:.]{3,140}?)?"
            // "…, a member of the Mazhilis, the lower house of Kazakhstan's parliament, said": a second appositive.
            + "(?:,\\s+(?:the|a|an)\\s[^\"“”«»,;:.]{3,100}?)?"
            + "(?:,|(?=\\s*\\.?$)))?";

    private static final Pattern PARTY_TAG = Pattern.compile(",\\s+[DRI]-[A-Z][\\w.]{1,12},");

    /** What may stand between a speaker and the verb: "has long said", "also repeatedly stressed". */
    private static final String AUXILIARIES = "(?:(?:has|had|have|also|further|then|later|once again|long|repeatedly|consistently|since|"
            + "always|often|openly|previously|recently|already|again|publicly|firmly|reportedly|instead|"
            + "initially|originally|subsequently|officially|formally|immediately|privately|jointly|quickly|swiftly|explicitly) )*";

    /** A speaker's country or body after the name: "said Ambassador Nurlan Sadykov of Kazakhstan". */
    private static final String OF_PLACE = "(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+){0,3})?";

    private static final String TAIL = "(?<tail>(?:\\s+(?:on|in|at|during|to|with|after|while|via|from|earlier|later|today|yesterday|here|a|an|last|this|"
            + "as|when|before|then|again|"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            + "reporters|journalists|TASS|the press|lawmakers|RIA|Izvestia|Interfax"
            // Whom they told: "told the Conference on Disarmament", "told delegates".
            + "|(?<=\\btold\\s{1,3})\\w+)\\b[^\"“”.;]{0,160}?)?)";

    /** After a quote: {@code ," the senior diplomat stressed.} */
    private static final Pattern AFTER_SPEAKER_VERB = Pattern
        .compile("^[\\s,.!?—–-]*" + SPEAKER + APPOSITIVE + "\\s+" + AUXILIARIES + "(?<verb>" + Lexicon.byFirstLetter(VERBS) + ")\\b" + TAIL + "(?=[\\s]*(?:[.,:;!?]|$|\"|“|«))");

    /** After a quote: {@code ," said Ryabkov.} */
    private static final Pattern AFTER_VERB_SPEAKER = Pattern
        .compile("^[\\s,.!?—–-]*(?<verb>" + Lexicon.QUOTE_CLOSING_VERBS + "|told|stated|concluded|emphasized|pointed out)\\s+"
                + SPEAKER + OF_PLACE + TAIL + "(?=\\s*(?:[,;]|$|\\.(?<!" + ABBREVIATION + ")))");

    /** Before a quote: {@code Ryabkov told TASS: "} or {@code According to Zakharova, "}. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[.!?][\"”»]?\\s+|,\\s+(?:and|but|while)\\s+|—\\s*)"
            // "In October, Trump told reporters: "…"": a time phrase may open the sentence.
            + "(?:(?:In|On|At|Later|Earlier|Last|This|Back in)\\s[^,\"“”«»]{1,40},\\s+"
            // "Asked whether Moscow could ever return to restraint, the diplomat said: "…"".
            + "|(?:Asked|Speaking|Commenting|Responding|Answering)\\s[^,\"“”«»]{1,150},\\s+)?" + SPEAKER
            + APPOSITIVE + "\\s+" + AUXILIARIES + "(?<verb>" + Lexicon.byFirstLetter(VERBS + "|" + QUOTE_ONLY_VERBS) + ")\\b" + TAIL
            + "(?:\\s+that)?\\s*[:,—–]?\\s*$");

    /** "The proposal was never formally answered": a participle after its auxiliary reports nobody. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|is|are|be|been|being)\\s+(?:[a-z]+ly\\s+|not\\s+|never\\s+)*$");

    /** "… when it was announced": a passive verb, whose subject is no speaker. */
    private static final Pattern PASSIVE_END = Pattern.compile("\\b(?:was|were|is|are|be|been|being)$");

    private static final Pattern RELATIVE_WHO = Pattern.compile(",\\s+who$");

    /** "a Foreign Ministry statement issued on Monday, which": a document of a body, then the relative pronoun. */
    private static final Pattern DOCUMENT_WHICH = Pattern.compile("(?<np>\\b(?:a|an|the|its|their|his|her)\\s[^,;\"“”«»]{0,60}?"
            + "\\b(?:statement|declaration|communiqu[eé]|report|document|note|letter|resolution|memorandum)"
            + "(?:\\s+(?:issued|released|published|posted|circulated|adopted)\\b[^,;\"“”«»]{0,50})?),\\s+which$");

    /** The last conjunction before a verb, and what stands after it ("… but did not withdraw and said"). */
    private static final Pattern COORDINATION = Pattern.compile("(?:,?\\s+(?:and|but)|;)\\s*((?:(?!\\s(?:and|but)\\b)[^,;])*)$");

    private static final Pattern NON_BLANK = Pattern.compile("\\S+");

    // Clean-ups and word tests run for every word of every candidate speaker phrase: compiled once.
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private static final Pattern DETERMINER_OR_PRONOUN = Pattern.compile("(?i)the|a|an|its|his|her|their|it|he|she|they|we");

    private static final Pattern MODIFIER = Pattern.compile("[a-z]+-(?:level|ranking)|senior|top|chief|leading|independent|former|previous|new|second|third|another|fellow|then-\\S+");

    private static final Pattern PRONOUN_OR_RELATIVE = Pattern.compile("(?i)it|he|she|they|we|that|which|who");

    /** A name right after these is their object, not a subject. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)\\b(?:by|to|with|of|from|for|told|and|or|as|than)$");

    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

    private static final Pattern COMMA_OR_COLON = Pattern.compile("\\s*[,:]\\s*");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n+\\s*\"?");

    /** Everything up to the last sentence end, so that what remains is the current sentence so far. */
    private static final Pattern SENTENCE_SO_FAR = Pattern.compile("(?s)^.*[.!?][\"”»’]?\\s+");

    /** "In his view, …", "In the lawmaker's opinion, …": the lead of a view attributed to someone. */
    private static final String IN_VIEW_HEAD = "(?:In|According to) (?:(?<pronoun>his|her|their)|(?<who>the [\\w-]+)(?:'s|’s)) "
            + "(?:view|opinion|words|assessment),\\s+";

    private static final Pattern IN_VIEW_LEAD = Pattern.compile(IN_VIEW_HEAD);

    /** "In his view, …": what follows is the view of whoever was just speaking. */
    private static final Pattern IN_VIEW = Pattern.compile("^" + IN_VIEW_HEAD + "(?<content>.{10,})$");

    /** "The decision, he said, was a mistake", "The treaty, in his words, is dead": an attribution set in commas. */
    private static final Pattern PARENTHETICAL = Pattern.compile("^(?<said>[^\"“”«»,]{4,}?)(?<aside>,\\s+(?:(?<speaker>[^,\"“”«»]{2,60}?)\\s+"
            + AUXILIARIES + "(?<verb>said|says|noted|notes|added|stressed|argued|insisted|warned|explained|believes|believed|thinks|"
            + "suggested|stated|pointed out|claimed|emphasized|emphasised|recalled|continued|admitted|acknowledged|maintained"
            // "Russia had not yet decided, she told a briefing, but would consider …": whom it was told.
            + "|told\\s+(?:a\\s+(?:news\\s+)?briefing|reporters|journalists|lawmakers|the press"
            // "Any future talks, he told the RIA news agency, would have to …": an outlet, named.
            + "|(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2}(?:\\s+(?:news\\s+agency|agency|newspaper|daily|television|TV|radio|broadcaster))?))"
            + "|in (?:his|her|their) (?:words|view|opinion)|according to (?:him|her|them)),\\s+)(?<rest>[^\"“”«»]{8,}(?:[\"“«][^\"“”«»]*[\"”»][^\"“”«»]*)?)$");

    private static final Pattern TRAILING_STOP = Pattern.compile("[.!]+$");

    /** Before a quote: {@code Ryabkov: "…"}. */
    private static final Pattern COLON_BEFORE = Pattern.compile("(?:^|[.!?]\\s+)(?<speaker>[^\\s\"“”«»,;:.][^\"“”«»,;:.]{0,60}?):\\s*$");

    private static final Pattern AS_PUT_IT = Pattern.compile("^As (?<who>[^,\"“”«»]{2,60}?) (?:put it|puts it|said|says|noted|"
            + "explained|stressed|wrote|warned),\\s+(?<content>.{10,})$");

    /** A sentence that opens with its source: {@code According to him, …}. */
    private static final Pattern LEADING_ACCORDING = Pattern.compile("(?i)(?:according to|in the words of) " + SPEAKER + ",\\s+");

    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)according to " + SPEAKER + ",?\\s*$");

    private static final Pattern INVERTED = Pattern.compile("^(?:This|That|These words|The statement|This statement|The remarks?|"
            // "This opinion was voiced by …", "This assessment was made by …".
            + "(?:This|That|The)\\s+(?:opinion|view|assessment|position|point|warning|comment|concern))\\s+"
            + "(?:was|were|has been|had been)\\s+(?:stated|said|made|announced|voiced|noted|declared|written|posted|published|expressed|reported)"
            + "\\b[^.]*?\\bby\\s+" + SPEAKER + APPOSITIVE + "(?:\\s+(?:on|in|at|during)\\b[^.]*)?\\.?$");

    /** Reported speech closed by the attribution: {@code …, the Russian Foreign Ministry stated.} */
    /** What may follow the verb of "…, X said" up to the end of the sentence. */
    private static final Pattern END_TAIL = Pattern.compile("^(?![^\"“”.;,]*\\bthat\\b)" + TAIL
            // "…, seeking to ease fears", "…, two weeks after the treaty expired": the scene, not what was said.
            // A "that" after the verb opens what was said ("told the conference that …"): another shape.
            + "(?:,\\s+(?:[a-z]+ing|(?:[\\w-]+\\s+){0,3}(?:after|before|ahead of|amid|as|when|while|since))\\b.*)?\\s*[.!]?$");

    private static final Pattern SPEECH_VERB_ONLY = Pattern.compile(VERBS);

    /** Adverbs between a speaker and the verb: "…, the minister also said". */
    private static final Pattern ADVERB_BEFORE_VERB = Pattern.compile("(?:\\s+(?:has|had|have|also|further|then|later|once again|long|repeatedly|since|"
            + "consistently|always|often|openly|previously|recently|already|again|publicly|firmly|reportedly|instead|"
            + "initially|originally|subsequently|officially|formally|immediately|privately|jointly|quickly|swiftly|explicitly))+$");

    /**
     * Whether a speaker phrase is names and title words only ("Army spokeswoman Col. Marisa Delgado", "the
     * Foreign Ministry"): in "…, said Moscow was watching" the words after the verb are what was said.
     */
    private static boolean namesOnly(String phrase) {
        for (var word : WHITESPACE_RUN.split(phrase)) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !Lexicon.isTitleWord(word) && !Lexicon.isRoleHead(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    /**
     * Reported speech closed by an inverted attribution: {@code …, said Army spokeswoman Col. Marisa Delgado.},
     * {@code …, said John Carver, a Pentagon spokesman.}
     */
    private static final Pattern SAID_SPEAKER_END = Pattern.compile("^(?<content>[^\"“”«»]{20,}?),\\s+(?<verb>said|says|added|noted|stressed|"
            + "explained|insisted|warned)\\s+(?!that\\b)(?<speaker>(?:the\\s+|an?\\s+)?[A-Z][^,;\"“”«»]{1,80}?)"
            + "(?:,\\s+(?:a|an|the|who)\\s[^\"“”«»]{3,120}?)?\\s*[.!]?$");

    /** Reported speech with the source at the end: {@code …, according to a Pentagon official.} */
    private static final Pattern ACCORDING_END = Pattern.compile("^(?<content>.{20,}?),?\\s+according to "
            // "… would shape its policy according to what the United States does": a measure, not a source.
            + "(?!(?:what|how|whether|which|where|when)\\b)" + SPEAKER
            + "(?:,\\s+(?:which|who)\\b.*)?\\s*[.!]?$");

    /** After a quote's attribution, perhaps past an appositive: {@code …," she said, adding that Russia would respond …}. */
    private static final Pattern ADDING = Pattern.compile("^(?:,\\s+(?:a|an|the)\\s[^,\"“”«»]{3,80})?,\\s+(?:and\\s+)?(?<verb>adding|noting|stressing|warning|saying|"
            // The content may quote words of its own: "…, adding that Russia would act "in a responsible manner."".
            + "explaining|pointing out|insisting|reiterating|emphasizing|emphasising|arguing|underscoring"
            // "recalling the test site" recalls a thing; "recalling that …" says something.
            + "|recalling(?=\\s+that\\b))\\s+(?:that\\s+)?(?<content>(?![\"“”«»])[^\\n]{15,}?)\\s*[.!]?$");

    private static final Pattern REPORTED_ACCORDING = Pattern
        .compile("(?i)(?:^|,\\s+)according to " + SPEAKER + ",\\s+(?<content>.{10,})$");

    /** Verbs whose object, not a that-clause, is what was said ("rejected the criticism", "urged Japan to …"). */
    private static final String OBJECT_VERBS = "rejected|rejects|dismissed|dismisses|welcomed|welcomes|praised|urged|urges|"
            + "called on|called for|called|expressed concern|voiced concern|expressed|voiced|reaffirmed|floated|offered|"
            + "proposed|pledged|promised|vowed|announced|condemned|criticized|criticised|described|describes|denied|denies|ruled out|"
            + "warned against|thanked|accused|hailed|slammed|denounced|questioned|instructed|instructs|appealed to|appeals to|"
            + "objected to|objects to|cited|defended|defends|protested against|protests against|protested";

    /** Any verb that can carry what someone said, believes or announced (in lower case, as news writes them). */
    private static final CueMatcher CLAUSE_VERBS = new CueMatcher(OBJECT_VERBS + "|" + VERBS + "|" + BELIEF_VERBS
            // "Russia and China say the plan is dangerous": the plural present, in reported speech only.
            + "|say|reject|oppose|deny");

    /**
     * "The conference president, Argentine diplomat Gustavo Zlauvinen," before the verb; "The panel's top Democrat,
     * Senator Jack Reed,": a possessive, and a party's name closing the role.
     */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?:The|the|A|a|An|an|Its|its)\\s+[a-z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,4}"
            + "(?:\\s+(?:Democrat|Republican|Conservative|Liberal|Social Democrat|Green))?,\\s+"
            + "(?<insert>[^,;\"“”«»]{3,80}?),\\s*");

    private static final Pattern GOVERNMENT_OF_BEFORE = Pattern.compile("\\b(?:[Tt]he\\s+)?(?:(?:previous|former|new|then|last|current|"
            + "first|second)\\s+)?(?:(?:U\\.S\\.|US|American|[A-Z][a-z]+)\\s+)?(?:administration|government|cabinet)\\s+(?:of|under)\\s+"
            + "(?:the\\s+)?(?:(?:former|then-|late|US|U\\.S\\.|[A-Z][a-z]+)\\s+){0,3}$");

    private static final Pattern ACCORDING_OPENING = Pattern.compile("(?i)according to [^,\"“”«»]+");

    private static final Pattern ISSUED_BY = Pattern.compile("(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|report|document|"
            + "communiqu[eé]|readout|release|declaration)\\s+(?:(?:released|issued|published|put out|circulated|distributed)\\s+)?by\\s+");

    /** "a step that Moscow says restores parity …": the speaker's claim about the noun the clause hangs on. */
    private static final Pattern RELATIVE_SAYS = Pattern.compile("\\b(?:that|which)\\s+(?<speaker>(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}"
            + "(?:\\s+(?:officials|diplomats|authorities|leaders|military|government))?|it|he|she|they)\\s+"
            + "(?<verb>says|say|said|claims|claim|claimed|insists|insist|insisted|believes|believe|maintains|maintain)\\s+(?<content>[A-Za-z][^,;\"“”«»]{10,}?)(?=\\s+but\\b|[,;.]|$)");

    /** The speaker of a {@link #RELATIVE_SAYS} claim is a pronoun ("it", "they"), not a name ("Moscow", "the United States"). */
    private static boolean pronounSpeaker(String speaker) {
        return Character.isLowerCase(speaker.charAt(0)) && !speaker.startsWith("the ");
    }

    /**
     * "… after Russia refused to accept a draft that it said was one-sided": the pronoun of a relative claim is the
     * first actor of its kind named before it in the sentence, its subject ("Russia told the U.S. that …, citing
     * sanctions that it said …"); null when the sentence names none.
     */
    private String actorBefore(int sentenceStart, int position, String pronoun) {
        if (!pronoun.equals("he") && !pronoun.equals("she")) {
            return this.speakers.clauseSubject(position);
        }
        for (var mention : this.context.mentionsIn(sentenceStart, position)) {
            if (mention.label() == EntityLabel.Person) {
                return mention.key();
            }
        }
        return null;
    }

    private static final Pattern ANNOUNCED_ACT = Pattern.compile("(?:its|the|their|his|her)\\s+(?:formal\\s+|unilateral\\s+)?"
            + "(?:withdrawal|suspension|exit|pullout|pull-out|ratification|signing|deployment)\\b");

    private static final Pattern NEWS_OUTLET = Pattern.compile("(?i)\\b(?:news agency|agency|newspaper|daily|broadcaster|"
            + "television|TV|radio|RIA|TASS|Interfax|Kyodo|Yonhap|Xinhua|Reuters|Kommersant|Izvestia)\\b");

    /** "…, which has repeatedly demanded that …", "…, who said that …": a relative clause that reports speech. */
    private static final Pattern WHICH_SAID = Pattern.compile(",\\s+(?:which|who)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:(?:repeatedly|"
            + "long|also|previously|earlier|already|consistently)\\s+)?(?<verb>said|says|say|demanded|insisted|insist|argued|argue|warned|warn|"
            + "stated|maintained|maintain|claimed|claim|called for|accused|believe|believes)\\s+(?:that\\s+)?(?<content>[A-Za-z][^;\"“”«»]{15,})");

    /** A subordinate clause's subject and past verb: "after the Russian delegation refused to back the draft". */
    private static final Pattern CLAUSE_SUBJECT_BEFORE_PARTICIPLE = Pattern.compile("(?:\\b(?:after|when|because|since|once|until|which)"
            // "Russia ratified it in 2000, but in November 2023 Putin signed a law revoking it, saying …": the last clause's subject.
            + "|,\\s+(?:but|and|while|yet)(?:\\s+(?:in|on|last|this|earlier)\\s+[^,;]{1,30}?)?)\\s+"
            + "(?<np>(?:the\\s+)?[A-Z][^,;\"“”«»]{1,50}?)\\s+(?:had\\s+|has\\s+)?(?:[a-z]+ed|refused|rejected|said|made|took|gave|withdrew|left|quit|tore|broke)\\b[^,;]*$");

    private static final Pattern REASON_GIVEN = Pattern.compile("citing|pointing to");

    private static final Pattern SOURCES_CITED = Pattern.compile("(?:[\\w-]+\\s+){0,3}?(?:sources?|officials?|people|media|reports?|"
            + "diplomats?|spokes\\w+|unnamed|anonymous)\\b");

    /** A participle continuing the subject's speech: {@code …, saying that …}. */
    /** "which Washington abandoned in 2019 citing Russian violations": a reason right after a year, with no comma. */
    private static final Pattern CITING_AFTER_YEAR = Pattern.compile("(?<=\\b\\d{4})\\s+(?<verb>citing)\\s+");

    private static final Pattern PARTICIPLE = Pattern.compile("(?:,\\s+(?:and\\s+|while\\s+)?"
            // "Washington justified its withdrawal by saying that Russia had restricted flights".
            + "|\\s+by\\s+(?=(?:saying|arguing|claiming|insisting)\\s))(?<verb>saying|adding|noting|stressing|warning|stating|"
            + "reiterating|emphasizing|emphasising|"
            + "arguing|insisting|claiming|pointing out|explaining|recalling|calling|describing|urging|accusing|"
            // "…, has refused to join the talks, pointing to the much smaller size of its arsenal": the reason given.
            + "citing|pointing to|declaring|asserting|contending|maintaining|"
            // "Moscow suspended its participation in 2007, complaining that NATO members had refused to ratify …".
            + "complaining|protesting|objecting|conceding|acknowledging|admitting|alleging|"
            // "…, telling a briefing on Monday that the deployment …": the listeners before "that".
            + "telling(?=\\s+(?:[\\w-]+\\s+){1,5}?that\\s))\\s+(?:(?<=telling\\s)(?:[\\w-]+\\s+){1,5}?(?=that\\s))?(?:that\\s+)?");

    /** Adverbs and time phrases that may sit between a speaker and the verb ("Peskov also said", "Trump on Sunday said"). */
    private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:\\s+(?:has|have|had|also|further|then|later|once again|"
            + "repeatedly|earlier|again|firmly|strongly|publicly|previously|still|now|already|reportedly|separately|long|since|"
            + "consistently|always|often|openly|recently|for (?:years|decades|months|weeks|some time)|initially|originally|subsequently|officially|formally|immediately|privately|jointly|quickly|swiftly|explicitly|"
            + "himself|herself|itself|themselves|too|instead|"
            + "on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday|last \\w+|this \\w+|(?:in|on) \\w+(?: \\d{1,4})?(?:, \\d{4})?|for (?:its|his|her|their) part,?|"
            + ", however,|, in turn,|, for (?:its|his|her|their) part,))*\\s*$");

    /** The last words {@link #TRAILING_ADVERBS} can end with, in lower case and without a comma. */
    private static final Set<String> ADVERB_ENDINGS = Set.of("has", "have", "had", "also", "further", "then", "later", "again",
            "repeatedly", "earlier", "firmly", "strongly", "publicly", "previously", "still", "now", "already", "reportedly", "since",
            "separately", "long", "consistently", "always", "often", "openly", "recently", "himself", "herself", "itself",
            "themselves", "too", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "part",
            "however", "turn", "instead", "years", "decades", "months", "weeks", "time", "initially", "originally", "subsequently", "officially", "formally", "immediately", "privately", "jointly", "quickly", "swiftly", "explicitly");

    private static final Set<String> ADVERB_LEADS = Set.of("last", "this", "in", "on");

    /**
     * Whether the words before a verb may end with what {@link #TRAILING_ADVERBS} strips: most subjects
     * end with a noun, and the pattern, tried at each space of the stretch, is then spared.
     */
    private static boolean mayEndWithAdverbs(String pre) {
        int end = pre.length();
        while (end > 0 && Character.isWhitespace(pre.charAt(end - 1))) {
            end--;
        }
        int lastStart = end;
        while (lastStart > 0 && !Character.isWhitespace(pre.charAt(lastStart - 1))) {
            lastStart--;
        }
        int previousEnd = lastStart;
        while (previousEnd > 0 && Character.isWhitespace(pre.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        if (previousEnd == 0 || lastStart == end) {
            return false;
        }
        int previousStart = previousEnd;
        while (previousStart > 0 && !Character.isWhitespace(pre.charAt(previousStart - 1))) {
            previousStart--;
        }
        var last = pre.substring(lastStart, pre.charAt(end - 1) == ',' ? end - 1 : end).toLowerCase(java.util.Locale.ROOT);
        return ADVERB_ENDINGS.contains(last) || !last.isEmpty() && Character.isDigit(last.charAt(0))
                || ADVERB_LEADS.contains(pre.substring(previousStart, previousEnd).toLowerCase(java.util.Locale.ROOT));
    }

    /** A sentence opening that is not the subject: "In Moscow, ", "Later on Monday, ", "Speaking at the meeting, ". */
    private static final Pattern INTRO = Pattern.compile("^(?:(?:In|On|At|Later|Earlier|Meanwhile|However|Speaking|Asked|Commenting|"
            + "After|During|Since|Following|Separately|Also|Still|Now|Answering|Responding|Addressing|Writing|Last|This|"
            + "From|Under|Moreover|Furthermore|Besides|Nevertheless|Instead|Yet|Then|Today|Yesterday|Back|Similarly|"
            + "Elsewhere|Early|Late|Days|Weeks|Months|Hours|Two|Three|Within|Shortly|Soon|Amid|Despite|Upon|Ahead|Prior|"
            + "Throughout|Before|When|Once|While|In addition|At the same time|(?:A|One|The) (?:day|week|month|year|\\w+ (?:days|weeks|months|hours)) (?:later|earlier|before)|\\d{4}"
            // "On July 10, on the sidelines of the summit, the White House said": a second setting after the first.
            + "|(?<=, )(?:on|in|at|during|after|amid|following|speaking|addressing|ahead of|shortly after|later|earlier"
            // "In its annual report on China's military, released in December, the Pentagon estimated": when it came out.
            + "|released|published|issued|unveiled"
            // "On February 4, a day before the treaty lapsed, the ministry said": a time counted from another.
            + "|(?:a|one|two|three|four|five|six|a few|several|\\d{1,3})\\s+(?:days?|weeks?|months?|years?|hours?)\\s+(?:before|after)"
            + "|(?:just|only|shortly)\\s+(?:before|after))"
            // "Opening the session, Deputy Foreign Minister …, who chairs it, said": a participle sets the scene.
            + "|(?:Opening|Closing|Concluding|Summing up|Wrapping up|Welcoming|Presenting|Introducing|Chairing|Reacting|"
            + "Replying|Referring|Turning|Touching|Discussing|Explaining|Recalling)(?=\\s))\\b"
            + "[^,\"“”«»]{0,160},\\s+"
            // "Although the law is titled "on the withdrawal of ratification", Russian officials have said …".
            + "|(?:Although|Though|Even though|Whereas)\\s[^,;]{0,160},\\s+)+|^(?:But|And|Yet)\\s+(?=\\w)");

    /** A character of a clause that ends no sentence: an abbreviation's period ("on Oct. 26", "the U.S. Senate") is one. */
    private static final String NO_STOP = "(?:[^\"“”«».;]|(?<=\\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]))\\.)";

    /** What may separate a speech verb from a that-clause: "said on Monday that", "told reporters after the talks that". */
    private static final Pattern TAIL_THEN_THAT = Pattern.compile("^(?:\\s+(?:on|in|at|during|to|with|after|while|via|from|"
            + "earlier|later|last|this|today|yesterday|again|also|once|repeatedly|publicly|reporters|journalists|TASS|for|"
            + "the press|lawmakers|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
            // "reported to Putin on Oct. 26 that": a month's abbreviation ends no sentence.
            + NO_STOP + "{0,110}?)?"
            + "(?:,\\s*(?:however|though|in particular|for (?:its|his|her|their) part|in turn),)?,?\\s+that(?:,\\s*|\\s+)"
            // "rejected that idea": "that" the determiner of an object, not a clause.
            + "(?!(?:idea|proposal|plan|claim|demand|offer|notion|suggestion|accusation|charge|approach|call|request|view|"
            + "position|argument|assessment|decision|step|move|"
            // "said on March 4 of that year that …": a time, then the clause.
            + "year|month|week|day|time|morning|evening|night|same)\\b)");

    /** A that-clause right after the verb, within its clause: "wrote on X that …" (not "said on Sunday, seeking to ease fears that …"). */
    private static final Pattern THAT_RIGHT_AFTER = Pattern.compile("^(?:\\s+(?:on|in|at|during|to|with|via|from|earlier|later|"
            + "today|yesterday|again|also|once|repeatedly|publicly|reporters|journalists|TASS|for)\\b[^,\"“”«».;]{0,110}?)?\\s+that\\s+");

    /** After "told", "assured" …: the listener, then the that-clause ("told the meeting that, in light of …, it would"). */
    private static final Pattern LISTENER_THEN_THAT = Pattern.compile("^\\s+" + NO_STOP + "{1,90}?,?\\s+that(?:,\\s*|\\s+)");

    /** The auxiliaries and modals that make a clause finite. */
    private static final String FINITE_AUXILIARIES = "is|are|was|were|would|will|has|have|had|could|can|must|should|may|might";

    /** Verbs of intent that, like an auxiliary, give a clause its own subject: "the administration intended to …". */
    private static final String INTENT_VERBS = "intended|intends|planned|plans";

    /** After "told": a listener of a few words, then a clause's subject and its finite verb. */
    private static final Pattern LISTENER_THEN_CLAUSE = Pattern.compile("^\\s+(?:[\\w.-]+\\s+){0,4}?(?<subject>(?:the|an?|its|their)\\s+"
            + "(?:(?!(?:the|an?)\\s)[\\w-]+\\s+){0,3}?[\\w-]+|it|they|he|she|we|[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})"
            + "\\s+(?:" + FINITE_AUXILIARIES + "|" + INTENT_VERBS + ")\\s");

    private static final Pattern ASKED_TO = Pattern.compile("\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:[A-Z][\\w.-]*|[\\w-]+)"
            + "(?:\\s+[\\w-]+){0,3}?\\s+(?=to\\s+(?!be\\b)\\w+)");

    private static final Pattern LISTENER_THEN_INFINITIVE = Pattern.compile("\\s+(?:his|her|their|its|the)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:ministers?|government|cabinet|officials|military|diplomats|negotiators|delegation|staff|commanders|troops|"
            + "agencies|ministries|aides)\\s+(?=(?:not\\s+)?to\\s+\\w)");

    /** After "warned", "told reporters": a clause of its own, subject and finite verb, with no "that". */
    private static final Pattern CLAUSE_WITHOUT_THAT = Pattern.compile("^(?:\\s+(?:reporters|journalists|lawmakers|the \\w+|[A-Z][\\w-]+))?"
            // "told reporters in Canberra the firing showed …": where they were told.
            + "(?:\\s+(?:in|at)\\s+[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)?"
            + "\\s+(?=(?:it|they|he|she|we|there|the(?:\\s+[\\w-]+){1,6}?|[A-Z][\\w-]+)\\s+(?:would|will|could|might|may|had|has|have|was|were|is|are|"
            + "must|should|did|does|do|can|showed|shows|proved|proves|meant|means|remained|remains|" + INTENT_VERBS + "|"
            // "told reporters the administration saw the extension as a starting point": a view held.
            + "saw|sees|viewed|views|considered|considers|regarded|regards|expected|expects|wanted|wants|needed|needs)\\b)");

    /** What may separate a verb from its content when there is no "that": a time phrase. */
    private static final Pattern DIRECT_CONTENT = Pattern.compile("^(?:\\s+(?:on |last |this |earlier |in )?(?:Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|January|February|March|April|May|June|July|"
            + "August|September|October|November|December|\\d{4})\\b,?"
            // "but said at the time it would continue to respect the caps".
            + "|\\s+(?:at the time|then|back then|at that time|repeatedly|again|publicly),?)?\\s+(?=\\S)");

    private static final Pattern INFINITIVE_NEXT = Pattern.compile("^\\s+to\\s+[a-z]+");

    private static final java.util.Set<String> INFINITIVE_VERBS = java.util.Set.of("offered", "proposed", "pledged",
            "promised", "vowed", "threatened", "agreed", "refused", "declined", "urged", "called on", "warned",
            "undertook", "volunteered");

    /** Content that is only a place or a listener, not something said. */
    private static final Pattern NOT_CONTENT = Pattern.compile("(?i)^(?:to|in|at|on|with|by|for|from|during|after|before|of|as|"
            // "said on-site inspections could resume": a compound opening what was said is no preposition.
            + "reporters|journalists|TASS|a (?:news|press) conference|a briefing|the (?:press|media))\\b(?!-)"
            // "a day after the Russian leader announced it in his annual address": a pronoun object, no content.
            // Not "described it in October as …", whose content follows "as".
            + "|^(?:it|this|them)\\s+(?:in|at|on|during|to|with|by|before|after|last|earlier)\\b(?![^.;]*\\bas\\b)|^(?:it|this|them)\\W*$");

    private static final Pattern QUESTIONS_ANSWERED = Pattern.compile("(?:(?:a|the|several|many|some|his|her|their|all)\\s+)?(?:\\w+\\s+)?(?:questions?|queries)\\b");

    private static final Pattern RATIFICATION_VOTED = Pattern.compile("(?:its\\s+|the\\s+)?ratification\\b");

    /**
     * "six months after the administration announced the decision.": a bare noun announced, nothing said in it; so
     * too when the writer goes on about it ("announced the decision, ending Washington's participation in …").
     */
    private static final Pattern BARE_NOUN_ANNOUNCED = Pattern.compile("(?s)^(?:the|its|this|that|their|his|her)\\s+(?:decision|move|step|news)"
            + "(?:\\W*$|,\\s+(?:[a-z]+ing|which)\\b.*)");

    private final ArticleContext context;

    private final SpeakerResolver speakers;

    StatementExtractor(ArticleContext context) {
        this.context = context;
        this.speakers = new SpeakerResolver(context);
    }

    List<Found> extract() {
        var text = this.context.text();
        int from = this.context.article().bodyStart();
        var all = QuoteFinder.find(text, from);
        // Fewer than four words is a scare quote ("so-called "red lines""), unless it opens a split quote or
        // opens its sentence and hands over to the attribution (""We are watching," said …").
        var quotes = all.stream().filter(q -> q.words(text) >= 4 || opensSplitQuote(q, all)
                || q.words(text) >= 2 && opensSentenceBeforeAttribution(text, q)).toList();
        var found = new ArrayList<Found>();
        var byPosition = new ArrayList<Object>();
        byPosition.addAll(quotes);
        byPosition.addAll(this.context.sentences());
        byPosition.sort(Comparator.comparingInt(StatementExtractor::startOf));
        int consumedUntil = -1;
        for (int i = 0; i < byPosition.size(); i++) {
            var item = byPosition.get(i);
            if (item instanceof QuoteFinder.Quote quote) {
                if (quote.start() < consumedUntil) {
                    continue;
                }
                var statement = attributeQuote(quote, quotes);
                if (statement != null && continuesPrevious(found, statement)) {
                    // '"A," he said. "B."': B goes on with A, one statement (as a split quote is).
                    var previous = found.remove(found.size() - 1);
                    statement = new Found(previous.start(), statement.end(), previous.text() + " " + statement.text(),
                            previous.kind(), previous.speaker(), previous.verb(), previous.attributionStart(), previous.attributionEnd());
                }
                if (statement != null) {
                    found.add(statement);
                    consumedUntil = Math.max(statement.end(), statement.attributionEnd());
                    var attributed = statement.attributionStart() >= quote.end() ? this.context.sentenceAt(statement.attributionEnd() - 1) : null;
                    if (attributed != null && attributed.start() < quote.end()) {
                        // '"A. B," the president, X, said at the closing session.': the rest of the sentence that
                        // closes the quote is its attribution, not a statement of its own.
                        consumedUntil = Math.max(consumedUntil, attributed.end());
                    }
                    this.speakers.spoke(statement.start(), statement.speaker());
                    var added = addedAfter(statement);
                    if (added != null) {
                        found.add(added);
                        consumedUntil = Math.max(consumedUntil, added.end());
                    }
                }
            }
            else if (item instanceof Sentences.Sentence sentence) {
                if (sentence.end() <= consumedUntil || insideQuote(sentence, quotes) || sentence.start() < from) {
                    continue;
                }
                var turn = transcriptTurn(sentence);
                if (turn != null && turn.statement() != null) {
                    // An interview printed as questions and answers: the answer is all the words of the one named
                    // before its colon. A question is the interviewer's, but what it reports others said ("CTBTO
                    // Executive Secretary Robert Floyd said he was disappointed. What is your response?") is read as
                    // anywhere else.
                    found.add(turn.statement());
                    this.speakers.spoke(turn.statement().start(), turn.statement().speaker());
                    consumedUntil = turn.end();
                    continue;
                }
                var inverted = INVERTED.matcher(sentence.text(text));
                if (inverted.matches()) {
                    var speaker = reattributePrevious(found, sentence, inverted);
                    var added = speaker == null ? null : WHO_ADDED_THAT.matcher(text).region(sentence.start(), sentence.end());
                    if (added != null && added.find()) {
                        // "This was stated … by X, a spokesman for …, who confirmed that …": a statement of his own too.
                        found.add(reportedFound(added.start("content"), added.end("content"), speaker, added.group("verb"),
                                added.start(), added.start("content")));
                    }
                    continue;
                }
                // The pattern backtracks over its two lazy stretches: tried only where remarks are mentioned.
                var remarks = mentionsRemarks(text, sentence) ? REMARKS_MADE.matcher(sentence.text(text)) : null;
                if (remarks != null && remarks.lookingAt() && namesTheUnnamedSpeaker(found, sentence, remarks)) {
                    continue;
                }
                var statement = reported(sentence);
                var saidWithin = statement == null ? null : saidWithinAccount(sentence, statement);
                if (saidWithin != null) {
                    // "Trump said in October that the offer sounded good, but Washington never replied, according to
                    // Russian officials": the words are Trump's; only what follows "but" is the source's own account.
                    found.add(saidWithin.said());
                    this.speakers.spoke(saidWithin.said().start(), saidWithin.said().speaker());
                    statement = saidWithin.accountFrom() < 0 ? null : reportedFound(saidWithin.accountFrom(), statement.end(),
                            statement.speaker(), statement.verb(), statement.attributionStart(), statement.attributionEnd());
                }
                var said = sentence.text(text);
                if (statement == null && said.contains(" that ") && (said.contains("'s ") || said.contains("’s "))) {
                    // Only where no one speaks in the sentence: "responding to Trump's announcement that …" is the
                    // occasion of another's words.
                    statement = possessedSaying(said, sentence.start());
                }
                if (statement == null) {
                    // "… a broader agreement that would also cover China, an idea Beijing repeatedly rejected": the
                    // article's own narration, with a rejection told in a relative clause.
                    // Only the relative clause is the rejecter's: what comes before is the narration of another's claim.
                    var rejection = relativeRejection(new Found(sentence.start(), sentence.end(), sentence.text(text), Kind.reported, "",
                            null, -1, -1));
                    int clauseStart = rejection == null ? -1 : wordStartFrom(text, rejection.attributionStart());
                    statement = rejection == null ? null : reportedFound(clauseStart, sentence.end(), rejection.speaker(),
                            rejection.verb(), clauseStart, rejection.attributionEnd());
                }
                var recalled = statement == null ? null : recalledSpeaker(statement);
                if (recalled != null) {
                    // "He recalled that in September Putin offered to keep to the limits, but only if …": the words
                    // recalled are the offer of the one who made it.
                    statement = recalled;
                }
                if (statement != null) {
                    var second = secondSpeaker(statement);
                    String resumes = null;
                    if (second != null) {
                        // "Moscow says it still respects the limits, and Washington has said it is staying within
                        // them too": two speakers, two statements.
                        var first = reportedFound(statement.start(), second.attributionStart(), statement.speaker(),
                                statement.verb(), statement.attributionStart(), statement.attributionEnd());
                        // "Russia has criticized the deployment, with its Foreign Ministry saying that …": a bare object
                        // before "with" only frames the words that follow; it is no statement of its own.
                        if (!this.context.text().startsWith(", with ", second.attributionStart())
                                || !BARE_OBJECT.matcher(first.text()).matches()) {
                            found.add(new Found(first.start(), first.end(), TRAILING_COMMA.matcher(first.text()).replaceFirst(""),
                                    first.kind(), first.speaker(), first.verb(), first.attributionStart(), first.attributionEnd()));
                        }
                        this.speakers.spoke(first.start(), first.speaker());
                        var opening = this.context.text().substring(second.attributionStart(), Math.min(second.attributionStart() + 6,
                                this.context.text().length()));
                        if (opening.startsWith("which ") || opening.startsWith("that ")) {
                            // "…, which the US claims exceeds the limits. According to the diplomats, …": a claim told
                            // inside another's words; the one who told it is still the one speaking.
                            resumes = first.speaker();
                        }
                        statement = second;
                    }
                    found.add(statement);
                    this.speakers.spoke(statement.start(), statement.speaker());
                    if (resumes != null) {
                        this.speakers.spoke(statement.end(), resumes);
                    }
                    var prompted = promptedAfter(statement, sentence);
                    if (prompted != null) {
                        // A reply told in passing: "the statement" after it is still the main speaker's.
                        found.add(prompted);
                    }
                }
            }
        }
        return withoutNested(found);
    }

    /**
     * A quote inside a reported statement of the same speaker ("called on NATO to start "serious talks"")
     * is part of that statement, not a second one.
     */
    private static List<Found> withoutNested(List<Found> found) {
        var kept = new ArrayList<Found>(found.size());
        for (var candidate : found) {
            boolean nested = found.stream().anyMatch(outer -> outer != candidate && outer.speaker().equals(candidate.speaker())
                    && outer.start() <= candidate.start() && candidate.end() <= outer.end()
                    && (outer.end() - outer.start()) > (candidate.end() - candidate.start()));
            if (!nested) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * Whether a quote attributed to nobody in particular (so to the passage's speaker) directly follows
     * a quote of that speaker in the same paragraph, with only the attribution between them.
     */
    private boolean continuesPrevious(List<Found> found, Found quoted) {
        if (found.isEmpty() || quoted.attributionStart() >= 0 || quoted.kind() != Kind.direct) {
            return false;
        }
        var previous = found.get(found.size() - 1);
        if (previous.kind() != Kind.direct || !previous.speaker().equals(quoted.speaker())) {
            return false;
        }
        int gapFrom = Math.max(previous.end(), previous.attributionEnd());
        if (gapFrom > quoted.start()) {
            return false;
        }
        var gap = this.context.text().substring(gapFrom, quoted.start());
        // '"A," said X, deputy director of the ministry's department for arms control. "B."': the rest of the
        // attribution's sentence, however long the title, then the quote resumes.
        return !gap.contains("\n") && (gap.length() < 80 || gap.length() < 240 && ATTRIBUTION_TAIL.matcher(gap).matches());
    }

    private static final Pattern ATTRIBUTION_TAIL = Pattern.compile(",\\s+[^.!?\"“”«»]+[.]\\s+[\"“«]");

    private static int startOf(Object item) {
        return item instanceof QuoteFinder.Quote q ? q.start() : ((Sentences.Sentence) item).start();
    }

    private boolean insideQuote(Sentences.Sentence sentence, List<QuoteFinder.Quote> quotes) {
        for (var quote : quotes) {
            // Mostly quoted sentences belong to the quote's statement, not to reported speech.
            int overlap = Math.min(quote.end(), sentence.end()) - Math.max(quote.start(), sentence.start());
            if (overlap > (sentence.end() - sentence.start()) / 2 && !reportsIntoQuote(sentence, quote)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NAMING_VERB_BEFORE = Pattern.compile("\\b(?:called|calls|described|describes|termed|branded|dubbed|"
            + "labelled|labeled)\\s+[^\"“”«»]{1,120}?(?:\\s+as)?\\s*[\"“«]?$"
            // "Ryabkov dismissed the accusations as "a pretext …"": what he took them for is what he said.
            + "|\\b(?:dismissed|dismisses|rejected|rejects)\\s+[^\"“”«»]{1,120}?\\s+as\\s*[\"“«]?$");

    private static final Pattern THAT_CLAUSE = Pattern.compile("\\bthat\\s+\\S+");

    /**
     * "Belyaev stressed that the moratorium would remain in force «only as long as …»": reported speech
     * that runs on into a quote is one reported statement, whoever the quote alone would be given to.
     */
    private boolean reportsIntoQuote(Sentences.Sentence sentence, QuoteFinder.Quote quote) {
        if (quote.start() <= sentence.start()) {
            return false;
        }
        var before = this.context.text().substring(sentence.start(), quote.start());
        if (IN_VIEW_LEAD.matcher(before).lookingAt() || ACCORDING_INTO_QUOTE.matcher(before).matches()) {
            // "In his words, the deployment is "an exclusively defensive measure"": his, quote and all.
            // So is "According to Ryabkov, Russia would be ready to talk "if Washington …"".
            return true;
        }
        var verbs = CLAUSE_VERBS.find(before);
        return !verbs.isEmpty() && (THAT_CLAUSE.matcher(before.substring(verbs.get(0).end())).find()
                // "He said the Typhon "destabilises the region."": a clause without "that", its subject outside
                // the quote. Not '"…," he said: "…"' or 'said, "…"', where the quote itself is what was said.
                || SPEECH_VERB_ONLY.matcher(verbs.get(0).text()).matches()
                        && THATLESS_CLAUSE.matcher(before.substring(verbs.get(0).end())).matches()
                // "He called the decision "a very serious threat"": what he called it is what he said.
                || NAMING_VERB_BEFORE.matcher(before).find()
                // "She urged China to show "the transparency expected …"": the quote completes what she urged.
                || URGING_BEFORE.matcher(before).find());
    }

    /** A source, then a clause of its own that runs on into the quote. */
    private static final Pattern ACCORDING_INTO_QUOTE = Pattern.compile("(?i)according to [^,\"“”«»]{2,80},\\s+[a-z][^\"“”«»]*\\s[\"“«]");

    private static final Pattern THATLESS_CLAUSE = Pattern.compile("\\s+[A-Za-z][^,:;\"“”«»]*\\s[\"“«]");

    private static final Pattern URGING_BEFORE = Pattern.compile("\\b(?:urged|urges|called on|calls on|pressed|presses|asked|asks|"
            + "appealed to|challenged|challenges)\\s+[^\"“”«»]{1,60}?\\bto\\s+[a-z]+\\s*[\"“«]?$");

    private Found attributeQuote(QuoteFinder.Quote quote, List<QuoteFinder.Quote> quotes) {
        var text = this.context.text();
        int start = quote.start();
        int end = quote.end();
        // The attribution may follow the quote; the quote may resume after it ("…," he said, "…").
        int afterStart = Math.min(text.length(), end + 1);
        int lineEnd = text.indexOf('\n', afterStart);
        // "Sen. Margaret Ellison, D-Mass., said": a US lawmaker's party and state, blanked so offsets stay.
        var after = text.substring(afterStart, lineEnd < 0 ? text.length() : Math.min(lineEnd, afterStart + 220));
        if (after.indexOf('-') >= 0) {
            after = PARTY_TAG.matcher(after).replaceAll(tag -> " ".repeat(tag.group().length()));
        }
        String speaker = null;
        String verb = null;
        int attributionStart = -1;
        int attributionEnd = -1;
        for (var pattern : List.of(AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER)) {
            var m = pattern.matcher(after);
            // Both patterns are anchored at the quote's end: a search would try "^" at every position.
            if (m.lookingAt()) {
                var resolved = this.speakers.resolve(afterStart + m.start("speaker"), afterStart + m.end("speaker"));
                if ((resolved == null || !resolved.startsWith(EntityLabel.Person.keyPrefix())) && pattern == AFTER_SPEAKER_VERB
                        && m.group("appositive") != null) {
                    // ""…," the conference president, Argentine diplomat Gustavo Zlauvinen, said", ""…," Russia's ambassador
                    // in Berlin, Leonid Krasovsky, said": the name in apposition is who speaks.
                    var named = resolved == null ? personIn(afterStart + m.start("appositive"), afterStart + m.end("appositive"))
                            : personClosing(afterStart + m.start("appositive"), afterStart + m.end("appositive"));
                    resolved = named != null ? named : resolved;
                }
                if (resolved != null) {
                    speaker = resolved;
                    verb = m.group("verb");
                    attributionStart = afterStart + m.start();
                    attributionEnd = afterStart + m.end();
                    break;
                }
            }
        }
        var continuation = continuationAfter(quotes, quote, attributionEnd);
        if (continuation != null) {
            end = continuation.end();
        }
        if (speaker == null) {
            var before = textBefore(start - 1);
            Colon colon = invertedColonSpeaker(before);
            var m = BEFORE.matcher(before.text);
            var according = ACCORDING_BEFORE.matcher(before.text);
            if (colon != null) {
                // Before the general shape, whose "stated" would take the pronoun "This" for its speaker.
                speaker = colon.speaker();
                verb = "stated";
                attributionStart = colon.start();
                attributionEnd = start - 1;
            }
            else if (m.find()) {
                speaker = this.speakers.resolve(before.offset + m.start("speaker"), before.offset + m.end("speaker"));
                if ((speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix())) && m.group("appositive") != null) {
                    // "Finland's ambassador for arms control, Hannele Lundqvist, told Reuters: "…"": the name in apposition.
                    var named = personClosing(before.offset + m.start("appositive"), before.offset + m.end("appositive"));
                    speaker = named != null ? named : speaker;
                }
                verb = m.group("verb");
                attributionStart = before.offset + m.start("speaker");
                attributionEnd = start - 1;
            }
            else if (according.find()) {
                speaker = this.speakers.resolve(before.offset + according.start("speaker"), before.offset + according.end("speaker"));
                verb = "according to";
                attributionStart = before.offset + according.start();
                attributionEnd = start - 1;
            }
            else if (LEADING_ACCORDING.matcher(SENTENCE_SO_FAR.matcher(before.text).replaceFirst("")).lookingAt()) {
                // "According to him, such a test "would remove any doubt …"": the quote is his.
                var soFar = SENTENCE_SO_FAR.matcher(before.text).replaceFirst("");
                int soFarOffset = before.offset + before.text.length() - soFar.length();
                var leading = LEADING_ACCORDING.matcher(soFar);
                leading.lookingAt();
                speaker = this.speakers.resolve(soFarOffset + leading.start("speaker"), soFarOffset + leading.end("speaker"));
                if (speaker == null) {
                    return null;
                }
                verb = "according to";
                attributionStart = soFarOffset;
                attributionEnd = soFarOffset + leading.end();
            }
            else if ((colon = colonSpeaker(before)) != null) {
                speaker = colon.speaker();
                attributionStart = colon.start();
                attributionEnd = start - 1;
            }
            else if (SENTENCE_SO_FAR.matcher(before.text).replaceFirst("").strip().length() > 3) {
                // A quote embedded in a longer sentence is a fragment of reported speech, not a statement;
                // one that opens its sentence is a statement, whatever sentences precede it.
                return null;
            }
        }
        if (speaker == null) {
            speaker = invertedAfter(end);
        }
        if (speaker == null) {
            speaker = this.speakers.lastSpeaker(start);
        }
        if (speaker == null) {
            return null;
        }
        var statementText = quoteText(text, quote, continuation);
        return new Found(start, end, statementText, Kind.direct, speaker, verb, attributionStart, attributionEnd);
    }

    private static String quoteText(String text, QuoteFinder.Quote first, QuoteFinder.Quote continuation) {
        var body = text.substring(first.start(), first.end()).strip();
        if (continuation != null) {
            body = body.replaceAll("[,]$", "") + " " + text.substring(continuation.start(), continuation.end()).strip();
        }
        return LINE_BREAKS.matcher(body).replaceAll(" ").strip();
    }

    private record Colon(String speaker, int start) {
    }

    /** A paragraph of an interview transcript, ending at {@code end}; its statement is null for a question. */
    private record Turn(Found statement, int end) {
    }

    /** A turn of an interview opened by a dash: "- Theoretically, yes." */
    private static final Pattern DASH_TURN = Pattern.compile("[-–—]\\s+(?=\\S)");

    /** "Question: …", "TASS: …": the interviewer's turn in a transcript. */
    private static final Pattern QUESTION_TURN = Pattern.compile("(?:Question|Q|TASS|Interviewer|Reporter|Journalist|Correspondent):\\s+\\S");

    /** "Zakharova: …", "Sergey Ryabkov: …", "Answer: …": a speaker's turn, named by at most four capitalised words. */
    private static final Pattern ANSWER_TURN = Pattern.compile("(?<speaker>[A-Z][\\p{L}.'’-]*(?:\\s[A-Z][\\p{L}.'’-]*){0,3}):\\s+(?=\\S)");

    /**
     * The turn of an interview transcript that {@code sentence} opens, if it opens a paragraph written as one:
     * "Question:" (no statement; only where the article is a transcript, one question at least), or a person's
     * name and a colon (all the paragraph is theirs). "Answer:" is the last one who answered.
     */
    private Turn transcriptTurn(Sentences.Sentence sentence) {
        var text = this.context.text();
        int start = sentence.start();
        int paragraph = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start > 0 && text.charAt(start - 1) != '\n' && !DASH_TURN.matcher(text).region(paragraph, start).matches() || !isTranscript()) {
            return null;
        }
        // A dash that opens the turn may stand before the sentence the segmenter found.
        start = paragraph;
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        var dashed = DASH_TURN.matcher(text).region(start, end);
        boolean dash = dashed.lookingAt();
        if (QUESTION_TURN.matcher(text).region(start, end).lookingAt() || isDashQuestion(text, start, end) || isLabelledQuestion(text, start, end)
                // "- Russia revoked its ratification two years ago. Some say …": dashed turns take turns; after an
                // answer comes a question, even one without a question mark.
                || dash && this.lastDashTurnAnswered) {
            this.lastDashTurnAnswered = false;
            if (this.lastAnswering == null) {
                // "… Mikhail Ulyanov said in an interview with TASS. Question: … Answer: …": the one the story has
                // quoted before the first question is the one interviewed.
                var interviewed = this.speakers.lastSpeaker(start);
                this.lastAnswering = interviewed != null && interviewed.startsWith(EntityLabel.Person.keyPrefix()) ? interviewed : null;
            }
            return new Turn(null, end);
        }
        var answer = ANSWER_TURN.matcher(text).region(start, end);
        String speaker;
        int contentStart;
        if (dash) {
            // "- Has Washington responded? - No formal reply has come …": the one interviewed, who spoke last.
            speaker = this.lastAnswering != null ? this.lastAnswering : this.speakers.lastSpeaker(start);
            contentStart = dashed.end();
        }
        else if (answer.lookingAt()) {
            speaker = answer.group("speaker").equals("Answer") || answer.group("speaker").equals("A") ? this.lastAnswering
                    : this.speakers.resolve(start, answer.end("speaker"));
            contentStart = answer.end();
        }
        else {
            return null;
        }
        if (speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix())) {
            return null;
        }
        this.lastAnswering = speaker;
        this.lastDashTurnAnswered = dash;
        int contentEnd = end;
        while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        return new Turn(new Found(contentStart, contentEnd, text.substring(contentStart, contentEnd), Kind.direct, speaker, "answered",
                start, contentStart), end);
    }

    /** "- Is a new agreement possible?": an interviewer's question, set off by a dash, as TASS prints interviews. */
    private static boolean isDashQuestion(String text, int start, int end) {
        var paragraph = text.substring(start, end).strip();
        return paragraph.endsWith("?") && DASH_TURN.matcher(paragraph).lookingAt() && !inLinkList(text, start);
    }

    /** The heading of a page's list of links to other stories: "Related", "Read also:", "See also". */
    private static final Pattern LINK_LIST_HEADING = Pattern.compile("(?i)\\s*(?:related(?:\\s+(?:stories|articles|news|coverage|content))?|"
            + "read\\s+(?:also|more)|see\\s+also|more\\s+on\\s+(?:this|the)\\s+(?:story|topic)|recommended|you\\s+may\\s+also\\s+like)\\s*:?\\s*");

    /**
     * Whether the line at {@code start} is an item of a list of links under a heading such as "Related" ("- What is the
     * CTBT?"): a headline, not a dashed turn of an interview.
     */
    private static boolean inLinkList(String text, int start) {
        int line = start;
        while (line > 0) {
            int previous = text.lastIndexOf('\n', line - 2) + 1;
            var above = text.substring(previous, line - 1);
            if (LINK_LIST_HEADING.matcher(above).matches()) {
                return true;
            }
            if (!DASH_TURN.matcher(above).lookingAt()) {
                return false;
            }
            line = previous;
        }
        return false;
    }

    /** "AFP: … What is China's comment?": a press conference's question, opened by the outlet that asks it. */
    private static final Pattern LABELLED_QUESTION = Pattern.compile("[A-Z][\\p{L}&.'’-]*(?:\\s[A-Z][\\p{L}&.'’-]*){0,3}:\\s+[^\\n]*\\?[\"”»]?\\s*");

    /**
     * Whether the paragraph {@code [start, end)} is a question asked by an outlet named before a colon, as a ministry
     * prints its press conferences; not a person's rhetorical question. Two such paragraphs make the article a transcript.
     */
    private boolean isLabelledQuestion(String text, int start, int end) {
        var m = LABELLED_QUESTION.matcher(text).region(start, end);
        return m.matches() && this.context.mentionsIn(start, text.indexOf(':', start)).stream().noneMatch(mention -> mention.label() == EntityLabel.Person);
    }

    /** Whether the last turn set off by a dash was an answer: the next is a question. */
    private boolean lastDashTurnAnswered;

    /** Who answered the last question of a transcript: the one an "Answer:" paragraph is of. */
    private String lastAnswering;

    /** Whether the article is an interview transcript, once looked for. */
    private Boolean transcript;

    /**
     * Whether the article prints an interview as questions and answers: some paragraph opens with "Question:", or
     * is a question set off by a dash.
     */
    private boolean isTranscript() {
        if (this.transcript == null) {
            var text = this.context.text();
            boolean any = false;
            for (int at = text.indexOf("?\n"); at >= 0 && !any; at = text.indexOf("?\n", at + 1)) {
                int paragraph = text.lastIndexOf('\n', at) + 1;
                any = isDashQuestion(text, paragraph, at + 1);
            }
            int labelled = 0;
            for (int at = text.indexOf(':'); at >= 0 && !any; at = text.indexOf(':', at + 1)) {
                int paragraph = text.lastIndexOf('\n', at) + 1;
                any = at - paragraph <= 14 && QUESTION_TURN.matcher(text).region(paragraph, Math.min(text.length(), at + 3)).lookingAt();
                int paragraphEnd = text.indexOf('\n', at);
                if (!any && at - paragraph <= 40 && isLabelledQuestion(text, paragraph, paragraphEnd < 0 ? text.length() : paragraphEnd)) {
                    any = ++labelled >= 2;
                }
            }
            this.transcript = any;
        }
        return this.transcript;
    }

    /** {@code Ryabkov: "…"}: the speaker named before the colon, if the name is short and resolves. */
    /** "This was stated in an interview with TASS by Aleksandr Kolbin, first deputy chairman of …: "…"". */
    private static final Pattern INVERTED_COLON_BEFORE = Pattern.compile("(?:^|[.!?]\\s+)(?:This|That|It)\\s+(?:was|has been)\\s+"
            + "(?:stated|said|announced|noted|declared|written|posted)\\b[^.:\"“”«»]*?\\bby\\s+" + SPEAKER
            + "(?:,\\s+[^\"“”«»;:]{3,160}?)?\\s*:\\s*$");

    private Colon invertedColonSpeaker(Window before) {
        var m = INVERTED_COLON_BEFORE.matcher(before.text);
        if (!m.find()) {
            return null;
        }
        var speaker = this.speakers.resolve(before.offset + m.start("speaker"), before.offset + m.end("speaker"));
        return speaker == null ? null : new Colon(speaker, before.offset + m.start());
    }

    /** "…, with spokesperson Kim Hyun-soo telling a regular press briefing: "…"": the one after "with" speaks. */
    private static final Pattern WITH_SPEAKER_COLON = Pattern.compile(",\\s+with\\s+(?<speaker>[^,;\"“”«»]{2,80}?)\\s+"
            + "(?:telling|saying|adding|noting|stressing|warning|declaring)\\b[^\"“”«»:.!?]{0,60}:\\s*$");

    private Colon colonSpeaker(Window before) {
        var with = before.text.contains(", with ") ? WITH_SPEAKER_COLON.matcher(before.text) : null;
        if (with != null && with.find()) {
            var speaker = this.speakers.resolve(before.offset + with.start("speaker"), before.offset + with.end("speaker"));
            if (speaker != null) {
                return new Colon(speaker, before.offset + with.start("speaker"));
            }
        }
        var m = COLON_BEFORE.matcher(before.text);
        if (!m.find() || words(m.group("speaker")) > 5) {
            return before.text.endsWith(":") || before.text.endsWith(": ") ? clauseThenColonSpeaker(before) : null;
        }
        var speaker = this.speakers.resolve(before.offset + m.start("speaker"), before.offset + m.end("speaker"));
        return speaker == null ? clauseThenColonSpeaker(before) : new Colon(speaker, before.offset + m.start("speaker"));
    }

    /** "She dismissed calls to count French forces: "…"": a stance taken, then the words that take it. */
    private static final Pattern CLAUSE_THEN_COLON = Pattern.compile("(?:^|[.!?]\\s+)(?:(?:But|And|Yet|Still)\\s+)?(?<speaker>[A-Z][^\\s\"“”«»,;:.]*(?:\\s+[A-Z][^\\s\"“”«»,;:.]*){0,4}|he|she|they)\\s+"
            + "(?:also\\s+|then\\s+|flatly\\s+|firmly\\s+)?(?:rejected|dismissed|disagreed|objected|insisted|warned|replied|responded|countered|explained|"
            + "added|concluded|disputed|defended|criticized|criticised|welcomed|praised|summed up|put it)\\b[^\"“”«»:.!?]{0,100}:\\s*$");

    private Colon clauseThenColonSpeaker(Window before) {
        var m = CLAUSE_THEN_COLON.matcher(before.text);
        if (!m.find()) {
            return null;
        }
        var speaker = this.speakers.resolve(before.offset + m.start("speaker"), before.offset + m.end("speaker"));
        return speaker == null ? null : new Colon(speaker, before.offset + m.start("speaker"));
    }

    /** The quote that resumes right after an attribution ending in a comma or colon, if any. */
    private static final Pattern SPLIT_QUOTE_GAP = Pattern.compile("[\"”»]\\s*[^\"“”«».!?]{2,60},\\s*[\"“«]");

    /** '"We are prepared," Blinken said, "to sit down …"': the head of a quote split around its attribution. */
    /** A quote that opens its sentence and ends with a comma, "!" or "?" inside the marks: the attribution follows. */
    private static boolean opensSentenceBeforeAttribution(String text, QuoteFinder.Quote quote) {
        if (quote.end() < 1 || ",!?".indexOf(text.charAt(quote.end() - 1)) < 0) {
            return false;
        }
        int before = quote.start() - 2;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || ".!?\n".indexOf(text.charAt(before)) >= 0;
    }

    private boolean opensSplitQuote(QuoteFinder.Quote quote, List<QuoteFinder.Quote> quotes) {
        var text = this.context.text();
        if (quote.end() < 1 || text.charAt(quote.end() - 1) != ',') {
            return false;
        }
        for (var next : quotes) {
            if (next.start() > quote.end()) {
                return next.start() - quote.end() <= 64 && SPLIT_QUOTE_GAP.matcher(text.substring(quote.end(), next.start())).matches();
            }
        }
        return false;
    }

    private QuoteFinder.Quote continuationAfter(List<QuoteFinder.Quote> quotes, QuoteFinder.Quote quote, int attributionEnd) {
        if (attributionEnd < 0) {
            return null;
        }
        var text = this.context.text();
        for (var next : quotes) {
            if (next.start() > quote.end()) {
                var between = text.substring(attributionEnd, next.start() - 1);
                return COMMA_OR_COLON.matcher(between).matches() ? next : null;
            }
        }
        return null;
    }

    private record Window(String text, int offset) {
    }

    /** The text of the current sentence before {@code position} (at most the paragraph). */
    private Window textBefore(int position) {
        var text = this.context.text();
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        int from = Math.max(paragraphStart, Math.max(this.context.article().bodyStart(), position - 250));
        return new Window(text.substring(from, Math.max(from, position)), from);
    }

    private String invertedAfter(int quoteEnd) {
        var text = this.context.text();
        for (var sentence : this.context.sentences()) {
            if (sentence.start() > quoteEnd) {
                var m = INVERTED.matcher(sentence.text(text));
                if (m.matches()) {
                    return this.speakers.resolve(sentence.start() + m.start("speaker"), sentence.start() + m.end("speaker"));
                }
                return null;
            }
        }
        return null;
    }

    /** "Geng Minhua, head of the Chinese delegation, made the remarks at …": who said the previous sentence. */
    private static final Pattern REMARKS_MADE = Pattern.compile("^(?<speaker>[A-Z][^,.\"“”]{2,60}?)(?:,[^.\"“”]{3,200}?,)?\\s+"
            + "(?:made|delivered|gave) (?:the|these|those|his|her) (?:remarks|comments|statement)\\b");

    private static boolean mentionsRemarks(String text, Sentences.Sentence sentence) {
        var s = sentence.text(text);
        return s.contains(" remarks") || s.contains(" comments") || s.contains(" statement");
    }

    /**
     * "China upholds the NPT, a Chinese envoy said. Geng Minhua, head of the delegation, made the remarks …": the
     * statement a state or body was credited with for want of a name is the named person's. False if none was.
     */
    private boolean namesTheUnnamedSpeaker(List<Found> found, Sentences.Sentence sentence, Matcher remarks) {
        var speaker = this.speakers.resolve(sentence.start() + remarks.start("speaker"), sentence.start() + remarks.end("speaker"));
        if (speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix() + "/") || found.isEmpty()) {
            return false;
        }
        var last = found.get(found.size() - 1);
        var previous = this.context.previous(sentence);
        if (previous == null || last.end() < previous.start() || last.speaker().startsWith(EntityLabel.Person.keyPrefix())) {
            return false;
        }
        found.set(found.size() - 1, new Found(last.start(), last.end(), last.text(), last.kind(), speaker, last.verb(),
                last.attributionStart(), last.attributionEnd()));
        this.speakers.spoke(sentence.start(), speaker);
        return true;
    }

    private static final Pattern SEAT_THEN_NAME = Pattern.compile("\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}-]*\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    /** Whether {@code [start, end)} names a person and nothing after the name: a title and a name at most. */
    private boolean onlyAPersonNamed(int start, int end) {
        var text = this.context.text();
        int last = end;
        while (last > start && (Character.isWhitespace(text.charAt(last - 1)) || text.charAt(last - 1) == ',')) {
            last--;
        }
        for (var mention : this.context.mentionsIn(start, last)) {
            if (mention.label() == EntityLabel.Person && mention.end() == last && words(text.substring(start, last)) <= 6
                    // Not "Nothing is settled yet, Anton Gusev, …, said": words said before the name.
                    && text.substring(start, mention.start()).indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WHO_ADDED_THAT = Pattern.compile(",\\s+who\\s+(?:also\\s+|further\\s+)?(?<verb>added|noted|said|stressed|"
            + "confirmed|explained|emphasized|emphasised|pointed out|warned|recalled)\\s+that\\s+(?<content>[^.;\"“”«»]{10,}?)\\.?\\s*$");

    /**
     * "This was stated … by X.": X said the previous statement, or the previous sentence if none was found.
     *
     * @return the speaker, or null if none was found
     */
    private String reattributePrevious(List<Found> found, Sentences.Sentence sentence, Matcher inverted) {
        var speaker = this.speakers.resolve(sentence.start() + inverted.start("speaker"), sentence.start() + inverted.end("speaker"));
        if ((speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix())) && inverted.group("appositive") != null) {
            // "This was stated by the head of the Russian delegation, Ambassador-at-Large Dmitry Lyubavin, at …".
            var named = personClosing(sentence.start() + inverted.start("appositive"), sentence.start() + inverted.end("appositive"));
            speaker = named != null ? named : speaker;
        }
        var text = this.context.text();
        if (speaker == null || !speaker.startsWith(EntityLabel.Person.keyPrefix())) {
            // "… by Russian Deputy Permanent Representative to the UN Office in Geneva Pavel Lukin.": the post's seat
            // comes before the name that closes the sentence.
            int end = sentence.end();
            while (end > sentence.start() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
                end--;
            }
            var seat = SEAT_THEN_NAME.matcher(text).region(sentence.start() + inverted.end("speaker"), end);
            if (seat.lookingAt()) {
                // "… in Vienna Mikhail Ulyanov in a post on X": the name may be followed by where it was said.
                var closing = personClosing(sentence.start() + inverted.start("speaker"), seat.end());
                speaker = closing != null ? closing : speaker;
            }
        }
        if (speaker == null) {
            return null;
        }
        var previous = this.context.previous(sentence);
        if (!found.isEmpty() && previous != null && found.get(found.size() - 1).end() >= previous.start()) {
            var last = found.remove(found.size() - 1);
            found.add(new Found(last.start(), last.end(), last.text(), last.kind(), speaker, last.verb(),
                    sentence.start(), sentence.end()));
        }
        else if (previous != null) {
            found.add(new Found(previous.start(), previous.end(), previous.text(text), Kind.reported, speaker, "stated",
                    sentence.start(), sentence.end()));
        }
        this.speakers.spoke(sentence.start(), speaker);
        return speaker;
    }

    /**
     * "President Donald Trump's announcement last Thursday that he had told the Pentagon to begin testing …": a saying
     * named as its speaker's, with what was said after "that". Its content ends where the sentence's own predicate
     * begins ("… has thrown a spotlight on the treaty").
     */
    private static final Pattern POSSESSED_SAYING = Pattern.compile("(?:^|\\s)(?<speaker>(?:[Tt]he\\s+)?(?:[A-Z][\\w.-]*\\s+){0,4}[A-Z][\\w.-]*)['’]s\\s+"
            + "(?:[a-z][\\w-]*\\s+){0,2}?(?<verb>announcement|statement|claim|warning|assertion|pledge|promise|insistence|argument|"
            + "assurance|declaration|threat|suggestion|proposal)\\s+(?:[^,;\"“”«»]{0,40}?\\s+)?that\\s+(?<content>[^;]{10,})");

    private static final Pattern MAIN_PREDICATE = Pattern.compile("\\s(?:has|have|is|are|was|were|drew|sparked|prompted|"
            + "alarmed|raised|triggered|came|comes|caused|followed)\\s");

    private static final List<String> SAYING_NOUNS = List.of("announcement", "statement", "claim", "warning", "assertion", "pledge",
            "promise", "insistence", "argument", "assurance", "declaration", "threat", "suggestion", "proposal");

    private Found possessedSaying(String s, int offset) {
        if (SAYING_NOUNS.stream().noneMatch(s::contains)) {
            return null;
        }
        var m = POSSESSED_SAYING.matcher(s);
        if (!m.find()) {
            return null;
        }
        var speaker = this.speakers.resolve(offset + m.start("speaker"), offset + m.end("speaker"));
        if (speaker == null) {
            return null;
        }
        int contentEnd = m.end("content");
        var predicate = MAIN_PREDICATE.matcher(s).region(m.start("content"), contentEnd);
        // "… that he had told the Pentagon to begin testing nuclear weapons has thrown …": a predicate after a few
        // words of the clause is the sentence's own.
        while (predicate.find()) {
            if (words(s.substring(m.start("content"), predicate.start())) >= 4) {
                contentEnd = predicate.start();
                break;
            }
        }
        return reportedFound(offset + m.start("content"), offset + contentEnd, speaker, m.group("verb"), offset + m.start("speaker"),
                offset + m.start("content"));
    }

    /**
     * "RIA Novosti quoted Deputy Foreign Minister Sergei Ryabkov as saying (that) …", "cited officials as telling reporters
     * …"; not the passive "was quoted by Interfax as saying", whose speaker is the subject.
     */
    private static final Pattern QUOTED_AS_SAYING = Pattern.compile("\\b(?:quoted|quotes|cited|cites)\\s+(?!by\\s)(?<who>[^;\"“”«»]{2,120}?),?\\s+as\\s+"
            + "(?:saying|stating|telling\\s+(?:reporters|journalists|the\\s+[\\w-]+|[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*))\\s+(?:that\\s+)?"
            // "… the agency quoted the minister as telling reporters in Tehran on Monday": where and when, not what.
            + "(?!(?:in|at|on|during|after)\\s[^,;]{0,40}$)(?<content>\\S.{9,})$");

    private static final Pattern DEFENDED_AS = Pattern.compile("[^.;,]{1,60}?\\bas\\s");

    private static final Pattern KEEPING_VERB = Pattern.compile("observed|maintained|maintains|continued");

    private static final Pattern DETERMINER_AFTER = Pattern.compile("\\s+(?:an?|the|its|their|his|her)\\s");

    /** "Washington has observed a moratorium on testing since 1992": a verb with an object is a limit kept, not a remark. */
    private static boolean keepsALimit(String s, String verb, int verbEnd) {
        return KEEPING_VERB.matcher(verb).matches() && DETERMINER_AFTER.matcher(s).region(verbEnd, s.length()).lookingAt();
    }

    /** A verb of offering and what it offers: "offered a plan", "proposed no alternative". */
    private static final Pattern OFFERED_OBJECT = Pattern.compile("(?:offered|proposed|pledged|promised|vowed|threatened|"
            + "predicted|recommended|demanded|asked)\\s+(?:a|an|no|any|its|their|his|her|some)\\s");

    private static final Pattern NOT_BEFORE_VERB = Pattern.compile("(?:\\bnot|\\bnever|n['’]t)\\s+$");

    /** What goes on after a speaker's words inside a source's account: ", but …", ", yet …". */
    private static final Pattern ACCOUNT_GOES_ON = Pattern.compile("(?<close>,[\"”]?|[\"”],)\\s+(?:but|yet)\\s+");

    /** A speaker's words inside a source's account, and where the account's own words resume ({@code -1}: nowhere). */
    private record SaidWithin(Found said, int accountFrom) {
    }

    /**
     * The words of a speaker whose saying a source vouches for: "Trump told reporters that the idea sounded good,
     * according to the Russian side". Null unless the sentence's own subject says them before the trailing
     * "according to".
     */
    private SaidWithin saidWithinAccount(Sentences.Sentence sentence, Found account) {
        if (!"according to".equals(account.verb()) || account.attributionStart() < account.end() || account.start() != sentence.start()) {
            return null;
        }
        var s = sentence.text(this.context.text());
        var said = speechClause(sentence, CLAUSE_VERBS.find(s));
        if (said == null || said.speaker().equals(account.speaker()) || said.attributionEnd() >= account.end()) {
            return null;
        }
        var goesOn = ACCOUNT_GOES_ON.matcher(this.context.text()).region(said.attributionEnd(), account.end());
        boolean split = goesOn.find();
        // A quote closed before "but" is kept whole, so the quoted words sit inside the statement.
        int end = !split ? account.end() : goesOn.end("close") - goesOn.start() == 1 ? goesOn.start() : goesOn.end("close");
        return new SaidWithin(reportedFound(said.start(), end, said.speaker(), said.verb(), said.attributionStart(), said.attributionEnd()),
                split ? goesOn.end() : -1);
    }

    private Found reported(Sentences.Sentence sentence) {
        var text = this.context.text();
        var s = sentence.text(text);
        int offset = sentence.start();
        // Every shape below needs a speech verb or "according to": most sentences have neither.
        // Case matters: "States" in "United States" is no verb.
        var accusing = s.contains("accusing ") ? accusation(sentence, s) : null;
        if (accusing != null) {
            return accusing;
        }
        var quotedAs = s.contains(" as saying") || s.contains(" as telling") || s.contains(" as stating") ? QUOTED_AS_SAYING.matcher(s) : null;
        if (quotedAs != null && quotedAs.find()) {
            // "Interfax quoted Yuri Lyamin, an expert on missile technology, as saying that …": the one quoted speaks, the
            // outlet only carries the words.
            int whoStart = offset + quotedAs.start("who");
            int whoEnd = offset + quotedAs.end("who");
            var speaker = personIn(whoStart, whoEnd);
            if (speaker == null) {
                speaker = this.speakers.resolve(whoStart, whoEnd);
            }
            if (speaker != null) {
                return reportedFound(offset + quotedAs.start("content"), sentence.end(), speaker, "quoted as saying",
                        offset + quotedAs.start(), offset + quotedAs.start("content"));
            }
        }
        var verbs = CLAUSE_VERBS.find(s);
        if (s.contains(" say ")) {
            // "say" is a present-tense report only after its subject: not "had a say", "to say", "would say".
            verbs = verbs.stream().filter(v -> !v.text().equals("say") || !NOT_A_REPORT_BEFORE_SAY.matcher(s).region(0, v.start()).find()).toList();
        }
        if (verbs.isEmpty() && !s.contains("ccording to") && !s.contains(", in ") && !s.startsWith("As ")
                && !((s.contains(", ") || s.contains(" by ")) && PARTICIPLE.matcher(s).find()) && !(s.contains(" citing ") && CITING_AFTER_YEAR.matcher(s).find())
                && !IN_VIEW.matcher(s).matches() && !mayPresentAStep(s)) {
            // Only one shape needs no verb of its own: ", with Tokyo arguing that …".
            return s.contains(", with ") ? withSpeakerSaying(sentence, s, offset) : null;
        }
        // "…, X said." needs a verb after a comma near the end; "…, X stressed, …" a verb right before a comma.
        boolean verbNearEnd = verbs.stream().anyMatch(v -> s.length() - v.end() < 200 && s.lastIndexOf(", ", v.start()) >= 0);
        boolean verbBeforeComma = verbs.stream().anyMatch(v -> v.end() < s.length() && s.charAt(v.end()) == ',');
        for (int v = verbs.size() - 1; v >= 0 && verbNearEnd; v--) {
            var verb = verbs.get(v);
            var speakerSpan = speakerBetweenCommaAndVerb(s, verb, 20, 32);
            // "…, Russian officials say.": the plural's present tense closes a report as "said" does, when the
            // sentence reports no one else before it.
            boolean pluralSay = verb.text().equals("say") && verbs.stream().noneMatch(other -> other.start() < verb.start()
                    && !PASSIVE_BEFORE.matcher(s).region(Math.max(0, other.start() - 30), other.start()).find());
            if (speakerSpan == null || !SPEECH_VERB_ONLY.matcher(verb.text()).matches() && !pluralSay
                    || !END_TAIL.matcher(s).region(verb.end(), s.length()).useTransparentBounds(true).matches()
                    // "…, and Washington has not said when it will be withdrawn": nothing was said.
                    || NOT_BEFORE_VERB.matcher(s).region(Math.max(0, verb.start() - 8), verb.start()).find()
                    || keepsALimit(s, verb.text(), verb.end())
                    // "…, and neither government has offered a clear plan": what was offered is its object, not the
                    // words before the comma.
                    || OFFERED_OBJECT.matcher(s).region(verb.start(), s.length()).lookingAt()) {
                continue;
            }
            if (speakerSpan[2] < intro(s).length() || THAT_RIGHT_AFTER.matcher(s.substring(verb.end())).lookingAt()
                    || s.startsWith("in what ", speakerSpan[0]) || ACCORDING_OPENING.matcher(s).region(0, speakerSpan[2]).matches()) {
                // "According to the ministry, Moscow had proposed …": the source comes first; the rest is what it said.
                // And "…, in what Putin described as a response to …": the description follows the verb.
                // Also "…, Oleg Travin, wrote on X that …": what was said follows the verb.
                // "In a video message read out at the opening, Guterres called on …": the words before the
                // comma set the scene; they are not what was said.
                continue;
            }
            if (onlyAPersonNamed(offset, offset + speakerSpan[2])) {
                // "Retired Maj. Gen. Ernesto Villacorta, a former deputy chief of staff …, offered a more hedged
                // assessment": the sentence's subject and his description, not words and their speaker.
                continue;
            }
            var named = personBeforeAppositive(s, offset, speakerSpan);
            if (named != null) {
                // "…, Yelena Arkhipova, a member of the committee, told Interfax."
                speakerSpan = named;
            }
            else if (s.startsWith("who ", speakerSpan[0])) {
                // "…, who headed the Russian delegation, told": the speaker is whoever the clause is about, not the
                // delegation it names.
                continue;
            }
            if (NEWS_OUTLET.matcher(s).region(speakerSpan[0], speakerSpan[1]).find()) {
                // "Deputy Foreign Minister Andrei Rudenko said Moscow regarded …, the RIA news agency reported": the
                // outlet passes on what the named speaker said.
                var inner = speechClause(sentence, verbs);
                if (inner != null) {
                    return inner;
                }
            }
            var speaker = this.speakers.resolve(offset + speakerSpan[0], offset + speakerSpan[1]);
            if (speaker != null) {
                return reportedFound(offset, offset + speakerSpan[2], speaker, verb.text(), offset + speakerSpan[0], sentence.end());
            }
        }
        // ", said Army spokeswoman …": tried only when a verb of that shape follows a comma.
        boolean verbAfterComma = verbNearEnd && verbs.stream().anyMatch(v -> v.start() >= 2 && s.startsWith(", ", v.start() - 2));
        var inverted = verbAfterComma ? SAID_SPEAKER_END.matcher(s) : null;
        if (inverted != null && inverted.matches() && intro(s).length() < inverted.end("content")
                && namesOnly(inverted.group("speaker"))) {
            var speaker = this.speakers.resolve(offset + inverted.start("speaker"), offset + inverted.end("speaker"));
            if (speaker != null) {
                return reportedFound(offset, offset + inverted.end("content"), speaker, inverted.group("verb"),
                        offset + inverted.end("content"), sentence.end());
            }
        }
        boolean accordingTo = s.contains("ccording to");
        var according = REPORTED_ACCORDING.matcher(s);
        if (accordingTo && according.find() && words(according.group("speaker")) <= 10) {
            var speaker = this.speakers.resolve(offset + according.start("speaker"), offset + according.end("speaker"));
            if (speaker != null) {
                return reportedFound(offset + according.start("content"), offset + according.end("content"), speaker,
                        "according to", offset + according.start(), offset + according.end("speaker"));
            }
        }
        var asPut = s.startsWith("As ") ? AS_PUT_IT.matcher(s) : null;
        if (asPut != null && asPut.matches()) {
            // "As Lavrov put it, the ball is now in Washington's court."
            var speaker = this.speakers.resolve(offset + asPut.start("who"), offset + asPut.end("who"));
            if (speaker != null) {
                return reportedFound(offset + asPut.start("content"), sentence.end(), speaker, "put it", offset,
                        offset + asPut.start("content"));
            }
        }
        var view = IN_VIEW.matcher(s);
        if (view.matches()) {
            // "In the lawmaker's opinion": the lawmaker, whoever spoke last.
            // "In his words": the man spoken of last, as "he" would be.
            var speaker = view.group("who") != null ? this.speakers.resolve(offset + view.start("who"), offset + view.end("who"))
                    : view.group("pronoun").equals("their") ? this.speakers.lastSpeaker(offset)
                    : this.speakers.resolve(offset + view.start("pronoun"), offset + view.end("pronoun"));
            if (speaker != null) {
                return reportedFound(offset + view.start("content"), sentence.end(), speaker, "in his view", offset,
                        offset + view.start("content"));
            }
        }
        // The pattern backtracks over every comma: tried only where an aside can stand.
        var aside = verbBeforeComma || s.contains(", in ") || s.contains(", according to") || toldAudienceAside(s) ? PARENTHETICAL.matcher(s) : null;
        if (aside != null && aside.matches()) {
            // "The decision, he said, was a mistake": the attribution stands inside what was said.
            var speaker = aside.group("speaker") != null
                    ? this.speakers.resolve(offset + aside.start("speaker"), offset + aside.end("speaker"))
                    : this.speakers.lastSpeaker(offset);
            if (speaker != null) {
                var found = reportedFound(offset, sentence.end(), speaker, aside.group("verb") != null ? aside.group("verb") : "in his words",
                        offset + aside.start("aside"), offset + aside.end("aside"));
                var said = s.substring(0, aside.start("aside")).stripTrailing() + " " + aside.group("rest");
                return new Found(found.start(), found.end(), TRAILING_STOP.matcher(said.strip()).replaceFirst(""), found.kind(),
                        found.speaker(), found.verb(), found.attributionStart(), found.attributionEnd());
            }
        }
        for (var verb : verbs) {
            if (!verbBeforeComma || verb.end() >= s.length() || s.charAt(verb.end()) != ',' || s.length() - verb.end() < 12) {
                continue;
            }
            var speakerSpan = speakerBetweenCommaAndVerb(s, verb, 15, 12);
            if (speakerSpan == null || !SPEECH_VERB_ONLY.matcher(verb.text()).matches()) {
                continue;
            }
            var speaker = this.speakers.resolve(offset + speakerSpan[0], offset + speakerSpan[1]);
            if (speaker != null) {
                return reportedFound(offset, sentence.end(), speaker, verb.text(), offset + speakerSpan[0], offset + verb.end());
            }
        }
        var accordingEnd = ACCORDING_END.matcher(s);
        if (accordingTo && accordingEnd.matches()) {
            int speakerStart = accordingEnd.start("speaker");
            int speakerEnd = accordingEnd.end("speaker");
            var issued = ISSUED_BY.matcher(s).region(speakerStart, speakerEnd);
            if (issued.lookingAt()) {
                // "…, according to a joint statement released by the White House on Wednesday on the sidelines of
                // the NATO summit": the issuer speaks, the rest of the phrase sets the scene.
                var issuer = this.context.mentionsIn(offset + issued.end(), offset + speakerEnd);
                if (!issuer.isEmpty() && issuer.get(0).start() - offset <= issued.end() + 4) {
                    speakerStart = issuer.get(0).start() - offset;
                    speakerEnd = issuer.get(0).end() - offset;
                }
            }
            var speaker = words(s.substring(speakerStart, speakerEnd)) > 10 ? null
                    : this.speakers.resolve(offset + speakerStart, offset + speakerEnd);
            if (speaker != null) {
                return reportedFound(offset + accordingEnd.start("content"), offset + accordingEnd.end("content"), speaker,
                        "according to", offset + accordingEnd.end("content"), sentence.end());
            }
        }
        var passive = passiveAttribution(s, sentence);
        if (passive != null) {
            return passive;
        }
        var found = speechClause(sentence, verbs);
        var whoSaid = found == null && (s.contains(", which ") || s.contains(", who ")) ? WHICH_SAID.matcher(s) : null;
        if (whoSaid != null && whoSaid.find()) {
            // "… drew criticism from China, which has repeatedly demanded that Washington withdraw a similar launcher":
            // the speaker is the name the relative pronoun stands for.
            var named = this.context.mentionsIn(offset, offset + whoSaid.start());
            var antecedent = named.isEmpty() ? null : named.get(named.size() - 1);
            if (antecedent != null && antecedent.end() == offset + whoSaid.start() && antecedent.label() != EntityLabel.Treaty
                    && antecedent.label() != EntityLabel.MissileSystem && antecedent.label() != EntityLabel.Region) {
                var speaker = this.speakers.resolve(antecedent.start(), antecedent.end());
                if (speaker != null) {
                    // "… from China and Russia, which say …": the whole list is the antecedent.
                    int listStart = antecedent.start();
                    for (int i = named.size() - 2; i >= 0 && named.get(i).label() == antecedent.label()
                            && LIST_SEPARATOR.matcher(this.context.text()).region(named.get(i).end(), listStart).matches(); i--) {
                        listStart = named.get(i).start();
                    }
                    return reportedFound(offset + whoSaid.start("content"), sentence.end(), speaker, whoSaid.group("verb"),
                            listStart, offset + whoSaid.start("content"));
                }
            }
        }
        var relative = found == null && (s.contains("that ") || s.contains("which ")) ? RELATIVE_SAYS.matcher(s) : null;
        if (relative != null && relative.find()) {
            // "…, a step that Moscow says restores parity with the United States but …": a claim in a relative clause.
            var pronoun = pronounSpeaker(relative.group("speaker"));
            var speaker = pronoun ? actorBefore(offset, offset + relative.start(), relative.group("speaker"))
                    : this.speakers.resolve(offset + relative.start("speaker"), offset + relative.end("speaker"));
            if (speaker != null) {
                return reportedFound(offset + relative.start("content"), offset + relative.end("content"), speaker,
                        relative.group("verb"), offset + relative.start(), offset + relative.start("content"));
            }
        }
        if (found == null && s.contains(", with ")) {
            var with = withSpeakerSaying(sentence, s, offset);
            if (with != null) {
                return with;
            }
        }
        if (found == null && mayPresentAStep(s)) {
            var presented = STEP_PRESENTED_AS.matcher(s);
            if (presented.find()) {
                var speaker = this.speakers.resolve(offset + presented.start("who"), offset + presented.end("who"));
                if (speaker != null) {
                    // The whole apposition is the statement: "a move Moscow has called a mistake".
                    return reportedFound(offset + presented.start(), offset + presented.end("content"), speaker,
                            presented.group("verb"), offset + presented.start("who"), offset + presented.start("content"));
                }
            }
        }
        if (found == null && s.contains(", which ")) {
            var rejected = WHICH_THEY_REJECT.matcher(s);
            if (rejected.find()) {
                // "The TPNW, which Russia and the other nuclear powers reject, entered into force …": their rejection of
                // the thing named before.
                var speaker = this.speakers.resolve(offset + rejected.start("np"), offset + rejected.end("np"));
                var named = this.context.mentionsIn(offset, offset + rejected.start());
                var thing = named.isEmpty() ? null : named.get(named.size() - 1);
                if (speaker != null && thing != null && thing.end() == offset + rejected.start()) {
                    return reportedFound(thing.start(), offset + rejected.end("verb"), speaker, rejected.group("verb"),
                            offset + rejected.start("np"), offset + rejected.end("verb"));
                }
            }
        }
        if (found == null && s.contains(", in which ")) {
            var inWhich = IN_WHICH_SAID.matcher(s);
            if (inWhich.find()) {
                // "… a post by President Donald Trump on October 30, in which he wrote that he had instructed …": the
                // words of the one the post or speech is by.
                var who = inWhich.group("who");
                var speaker = Character.isLowerCase(who.charAt(0)) ? actorBefore(offset, offset + inWhich.start(), who)
                        : this.speakers.resolve(offset + inWhich.start("who"), offset + inWhich.end("who"));
                if (speaker != null) {
                    return reportedFound(offset + inWhich.start("content"), sentence.end(), speaker, inWhich.group("verb"),
                            offset + inWhich.start("who"), offset + inWhich.start("content"));
                }
            }
        }
        if (found == null && s.contains(" in what ")) {
            var described = IN_WHAT_DESCRIBED.matcher(s);
            if (described.find()) {
                // "…, in what Putin described as a response to the UK's decision": his description is his statement.
                var speaker = this.speakers.resolve(offset + described.start("who"), offset + described.end("who"));
                if (speaker != null) {
                    return reportedFound(offset + described.start("content"), sentence.end(), speaker, "described",
                            offset + described.start(), offset + described.start("content"));
                }
            }
        }
        return found;
    }

    /**
     * The speaker of "{@code content, SPEAKER verb …}": the words between the last comma before the verb
     * and the verb (a speaker phrase holds no comma). Returns {@code [speakerStart, speakerEnd, contentEnd]},
     * or null when the content is shorter than {@code minContent} or the phrase is no plausible speaker.
     */
    private static final Pattern DESCRIBED_AS = Pattern.compile("\\bthat\\b|\\bwhat\\s+\\S+(?:\\s+\\S+)?$");

    private static final Pattern RELATIVE_INSIDE = Pattern.compile("\\b(?:which|whom|whose)\\b");

    /** Whether one of {@link #LIST_AFTER_SUBORDINATOR}'s words stands in the stretch before {@code comma}: a literal search first. */
    private static boolean mayFollowSubordinator(String s, int comma) {
        int from = Math.max(0, comma - 60);
        for (var word : SUBORDINATORS) {
            int at = s.indexOf(word, from);
            if (at >= 0 && at < comma) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SUBORDINATORS = List.of("after ", "before ", "because ", "until ", "once ", "when ");

    private static final Pattern LIST_AFTER_SUBORDINATOR = Pattern.compile("\\b(?:after|before|because|until|once|when)\\s+(?:the\\s+)?"
            + "[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}$");

    private static final Pattern SUBORDINATE_INSIDE = Pattern.compile("\\b(?:after|before|because|until|once|when)\\s");

    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("(?:saying|adding|noting|stressing|warning|stating|arguing|"
            + "insisting|claiming|explaining|declaring|asserting|recalling)\\b");

    private static int[] speakerBetweenCommaAndVerb(String s, CueMatcher.Found verb, int minContent, int maxWords) {
        int comma = s.lastIndexOf(',', verb.start() - 1);
        int phraseEnd = verb.start();
        if (comma > 0 && s.substring(comma + 1, verb.start()).isBlank()) {
            // "…, Yelena Arkhipova, a senator, told Interfax": the phrase is the appositive between two commas.
            phraseEnd = comma;
            comma = s.lastIndexOf(',', comma - 1);
        }
        if (comma < minContent || comma + 1 >= phraseEnd || !Character.isWhitespace(s.charAt(comma + 1))) {
            return null;
        }
        int start = comma + 1;
        while (start < phraseEnd && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        var phrase = ADVERB_BEFORE_VERB.matcher(s.substring(start, phraseEnd).stripTrailing()).replaceFirst("");
        if (phrase.isEmpty() || phrase.chars().anyMatch(c -> "\"“”«»;:".indexOf(c) >= 0) || words(phrase) > maxWords
                || PASSIVE_END.matcher(phrase).find() || RELATIVE_OPENER.matcher(phrase).lookingAt()
                || DESCRIBED_AS.matcher(phrase).find() || PARTICIPLE_OPENING.matcher(phrase).lookingAt()
                || RELATIVE_INSIDE.matcher(phrase).find() || verb.text().equals("states") && phrase.endsWith(" member")
                || SUBORDINATE_INSIDE.matcher(phrase).find()
                || mayFollowSubordinator(s, comma) && LIST_AFTER_SUBORDINATOR.matcher(s).region(Math.max(0, comma - 60), comma).find()) {
            // "… ended without a final document after the United States, the United Kingdom and Canada objected to
            // …": the comma parts a list of the story's actors, not what was said from who said it.
            // "…, held in New York, ended without a final document after Russia objected to the draft": the
            // phrase holds a clause of the story's own, so no speaker stands there.
            // "…, under which US bombs are stored in several NATO member states, were …": a relative clause, and
            // "states" a noun.
            // "…, citing Russian violations, which Moscow has denied": a relative clause, not the attribution.
            // "…, saying Manila had never promised to send it back": what the participle reports, not a speaker.
            // "…, told journalists that Moscow would act against what he called …": a description inside what
            // was said, not a speaker after it.
            return null;
        }
        return new int[] { start, start + phrase.length(), comma };
    }

    /**
     * When the phrase before the verb is an appositive ("a member of the committee") and a named person
     * ends right before its comma, that person's span {@code [start, end, contentEnd]}; else null.
     */
    private int[] personBeforeAppositive(String s, int offset, int[] span) {
        var phrase = s.substring(span[0], span[1]);
        if (phrase.isEmpty() || span[2] <= 0 || !(Character.isLowerCase(phrase.charAt(0))
                || Lexicon.isTitleWord(phrase.split("\\s+")[0]) || POSSESSIVE_ROLE.matcher(phrase).lookingAt())) {
            return null;
        }
        int nameEnd = offset + span[2];
        int sentenceStart = offset;
        for (var mention : this.context.mentionsIn(sentenceStart, nameEnd)) {
            if (mention.label() == EntityLabel.Person && mention.end() == nameEnd) {
                int comma = s.lastIndexOf(',', mention.start() - offset - 1);
                int start = mention.start() - offset;
                // The title before the name belongs to the speaker phrase, up to the comma that ends the content.
                int phraseStart = comma < 0 ? start : comma + 1;
                while (phraseStart < start && Character.isWhitespace(s.charAt(phraseStart))) {
                    phraseStart++;
                }
                // "Deputy Director of the Russian Foreign Ministry's Department for Non-Proliferation and Arms Control
                // Igor Vishnevetsky": a title may run long; anything else that long is no speaker's phrase.
                var role = s.substring(phraseStart, span[2]);
                if (comma < 15 || words(role) > (Lexicon.isTitleWord(role.split("\\s+")[0]) ? 20 : 10)) {
                    return null;
                }
                return new int[] { phraseStart, span[2], comma };
            }
        }
        return null;
    }

    /** "Russia's Permanent Representative to the Conference on Disarmament": a role owned by a named side. */
    private static final Pattern POSSESSIVE_ROLE = Pattern.compile("[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?['’]s\\s+[\\w-]+");

    /** What the speaker of a quote went on to say in the same sentence: {@code …," she said, adding that …}. */
    private Found addedAfter(Found quoted) {
        if (quoted.attributionEnd() < 0) {
            return null;
        }
        var sentence = this.context.sentenceAt(quoted.attributionEnd() - 1);
        if (sentence == null || sentence.end() <= quoted.attributionEnd()) {
            return null;
        }
        var text = this.context.text();
        var m = ADDING.matcher(text.substring(quoted.attributionEnd(), sentence.end()));
        if (!m.matches()) {
            return null;
        }
        int start = quoted.attributionEnd() + m.start("content");
        return reportedFound(start, quoted.attributionEnd() + m.end("content"), quoted.speaker(), m.group("verb"),
                quoted.attributionEnd(), start);
    }

    /**
     * The general reported-speech shape: a subject that names a speaker, a speech or belief verb, then
     * what was said ("Kremlin Spokesman Dmitry Peskov told reporters that …", "In Moscow, the ministry
     * said it …", "Floyd thanked Armenia and noted that …", "Putin floated the idea, saying …").
     */
    private Found speechClause(Sentences.Sentence sentence, List<CueMatcher.Found> verbs) {
        var text = this.context.text();
        var s = sentence.text(text);
        int offset = sentence.start();
        this.clauseOffset = offset;
        var commaParticiple = PARTICIPLE.matcher(s);
        boolean participleFound = commaParticiple.find();
        var participle = !participleFound && s.contains(" citing ") ? CITING_AFTER_YEAR.matcher(s) : commaParticiple;
        if (participle != commaParticiple) {
            participleFound = participle.find();
        }
        int tried = 0;
        for (var found : verbs) {
            if (tried++ >= 4) {
                break;
            }
            var verb = found.text();
            if (s.startsWith(" in kind", found.end())) {
                // "Russia responded in kind the following day": an act answered with the same act, not words.
                continue;
            }
            if (keepsALimit(s, verb, found.end())) {
                continue;
            }
            if (verb.startsWith("defend") && !DEFENDED_AS.matcher(s).region(found.end(), s.length()).lookingAt()
                    && words(s.substring(found.end()).split("[,;.]", 2)[0]) < 7) {
                // "Scholz defended the decision on Thursday": the words come later. "defended it as a necessary answer
                // to Russia's arsenal", "defended plans to host US long-range missiles on its soil" say what he holds.
                continue;
            }
            var citing = CITING_SOURCES.matcher(s).region(found.end(), s.length());
            if (citing.lookingAt()) {
                // "Kyodo News reported, citing sources in the Japanese Defense Ministry, that …": the outlet
                // passes on what the body's people said, so the body speaks.
                var body = this.speakers.resolve(offset + citing.start("body"), offset + citing.end("body"));
                if (body != null && words(s.substring(citing.end())) >= 3) {
                    return reportedFound(offset + citing.end(), sentence.end(), body, verb, offset, offset + citing.end());
                }
            }
            var subject = subjectBefore(s, found.start());
            if (subject == null) {
                continue;
            }
            var speaker = this.speakers.resolve(offset + subject[0], offset + subject[1]);
            if (speaker == null) {
                continue;
            }
            int content = contentStart(s, found.end(), verb);
            if (content < 0) {
                continue;
            }
            if (verb.startsWith("announce") && ANNOUNCED_ACT.matcher(s).region(content, s.length()).lookingAt()) {
                // "North Korea announced its withdrawal from the NPT in January 2003": an act told, not words said.
                continue;
            }
            // "Beijing has repeatedly called for its withdrawal", "Russian officials have threatened to withdraw as
            // well": what was said is too short to stand alone, so the statement is the whole clause.
            // "… said the plan was sound" is a clause of its own, however short.
            int from = words(s.substring(content)) <= 5 && !FINITE_CLAUSE.matcher(s).region(content, s.length()).find() ? subject[0] : content;
            return reportedFound(offset + from, sentence.end(), speaker, verb, offset + subject[0], offset + content);
        }
        if (participleFound && !(REASON_GIVEN.matcher(participle.group("verb")).matches()
                && (verbs.stream().anyMatch(v -> v.start() < participle.start()) || SOURCES_CITED.matcher(s).region(participle.end(), s.length()).lookingAt()))) {
            // "citing" and "pointing to" give the subject's reason only when nothing was said before them, and
            // "citing officials" names a source, not a reason.
            int subjectLength = nounPhraseLength(s.substring(intro(s).length()));
            // A sentence that opens with a quote has no subject of its own before the participle.
            var subject = subjectLength == 0 ? null : subjectBefore(s, intro(s).length() + subjectLength);
            var clauseSubject = CLAUSE_SUBJECT_BEFORE_PARTICIPLE.matcher(s).region(0, participle.start());
            if (clauseSubject.find() && (subject == null || clauseSubject.group().startsWith(",")
                    || this.speakers.resolve(offset + subject[0], offset + subject[1]) == null)) {
                // "… ended without a final document after the Russian delegation refused to back the draft, saying
                // it was one-sided": the participle goes with the clause right before it, when the sentence's own
                // subject speaks for no one ("Russia has kept a moratorium since the United States withdrew …, saying
                // it would hold to it" is Russia's).
                subject = new int[] { clauseSubject.start("np"), clauseSubject.end("np") };
            }
            var named = subject == null ? null : nameInAppositionAfter(s, offset, subject[1]);
            if (named != null) {
                // "Mexico's delegate, Ricardo Ibarra, struck a different tone, saying …": the name set off after the post.
                subject = named;
            }
            // "…, citing Russian violations": a reason may be two words.
            if (subject != null && words(s.substring(participle.end())) >= (REASON_GIVEN.matcher(participle.group("verb")).matches() ? 2 : 3)) {
                var speaker = this.speakers.resolve(offset + subject[0], offset + subject[1]);
                if (speaker != null) {
                    return reportedFound(offset + participle.end(), sentence.end(), speaker, participle.group("verb"),
                            offset + subject[0], offset + participle.end());
                }
            }
        }
        return null;
    }

    /** The span of a person named between commas right after {@code [.., subjectEnd)} of {@code s}, else null. */
    private int[] nameInAppositionAfter(String s, int offset, int subjectEnd) {
        if (!s.startsWith(", ", subjectEnd)) {
            return null;
        }
        for (var mention : this.context.mentionsIn(offset + subjectEnd + 2, Math.min(offset + s.length(), offset + subjectEnd + 80))) {
            int start = mention.start() - offset;
            int end = mention.end() - offset;
            return mention.label() == EntityLabel.Person && start == subjectEnd + 2 && s.startsWith(",", end) ? new int[] { start, end } : null;
        }
        return null;
    }

    private static final Pattern NOT_A_REPORT_BEFORE_SAY = Pattern.compile("\\b(?:a|to|would|will|could|can|may|might|should|must|not|"
            + "n't|did|do|does|let|I|we|you)\\s+$");

    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?");

    private static final Pattern LIST_OPENER = Pattern.compile("(?:^|\\b(?:after|when|because|as|since|once|until|while)\\s+)(?:the\\s+)?$");

    /**
     * "Russia, China and Iran said", "… after the United States, the United Kingdom and Canada objected": three or more
     * states or bodies listed right before the verb, opening the clause or a subordinate one. Their span, so that each
     * of them is a speaker; else null.
     */
    private int[] actorListEndingAt(String pre) {
        if (pre.indexOf(',') < 0 || pre.indexOf(" and ") < 0) {
            return null;
        }
        var mentions = this.context.mentionsIn(this.clauseOffset, this.clauseOffset + pre.length());
        var text = this.context.text();
        int count = 0;
        int listStart = -1;
        int expectedEnd = this.clauseOffset + pre.length();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            var mention = mentions.get(i);
            if (mention.label() != EntityLabel.State && mention.label() != EntityLabel.Organization || mention.end() > expectedEnd) {
                break;
            }
            var gap = text.substring(mention.end(), expectedEnd);
            if (count == 0 ? !gap.isBlank() : !LIST_SEPARATOR.matcher(gap).matches()) {
                break;
            }
            count++;
            listStart = mention.start();
            expectedEnd = mention.start();
        }
        if (count < 3 || !LIST_OPENER.matcher(text).region(Math.max(this.clauseOffset + intro(pre).length(), listStart - 20), listStart)
                .useTransparentBounds(true).find()) {
            return null;
        }
        return new int[] { listStart - this.clauseOffset, pre.stripTrailing().length() };
    }

    /** The span of the person named at {@code clauseStart} of {@code pre} when a comma follows the name, else null. */
    private int[] personOpening(String pre, int clauseStart) {
        int start = clauseStart;
        while (start < pre.length() && Character.isWhitespace(pre.charAt(start))) {
            start++;
        }
        for (var mention : this.context.mentionsIn(this.clauseOffset + start, this.clauseOffset + pre.length())) {
            int end = mention.end() - this.clauseOffset;
            return mention.label() == EntityLabel.Person && mention.start() - this.clauseOffset == start && end < pre.length()
                    && pre.charAt(end) == ',' ? new int[] { start, end } : null;
        }
        return null;
    }

    /** "…, she told a briefing, but …": an attribution set in commas whose verb has its audience after it. */
    private static boolean toldAudienceAside(String s) {
        int told = s.indexOf(" told ");
        int comma = told < 0 ? -1 : s.indexOf(',', told);
        return comma > 0 && comma - told <= 45;
    }

    private static String intro(String s) {
        var m = INTRO.matcher(s);
        return m.lookingAt() && !s.regionMatches(true, 0, "according", 0, 9) ? m.group() : "";
    }

    /**
     * The span {@code [start, end)} of the phrase that is the subject of a verb at {@code verbStart}, or
     * null when the words before the verb are not a subject (the verb belongs to a subordinate clause).
     */
    private static final Pattern AFFILIATION_END = Pattern.compile("(?<=\\p{L})" + Lexicon.AFFILIATION + ",$");

    /** A relative clause that says why a source goes unnamed, between who speaks and the verb. */
    private static final Pattern ANONYMITY_CLAUSE = Pattern.compile("\\s+(?:who|which)\\s+(?:asked|requested|spoke|declined|"
            + "(?:was|is|were|are)\\s+not\\s+authori[sz]ed)\\b[^,;:\"“”«»]{0,80}$");

    private static final Pattern SPOKESPERSON_FOR_BEFORE = Pattern.compile("\\bspokes(?:man|woman|person)\\s+for\\s+(?:[\\w.'’-]+\\s+){0,4}$");

    private int[] subjectBefore(String s, int verbStart) {
        // "South Korea's Joint Chiefs of Staff (JCS) said": the abbreviation is blanked, so offsets stay.
        var pre = blankAbbreviations(s.substring(0, verbStart));
        var anonymous = pre.contains(" who ") || pre.contains(" which ") ? ANONYMITY_CLAUSE.matcher(pre)
            .region(Math.max(0, pre.length() - 120), pre.length()).useTransparentBounds(true) : null;
        if (anonymous != null && anonymous.find() && anonymous.start() > 0) {
            // "A Russian foreign ministry official who asked not to be named told AFP": who speaks stands before "who".
            pre = pre.substring(0, anonymous.start());
        }
        // The adverbs sit right before the verb: searching only the last stretch keeps the "…$" pattern from
        // being tried at every position of a long sentence.
        if (mayEndWithAdverbs(pre)) {
            var adverbs = TRAILING_ADVERBS.matcher(pre).useTransparentBounds(true).useAnchoringBounds(false);
            adverbs.region(Math.max(0, pre.length() - 90), pre.length());
            if (adverbs.find()) {
                pre = pre.substring(0, adverbs.start());
            }
        }
        else {
            pre = pre.stripTrailing();
        }
        var list = actorListEndingAt(pre);
        if (list != null) {
            return list;
        }
        var named = personEndingAt(pre);
        if (named != null) {
            var spokesperson = SPOKESPERSON_FOR_BEFORE.matcher(pre).region(Math.max(0, named[0] - 80), named[0]);
            if (spokesperson.find()) {
                // "A spokesperson for UN Secretary-General Antonio Guterres said": the spokesperson, for whoever they speak.
                return new int[] { spokesperson.start(), named[1] };
            }
            var government = GOVERNMENT_OF_BEFORE.matcher(pre).region(Math.max(0, named[0] - 60), named[0]);
            // "the administration of US President Donald Trump notified": the government, not the man.
            return government.find() ? new int[] { government.start(), named[1] } : named;
        }
        var trimmed = pre.stripTrailing();
        if (trimmed.endsWith(",")) {
            // "Its parliamentary leader, Heidi Reichinnek, said": the name in apposition right before the verb.
            var appositive = personEndingAt(trimmed.substring(0, trimmed.length() - 1));
            if (appositive == null && trimmed.contains(" of ")) {
                // "An opposition lawmaker, Emiko Tsujimura of the Constitutional Democratic Party, said": past the party.
                var affiliation = AFFILIATION_END.matcher(trimmed).region(Math.max(0, trimmed.length() - 100), trimmed.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
                if (affiliation.find()) {
                    appositive = personEndingAt(trimmed.substring(0, affiliation.start()));
                }
            }
            if (appositive != null && trimmed.substring(0, appositive[0]).stripTrailing().endsWith(",")) {
                return appositive;
            }
            // "Gennady Tverdokhlebov, Russia's envoy to the treaty's monitoring organization, the CTBTO, told": a
            // person opening the clause, set off by a comma, is the subject whatever the inserts name after him.
            var opening = personOpening(trimmed, intro(trimmed).length());
            if (opening != null) {
                return opening;
            }
            // "Seoul's spy agency, the National Intelligence Service (NIS), said": the body named in apposition.
            var body = bodyInApposition(trimmed.substring(0, trimmed.length() - 1));
            if (body != null) {
                return body;
            }
        }
        // "…, and Kazakhstan, one of the treaty's earliest backers, called": an insert after the joined clause's
        // subject is set aside first.
        int joinedEnd = pre.length();
        if (pre.endsWith(",")) {
            var insert = INSERT_AFTER_SUBJECT.matcher(pre).region(Math.max(0, pre.length() - 100), pre.length()).useTransparentBounds(true);
            if (insert.find()) {
                joinedEnd = insert.start();
            }
        }
        // The joined clause's conjunction and subject fit in the last hundred characters.
        var joined = JOINED_CLAUSE_SUBJECT.matcher(joinedEnd == pre.length() ? pre : pre.substring(0, joinedEnd))
            .region(Math.max(0, joinedEnd - 100), joinedEnd)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
        if (joined.find() && nounPhraseLength(joined.group("np")) == joined.group("np").length()) {
            // "Russia has deployed Iskanders there, and Moscow has warned it would …": the second clause's subject.
            return new int[] { joined.start("np"), joined.end("np") };
        }
        var relative = RELATIVE_WHO.matcher(pre);
        if (pre.endsWith("who") && relative.find()) {
            // "… by US President Donald Trump, who said …": the antecedent ends right before ", who".
            var before = pre.substring(0, relative.start());
            int start = nounPhraseStartBackwards(before);
            return start < before.length() ? new int[] { start, before.length() } : null;
        }
        if (pre.endsWith("which")) {
            // "commenting on a Foreign Ministry statement issued on Monday, which said that …": the body whose
            // document it is.
            var document = DOCUMENT_WHICH.matcher(pre).region(Math.max(0, pre.length() - 140), pre.length())
                .useTransparentBounds(true).useAnchoringBounds(false);
            if (document.find()) {
                var issuers = this.context.mentionsIn(this.clauseOffset + document.start("np"), this.clauseOffset + document.end("np")).stream()
                    .filter(mention -> mention.label() == EntityLabel.Organization || mention.label() == EntityLabel.State)
                    .toList();
                if (!issuers.isEmpty()) {
                    var issuer = issuers.get(issuers.size() - 1);
                    return new int[] { issuer.start() - this.clauseOffset, issuer.end() - this.clauseOffset };
                }
            }
        }
        var afterOpening = pre.length() < 90 && (pre.endsWith("he") || pre.endsWith("they")) ? PRONOUN_AFTER_OPENING.matcher(pre) : null;
        if (afterOpening != null && afterOpening.matches()) {
            // "During the campaign he criticized …": a time set before the pronoun without a comma.
            return new int[] { afterOpening.start("who"), afterOpening.end("who") };
        }
        int clauseStart = intro(pre).length();
        var clause = pre.substring(clauseStart);
        var bodysDocument = clause.indexOf("'s ") > 0 || clause.indexOf("’s ") > 0 ? BODYS_DOCUMENT.matcher(clause) : null;
        if (bodysDocument != null && bodysDocument.matches()) {
            // "The State Department's annual report on adherence to arms control agreements, released on Wednesday,
            // said": the body whose document it is ("The Pentagon" may be named with its article).
            for (var mention : this.context.mentionsIn(this.clauseOffset + clauseStart,
                    this.clauseOffset + clauseStart + bodysDocument.end("body"))) {
                if ((mention.label() == EntityLabel.Organization || mention.label() == EntityLabel.State)
                        && mention.end() == this.clauseOffset + clauseStart + bodysDocument.end("body")) {
                    return new int[] { mention.start() - this.clauseOffset, mention.end() - this.clauseOffset };
                }
            }
        }
        var roleThenName = ROLE_THEN_NAME.matcher(clause);
        if (roleThenName.matches()) {
            // "The conference president, Argentine diplomat Gustavo Zlauvinen, told": the name closing the insert.
            int insertEnd = clauseStart + roleThenName.end("insert");
            for (var mention : this.context.mentionsIn(this.clauseOffset + clauseStart, this.clauseOffset + insertEnd)) {
                if (mention.label() == EntityLabel.Person && mention.end() == this.clauseOffset + insertEnd) {
                    return new int[] { mention.start() - this.clauseOffset, mention.end() - this.clauseOffset };
                }
            }
        }
        var owned = bodyAfterPossessor(clause, clauseStart);
        if (owned != null) {
            return owned;
        }
        int np = nounPhraseLength(clause);
        if (np == 0) {
            return null;
        }
        var rest = clause.substring(np).strip();
        var subjectText = TRAILING_COMMAS.matcher(clause.substring(0, np)).replaceFirst("");
        int[] subject = { clauseStart, clauseStart + subjectText.length() };
        if (rest.isEmpty()) {
            return subject;
        }
        // "Hanna Lindgren, an independent analyst, said": an insert between commas. "Russia's envoy to the
        // IAEA, Mikhail Ulyanov, wrote": the insert is the name, and the person is the speaker.
        if (clause.substring(0, np).strip().endsWith(",") && rest.endsWith(",") && !rest.contains("\"") && !rest.contains("“")) {
            int insertEnd = clauseStart + clause.stripTrailing().length() - 1;
            if (!RELATIVE_INSERT.matcher(rest).lookingAt()) {
                // "Seoul's spy agency, the National Intelligence Service (NIS), told": a body's name closes it too.
                insertEnd = clauseStart + clause.substring(0, insertEnd - clauseStart).stripTrailing().length();
                for (var mention : this.context.mentionsIn(this.clauseOffset + subject[1], this.clauseOffset + insertEnd)) {
                    // Only a name that closes the insert: "…, who signed the treaty with Lukashenko," is no name.
                    // A body only when the insert is its name alone, not a title ending in one ("deputy chairman of the Security Council").
                    if ((mention.label() == EntityLabel.Person || mention.label() == EntityLabel.Organization
                            && BODY_INSERT.matcher(rest).lookingAt() && rest.indexOf(mention.form()) <= 4
                            // "The statement, published by the White House, says": whose document it is.
                            || mention.label() != EntityLabel.Person && DOCUMENT.matcher(subjectText).find()
                                    && PUBLISHED_BY_INSERT.matcher(rest).lookingAt())
                            && mention.end() == this.clauseOffset + insertEnd) {
                        return new int[] { mention.start() - this.clauseOffset, mention.end() - this.clauseOffset };
                    }
                }
            }
            return subject;
        }
        var apposed = nameInAppositionBeforeCoordination(clause, clauseStart, np, rest);
        if (apposed != null) {
            return apposed;
        }
        // "Floyd thanked Armenia for its support and noted": a second verb of the same subject, unless the
        // coordinated part has its own subject ("… and Moscow said").
        var coordination = COORDINATION.matcher(rest);
        if (coordination.find() && !rest.contains("\"") && !rest.contains("“")) {
            var own = coordination.group(1).strip();
            if (own.isEmpty()) {
                return subject;
            }
            int ownStart = clauseStart + np + (clause.substring(np).length() - clause.substring(np).stripLeading().length())
                    + coordination.start(1) + (coordination.group(1).length() - coordination.group(1).stripLeading().length());
            return nounPhraseLength(own) == own.length() ? new int[] { ownStart, ownStart + own.length() } : null;
        }
        return null;
    }

    /**
     * "A senior lawmaker, Andrei Kartapolov, went further and said": the name set off by commas after a
     * title is the subject of the coordinated verbs; null for any other shape.
     */
    private int[] nameInAppositionBeforeCoordination(String clause, int clauseStart, int np, String rest) {
        if (!clause.substring(0, np).stripTrailing().endsWith(",")) {
            return null;
        }
        int restStart = clauseStart + np + (clause.substring(np).length() - clause.substring(np).stripLeading().length());
        for (var mention : this.context.mentionsIn(this.clauseOffset + restStart, this.clauseOffset + restStart + rest.length())) {
            if (mention.label() != EntityLabel.Person || mention.start() != this.clauseOffset + restStart) {
                continue;
            }
            var after = rest.substring(mention.end() - this.clauseOffset - restStart);
            var coordinated = APPOSED_NAME_THEN_VERB_AND.matcher(after);
            return coordinated.matches() ? new int[] { mention.start() - this.clauseOffset, mention.end() - this.clauseOffset } : null;
        }
        return null;
    }

    /** After the name: ", went further and", ", who chairs the committee, later spoke and". */
    private static final Pattern APPOSED_NAME_THEN_VERB_AND = Pattern.compile(",\\s+(?:[a-z][\\w-]*\\s+){1,4}and\\s*");

    private static final Pattern BODY_INSERT = Pattern.compile("(?:the\\s+)?[A-Z]");

    private static final Pattern PUBLISHED_BY_INSERT = Pattern.compile("(?:released|issued|published|put out|circulated|distributed|posted)\\s+"
            + "(?:[a-z]+\\s+)?by\\s+(?:the\\s+)?[A-Z]");

    /** A body's document as a clause's subject, with what it is on and an insert: "The Pentagon's annual report on …, released …,". */
    private static final Pattern BODYS_DOCUMENT = Pattern.compile("(?:[Tt]he|[Aa]n?)\\s+(?<body>[^,;\"“”«»]{2,60}?)['’]s\\s+(?:[a-z-]+\\s+){0,3}"
            + "(?:report|statement|review|study|assessment|strategy|document|paper|communiqu[eé]|declaration|note)"
            + "(?:\\s+(?:on|about|into|of)\\s[^,;\"“”«»]{1,90})?(?:,\\s+(?:released|published|issued|presented|submitted|made public)\\b[^,;\"“”«»]{0,60},)?\\s*");

    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\b(?:statement|report|document|communiqu[eé]|readout|release|declaration)\\W*$");

    private static final Pattern ABBREVIATION_IN_PARENTHESES = Pattern.compile(" \\([A-Z][A-Za-z.&-]{1,10}\\)");

    private static String blankAbbreviations(String pre) {
        if (pre.indexOf('(') < 0) {
            return pre;
        }
        var m = ABBREVIATION_IN_PARENTHESES.matcher(pre);
        var blanked = new StringBuilder(pre);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    private static final Pattern WHICH_THEY_REJECT = Pattern.compile(",\\s+which\\s+(?<np>(?:(?:the|its|their)\\s+)?[A-Z][^,;\"“”«»]{1,60}?)\\s+"
            + "(?:has\\s+|have\\s+|had\\s+)?(?:long\\s+|repeatedly\\s+|firmly\\s+|always\\s+|flatly\\s+)?"
            + "(?<verb>rejects?|rejected|opposes?|opposed|denies|deny|denied|condemns?|condemned)\\s*,");

    private static final Pattern IN_WHICH_SAID = Pattern.compile(",\\s+in which\\s+(?<who>he|she|it|they|[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})"
            + "\\s+(?:also\\s+)?(?<verb>wrote|said|stated|argued|warned|claimed|noted|insisted|stressed|accused|urged|called)\\s+"
            + "(?:that\\s+)?(?<content>.{10,})$");

    private static final Pattern IN_WHAT_DESCRIBED = Pattern.compile("\\bin what (?<who>[^,\"“”«»]{2,60}?) (?:described|called|termed|"
            + "characterized|characterised) as (?<content>[^\"“”«»]{10,})$");

    /** Whether {@link #STEP_PRESENTED_AS} may match: a cheap test of its words first. */
    private static boolean mayPresentAStep(String s) {
        return STEP_NOUNS.stream().anyMatch(s::contains) && mayPresent(s);
    }

    /** The nouns {@link #STEP_PRESENTED_AS} presents: a cheap test before its verbs. */
    private static final List<String> STEP_NOUNS = List.of(" move", " step", " decision", " measure", " action", " deployment",
            " policy", " plan");

    private static boolean mayPresent(String s) {
        return s.contains(" says ") || s.contains(" claims ") || s.contains(" insists ") || s.contains(" called ")
                || s.contains(" calls ") || s.contains(" termed ") || s.contains(" said ") || s.contains(" claimed ")
                || s.contains(" as ") && (s.contains("portray") || s.contains("present") || s.contains("describ")
                        || s.contains("characteriz") || s.contains("cast") || s.contains("frame") || s.contains(" sees ")
                        || s.contains(" saw ") || s.contains(" view") || s.contains("regard"));
    }

    /** "…, a move the Kremlin portrays as restoring parity": how the speaker presents the step the sentence reports. */
    private static final Pattern STEP_PRESENTED_AS = Pattern.compile("\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:move|step|decision|measure|"
            + "action|deployment|policy|plan)\\s+(?:that\\s+|which\\s+)?(?<who>(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})\\s+"
            + "(?:(?:has|have|had|also|repeatedly|long|since)\\s+){0,3}"
            // "a move the Kremlin on Friday described as …": the day of saying between speaker and verb.
            + "(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?"
            + "(?<verb>(?:portrays|portrayed|presents|presented|describes|described|characterizes|characterized|casts|frames|framed|"
            + "sees|saw|views|viewed|regards|regarded)\\s+as"
            // "a step Moscow says merely mirrors the position of the United States"; "a move Moscow has called a mistake".
            + "|says|said|claims|claimed|insists|called|calls|termed)\\s+(?<content>[a-z][^,;\"“”«»]{5,}?)(?=\\s+(?:but|rather)\\b|[,;.]|$)");

    private static final Pattern RELATIVE_INSERT = Pattern.compile("(?:who|which|whose|where|when)\\b");

    /**
     * A relative clause in which someone else rejects what was said: "…, which Beijing rejects",
     * "… China, which has already rejected the idea", "…, charges Moscow rejected".
     */
    private static final Pattern RELATIVE_REJECTION = Pattern.compile("(?:(?:,|\\s[-–—])\\s+(?:which|something|an? (?:idea|proposal|offer|demand|call|plan|"
            + "notion|suggestion|request|charge|claim|accusation|allegation|assertion|argument|explanation|justification|"
            + "interpretation|narrative|move|step|decision|deployment)(?: that)?|(?:charges|claims|accusations|allegations)(?: that)?)"
            // "citing Russian violations that Moscow denied": the charge, then who denies it.
            + "|(?<=\\b(?:violations?|breach|breaches))\\s+(?:that|which))\\s+(?:(?<np>(?:the\\s+)?[A-Z][^,;\"“”«»]{1,40}?)\\s+)?"
            + "(?:has\\s+|have\\s+|had\\s+)?(?:already\\s+|repeatedly\\s+|also\\s+|firmly\\s+|flatly\\s+|always\\s+|consistently\\s+|"
            + "categorically\\s+|strongly\\s+)?"
            // Not "which had refused to destroy its missiles": an act refused, not a claim.
            + "(?<verb>rejects?|rejected|refuses|refused|opposes|opposed|denies|denied|dismisses|dismissed|"
            // "…, a plan that Beijing has also criticized": a censure told in the narration is the censurer's word too.
            + "criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces"
            // "…, an idea US President Donald Trump welcomed at the time": an approval told the same way.
            + "|(?<approval>welcomed|welcomes|backed|backs|supported|supports|endorsed|endorses|praised|embraced))\\b(?!\\s+to\\s)");

    private static boolean mentionsRejecting(String said) {
        return said.contains("reject") || said.contains("refus") || said.contains("oppos") || said.contains("deni")
                || said.contains("deny") || said.contains("dismiss") || said.contains("critici") || said.contains("condemn")
                || said.contains("denounc") || said.contains("welcome") || said.contains("backed") || said.contains("backs ")
                || said.contains("supported") || said.contains("supports ") || said.contains("endorse") || said.contains("praised")
                || said.contains("embraced");
    }

    /** The first letter at or after {@code at}: a clause without the comma or dash that sets it off. */
    private static int wordStartFrom(String text, int at) {
        while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private Found relativeRejection(Found statement) {
        var text = this.context.text();
        var said = statement.text();
        // The verbs first: they are rarer than the clause openers, and a literal search is cheaper than a pattern's.
        if (!mentionsRejecting(said)
                || said.indexOf("which ") < 0 && said.indexOf(", a") < 0 && said.indexOf(", something") < 0 && said.indexOf(", charges") < 0 && said.indexOf(", claims") < 0
                        && said.indexOf(" - a") < 0 && said.indexOf(" – a") < 0 && said.indexOf(" — a") < 0
                        && !(said.contains(" that ") && (said.contains("violation") || said.contains("breach")))) {
            return null;
        }
        var m = RELATIVE_REJECTION.matcher(text).region(statement.start(), statement.end());
        if (!m.find()) {
            return null;
        }
        if (m.group("approval") != null && (m.group("np") == null || text.startsWith("which", m.start() + 2))) {
            // "NATO, which supports the plan": a description of the one named, not words of theirs.
            return null;
        }
        String speaker;
        if (m.group("np") != null) {
            speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        }
        else {
            // "which has already rejected the idea": the one named right before the comma.
            var before = this.context.mentionsIn(Math.max(statement.start(), m.start() - 40), m.start());
            var last = before.isEmpty() ? null : before.get(before.size() - 1);
            speaker = last != null && last.end() >= m.start() - 1
                    && (last.label() == EntityLabel.State || last.label() == EntityLabel.Organization
                            || last.label() == EntityLabel.Person) ? last.key() : null;
        }
        if (speaker == null || speaker.equals(statement.speaker())) {
            return null;
        }
        // What is denied is the claim just made: "accusing Russia of violating it with the 9M729 cruise missile, which
        // Moscow denied" is Moscow's denial of that charge.
        return reportedFound(statement.start(), statement.end(), speaker, m.group("verb"), m.start(), m.end());
    }

    /** The verbs {@link #RELATIVE_SAYS} needs, found with a literal search first. */
    private static final Pattern CLAIM_VERB_INSIDE = Pattern.compile(" (?:say|said|claim|insist|believe|maintain)");

    private static final Pattern RECALLED_SPEAKER = Pattern.compile("(?:(?:in|on|last|this|back in|earlier in)\\s+[\\w ]{1,25}?,?\\s+)?"
            + "(?<np>(?:[A-Z][\\w.-]*\\s+){0,3}[A-Z][\\w.-]*)\\s+(?:had\\s+)?(?<verb>offered|proposed|suggested|promised|pledged|"
            + "said|warned|announced|declared|stated)\\s+(?:that\\s+)?(?=\\S)");

    /** What a speaker recalls or notes another said: "recalled that in September 2025 President Putin offered to …". */
    private Found recalledSpeaker(Found statement) {
        if (!RECALLING.matcher(statement.verb()).matches()) {
            return null;
        }
        var m = RECALLED_SPEAKER.matcher(this.context.text()).region(statement.start(), statement.end());
        if (!m.lookingAt()) {
            return null;
        }
        var speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        if (speaker == null || speaker.equals(statement.speaker()) || !speaker.startsWith(EntityLabel.Person.keyPrefix())) {
            return null;
        }
        return reportedFound(m.end(), statement.end(), speaker, m.group("verb"), m.start("np"), m.end());
    }

    private static final Pattern RECALLING = Pattern.compile("recalled|recalls|reminded|noted|pointed out");

    /**
     * "He said Washington would pull out unless Moscow destroyed missiles that U.S. officials say breach the accord":
     * a claim of another speaker inside what was said; null when there is none.
     */
    private Found relativeClaim(Found statement) {
        var said = statement.text();
        if (said.indexOf("that ") < 0 && said.indexOf("which ") < 0 || !CLAIM_VERB_INSIDE.matcher(said).find()) {
            return null;
        }
        var m = RELATIVE_SAYS.matcher(this.context.text()).region(statement.start(), statement.end());
        if (!m.find() || pronounSpeaker(m.group("speaker"))) {
            return null;
        }
        var speaker = this.speakers.resolve(m.start("speaker"), m.end("speaker"));
        if (speaker == null || speaker.equals(statement.speaker())) {
            return null;
        }
        return reportedFound(m.start("content"), m.end("content"), speaker, m.group("verb"), m.start(), m.start("content"));
    }

    /** A relative clause after the comma ("…, which Moscow denies", "…, a charge Moscow denies"): no attribution. */
    private static final Pattern RELATIVE_OPENER = Pattern.compile("which\\b|an? (?:charge|claim|accusation|allegation|assertion|idea|"
            + "proposal|notion|suggestion|plan|step|move|decision|measure|offer|demand)\\b|(?:charges|claims|accusations|allegations)\\b");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)he|she|it|they|we");

    /** "…, and Washington has said …"; "accused Moscow of …, a day after President X said …": another's words. */
    private static final Pattern SECOND_SPEAKER = Pattern.compile("(?:;(?=\\s+[A-Z])|,[\"”»]?\\s+(?:and(?:\\s+(?:after|when|as))?|but|while|whereas|although|though|(?:(?:a|one|two|three|four|five|"
            + "a few|several)\\s+)?(?:hours?|days?|weeks?)\\s+after|(?:shortly|soon|just|only)\\s+after))\\s+(?<np>(?:(?:the|its|their)\\s+)?[A-Z][^,;\"“”«»]{1,60}?"
            // "…, while officials in Manila argued that …": a body of people named by their place.
            + "|(?:(?:senior|some|other)\\s+)?(?:officials|diplomats|lawmakers|legislators|authorities)\\s+(?:in|from|of|at)\\s+"
            + "(?:the\\s+)?[A-Z][^,;\"“”«»]{1,40}?)\\s+"
            // "while Minsk would have a say in determining the targets": "a say", "the state" are nouns.
            + AUXILIARIES + "(?<!\\b(?:a|no|any|the|final|its|their|his|her|our)\\s)"
            // "…, though the White House has not said whether …", "…, though Peskov declined to say": nothing was said.
            + "(?<!\\bnot\\s|n['’]t\\s|\\bto\\s)"
            + "(?<verb>said|says|say|stated|states|state|insisted|insists|insist|argued|argues|argue|noted|notes|added|"
            + "believes|believe|warned|warn|countered|counters|replied|responded|maintains|maintain|maintained|"
            // "…, but the Biden administration informed Moscow that it would not return".
            + "informed|notified|"
            // "…, and the State Department has accused Russia of failing to comply": a charge is a statement.
            + "accused|accuses|criticized|criticised|condemned|"
            // "…, and Russia has described the deployment as a step toward an arms race".
            + "described|describes|"
            // "…, although Moscow has pointed to signs of preparations at the test site": evidence put forward.
            + "pointed\\s+to|points\\s+to)\\s+(?!in kind\\b)"
            // "… and after President Putin said Wednesday that …": the day of saying is no part of what was said.
            + "(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\s+)?(?:that\\s+)?(?=\\S)");

    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;]\\s*$");

    /** The person whose name closes {@code [start, end)} ("Russia's ambassador in Berlin, Leonid Krasovsky"), or null. */
    private String personClosing(int start, int end) {
        var text = this.context.text();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (var mention : this.context.mentionsIn(start, end)) {
            if (mention.label() == EntityLabel.Person && mention.end() == end) {
                return mention.key();
            }
        }
        return null;
    }

    /** The last person named in {@code [start, end)}, or null. */
    private String personIn(int start, int end) {
        String person = null;
        for (var mention : this.context.mentionsIn(start, end)) {
            if (mention.label() == EntityLabel.Person) {
                person = mention.key();
            }
        }
        return person;
    }

    private static final Pattern PROMPTING = Pattern.compile(",\\s+(?:prompting|leading)\\s+(?<np>(?:the\\s+)?[A-Z][^,;\"“”«»]{1,50}?)\\s+"
            + "to\\s+(?<verb>warn|say|declare|accuse|complain|protest|vow|insist|argue|state|threaten|respond)\\s+(?:that\\s+)?(?=\\S)");

    /** "…, the White House said, prompting the Kremlin to warn that …": the reply is the other side's statement. */
    private Found promptedAfter(Found statement, Sentences.Sentence sentence) {
        var text = this.context.text();
        if (statement.kind() != Kind.reported || statement.end() >= sentence.end()) {
            return null;
        }
        var rest = text.substring(statement.end(), sentence.end());
        if (rest.contains("after ")) {
            // "…, Prime Minister Scott Morrison said on Monday, two days after Defense Secretary Mark Esper said
            // Washington wanted …": the words the attribution is dated by are the other speaker's.
            var after = ANNOUNCED_BEFORE.matcher(text).region(statement.end(), sentence.end());
            var announced = after.find() ? saidByAnother(after, announcedVerb(after), statement.speaker(), sentence.end()) : null;
            if (announced != null) {
                return announced;
            }
        }
        if (!rest.contains("prompting") && !rest.contains("leading")) {
            return null;
        }
        var m = PROMPTING.matcher(text).region(statement.end(), sentence.end());
        return m.find() ? saidByAnother(m, m.group("verb"), statement.speaker(), sentence.end()) : null;
    }

    /**
     * The words from the end of {@code m} to {@code end}, said by the one its {@code np} group names; null when that
     * names nobody or the speaker {@code own} already has.
     */
    private Found saidByAnother(java.util.regex.Matcher m, String cue, String own, int end) {
        var speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        return speaker == null || speaker.equals(own) ? null : reportedFound(m.end(), end, speaker, cue, m.start(), m.end());
    }

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)";

    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile("\\s(?:(?:shortly|soon|just|only|hours|days|weeks|a day|a week|"
            + "(?:a|one|two|three|four|five|six|\\d{1,2})\\s+(?:days?|weeks?|hours?))\\s+)?after\\s+"
            // "…, after Putin ordered … and U.S. President Donald Trump said last week that …": the last of two acts.
            + "(?:[^,;\"“”«»]{5,120}?\\s+and\\s+)??"
            + "(?<np>(?:(?:the|its|their)\\s+)?[A-Z][^,;\"“”«»]{1,60}?)\\s+" + AUXILIARIES
            + "(?:(?<verb>announced|said|declared|stated|confirmed|revealed|warned)\\s+"
            + "(?:(?:(?:on\\s+)?" + WEEKDAY + "|last\\s+(?:week|month)|earlier\\s+this\\s+(?:week|month))\\s+)?that\\s+(?=\\S)"
            // "…, two days after Defense Secretary Mark Esper said Washington wanted …": a clause without "that".
            + "|(?<said>said)\\s+(?!(?:on\\s+)?" + WEEKDAY + "\\b)(?=(?:[A-Z][\\w.-]*|it|he|she|they|we|the\\s+\\w+)\\s+(?:\\w+\\s+){0,3}?(?:was|were|is|are|had|has|have|would|will|could|"
            + "wanted|needed|planned|did|does)\\b)"
            // "…, a day after President Ferdinand Marcos Jr. offered to send it back": the offer is his.
            // "…, after Belarusian President Alexander Lukashenko asked for the system to be placed …": his request.
            + "|(?<offered>offered|proposed|threatened|vowed|pledged|promised|asked|requested|called)\\s+(?=(?:to|for)\\s))");

    /**
     * "Japan has not signed it either, with Tokyo arguing that the treaty ignores …": a story told, then the words of the
     * one it names; null when the sentence has no such speaker.
     */
    private Found withSpeakerSaying(Sentences.Sentence sentence, String s, int offset) {
        var with = WITH_SPEAKER_SAYING.matcher(s);
        if (!with.find() || s.length() - with.end() < 12) {
            return null;
        }
        var speaker = this.speakers.resolve(offset + with.start("np"), offset + with.end("np"));
        return speaker == null ? null
                : reportedFound(offset + with.end(), sentence.end(), speaker, with.group("verb"), offset + with.start("np"), offset + with.end());
    }

    private static final Pattern WITH_SPEAKER_SAYING = Pattern.compile(",\\s+with\\s+(?<np>(?:(?:the|its|their)\\s+)?"
            // "…, with the administration of then-President Donald Trump saying that …".
            + "(?:(?:administration|government)\\s+of\\s+(?:then-)?)?[A-Z][^,;\"“”«»]{1,80}?"
            // "…, with the alliance insisting the weapon would not deter …": a body named before, standing in.
            + "|the\\s+(?:alliance|bloc|ministry|government|administration|embassy|agency|organization|department))\\s+"
            + "(?<verb>telling|saying|noting|stressing|adding|warning|insisting|arguing)\\s+(?:(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:briefing|reporters|journalists|conference|press|lawmakers|parliament)\\s+)?(?:that\\s+)?(?=\\S)");

    private static final Pattern DESPITE_WARNINGS = Pattern.compile(",\\s+(?:despite|amid|after)\\s+(?:(?:renewed|repeated|fresh|new|"
            + "strong|stern)\\s+)?(?<noun>warnings?|threats?|objections?|protests?|complaints?|criticism|claims?|accusations?)\\s+"
            + "(?:from|by)\\s+(?<np>(?:the\\s+)?[A-Z][^,;\"“”«»]{1,50}?)\\s+that\\s+(?=\\S)");

    /**
     * The rest of a reported statement from where {@code shape} names another speaker ({@code np}) and how they
     * spoke ({@code cueGroup}), when its {@code word} occurs in it; null if not.
     */
    private Found otherSpeakerFrom(Found statement, String word, Pattern shape, java.util.function.Function<java.util.regex.Matcher, String> cue) {
        if (statement.kind() != Kind.reported || !statement.text().contains(word)) {
            return null;
        }
        var m = shape.matcher(this.context.text()).region(statement.start(), statement.end());
        return m.find() ? saidByAnother(m, cue.apply(m), statement.speaker(), statement.end()) : null;
    }

    /** The verb {@link #ANNOUNCED_BEFORE} found, in whichever of its shapes. */
    private static String announcedVerb(java.util.regex.Matcher m) {
        return m.group("verb") != null ? m.group("verb") : m.group("said") != null ? m.group("said") : m.group("offered");
    }

    /** "the idea", "the plan on Thursday": a few words with no verb of their own, what a verb of criticism took. */
    private static final Pattern BARE_OBJECT = Pattern.compile("(?!.*\\b(?:is|are|was|were|be|been|will|would|can|could|"
            + "should|must|may|might|has|have|had|does|did|not)\\b)\\S+(?:\\s+\\S+){0,5}");

    /** A second speaker joined inside a reported statement: "…, and Washington has said …"; null if none. */
    private Found secondSpeaker(Found statement) {
        // "… urged Moscow to reverse course after President Vladimir Putin announced that Russia was suspending …":
        // what was announced is the other speaker's statement.
        var announced = otherSpeakerFrom(statement, "after ", ANNOUNCED_BEFORE, StatementExtractor::announcedVerb);
        if (announced != null) {
            return announced;
        }
        // "Beijing again rejected the idea, with spokeswoman Mao Ning telling a briefing that …": her words.
        var with = otherSpeakerFrom(statement, ", with ", WITH_SPEAKER_SAYING, m -> m.group("verb"));
        if (with != null) {
            return with;
        }
        if (statement.kind() != Kind.reported) {
            return null;
        }
        var rejecting = relativeRejection(statement);
        if (rejecting != null) {
            return rejecting;
        }
        var main = mainClauseAfterRelative(statement);
        if (main != null) {
            return main;
        }
        var claimed = relativeClaim(statement);
        if (claimed != null) {
            return claimed;
        }
        if (statement.text().indexOf(", ") < 0 && statement.text().indexOf(",\" ") < 0 && statement.text().indexOf(",” ") < 0
                && statement.text().indexOf("; ") < 0) {
            return null;
        }
        var text = this.context.text();
        var presented = mayPresentAStep(statement.text()) ? STEP_PRESENTED_AS.matcher(text).region(statement.start(), statement.end()) : null;
        if (presented != null && presented.find() && text.startsWith(", ", presented.start() - 2)) {
            // "… said that Manila wanted batteries of its own, a plan Beijing has described as a provocation".
            var speaker = this.speakers.resolve(presented.start("who"), presented.end("who"));
            if (speaker != null && !speaker.equals(statement.speaker())) {
                return reportedFound(presented.start(), presented.end("content"), speaker, presented.group("verb"),
                        presented.start() - 2, presented.start("content"));
            }
        }
        // "… would host the weapons, despite renewed warnings from Moscow that the move would turn …": the warning is
        // the other side's statement.
        var despite = otherSpeakerFrom(statement, " from ", DESPITE_WARNINGS, m -> m.group("noun"));
        if (despite != null) {
            return despite;
        }
        var m = SECOND_SPEAKER.matcher(text).region(statement.start(), statement.end());
        if (!m.find()) {
            return trailingSpeaker(statement);
        }
        var speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        // "…, and he added": the same speaker going on. "…, but Pentagon officials say": a second statement,
        // even by the same body.
        if (speaker == null || speaker.equals(statement.speaker()) && PRONOUN_SUBJECT.matcher(m.group("np")).matches()) {
            return null;
        }
        // A charge's object is part of what was said: "accused Russia of failing to comply".
        int from = CHARGE_VERB.matcher(m.group("verb")).matches() ? m.start("verb") : m.end();
        return reportedFound(from, statement.end(), speaker, m.group("verb"), m.start(), m.end());
    }

    /**
     * "The plans were described by Kremlin spokesman Dmitry Peskov as a very serious threat": the description is
     * what the one after "by" said.
     */
    private static final Pattern DESCRIBED_BY = Pattern.compile("^[^,;\"“”«»]{3,80}?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+"
            + "(?:[a-z]+ly\\s+)?(?<verb>described|called|branded|labell?ed|termed|characteri[sz]ed|portrayed|denounced|dismissed|hailed)\\s+"
            + "(?:(?:on|last|this|earlier)\\s+\\w+\\s+)?by\\s+(?<speaker>[^;\"“”«»]{3,120}?)\\s+as\\s+(?<content>[^;\"“”«»]{5,}?)[.!]?$");

    /** "It was noted at the Russian Foreign Ministry that …": the body where it was said speaks. */
    private static final Pattern NOTED_AT = Pattern.compile("^(?:(?:Meanwhile|However|At the same time|In turn|Earlier),\\s+)?[Ii]t\\s+"
            + "(?:was|has\\s+been)\\s+(?:also\\s+)?(?<verb>noted|stressed|said|stated|emphasi[sz]ed|pointed\\s+out|underlined|explained)\\s+"
            + "(?:at|in|by)\\s+(?<speaker>(?:the\\s+)?[^,;\"“”«»]{3,80}?)\\s+that\\s+(?<content>[^;]{10,}?)[.!]?$");

    private Found passiveAttribution(String s, Sentences.Sentence sentence) {
        Matcher m = null;
        if (s.startsWith("It ") || s.contains(", it was ")) {
            m = NOTED_AT.matcher(s);
        }
        else if (s.contains(" by ") && s.contains(" as ")) {
            m = DESCRIBED_BY.matcher(s);
        }
        if (m == null || !m.matches()) {
            return null;
        }
        int offset = sentence.start();
        var speaker = this.speakers.resolve(offset + m.start("speaker"), offset + m.end("speaker"));
        if (speaker == null) {
            return null;
        }
        return reportedFound(offset + m.start("content"), offset + m.end("content"), speaker, m.group("verb"), offset,
                offset + m.start("content"));
    }

    /** ", Zakharova said the American side …": the main clause's speaker, after a relative clause of another's words. */
    private static final Pattern MAIN_SPEAKER_AFTER_RELATIVE = Pattern.compile(",\\s+(?<np>(?:(?:the|its|their)\\s+)?[A-Z][^,;\"“”«»]{1,60}?)\\s+"
            + "(?<verb>said|stated|noted|stressed|argued|insisted|replied|responded|countered|retorted|told reporters)(?:\\s+that)?\\s+");

    /**
     * "Asked to comment on remarks by Marco Rubio, who said on Tuesday that any arrangement must include China,
     * Zakharova said the American side was …": what the relative clause reports ends where the main clause's
     * speaker is named, whose words follow.
     */
    private Found mainClauseAfterRelative(Found statement) {
        var text = this.context.text();
        int who = statement.attributionStart() < 0 ? -1 : text.indexOf(", who ", statement.attributionStart());
        if (who < 0 || who > statement.attributionEnd() - 6 || statement.attributionEnd() > statement.start()) {
            return null;
        }
        var m = MAIN_SPEAKER_AFTER_RELATIVE.matcher(text).region(statement.start(), statement.end());
        if (!m.find()) {
            return null;
        }
        var speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        if (speaker == null || speaker.equals(statement.speaker())) {
            return null;
        }
        return reportedFound(m.end(), statement.end(), speaker, m.group("verb"), m.start(), m.end());
    }

    /** "…, but no formal reply has been sent, Russian officials say": a clause whose own speaker closes the sentence. */
    private static final Pattern TRAILING_SPEAKER = Pattern.compile("(?:,[\"”»]?\\s+(?:but|and|while|whereas)|;)\\s+(?<content>[^;\"“”«»]{10,}?),\\s+"
            + "(?<np>(?:the\\s+)?[A-Z][^,;\"“”«»]{1,50}?)\\s+(?<verb>\\w+)\\s*$");

    private static final Set<String> TRAILING_VERBS = Set.of("say", "says", "said", "insist", "insists", "insisted", "believe",
            "believes", "argue", "argues", "argued");

    private Found trailingSpeaker(Found statement) {
        var said = statement.text();
        if (said.length() < 30 || !TRAILING_VERBS.contains(said.substring(said.lastIndexOf(' ') + 1))) {
            return null;
        }
        var m = TRAILING_SPEAKER.matcher(this.context.text()).region(statement.start(), statement.end());
        if (!m.find()) {
            return null;
        }
        var speaker = this.speakers.resolve(m.start("np"), m.end("np"));
        if (speaker == null || speaker.equals(statement.speaker())) {
            return null;
        }
        return reportedFound(m.start("content"), m.end(), speaker, m.group("verb"), m.start(), m.end());
    }

    private static final Pattern CHARGE_VERB = Pattern.compile("accused|accuses|criticized|criticised|condemned");

    /** A clause joined to the sentence by a conjunction, with a subject of its own: "…, and Moscow". */
    private static final Pattern JOINED_CLAUSE_SUBJECT = Pattern.compile("(?:;|[,;]\\s+(?:and|but|while|whereas|as(?!\\s+(?:well|long|soon|much|far)\\b))|\\b(?:after|before|when|"
            // "…, after which Russia declared that …": the relative pronoun opens the clause, the subject follows.
            + "since|because|although|though|once|until)(?:\\s+which)?)\\s+"
            // "…, and in January 2021 the Russian Foreign Ministry announced": a time before the subject.
            + "(?:(?:in|on|last|this|later|earlier)\\s+(?:[A-Z][a-z]+|\\d{1,4}|week|month|year)(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?,?\\s+"
            // "…, and in the years since, Moscow has warned", "…, and since then Moscow has said".
            + "|(?:in\\s+the\\s+(?:years|months|weeks|days)\\s+since|since\\s+then|ever\\s+since|since\\s+that\\s+time),?\\s+)?"
            + "(?<np>[^,;\"“”«»]{2,60}?)\\s*$");

    private static final Pattern PRONOUN_AFTER_OPENING = Pattern.compile("(?:During|In|At|After|Before|Since|Throughout|Earlier|"
            + "Later|Last|On|Back)\\s[^,;\"“”«»]{1,60}?\\s(?<who>he|she|they)");

    private static final Pattern INSERT_AFTER_SUBJECT = Pattern.compile("(?<=[^\\s,]),\\s+(?:one of|among|a|an|the|who|which)\\s[^,;\"“”«»]{2,80},$");

    /** Our current sentence's offset, for {@link #personEndingAt}: set by {@link #speechClause}. */
    private int clauseOffset;

    /**
     * A person's name right before the verb is its subject whatever precedes it ("A few days later,
     * Ryabkov warned", "US Deputy Permanent Representative to the conference Alan Prescott said").
     */
    private static final Pattern APPOSITION_OPENING = Pattern.compile(",\\s+(?:the\\s+)?$");

    private int[] bodyInApposition(String pre) {
        int end = this.clauseOffset + pre.stripTrailing().length();
        for (var mention : this.context.mentionsIn(this.clauseOffset, end)) {
            if (mention.label() == EntityLabel.Organization && mention.end() == end
                    && APPOSITION_OPENING.matcher(pre.substring(0, mention.start() - this.clauseOffset)).find()) {
                return new int[] { mention.start() - this.clauseOffset, end - this.clauseOffset };
            }
        }
        return null;
    }

    private int[] personEndingAt(String pre) {
        int end = this.clauseOffset + pre.stripTrailing().length();
        for (var mention : this.context.mentions()) {
            if (mention.label() == EntityLabel.Person && mention.end() == end && mention.start() >= this.clauseOffset) {
                var before = pre.substring(0, mention.start() - this.clauseOffset).stripTrailing();
                // Not the object of a preposition or verb: "by Putin said" is no sentence, "told Putin" is.
                if (!OBJECT_BEFORE.matcher(before).find()) {
                    return new int[] { mention.start() - this.clauseOffset, end - this.clauseOffset };
                }
            }
        }
        return null;
    }

    /**
     * The length of the noun phrase opening {@code s}: capitalised words, title and stand-in words,
     * determiners and possessives ("Russian Deputy Foreign Minister Sergey Ryabkov", "the senior
     * diplomat", "Japan's defense chief", "He"). A comma ends it (and is included).
     */
    /** A possessor before a body: "South Korea's ", "the Kremlin's ". */
    private static final Pattern POSSESSOR = Pattern.compile("(?:the\\s+)?(?:[A-Z][\\w.-]*\\s+){0,3}[A-Z][\\w.-]*['’]s\\s+");

    /**
     * "South Korea's unification ministry said": a body named in lower case after its state's possessive, which
     * the capitalised words of a noun phrase do not reach; null if the clause is not that.
     */
    private int[] bodyAfterPossessor(String clause, int clauseStart) {
        int end = this.clauseOffset + clauseStart + clause.stripTrailing().length();
        for (var mention : this.context.mentionsIn(this.clauseOffset + clauseStart, end)) {
            if (mention.label() == EntityLabel.Organization && mention.end() == end
                    && POSSESSOR.matcher(clause.substring(0, mention.start() - this.clauseOffset - clauseStart)).matches()) {
                return new int[] { mention.start() - this.clauseOffset, mention.end() - this.clauseOffset };
            }
        }
        return null;
    }

    private static int nounPhraseLength(String s) {
        var token = NON_BLANK.matcher(s);
        int end = 0;
        boolean first = true;
        while (token.find()) {
            var word = token.group();
            var bare = POSSESSIVE_END.matcher(word.endsWith(",") ? word.substring(0, word.length() - 1) : word).replaceFirst("");
            boolean nounish = !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || Lexicon.isTitleWord(bare)
                    || (first && DETERMINER_OR_PRONOUN.matcher(bare).matches()) || STAND_IN_WORDS.contains(bare)
                    || MODIFIER.matcher(bare).matches());
            if (!nounish || (!first && PRONOUN_OR_RELATIVE.matcher(bare).matches())) {
                break;
            }
            end = token.end();
            first = false;
            if (word.endsWith(",")) {
                break;
            }
        }
        return end;
    }

    private static final java.util.Set<String> STAND_IN_WORDS = java.util.Set.of("diplomat", "diplomats", "official",
            "officials", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "lawmakers", "ministry", "department",
            "leader", "administration", "government", "agency", "embassy", "statement", "side", "newspaper",
            "alliance", "bloc", "envoy", "analyst", "expert", "senator", "speaker", "head", "state", "of", "on", "for", "and",
            "allies", "members", "leadership", "leaders", "authorities", "partners", "delegation", "representatives",
            "representative", "ministers", "military", "command", "mission", "office", "sources", "source", "report", "review",
            "study", "assessment", "strategy");

    private static int nounPhraseStartBackwards(String s) {
        var tokens = s.split("(?<=\\s)");
        int start = s.length();
        for (int i = tokens.length - 1; i >= 0; i--) {
            var bare = tokens[i].strip().replaceAll("[’']s$", "");
            if (bare.isEmpty() || !(Character.isUpperCase(bare.charAt(0)) || Lexicon.isTitleWord(bare))) {
                break;
            }
            start -= tokens[i].length();
        }
        return start;
    }

    /** Where what was said starts after the verb ending at {@code verbEnd}; -1 when nothing follows. */
    private static int contentStart(String s, int verbEnd, String verb) {
        var rest = s.substring(verbEnd);
        if (INFINITIVE_VERBS.contains(verb) && INFINITIVE_NEXT.matcher(rest).lookingAt()) {
            // "offered to keep observing the limits, provided that …": the offer is the infinitive, not the
            // condition's that-clause.
            return verbEnd + 1;
        }
        var that = TAIL_THEN_THAT.matcher(rest);
        if (that.find()) {
            return verbEnd + that.end();
        }
        if (verb.equals("cited") && SOURCES_CITED.matcher(rest).region(Math.min(rest.length(), 1), rest.length()).lookingAt()) {
            // "The newspaper cited officials as saying …": a source named, not a reason given.
            return -1;
        }
        if (verb.equals("asked")) {
            // Only a request: "asked Moscow to place …", not "asked about …" or "asked whether …".
            var request = ASKED_TO.matcher(rest);
            return request.lookingAt() ? verbEnd + request.end() : -1;
        }
        if (verb.startsWith("told") || verb.startsWith("tells") || verb.equals("assured") || verb.equals("informed")
                || verb.equals("warned") || verb.equals("reminded") || verb.startsWith("notif")) {
            var listener = LISTENER_THEN_THAT.matcher(rest);
            if (listener.find()) {
                var clause = FINITE_BEFORE_THAT.matcher(rest).region(0, listener.end()).find() ? LISTENER_THEN_CLAUSE.matcher(rest) : null;
                // "told Reuters the administration intended to retire the aircraft that the Air Force used", "told a
                // news conference the deployment was temporary and that …": what was said opens before the "that".
                return clause != null && clause.lookingAt() ? verbEnd + clause.start("subject") : verbEnd + listener.end();
            }
            var instructed = verb.startsWith("told") || verb.startsWith("tells") ? LISTENER_THEN_INFINITIVE.matcher(rest) : null;
            if (instructed != null && instructed.lookingAt()) {
                // "told his ministers not to initiate any new talks": the instruction is what was said.
                return verbEnd + instructed.end();
            }
            // "warned it would take measures", "told reporters Moscow would respond": a clause with no "that".
            var clause = CLAUSE_WITHOUT_THAT.matcher(rest);
            return clause.lookingAt() ? verbEnd + clause.end() : -1;
        }
        var direct = DIRECT_CONTENT.matcher(rest);
        if (!direct.lookingAt()) {
            return -1;
        }
        var content = rest.substring(direct.end());
        // "offered to keep observing the limits": the infinitive is what was offered.
        boolean infinitive = content.startsWith("to ") && INFINITIVE_VERBS.contains(verb);
        if ((!infinitive && NOT_CONTENT.matcher(content).lookingAt()) || words(content) < 2
                || verb.startsWith("announce") && BARE_NOUN_ANNOUNCED.matcher(content).matches()
                // "the US Senate rejected ratification in 1999": a vote, not words.
                || verb.startsWith("reject") && RATIFICATION_VOTED.matcher(content).lookingAt()
                // "thanked his Russian counterpart": a courtesy; only "thanked Armenia for its support" says something.
                || verb.equals("thanked") && !content.contains(" for ")
                // "answered questions from journalists": the occasion, not an answer.
                || verb.startsWith("answer") && QUESTIONS_ANSWERED.matcher(content).lookingAt()
                || (words(content) < 3 && !OBJECT_VERBS.contains(verb))) {
            return -1;
        }
        return verbEnd + direct.end();
    }

    private static final Pattern FINITE_CLAUSE = Pattern.compile("\\s(?:" + FINITE_AUXILIARIES + ")\\s");

    /** A finite verb between a listener and a "that": {@link #FINITE_CLAUSE}'s, and verbs of intent. */
    private static final Pattern FINITE_BEFORE_THAT = Pattern.compile("\\s(?:" + FINITE_AUXILIARIES + "|" + INTENT_VERBS + ")\\s");

    /** After a reporting verb: ", citing sources in the Japanese Defense Ministry, that". */
    private static final Pattern CITING_SOURCES = Pattern.compile(",\\s+citing\\s+(?:(?:unnamed|anonymous|senior|military|diplomatic|"
            + "government|informed|two|three|several)\\s+)*(?:sources?|officials?|people|a source|an official|a spokesperson)\\s+"
            + "(?:in|at|from|within|close to|familiar with)\\s+(?<body>[^,;\"“”«»]{3,80}?),\\s+(?:that\\s+)?");

    /** "…, accusing Moscow of violations", "… after accusing Russia of breaching the treaty". */
    private static final Pattern ACCUSING = Pattern.compile("(?:,\\s+|\\bafter\\s+)(?<accusing>accusing\\s+[^,;]+?\\s+of\\s+[^;]+?)"
            + "\\s*[.!]?$");

    /**
     * "Washington withdrew from it in 2019, accusing Moscow of violations": the accusation is what the
     * actor of the clause said, the actor being the last one named before it that a verb follows
     * ("Washington withdrew", "which the United States abandoned").
     */
    private Found accusation(Sentences.Sentence sentence, String s) {
        var m = ACCUSING.matcher(s);
        if (!m.find()) {
            return null;
        }
        int offset = sentence.start();
        String actor = null;
        for (var mention : this.context.mentionsIn(offset, offset + m.start())) {
            boolean actorLabel = mention.label() == EntityLabel.State || mention.label() == EntityLabel.Person
                    || mention.label() == EntityLabel.Organization;
            if (actorLabel && VERB_NEXT.matcher(this.context.text()).region(mention.end(), offset + m.start()).lookingAt()) {
                actor = mention.key();
            }
        }
        if (actor == null) {
            return null;
        }
        // To the sentence's end: a rejection that follows ("…, which Moscow denied") is split off as its own.
        return reportedFound(offset + m.start("accusing"), sentence.end(), actor, "accused", offset + m.start(),
                offset + m.start("accusing"));
    }

    /** A past verb right after a name: "Washington withdrew", "the United States abandoned". */
    private static final Pattern VERB_NEXT = Pattern.compile("\\s+(?:had\\s+|has\\s+)?(?:[a-z]+ed|withdrew|left|quit|tore|pulled|"
            + "abandoned|walked|broke|announced)\\b");

    private static final Pattern DECISION_CONTENT = Pattern.compile("(?:its|their|his|her|the|a)\\s+(?:[\\w-]+\\s+)?"
            + "(?:decision|intention|plan|plans|readiness|intent)\\s+to\\b");

    private static final Pattern NEXT_PREDICATE = Pattern.compile(",?\\s+and\\s+(?:(?:then|later|formally|officially|subsequently|"
            + "finally|eventually)\\s+)?(?:[a-z]+ed|withdrew|left|quit|began|took|sent|brought|made)\\b");

    private static final Pattern NARRATIVE_SHIFT = Pattern.compile(",\\s+and\\s+(?:then\\s+)?(?:the next day|the following day|a day later|"
            + "(?:two|three|four|five|six|a few|several) (?:days|weeks|months) later|a (?:week|month|year) later|weeks later|"
            + "months later|days later)\\b"
            // "announced that Washington would leave it, and the US withdrawal took effect on June 13, 2002".
            + "|,\\s+and\\s+(?:the|its|their)\\s+[^,;\"“”«»]{0,40}?\\b(?:took effect|came into force|entered into force|was completed)\\b"
            // "Moscow insisted that the range was within the limits, and Russia suspended its participation …".
            + "|,\\s+and\\s+(?:then\\s+|later\\s+)?(?:the\\s+)?[A-Z][\\w.-]+(?:\\s+[A-Z][\\w.-]+)?\\s+(?:also\\s+|formally\\s+|itself\\s+)?"
            + "(?:suspended|withdrew|ratified|signed|extended|deployed|quit|terminated|denounced|revoked)\\b");

    private Found reportedFound(int start, int end, String speaker, String verb, int attributionStart, int attributionEnd) {
        var text = this.context.text();
        if (text.startsWith("that,", start)) {
            // "stressed that, before discussing …, Moscow must …": the aside opens what was said, "that" does not.
            start += 5;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        int e = end;
        var decision = DECISION_CONTENT.matcher(text).region(start, end);
        if (decision.lookingAt()) {
            // "announced its decision to leave the treaty in May 2020 and formally exited it on November 22": what
            // was announced is the decision; the act after "and" is the subject's own, told by the writer.
            var next = NEXT_PREDICATE.matcher(text).region(decision.end(), end);
            if (next.find()) {
                e = next.start();
            }
        }
        int and = text.indexOf(", and ", start);
        var shift = and >= 0 && and < e ? NARRATIVE_SHIFT.matcher(text).region(and, e) : null;
        if (shift != null && shift.find()) {
            // "announced that it was launching the withdrawal process, and the next day it suspended …": the
            // writer's narrative moves on in time; what follows was done, not said.
            e = shift.start();
        }
        while (e > start && ".!".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        while (start < e && (Character.isWhitespace(text.charAt(start)) || "-–—".indexOf(text.charAt(start)) >= 0)) {
            // "BERLIN (Outlet / Agencies - 12th July, 2024) - The United States will …": the dateline's dash.
            start++;
        }
        return new Found(start, e, text.substring(start, e).strip(), Kind.reported, speaker, verb, attributionStart,
                attributionEnd);
    }

    private static int words(String phrase) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < phrase.length(); i++) {
            boolean blank = Character.isWhitespace(phrase.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return Math.max(count, 1);
    }

}
