package org.treatygraph.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and small text helpers shared by the extraction stages. */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that introduce or close speech ("…, the minister said"). */
    /** Verbs that follow a quote with the speaker after them: {@code "…?" asked Alexey Arbatov}, {@code ," recalled …}. */
    static final String QUOTE_CLOSING_VERBS = "said|says|added|asked|wrote|recalled|replied|argued|explained|stressed|noted|continued|"
            + "insisted|warned|admitted|acknowledged|observed|commented|remarked";

    static final String SPEECH_VERBS = "said|says|stated|states|noted|notes|stressed|stresses|emphasized|emphasised|emphasizes|"
            + "pointed out|points out|added|adds|told|tells|explained|explains|concluded|concludes|urged|urges|remarked|"
            + "reiterated|reiterates|repeated(?=\\s+that\\b)|repeats(?=\\s+that\\b)|highlighted|highlights|confirmed|confirms|announced|announces|declared|declares|"
            + "warned|warns|argued|argues|claimed|claims|insisted|insists|wrote|writes|stressed|underlined|underscored|"
            + "recalled|recalls|observed|commented|clarified|acknowledged|admitted|asserted|maintained|maintains|"
            + "believes|believed|assumes|assumed|thinks|thought|considers|considered|expects|expected|hopes|fears|"
            + "suggested|suggests|replied|responded|answered|indicated|indicates|mentioned|continued(?!\\s+to\\b)|specified|"
            + "described|framed|portrayed|characterized|characterised|called|praised|welcomed|criticized|criticised|slammed|condemned|denounced|denied|denies|reported|reports|"
            + "informed|notified|notifies|reminded|told reporters|explained|went on|announced|voiced|signalled|signaled|signals|echoed|echoes|"
            // "hinted that further steps might follow", not "hinted at talks".
            + "hinted(?=\\s+that\\b)|hints(?=\\s+that\\b)";

    /** A name's party or body after it: " of the Constitutional Democratic Party". */
    /** The pair of states a sentence names, spoken of together: "the two countries", "both sides". */
    static final String PAIR_OF_STATES = "(?:governments|countries|sides|states|capitals|nations)";

    static final String AFFILIATION = "\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|and|for))*";

    static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:" + SPEECH_VERBS + ")\\b");

    /** Head words of titles that introduce a person ("Deputy Foreign Minister Sergey Ryabkov"). */
    static final Set<String> TITLE_HEADS = Set.of(
            "minister", "president", "vice-president", "spokesman", "spokeswoman", "spokesperson", "secretary",
            "secretary-general", "ambassador", "ambassador-at-large", "envoy", "representative", "chairman", "chairwoman", "chair",
            "speaker", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "director",
            "director-general", "chief", "head", "commander", "commander-in-chief", "general", "admiral",
            "colonel", "aide", "adviser", "advisor", "assistant", "governor", "mayor", "premier", "chancellor",
            "official", "expert", "analyst", "researcher", "scientist", "professor", "diplomat", "negotiator",
            "undersecretary", "counselor", "counsellor", "attache", "leader", "commissioner", "coordinator",
            "member", "deputy", "king", "emir", "prince", "journalist", "correspondent", "politician",
            "lieutenant", "major", "captain", "sergeant", "gen.", "lt.", "col.", "adm.", "maj.", "brig.", "capt.", "cmdr.", "sen.", "rep.",
            "amb.", "dr.", "dr", "prof.", "prof", "economist", "observer", "specialist", "officer", "pm", "fm", "foreign",
            "defense", "defence", "press", "first", "vice", "executive", "permanent", "special", "national",
            "security", "under", "state", "of", "the", "for", "and", "to", "on", "in", "affairs", "department",
            "council", "committee", "ministry", "staff", "international", "arms", "control",
            "non-proliferation", "nonproliferation", "strategic", "forces", "navy", "army", "air", "force",
            "duma", "rank", "federation", "kremlin", "house", "white", "acting", "former", "top", "senior",
            "principal", "intelligence", "nuclear", "disarmament", "policy", "missile", "space", "command",
            "joint", "chiefs", "delegation", "mission", "office", "agency", "organization", "general's",
            "presidential", "prime", "administration", "department's", "ministry's", "official's", "group",
            "head's", "fellow", "campaigner", "activist", "scholar", "counterpart", "mp", "mep", "delegate", "emissary",
            "commentator", "strategist", "energy", "editor", "lecturer", "historian", "physicist", "engineer", "inspector",
            "attorney", "lawyer");

    /** The words of a title that actually name a role (not glue such as "of", "the"). */
    static final Set<String> ROLE_HEADS = Set.of(
            "minister", "president", "vice-president", "spokesman", "spokeswoman", "spokesperson", "secretary",
            "secretary-general", "ambassador", "ambassador-at-large", "envoy", "representative", "chairman", "chairwoman", "chair",
            "speaker", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "director",
            "director-general", "chief", "head", "commander", "commander-in-chief", "general", "admiral",
            "colonel", "aide", "adviser", "advisor", "assistant", "governor", "mayor", "premier", "chancellor",
            "official", "expert", "analyst", "researcher", "scientist", "professor", "diplomat", "negotiator",
            "undersecretary", "counselor", "counsellor", "attache", "leader", "commissioner", "coordinator",
            "member", "king", "emir", "journalist", "correspondent", "politician", "lieutenant", "captain",
            "gen.", "lt.", "col.", "adm.", "maj.", "brig.", "capt.", "cmdr.", "sen.", "rep.", "amb.", "dr.", "dr", "prof.", "prof", "economist", "observer",
            "specialist", "officer", "pm", "fm", "deputy", "fellow", "campaigner", "activist", "scholar", "editor",
            "lecturer", "historian", "physicist", "engineer", "inspector", "attorney", "lawyer", "counterpart", "mp", "mep",
            "delegate", "emissary", "commentator", "strategist",
            // "Torsten Behrendt, a Social Democrat on the foreign affairs committee, said": a party member.
            "democrat", "republican");

    /** Capitalised words that start sentences or name things but are never part of a person's name. */
    static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "after", "before", "since",
            "during", "when", "while", "however", "but", "and", "or", "if", "as", "for", "from", "with",
            "without", "by", "to", "of", "according", "meanwhile", "currently", "now", "earlier", "later",
            "also", "he", "she", "it", "they", "we", "i", "our", "his", "her", "their", "its", "there",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "feb", "mar", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "treaty", "ministry", "foreign", "defense", "defence", "council", "committee", "department",
            "house", "office", "agency", "organization", "union", "forces", "force", "army", "navy",
            "federation", "republic", "kingdom", "states", "united", "nations", "general", "assembly", "state",
            "duma", "kremlin", "pentagon", "white", "security", "nuclear", "strategic", "arms", "control",
            "reduction", "missile", "missiles", "intermediate-range", "range", "test", "ban", "open", "skies",
            "new", "start", "tass", "ria", "novosti", "interfax", "reuters", "ap", "afp", "photo", "all",
            "news", "about", "situation", "what", "why", "how", "who", "where", "which", "mr", "mrs", "ms",
            "last", "updated", "source", "read", "more", "washington", "moscow", "international", "affairs",
            "journal", "agreement", "accord", "initiative", "conference", "summit", "talks", "negotiations", "consultations", "minister",
            "president", "secretary", "spokesman", "spokeswoman", "ambassador", "deputy", "chairman",
            "speaker", "senator", "director", "chief", "head", "commander", "envoy", "representative", "aide",
            "adviser", "advisor", "prime", "first", "vice", "press", "executive", "permanent", "special",
            "national", "under", "lieutenant", "colonel", "admiral", "major", "captain", "governor", "leader",
            "commissioner", "parliament", "government", "administration", "embassy", "european", "asia",
            "pacific", "east", "west", "north", "south", "middle", "central", "global", "world", "war", "cold",
            "soviet", "russian", "american", "chinese", "british", "french", "german", "japanese", "both",
            "each", "some", "many", "several", "such", "no", "not", "yes", "then", "thus", "therefore",
            "moreover", "furthermore", "nevertheless", "still", "yet", "so", "because", "although", "though",
            "unless", "until", "once", "today", "yesterday", "tomorrow", "week", "year", "speaking", "asked",
            "commenting", "answering", "responding", "addressing", "quoted", "telegram", "x", "twitter",
            "facebook", "channel", "briefing", "interview", "statement", "decree", "law", "bill", "document",
            "text", "article", "background", "inception", "suspension", "withdrawal", "dialogue", "stability",
            "non-proliferation", "review", "prohibition", "elimination", "measures", "further", "limitation",
            "offensive", "comprehensive", "nuclear-test-ban", "mid-range", "capability", "hypersonic",
            "ballistic", "cruise", "system", "systems", "program", "programme", "project", "plan", "commission",
            "preparatory", "center", "centre", "institute", "university", "campaign", "fund", "foundation",
            "association", "society", "group", "party", "bank", "court", "school", "college", "academy", "network",
            // "Republican Sen. Mark Ellison": a party before a title.
            "republican", "republicans", "democratic", "democrat", "democrats",
            // "… Main Missile and Artillery Directorate", "Department of Multilateral Diplomacy": parts of bodies.
            "directorate", "diplomacy", "bureau", "division", "artillery", "headquarters",
            // "since the start of Operation Sindoor", "during Exercise Talisman Sabre": named military actions.
            "operation", "exercise",
            // "the Center for Military-Political Studies": the remit of an institute, not a name.
            "studies", "analysis", "research", "sciences", "relations", "problems", "forecasting",
            // "the Institute for Regional Strategy", "the Forum for Strategic Security": the remit and kind of a body.
            "strategy", "strategies", "policy", "forum", "disarmament");

    /**
     * A regex alternation of many words, regrouped by first letter ({@code (?:a(?:…)|b(?:…)|…)}) so the
     * engine tests one letter per group at each position instead of every alternative in turn: the same
     * language, several times faster on long lists. Alternatives not starting with a plain letter stay
     * as they are. {@code alternatives} is a top-level {@code |}-separated list, case-sensitive.
     */
    static String byFirstLetter(String alternatives) {
        var groups = new java.util.TreeMap<Character, java.util.List<String>>();
        var others = new java.util.ArrayList<String>();
        for (var alternative : splitTopLevel(alternatives)) {
            char first = alternative.isEmpty() ? 0 : alternative.charAt(0);
            boolean plain = Character.isLetter(first) && (alternative.length() == 1 || "?*+{".indexOf(alternative.charAt(1)) < 0);
            if (plain) {
                groups.computeIfAbsent(first, c -> new java.util.ArrayList<>()).add(alternative.substring(1));
            }
            else {
                others.add(alternative);
            }
        }
        var out = new StringBuilder("(?:");
        groups.forEach((letter, rests) -> out.append(letter).append("(?:").append(String.join("|", rests)).append(")|"));
        others.forEach(other -> out.append(other).append('|'));
        out.setLength(out.length() - 1);
        return out.append(')').toString();
    }

    static java.util.List<String> splitTopLevel(String alternatives) {
        var parts = new java.util.ArrayList<String>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (c == '\\') {
                i++;
            }
            else if (inClass) {
                inClass = c != ']';
            }
            else if (c == '[') {
                inClass = true;
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')') {
                depth--;
            }
            else if (c == '|' && depth == 0) {
                parts.add(alternatives.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(alternatives.substring(start));
        return parts;
    }

    /** "a seismologist", "a Sinologist": a learned profession names a role whatever its field. */
    private static boolean learnedProfession(String lowerWord) {
        return lowerWord.endsWith("ologist");
    }

    static boolean isTitleWord(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        return TITLE_HEADS.contains(lower) || learnedProfession(lower);
    }

    static boolean isRoleHead(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        var bare = lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
        int hyphen = bare.indexOf('-');
        // "minister-counselor", "envoy-designate": a compound of a role word is a role.
        return ROLE_HEADS.contains(bare) || learnedProfession(bare) || hyphen > 0 && (ROLE_HEADS.contains(bare.substring(0, hyphen))
                || ROLE_HEADS.contains(bare.substring(bare.lastIndexOf('-') + 1)));
    }

    static boolean isNotName(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.indexOf('.') >= 0 || lower.indexOf(',') >= 0) {
            lower = lower.replace(".", "").replace(",", "");
        }
        // "the Arlington-based Forum": where a body sits, never a given name.
        return NOT_NAMES.contains(lower) || lower.endsWith("-based");
    }

    /**
     * Slugs, name keys and roles already made: the same names recur in every article, and making them
     * takes several regex passes. Bounded, so that a long ingest of new names cannot grow them without end.
     */
    private static final int MEMO_LIMIT = 20_000;

    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<String, String> PERSON_KEY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code make(input)}, remembered in {@code memo} while it holds fewer than {@link #MEMO_LIMIT} entries. */
    static String memo(java.util.Map<String, String> memo, String input, java.util.function.UnaryOperator<String> make) {
        var known = memo.get(input);
        if (known != null) {
            return known;
        }
        var made = make.apply(input);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(input, made);
        }
        return made;
    }

    /** A URL-safe slug: "Sergey Ryabkov" → "sergey-ryabkov". */
    static String slug(String text) {
        return memo(SLUGS, text, Lexicon::makeSlug);
    }

    private static String makeSlug(String text) {
        var ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        if (!ascii.chars().allMatch(c -> c < 128)) {
            // Letters that carry no separable accent: "Ørjan" → "orjan", "Łukasz" → "lukasz".
            ascii = ToAscii.transliterate(ascii);
        }
        return EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** ICU's Latin-ASCII transliteration, loaded on first need; one shared instance, so used under a lock. */
    private static final class ToAscii {

        private static final com.ibm.icu.text.Transliterator LATIN_ASCII = com.ibm.icu.text.Transliterator.getInstance("Latin-ASCII");

        static synchronized String transliterate(String text) {
            return LATIN_ASCII.transliterate(text);
        }

    }

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");

    private static final Pattern EI_END = Pattern.compile("ei$");

    /** "Dmitri"/"Dmitry", "Yuri"/"Yury", "Vasili"/"Vasily": Russian endings of given names, not "Li", "Hiroshi" or "Kenji". */
    private static final Pattern CONSONANT_I_END = Pattern.compile("(?<=\\w\\w)([rlg])i$");

    private static final Pattern YY_END = Pattern.compile("yy$");

    private static final Pattern CONSONANT_IA = Pattern.compile("([bcdfgklmnprstvz])ia(?=[a-z])");

    /** Only Slavic names are written both ways: not the Irish "Niamh". */
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(?:ov|ev|ova|eva|in|ina|sky|skiy|skaya|ana|enko|uk|ich)$");

    /**
     * A transliteration-tolerant form of a person's name, so "Sergei Ryabkov" and "Sergey Ryabkov", or
     * "Dmitri" and "Dmitry", give the same key.
     */
    static String personKeyName(String name) {
        return memo(PERSON_KEY_NAMES, name, Lexicon::makePersonKeyName);
    }

    private static String makePersonKeyName(String name) {
        var tokens = slug(name).split("-");
        var out = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            // "Riabkov"/"Ryabkov", "Tatiana"/"Tatyana": "ia" after a consonant is "ya" in the other transliteration.
            var token = tokens[i].replace("ks", "x");
            if (SLAVIC_ENDING.matcher(token).find()) {
                token = CONSONANT_IA.matcher(token).replaceAll("$1ya");
            }
            var t = EI_END.matcher(token).replaceFirst("ey");
            if (i < tokens.length - 1) {
                // Given names only: "Dmitri"/"Dmitry", but the family name "Mori" stays.
                t = CONSONANT_I_END.matcher(t).replaceFirst("$1y");
            }
            t = YY_END.matcher(t).replaceFirst("y");
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(t);
        }
        return out.toString();
    }

    /**
     * Whether {@code m} matches from a word start in {@code [from, lastStart]}, ending by {@code to}: the
     * leftmost such match, which is what a search finds for a pattern whose every alternative opens with
     * a word boundary and a letter or digit, without trying the pattern at every character. {@code m}
     * should have transparent bounds, so its boundaries see the text around the window.
     */
    static boolean lookingAtWordStart(java.util.regex.Matcher m, String text, int from, int lastStart, int to) {
        for (int start = Math.max(0, from); start <= lastStart && start < to; start++) {
            if (!Character.isLetterOrDigit(text.charAt(start)) || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            m.region(start, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@link #lookingAtWordStart} over the whole of {@code text}: a search for patterns that open with a word. */
    static boolean findAtWordStart(java.util.regex.Matcher m, String text) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return lookingAtWordStart(m, text, 0, text.length() - 1, text.length());
    }

    /** Levenshtein distance, bounded: returns {@code limit + 1} as soon as it is exceeded. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
