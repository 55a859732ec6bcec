package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A statement's stance toward its subject, from cue phrases with their polarity: support ("ready to",
 * "welcome", "continue to fulfil", "makes sense"), opposition ("destructive", "misguided", "a mistake",
 * "in response", "bears responsibility"), negation that turns a cue around within its clause ("poses no
 * threat", "not ready", "will not take part in negotiations"), and conditions ("only if", "as long as",
 * "unless") that make the position conditional. No cue: neutral. The cue that decided is kept as
 * evidence.
 */
final class StanceClassifier {

    record Result(Stance stance, String cue) {
    }

    /** Conditions that make any position conditional: "only if", "as long as", "unless", "provided that". */
    private static final CueMatcher STRONG_CONDITION = new CueMatcher("only if|only when|only once|only on the basis|"
            + "only after|as long as|so long as|provided that|provided|providing|on the condition|on condition|unless|"
            + "in exchange for|follows? suit|followed suit|on a reciprocal basis|reciprocat\\w*|reciprocal steps|"
            + "on the basis of reciprocity|in return|would have to|will have to|must (?:include|take into account|cover)|"
            + "should include|has to include|needs? to include|once it (?:is|was) clear|depending on|"
            + "if (?:and only if|they want|you want)|in a mirror fashion|mirror(?:ing)? step|depends? on|dependent on|"
            + "as soon as|before any|where (?:it is|it's) in (?:our|their|its) (?:own )?interests?");

