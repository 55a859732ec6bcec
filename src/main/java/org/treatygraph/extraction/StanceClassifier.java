package org.treatygraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's stance toward its subject from cue phrases: support ("ready to", "open to", "welcome",
 * "extend", "preserve"), opposition ("destructive", "misguided", "refuse", "no dialogue", countermeasures),
 * and conditions ("only if", "as long as", "provided that") that turn support into conditional support.
 * Negated support ("not ready", "no dialogue") counts as opposition. No cue: neutral.
 */
final class StanceClassifier {

    record Result(Stance stance, String cue) {
    }

    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:only if|only when|as long as|provided (?:that )?|"
            + "on (?:the )?condition|if|unless|in case|in exchange for|follows? suit|on a reciprocal basis|reciprocal(?:ly)?|"
            + "on the basis of reciprocity|in return)\\b");

    private static final Pattern SUPPORT = Pattern.compile("(?i)\\b(?:ready to|readiness|open to|remains? open|willing to|"
            + "welcome[sd]?|welcoming|support(?:s|ed|ing)?|in favou?r of|committed to|commitment to|preserv\\w+|extend(?:ing|ed)?|"
            + "extension|keep(?:ing)? (?:to|within)|continue to (?:observe|comply|adhere)|comply|complying|adhere|adhering|observ(?:e|ing)|"
            + "good idea|praised?|constructive|cooperation|agree[sd]?|stabili[sz]\\w*|dialogue|negotiat\\w+|talks|"
            + "responsibl\\w+|balanced|important step|positive|useful|hope[sd]? (?:for|to|that)|call(?:s|ed)? for (?:talks|dialogue|"
            + "preserving|resuming)|resum\\w+|mutually beneficial|strengthen\\w*|uphold\\w*|backs?|backed|endorse[sd]?|"
            + "valuable|cornerstone|essential)\\b");

    private static final Pattern OPPOSE = Pattern.compile("(?i)\\b(?:destructive|misguided|regrettable|regret\\w*|refuse[sd]?|"
            + "refusing|reject\\w*|unacceptable|threat\\w*|hostile|provocat\\w+|violat\\w+|condemn\\w*|escalat\\w+|dangerous|"
            + "irresponsible|counter(?:measures)?|response measures|retaliat\\w+|undermin\\w+|aggressive|russophobia|"
            + "no longer bound|unanswered|no reason|not even close|no foundation|destabili[sz]\\w+|strategic defeat|pointless|"
            + "deplor\\w+|concern(?:ed|s)?|alarm\\w*|criticiz\\w+|criticis\\w+|slam\\w*|accus\\w+|blame[sd]?|illegal|"
            + "sabotag\\w+|obstruct\\w*|wrong|mistake|erroneous|absurd|confrontation\\w*|arms race|decisive military-technical|"
            + "mirror measures|will respond|respond\\w*|warn\\w*|impossible|cannot|can't|no dialogue|no talks|"
            + "no basis|no point|dead|collapse\\w*|destroy\\w*|dismantl\\w+|sham|hypocri\\w+|double standards|deadlock|"
            + "withdraw\\w*|pull(?:ed)? out|scrap\\w*|tore up|abandon\\w*|suspend\\w*|left unanswered|unfriendly|"
            + "not interested|oppos\\w+|against|denounc\\w+|ultimatum|blackmail)\\b");

    private static final Pattern NEGATED_SUPPORT = Pattern.compile("(?i)\\b(?:not|no|never|hardly|without|neither|nor|n't|no longer)\\s+"
            + "(?:\\w+\\s+){0,3}?(?:ready|open|willing|dialogue|talks|support\\w*|agree\\w*|cooperat\\w+|negotiat\\w+|"
            + "comply|complying|observ\\w+|extend\\w*|possible)\\b");

    private StanceClassifier() {
    }

    static Result classify(String statement, String verb) {
        var text = verb == null ? statement : verb + " " + statement;
        var negated = NEGATED_SUPPORT.matcher(text);
        String negatedCue = negated.find() ? negated.group() : null;
        int support = count(SUPPORT.matcher(text));
        int oppose = count(OPPOSE.matcher(text));
        if (negatedCue != null) {
            support = Math.max(0, support - 1);
            oppose += 2;
        }
        var condition = CONDITION.matcher(text);
        boolean conditional = condition.find();
        if (conditional && support > 0 && (support >= oppose || strongCondition(condition.group()))) {
            return new Result(Stance.conditional, condition.group());
        }
        if (oppose > support) {
            return new Result(Stance.opposes, negatedCue != null ? negatedCue : first(OPPOSE.matcher(text)));
        }
        if (support > oppose) {
            return new Result(Stance.supports, first(SUPPORT.matcher(text)));
        }
        if (support > 0) {
            return new Result(Stance.opposes, first(OPPOSE.matcher(text)));
        }
        return new Result(Stance.neutral, null);
    }

    private static boolean strongCondition(String cue) {
        var lower = cue.toLowerCase(java.util.Locale.ROOT);
        return !lower.equals("if") && !lower.equals("unless") && !lower.equals("in case");
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String first(Matcher m) {
        return m.find() ? m.group() : null;
    }

}