    /** Whether {@code word} and a blank stand right before {@code at}, as a whole word. */
    private static boolean wordBefore(String text, int at, String word) {
        int start = at - word.length() - 1;
        return start >= 0 && text.startsWith(word + " ", start) && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    /** A plain "if" only makes a supportive position conditional ("as if nothing had happened" is no condition). */
    private static final Pattern WEAK_CONDITION = Pattern.compile("\\b(?:if|in case|whether)\\b");

    private static final String SUPPORT = "ready to|readiness|open to|remains? open|willing to|"
            + "welcome[sd]?|welcoming|support(?:s|ed|ing)?|in favou?r of|committed to|commitment to|preserv\\w+|extend(?:ing|ed)?|"
            + "extension|keep(?:ing)? (?:to|within)|continu\\w* to (?:observe|comply|adhere|fulfil\\w*|participate|respect|abide|"
            + "keep|stick|honou?r)|comply|complying|complies|full compliance|compliance|adhere|adhering|observ(?:e|ing)|respect(?:s|ed|ing)? (?:the |its |their )?(?:[\\w'’-]+ ){0,2}"
            + "(?:limits|caps|ceilings|obligations|treaty|accord|agreement|moratorium)|alive|stay(?:s|ed|ing)? within|remain(?:s|ed|ing)? within|fulfil\\w* (?:its|our|their) obligations|good idea|praised?|constructive|"
            + "cooperation|agree[sd]?|stabili[sz]\\w*|dialogue|negotiat\\w+|talks|responsibl[ey]|balanced|important step|"
            + "step in the right direction|positive|useful|reinforc\\w*|consistent with|exercis\\w* restraint|hope[sd]? (?:for|to|that)|call(?:s|ed)? (?:on [\\w\\s]{0,40}? to "
            + "(?:maintain|preserve|uphold|return|resume|respect|show restraint)|for (?:talks|dialogue|preserving|resuming))|"
            + "resum\\w+|mutually beneficial|strengthen\\w*|uphold\\w*|endorse[sd]?|valuable|cornerstone|essential|"
            + "makes? (?:a lot of |perfect |good )?sense|made (?:a lot of |perfect |good )?sense|better than|backbone|"
            + "contribution|safer|guarantee\\w*|successful\\w*|deterrence|on the table|remain\\w* (?:a )?(?:signator\\w+|party|"
            + "committed|in force|in place)|maintain\\w* the moratorium|taking the side|defensive|goodwill|"
            + "confidence-building|transparency|verifiable|predictab\\w+|trust|poses? no threat|posing no threat|no threat|"
            + "not (?:directed|aimed) (?:against|at)|no question of|nothing to fear|purely defensive|"
            + "regret\\w* (?:the )?(?:end|demise|collapse|expiry|lapse|loss|termination)|peace\\w*|pragmatic|good faith|"
            + "work (?:together|with)|keep working|engag(?:e|ed|ement)|diplomac\\w*|common ground|compromise|"
            + "close (?:a|the) gap|moratorium|regret|regrets|regretted|regretting|expressed regret|prepared to|"
            + "new (?:arrangement|agreement|deal|treaty)|replace it|successor";

    /** Putting a missile system in service or in place: its speaker is for it. */
    private static final Pattern FIELDING = Pattern.compile("\\b(?:deploy\\w*|combat duty|station\\w*|plac(?:e|ed|ing)|"
            + "sen[dt]|appear|field\\w*|successfully tested|taken up (?:its|their) positions|in service|enter\\w* (?:into )?service|"
            + "(?:keep|continue) testing|plans? to (?:test|send|deploy|station)|approved (?:the )?(?:possible )?sale)\\b");

    /** A statement that is itself a condition: "if Russia comes back into full compliance". */
    private static final Pattern OPENS_WITH_CONDITION = Pattern.compile("^[\"“«]?(?:only )?(?:if|unless|provided)\\b");

    private static final String OPPOSE = "destructive|misguided|regrettable|breach\\w*|lapse|expire|refuse[sd]?|no longer (?:exists?|appl(?:y|ies)|valid|relevant|in place)|"
            + "refusing|reject\\w*|dismiss\\w*|unacceptable|threat\\w*|hostile|provocat\\w+|violat\\w+|condemn\\w*|escalat\\w+|dangerous|"
            + "irresponsible|counter(?:measures)?|response measures|retaliat\\w+|undermin\\w+|aggressive|russophobia|"
            + "no longer (?:\\w+ ){0,3}bound|unanswered|no reason|not even close|no foundation|destabili[sz]\\w+|strategic defeat|"
            + "pointless|deplor\\w+|concern(?:ed|s)?|alarm\\w*|criticiz\\w+|criticis\\w+|slam\\w*|accus\\w+|blame[sd]?|illegal|"
            + "sabotag\\w+|obstruct\\w*|wrong|mistake|erroneous|absurd|confrontation\\w*|arms race|decisive military-technical|"
            + "mirror (?:measures|response)|will respond|respond\\w*|warn\\w*|impossible|cannot|can't|no dialogue|no talks|"
            + "no basis|no point|no prospect|dead(?: end)?|collapse\\w*|destroy\\w*|dismantl\\w+|sham|hypocri\\w+|double standards|"
            + "deadlock|withdraw\\w*|pull(?:ed)? out|scrap\\w*|tore up|abandon\\w*|suspend\\w*|left unanswered|unfriendly|"
            + "not interested|oppos\\w+|against|denounc\\w+|ultimatum|blackmail|reckless\\w*|arrogan\\w+|free ride|"
            + "bears? (?:\\w+ ){0,2}responsibility|bore (?:\\w+ ){0,2}responsibility|"
            + "lies (?:\\w+ ){0,2}responsibility|lay (?:\\w+ ){0,2}responsibility|responsibility (?:for|lies|lay)|fault|walked away|walk away|"
            + "blow to|cold war|intimidat\\w+|outdated|obsolete|harmful|wasted|lost (?:its|their) meaning|forced|"
            + "in response|own intermediate-range|testing nuclear weapons|begin testing|start testing|"
            + "spy(?:ing)?|rather (?:make|negotiate|have)|build(?:s|ing)? up|sit back|stand still|look the other way|"
            + "leaving|exit|terminat\\w+|tie our hands|gift to|not ruling out|does not rule out|did not rule out|do not rule out|"
            + "answer (?:every|each|any) step|considered response|adequate response|appropriate (?:steps|measures)|"
            + "compensatory measures|into account in (?:its|our) military planning|weaken\\w*|far-fetched|pretext\\w*|"
            + "invalid|groundless|baseless|unfounded|illegitimate|null and void|ignor(?:e|es|ed|ing)|hanging by a thread|"
            + "coercion|tool of|unilateral\\w*|militari[sz]\\w*|aggression|encircl\\w*|expansion|lament\\w*|deplored|"
            + "irritant|to blame|blaming|setback|step backwards?|backward step|wreck\\w*|derail\\w*|torpedo(?:es|ed|ing)?|ruin\\w*|damag\\w*|jeopardi[sz]\\w*|"
            + "erod\\w*|bur(?:y|ies|ied)|disappoint\\w*|frustrat\\w*|worr(?:y|ied|ying)|fear(?:s|ed)?|at odds with|"
            + "necessary measures|all measures";

    /** Support cues (list 0) and opposition cues (list 1), found in one pass. */
    private static final CueMatcher CUES = new CueMatcher(SUPPORT, OPPOSE);

    /** Leaving a treaty: negated ("does not imply a withdrawal", "not leaving it"), it is support for staying. */
    private static final Pattern EXIT = Pattern.compile("^(?:withdr\\w*|leav\\w*|exit|quit\\w*|abandon\\w*|pull(?:ed)? out|"
            + "lapse|walk away)");

    /** Cues that carry their own negation, so a negator before them does not turn them around. */
    private static final List<String> SELF_NEGATED = List.of("no ", "not ", "cannot", "can't", "impossible", "unanswered",
            "left unanswered", "pointless");

    private static boolean selfNegated(String cue) {
        for (var start : SELF_NEGATED) {
            if (cue.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NEGATOR = Pattern.compile("\\b(?:not|no|never|hardly|without|neither|nor|nobody|nothing|"
            + "none|no one|no longer|refus\\w+|refrain\\w*)\\b");

    /** Cues that are only the name of an act: they describe what was done, not what anyone thinks of it. */
    private static final Pattern NARRATED_ACT = Pattern.compile("(?:deploy\\w*|station\\w*|withdr\\w*|suspend\\w*|extend(?:ing|ed)?|"
            + "extension|sign\\w*|ratif\\w*|exit|terminat\\w*|scrap\\w*|pull(?:ed)? out|leaving|abandon\\w*|support|"
            + "sent|sen[dt]|plac(?:e|ed|ing)|in service|combat duty|field\\w*)");

    /** The past tense of a narrated act: "had withdrawn", "was deployed", "withdrew … in 2002". */
    private static final Pattern PAST_NARRATION = Pattern.compile("\\b(?:had|was|were|has been|have been|had been)\\s+(?:\\w+\\s+)?"
            + "\\w+(?:ed|wn|nt)\\b|\\b(?:withdrew|signed|ratified|suspended|deployed|stationed|extended|exited|terminated|"
            + "scrapped|pulled out|left)\\b");

    /** The speaker's own side speaking: "we", "our" make an act a position, not a report. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\\b");

    /** What a cue may be aimed at that turns it around: leaving the treaty. */
    private static final Pattern AIMED_AT_EXIT = Pattern.compile("\\s+(?:over |of |at |about |with |to )?(?:the |this |that |its |their |"
            // "the trump administration's decision to leave": whoever's it was.
            + "(?:the )?(?:[a-z.-]+ ){0,2}[a-z.-]+['’]s |[a-z]+ )?(?:(?:american|us|u\\.s\\.|russian|unilateral|planned|announced) )?"
            + "(?:exit|withdrawal|pull-?out|demise|collapse|termination|suspension|departure|abandonment|"
            + "decision to (?:withdraw|leave|quit|exit|suspend|abandon|pull out)|move to (?:withdraw|leave|quit|exit|suspend))\\b");

    private static final Pattern DENIAL_BEFORE = Pattern.compile("\\b(?:den(?:y|ied|ies|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
            + "refut(?:e|es|ed|ing))\\s+(?:\\w+\\s+){0,2}$");

    /** The subject of a harm that is a step away from a treaty: "any nuclear test", "every state that stays outside". */
    private static final Pattern HARM_DONE_BY_LEAVING = Pattern.compile("\\b(?:step(?:s)? away|stays? outside|staying outside|"
            + "remain(?:s|ing)? outside|(?:any|a) (?:nuclear )?test|leaving|abandoning|walking away|withdrawal|exit|"
            + "(?:the )?(?:collapse|demise|end|loss) of)\\b");

    /** The clause a cue stands in, up to it: from the last comma, semicolon or full stop. */
    private static String clauseBefore(String text, int position) {
        var before = text.substring(0, position);
        int start = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf('.'));
        return before.substring(start + 1);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern NOT_FIRST = Pattern.compile("\\bnot (?:be )?(?:the )?first to\\b|\\bnot be the first\\b");

    /** A negated intention of the speaker's side: what it will not do. */
    private static final Pattern REFUSAL = Pattern.compile("\\b(?:will|would|shall|can|could) not (?:allow|accept|agree|tolerate|permit)\\b|"
            + "\\b(?:will|would|shall|can) not\\b|\\b(?:won't|wouldn't|cannot|can't)\\b|"
            + "\\bnot (?:going|about|prepared|willing) to\\b|\\b(?:will|would|shall) never\\b|\\bno (?:intention|desire) (?:to|of)\\b|\\bnever (?:will|agree|accept)\\b");

    private StanceClassifier() {
    }



    private record Cue(String text, int start, int polarity) {
    }

    static Result classify(String statement, String verb) {
        return classify(statement, verb, false);
    }

    /** @param aboutMissileSystem the statement's main subject is a missile system */
    static Result classify(String statement, String verb, boolean aboutMissileSystem) {
        var result = classifyByCues(statement, verb);
        var lower = statement.toLowerCase(Locale.ROOT).strip();
        if (result.stance() != Stance.conditional && OPENS_WITH_CONDITION.matcher(lower).lookingAt()) {
            return new Result(Stance.conditional, lower.split("\\s+")[0]);
        }
        if (result.stance() == Stance.neutral && aboutMissileSystem
                && !(Lexicon.findAtWordStart(PAST_NARRATION.matcher(lower), lower) && !FIRST_PERSON.matcher(statement).find())) {
            var fielding = FIELDING.matcher(lower);
            if (fielding.find()) {
                return new Result(Stance.supports, fielding.group());
            }
        }
        return result;
    }

    private static Result classifyByCues(String statement, String verb) {
        // Cues are written in lower case and matched against lower-cased text: case-insensitive matching
        // of a few hundred alternatives is several times slower.
        var text = (verb == null ? statement : verb + " " + statement).toLowerCase(Locale.ROOT);
        var cues = new ArrayList<Cue>();
        for (var found : CUES.find(text)) {
            cues.add(new Cue(found.text(), found.start(), found.list() == 0 ? 1 : -1));
        }
        int score = 0;
        Cue decisive = null;
        int aimedUntil = -1;
        // The turn-around checks below need words most statements lack: test for them once.
        boolean mayDeny = text.contains("den") || text.contains("reject") || text.contains("dismiss") || text.contains("refut");
        boolean mayLeave = mayMentionLeaving(text);
        int harmedUntil = -1;
        for (var cue : cues) {
            if (cue.start() < aimedUntil) {
                // The exit a flipped cue was aimed at has been counted with it.
                continue;
            }
            if (cue.polarity() > 0 && cue.start() < harmedUntil) {
                // "would destroy the emerging positive trend", "undermines strategic stability": the good thing
                // harmed is the object of the harm, already counted against.
                continue;
            }
            // "not ready", "no dialogue": negated support is opposition. Negated opposition is not reliably
            // support ("will not be intimidated", "bore no responsibility"), so it counts for nothing.
            // Denying a wrong ("did not violate any treaty", "is not a provocation") defends what is done.
            int polarity = !negated(text, cue) ? cue.polarity()
                    : cue.polarity() > 0 || EXIT.matcher(cue.text()).lookingAt() || WRONG.matcher(cue.text()).lookingAt()
                            ? -cue.polarity() : 0;
            if (polarity < 0 && mayDeny && DENIAL_BEFORE.matcher(text.substring(Math.max(0, cue.start() - 40), cue.start())).find()) {
                // "denied violating the pact", "rejected the accusation": denying the wrong defends the treaty.
                polarity = 1;
            }
            else if (polarity < 0 && mayLeave && findsLeaving(clauseBefore(text, cue.start()))) {
                // "Every step away from the treaty weakens a norm": the harm is done by leaving it.
                polarity = 1;
            }
            var aimed = mayLeave ? AIMED_AT_EXIT.matcher(text)
                .region(cue.start() + cue.text().length(), Math.min(text.length(), cue.start() + cue.text().length() + 60)) : null;
            if (aimed != null && !EXIT.matcher(cue.text()).lookingAt() && aimed.lookingAt()) {
                // "criticized the exit", "regret over the decision to withdraw": against leaving is for the treaty.
                polarity = -polarity;
                aimedUntil = aimed.end();
            }
            if (polarity < 0 && HARM.matcher(cue.text()).lookingAt()) {
                harmedUntil = objectEnd(text, cue.start() + cue.text().length());
            }
            if (polarity != 0 && cue.polarity() > 0 && RATHER_THAN_BEFORE.matcher(text.substring(Math.max(0, cue.start() - 16), cue.start())).find()) {
                // "weakens the NPT rather than strengthens it": what is set aside is not what is said.
                polarity = -polarity;
            }
            score += polarity;
            if (decisive == null || decisive.polarity() != Integer.signum(score) && polarity == Integer.signum(score)) {
                decisive = new Cue(cue.text(), cue.start(), polarity);
            }
        }
        if (!cues.isEmpty() && cues.stream().allMatch(cue -> NARRATED_ACT.matcher(cue.text()).matches())
                && Lexicon.findAtWordStart(PAST_NARRATION.matcher(text), text) && !FIRST_PERSON.matcher(statement).find()) {
            // "The US withdrew from the ABM Treaty in 2002", "the system was deployed in April": a past act
            // told as a fact, with nothing said about it, takes no side.
            return new Result(Stance.neutral, null);
        }
        if (mayHoldCondition(text)) {
            var strong = STRONG_CONDITION.find(text);
            if (!strong.isEmpty()) {
                return new Result(Stance.conditional, strong.get(0).text());
            }
        }
        if (score > 0) {
            var weak = WEAK_CONDITION.matcher(text);
            while (weak.find()) {
                if (!wordBefore(text, weak.start(), "as") && !wordBefore(text, weak.start(), "even")) {
                    return new Result(Stance.conditional, weak.group());
                }
            }
        }
        if (score > 0) {
            return new Result(Stance.supports, cueOf(decisive, cues, 1));
        }
        if (score < 0) {
            return new Result(Stance.opposes, cueOf(decisive, cues, -1));
        }
        if (cues.isEmpty() && text.contains("first") && NOT_FIRST.matcher(text).find()) {
            // "We will not be the first to test": restraint that lasts only while others show it.
            return new Result(Stance.conditional, "not be the first");
        }
        if (score == 0) {
            // "Washington would not reconsider its decision", "we are not going to tie our hands": a refusal,
            // whether or not a cue stood in it (a negated opposition cue counts for nothing on its own).
            var refusal = REFUSAL.matcher(text);
            if ((text.contains("not") || text.contains("n't") || text.contains("no ") || text.contains("never"))
                    && Lexicon.findAtWordStart(refusal, text)) {
                return new Result(Stance.opposes, refusal.group());
            }
        }
        if (!cues.isEmpty()) {
            // Balanced cues ("we regret the end of a treaty we supported") still take a side: the last word.
            var last = cues.get(cues.size() - 1);
            if (!negated(text, last)) {
                return new Result(last.polarity() > 0 ? Stance.supports : Stance.opposes, last.text());
            }
        }
        return new Result(Stance.neutral, null);
    }

    private static final List<String> LEAVING_WORDS = List.of("exit", "withdraw", "pull", "demise", "collapse", "terminat",
            "suspen", "depart", "abandon", "decision to", "move to", "step", "outside", "test", "leav", "walk", "end of", "loss of");

    /** Opposition cues naming a wrong: denied, they defend. */
    private static final Pattern WRONG = Pattern.compile("(?:violat|breach|provocat|aggressi|escalat|destabili|illegal)");

    /** Opposition cues that act on an object: what they harm follows them. */
    private static final Pattern HARM = Pattern.compile("(?:destroy|undermin|bury|weaken|kill|jeopardi[sz]|sabotag|torpedo|"
            + "derail|wreck|erod|damag|harm|ruin|obstruct|dismantl|threat)");

    private static boolean findsLeaving(String clause) {
        return Lexicon.findAtWordStart(HARM_DONE_BY_LEAVING.matcher(clause), clause);
    }

    private static final Pattern RATHER_THAN_BEFORE = Pattern.compile("\\b(?:rather than|instead of)\\s+$");

    /** Where the object after a verb ends: the next clause break, at most six words on. */
    private static int objectEnd(String text, int from) {
        int words = 0;
        int i = from;
        while (i < text.length() && words <= 6) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':') {
                break;
            }
            if (c == ' ') {
                words++;
            }
            i++;
        }
        return i;
    }

    /** Whether the words of leaving a treaty (or of a test, its opposite) may be in the text at all. */
    private static boolean mayMentionLeaving(String lower) {
        for (var word : LEAVING_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every strong condition has one of these words; checking them first spares most statements the pattern. */
    private static final List<String> CONDITION_WORDS = List.of("only", "long as", "provid", "condition", "unless", "exchange",
            "suit", "recipro", "return", "have to", "must", "should", "need", "has to", "once", "depend", "if ", "mirror",
            "soon as", "before any", "interest");

    private static boolean mayHoldCondition(String lower) {
        for (var word : CONDITION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }


    /** A negator earlier in the same clause, at most eight words before the cue. */
    private static boolean negated(String text, Cue cue) {
        if (selfNegated(cue.text())) {
            return false;
        }
        // The text is lower case already. The clause starts after the last comma, semicolon, full stop
        // or " but " before the cue; the window is at most eight words of it.
        int end = cue.start();
        int clauseStart = Math.max(Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1)),
                Math.max(text.lastIndexOf(" but ", end - 1), text.lastIndexOf('.', end - 1))) + 1;
        int windowStart = end;
        int words = 0;
        int i = end - 1;
        while (i >= clauseStart && words < 8) {
            while (i >= clauseStart && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i < clauseStart) {
                break;
            }
            while (i >= clauseStart && !Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            windowStart = i + 1;
            words++;
        }
        if (windowStart >= end) {
            return false;
        }
        // "n't" ends a word; every other negator opens one, so the pattern runs only at word starts.
        int contracted = text.indexOf("n't", windowStart);
        if (contracted >= 0 && contracted + 3 <= end) {
            return true;
        }
        var negator = NEGATOR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return Lexicon.lookingAtWordStart(negator, text, windowStart, end - 1, end);
    }

    private static String cueOf(Cue decisive, List<Cue> cues, int sign) {
        if (decisive != null && decisive.polarity() == sign) {
            return decisive.text();
        }
        return cues.isEmpty() ? null : cues.get(0).text();
    }

}
