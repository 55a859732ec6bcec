package org.treatygraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Finds the acts an article reports as done — suspensions, withdrawals, signatures, ratifications and
 * their revocation, extensions, expiry, entry into force, termination, deployments and observance of
 * limits — with actor, treaty (or system and place), date and evidence. A trigger counts only when
 * nothing in its clause negates it ("without withdrawing", "was not extended") or makes it an intention,
 * condition or threat ("would begin deploying", "may withdraw", "only if", "not ruling out"), and when
 * its date is not in the article's future.
 */
final class EventExtractor {

    record Event(RelationType type, String from, String to, PartialDate date, int start, int end, String by) {
    }

    /**
     * A kind of act and the words that name it. {@code hints} are lower-case fragments one of which every
     * match contains: a sentence without any of them is skipped without running the pattern (most are).
     */
    private record Trigger(RelationType type, Pattern pattern, List<String> hints) {

        /**
         * The same pattern for lower-cased text: case-insensitive matching is several times slower, and
         * the trigger words are all literal letters.
         */
        Trigger {
            pattern = Pattern.compile(pattern.pattern().replace("(?i)", "").toLowerCase(java.util.Locale.ROOT));
        }

    }

    /** Where a trigger matched in the sentence being read. */
    private record Hit(Trigger trigger, int start, int end) {
    }

    /**
     * A character of a relative clause, in a look-behind: no comma or semicolon. Triggers run sentence by sentence, so
     * a period here is an abbreviation's ("which the U.S. left in 2019").
     */
    private static final String IN_CLAUSE = "[^,;]";

    /** Order matters: a revoked ratification is not a withdrawal, so DERATIFIED claims its words first. */
    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(RelationType.DERATIFIED, Pattern.compile("(?i)\\b(?:de-?ratif\\w*|(?:revok|rescind|withdr|cancel|annul)\\w*\\s+(?:(?:its|the|of|their|that|this|own|[\\w-]+['’]s|(?:19|20)\\d\\d)\\s+){0,3}ratification|(?:revocation|withdrawal|cancellation|annulment|rescission)\\s+of\\s+(?:(?:its|the|[\\w-]+['’]s)\\s+){0,2}ratification|ratification\\s+(?:of\\s+(?:the\\s+)?[\\w-]+(?:\\s+treaty)?\\s+)?(?:was|has been|had been|is being)\\s+(?:formally\\s+)?(?:revoked|rescinded|withdrawn|cancelled|canceled|annulled))"), List.of("ratif")),
            new Trigger(RelationType.RATIFIED, Pattern.compile("(?i)\\b(?:ratified|ratifies|ratifying|law on (?:the |its |their )?ratification|"
                    + "(?:became|becoming|was|were) the (?:[\\w-]+ ){1,2}?(?:country|state|nation|leader|head of state|one)s? to ratify|(?:was|were) (?:among )?the (?:first|earliest)(?: (?:countries|states|nations))? to ratify|"
                    // "welcomed Nepal's ratification of the CTBT on Friday": a state's ratification, dated.
                    + "(?<=['’]s\\s)ratification(?=\\s+of\\s+[^.;]{3,90}?\\s(?:on|in|last|earlier)\\s)|"
                    // "withdraws the ratification that Russia's parliament approved in 2000".
                    // "withdraws the ratification Russia completed in 2000".
                    // "revokes the ratification that Russia carried out in 2000".
                    + "(?:approved|granted|passed|completed|carried out)\\b(?<=ratification\\s(?:(?:that|which)\\s)?[^,.;]{1,40}(?:approved|granted|passed|completed|carried out))|"
                    // "The Federation Council approved the ratification", "the Senate gave its consent to ratification".
                    + "approved (?:the )?ratification|(?:consent|approval) to (?:the |its )?ratification|"
                    // "Jamaica deposited its instrument of ratification", "… of ratification was deposited by Panama".
                    + "deposited (?:its|their|the|an?) (?:[\\w-]+ )?instruments? of ratification|"
                    // "The 50-ratification threshold was reached when Honduras deposited its instrument".
                    + "deposited (?:its|their) instrument(?!s?\\s+of\\b)(?<=ratifications?\\b[^.;]{0,80}deposited\\s(?:its|their)\\sinstrument)|"
                    + "instruments? of ratification\\b[^.;]{0,60}?\\b(?:was|were|has been|had been) deposited)\\b"), List.of("ratif", "approved", "granted", "passed", "completed", "carried", "deposited")),
            new Trigger(RelationType.WITHDREW_FROM, Pattern.compile("(?i)\\b(?:withdrew|withdrawn|withdraws|withdrawal|withdrawing|pulled out|pulls out|pulling out|exited|exit|quit|walked away|walked out)\\b"
                    // "withdraws Russia's ratification of the CTBT" revokes a ratification (see DERATIFIED), leaving no treaty.
                    + "(?!\\s+(?:(?:its|the|their|[\\w-]+['’]s|(?:19|20)\\d\\d)\\s+){0,3}ratification\\b)"
                    + "(?=(?:[^.]|(?<=\\b[A-Z])\\.){0,80}?\\b(?:from|of)\\b)|\\bleft the\\b(?!\\s+(?:[\\w-]+\\s+){0,3}?(?:initiative|proposal|offer|question|door|issue|idea|request|matter|decision|"
                    + "talks|table|meeting|summit|conference|room|country|city|region|post|office)\\b)"
                    // "withdrew the U.S. from": an abbreviation's periods end no sentence.
                    // "the treaty, from which the United States withdrew in 2002": the verb first, so the look-behind
                    // runs only where it stands.
                    + "|\\b(?:withdrew|pulled out|walked away|exited)\\b(?<=\\b(?:from|out of) which\\b" + IN_CLAUSE + "{1,60}"
                    + "(?:withdrew|pulled out|walked away|exited))"
                    // "Russia withdrew from the treaty in 2021, after the United States had pulled out in November 2020":
                    // an earlier act by another, told with no object, on the treaty the sentence is about.
                    + "|\\b(?:withdrew|pulled out|exited)\\b(?<=\\b(?:after|before|when|once)\\s(?:the\\s)?[A-Z][\\w.]{1,20}"
                    + "(?:\\s[A-Z][\\w.]{1,20})?\\s(?:(?:had|has|also)\\s)?(?:withdrew|pulled out|exited))"
                    + "(?=\\s+(?:in|on|last|earlier|a\\s+year)\\s[^,;.]{0,30}[,.;])"
                    // "… and completed its withdrawal on November 22, 2020": the treaty is the one spoken of.
                    + "|\\b(?:withdrawal|exit|pullout)\\b(?<=\\bcompleted\\s(?:its|their|the)\\s(?:own\\s)?(?:withdrawal|exit|pullout))"
                    // "abandoned the treaty", "the treaty, which Washington abandoned in 2019"; not "abandoned the idea".
                    + "|\\babandon(?:ed|s|ing)\\b(?=\\s+(?:the|its|their|this|that)\\s+(?:[\\w-]+\\s+){0,4}?(?:treaty|pact|accord)\\b)"
                    + "|\\babandoned\\b(?<=\\bwhich\\b" + IN_CLAUSE + "{1,60}abandoned)"
                    // "Russia ceased to be a party to the Treaty on Open Skies", "is no longer a participant in it".
                    + "|\\b(?:ceased to be|no longer)\\s+(?:a\\s+)?(?:state\\s+)?(?:party|participant|member)\\s+(?:to|of|in)\\b"
                    // "the INF Treaty, which the United States left in 2019".
                    + "|\\b(?:left|quit)\\b(?<=\\bwhich\\s" + IN_CLAUSE + "{1,60}(?:left|quit))"
                    // "North Korea quit the Nuclear Non-Proliferation Treaty in 2003": quit with the treaty as object;
                    // "formally exited it on November 22".
                    + "|\\b(?:quit|exited)\\b(?=\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+|\\([^)]{1,12}\\)\\s+){0,6}?(?:treaty|pact|accord|npt|ctbt)\\b)"
                    // "Washington left that treaty in 2019": the treaty just spoken of.
                    + "|\\b(?:left|quit|exited)\\b(?=\\s+(?:that|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:treaty|pact|accord)\\b)"
                    // "Moscow left Open Skies in December 2021": the treaties named with no article.
                    + "|\\b(?:left|quit|exited)\\b(?=\\s+(?:open skies|new start|start i{1,3}|npt|ctbt)\\b)"
                    + "|\\bexited\\s+it\\b"
                    // "… and formally left it on November 22, 2020"; not "left it in place".
                    // "… on November 22, 2020, the United States formally left it.": dated before, at the sentence's end.
                    + "|\\b(?:left|quit)\\s+it\\b(?=,?\\s+(?:on\\s|last\\s|earlier\\b|in\\s+(?:\\d|[A-Z][a-z]+\\s+\\d))|\\s*[.;](?:\\s|$))"
                    // "…, and formally withdrew six months later, on November 22": withdrew with no object, then its time.
                    + "|\\bwithdrew\\b(?=\\s*,?\\s+(?:on|in|last|earlier|(?:a|one|two|three|four|five|six|several|a few)\\s+"
                    + "(?:days?|weeks?|months?|years?)\\s+later)\\b)"
                    // "… and on August 2 of that year the United States formally withdrew.": the act, dated before it, on
                    // the treaty spoken of.
                    + "|\\bwithdrew\\b(?=\\s*[.;])(?<=\\b(?:formally|officially|finally|fully)\\s{1,2}withdrew)"
                    // "As of today, the US withdrawal is complete".
                    + "|\\bwithdrawal\\b(?=\\s+(?:is|was|has been|had been)\\s+(?:now\\s+|formally\\s+)?(?:complete|completed|finalized)\\b)"
                    // "North Korea, which withdrew in 2003, …".
                    + "|\\bwithdrew\\b(?<=\\bwhich\\s{1,2}withdrew)"
                    // "The treaty ended in 2019 after the United States withdrew, citing …": withdrew from what ended.
                    + "|\\b(?:withdrew|pulled out)\\b(?=\\s*[,.;])(?<=\\b(?:after|when|once)\\s(?:the\\s)?[A-Z][\\w.]{0,20}(?:\\s[A-Z][\\w.]{0,20})?(?:\\s[A-Z][\\w.]{0,20})?\\s(?:withdrew|pulled out))"
                    // "Moscow followed Washington out of Open Skies": the follower left.
                    + "|\\bfollowed\\b(?=\\s+(?:it|them|suit|the\\s+[A-Z][\\w.]*|[A-Z][\\w.]*)\\s+out of\\b)"
                    // "Trump pulled the United States out of the INF Treaty".
                    + "|\\bpulled\\b(?=\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,2}\\s+out of\\b)"),
                    List.of("withdr", "pull", "exit", "quit", "walked away", "walked out", "left", "abandon", "ceased to be", "no longer", "followed")),
            // "suspended cooperation with the IAEA", "suspend contacts": what is suspended is no treaty.
            new Trigger(RelationType.SUSPENDED, Pattern.compile("(?i)\\b(?:suspended|suspends|suspending|suspension of|suspend)\\b"
                    + "(?!\\s+(?:(?:its|their|all|the)\\s+)?(?:(?:on-site|mutual|further)\\s+)?(?:cooperation|contacts|talks|dialogue|consultations|work with|"
                    // "suspended inspections under the treaty": a part of it, not the treaty.
                    + "flights|visits|inspections|verification|data exchanges?|exchanges|notifications))"
                    // "froze its participation in the CFE Treaty", "stopped implementing it", "put its obligations on hold".
                    + "|\\b(?:froze|frozen|freezes|freezing|halted|halts|halting)\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+)?(?:participation|implementation|compliance)\\b"
                    + "|\\bstopped\\s+(?:implementing|observing|complying with|fulfilling)\\b"
                    + "|\\bput\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:obligations|participation|implementation)\\s+on hold\\b"
                    // "Russia introduced a moratorium on its participation in the CFE Treaty on December 12, 2007".
                    + "|\\b(?:introduced|imposed|declared|announced)\\s+a\\s+moratorium\\s+on\\s+(?:its|their)\\s+(?:participation|implementation|compliance)\\b"),
                    List.of("suspen", "froze", "frozen", "freez", "halt", "stopped", "put its", "put their", "moratorium")),
            // "became the 50th state to sign", "was the first world leader to sign it".
            new Trigger(RelationType.SIGNED, Pattern.compile("(?i)\\b(?:signed|signs|inked|(?:became|becoming|was|were) the (?:[\\w-]+ ){1,2}?"
                    + "(?:country|state|nation|leader|head of state|signatory|one)s? to sign|(?:was|were) the first to sign)\\b"), List.of("sign", "inked")),
            new Trigger(RelationType.EXTENDED, Pattern.compile("(?i)\\b(?:extended(?<!\\b(?:hand|branch|invitation|offer|welcome)\\s{1,3}extended)|extends|prolonged|extension of"
                    // "completed the procedures for extending the treaty": a gerund is an act only once it is completed.
                    // "exchanged notes completing the procedures required to extend it".
                    // "the parties completed the procedures, extending START III for five years".
                    + "|extend(?:ing)?(?<=\\b(?:completed|completing|finished|finalized|concluded)\\b[^.;,]{0,80}(?:,\\s{1,3})?extend(?:ing)?)"
                    // "completed the extension procedures on Wednesday".
                    + "|extension(?=\\s+(?:procedures?|process)\\b)(?<=\\b(?:completed|finished|finalized|concluded)\\s(?:the\\s|all\\s|its\\s|their\\s)?extension)"
                    // "agreed to extend it for five years in early 2021": the agreement is the extension.
                    + "|(?<=\\bagreed\\s(?:to\\s)?)extend|extend(?<=\\bagreed\\s(?:in|on)\\s[\\w ]{3,20}\\sto\\sextend))\\b"
                    // "called the plan a hand extended to Washington": a gesture is extended, not a treaty.
                    // "under which Moscow extends its nuclear umbrella to its ally": something else is extended.
                    // "which extends Russia's nuclear umbrella to its ally".
                    + "(?!\\s+(?:its|their|the|an?|[\\w-]+['’]s)\\s+(?:[\\w-]+\\s+){0,2}?(?:umbrella|guarantees?|protection|invitation|"
                    + "support|moratorium|sanctions|range|reach|influence|presence|condolences|deadline|ultimatum|hand|olive\\s+branch|welcome)\\b)"
                    // "the extended deterrence the United States provides": an adjective, no act.
                    + "(?!\\s+(?:nuclear\\s+)?(?:deterrence|deterrent|range|family|period|stay|version|warranty)\\b)"), List.of("exten", "prolong")),
            new Trigger(RelationType.EXPIRED, Pattern.compile("(?i)\\b(?:expired|lapsed|ran out|came to an end|ceased to be in force|ceased to be valid|"
                    // "the treaty ceased to exist", not "the conditions for it had ceased to exist".
                    + "(?<=(?:treaty|pact|accord|agreement|start|inf|ctbt|npt)\\s)ceased to exist|"
                    // "The INF Treaty, which banned …, ceased to exist": the treaty before a clause of its own.
                    + "(?<=\\w,\\s)ceased to exist|"
                    // "the expiry of New START in February": counted only with a date of its own (see build).
                    + "(?:expiry|expiration) of|"
                    // "Its expiry on Thursday closed a chapter": the possessor's expiry, dated right after.
                    + "(?<=(?:[Ii]ts|['’]s)\\s)(?:expiry|expiration)(?=\\s+(?:on|in|last|this|earlier)\\b))\\b"), List.of("expired", "lapsed", "ran out", "came to an end", "ceased", "expiry", "expiration")),
            new Trigger(RelationType.ENTERED_INTO_FORCE, Pattern.compile("(?i)\\b(?:entered into force|came into force|went into force|came into effect|took effect|entered into effect|"
                    + "went into effect|became effective|in force since"
                    // "The TPNW enters into force today": the present tense tells of the day only with "today"; else it
                    // states a rule ("a withdrawal takes effect six months after notice").
                    + "|(?:enters|comes|goes) into (?:force|effect)(?=\\s(?:[\\w-]+\\s){0,2}?today\\b)|takes effect(?=\\s(?:[\\w-]+\\s){0,2}?today\\b)"
                    // "The US withdrawal was completed on November 22, 2020": the act took effect then.
                    + "|(?<=\\b(?:withdrawal|exit|pullout)\\s(?:was|is|has\\sbeen|had\\sbeen|became)\\s)(?:completed|complete|final))\\b"),
                    List.of("force", "effect", "complete", "final")),
            // "Pershing II missiles were scrapped under the INF Treaty": what the treaty did away with, not the treaty.
            new Trigger(RelationType.TERMINATED, Pattern.compile("(?i)\\b(?:terminated|terminates|(?<=,\\s|,\\sthereby\\s|,\\sthus\\s)terminating(?=\\s+(?:it|the)\\b)|scrapped(?!\\s+under\\b)|tore up|"
                    // "denounced the treaty", not "denounced Putin's decision to suspend it".
                    + "denounced(?=\\s+(?:the|its|their|this|that)\\s+(?:[\\w-]+\\s+|\\([^)]{1,12}\\)\\s+){0,6}?(?:treaty|pact|accord|agreement|npt|ctbt)\\b))\\b"), List.of("terminat", "scrapped", "tore up", "denounced")),
            // "Following its deployment in …", "The move follows the launcher's deployment to …": a deployment told as done.
            // "any new deployment of such weapons would heighten tensions": none in particular.
            new Trigger(RelationType.DEPLOYED_IN, Pattern.compile("(?i)\\b(?:deployed|deploys|(?<!\\bany\\s|\\bany\\s(?:new|further|future)\\s)deployment of|(?<=\\b(?:following|follows|followed|after|since|upon)\\s(?:its|their|the\\s[\\w-]{2,20}['’]s)\\s)deployment(?=\\s+(?:in|to)\\s)|stationing of|(?<!took |taken |take |takes )delivery of|transfer of|stationed|redeployed|placed|brought|"
                    // "have moved from plans to practical steps": moved on in what they do, not weapons moved.
                    + "moved(?!\\s+(?:from|on|beyond|ahead|forward|closer|away)\\b)|"
                    + "transferred|delivered|flown|airlifted|"
                    // "…, sending a battery to Australia for the exercise": a unit of the system just named.
                    + "sending(?=\\s+(?:an?|the|its|their|one|two|three|four|several)\\s+(?:[\\w-]+\\s+){0,2}?(?:battery|batteries|launchers?|units?)\\s+to\\s)|(?:flew|flying)(?=\\s+(?:it|them|(?:the|its|their|an?)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+|[A-Z][\\w-]+)(?:,\\s+which\\s[^,;.]{1,80},)?\\s+(?:to|into)\\b)|shipped|sent|arrived|positioned|rotated(?= (?:in)?to\\b)|(?<=\\b(?:began|begun|started|start|begin|begins|starts)\\s)(?:stationing|deploying|placing|arriving)|taken(?= to\\b)|received|hosted|hosts|built|installed|set up|took delivery of|taken delivery of|(?:went|go|gone|put|placed|assumed|took up|entered) on combat duty|"
                    + "(?:assumed|took up|entered) combat duty|(?:has|have|had) (?:been|remained|stayed) (?=in\\b[^.]{0,60}\\bsince\\b)|"
                    // "the Philippines, where a launcher has been present since April 2024".
                    + "(?:has|have|had) been present(?=\\s[^.]{0,60}\\bsince\\b)|"
                    // "Russia has for years kept Iskander missiles in the Kaliningrad exclave": keeping weapons somewhere.
                    + "(?:kept|keeps|keeping)(?=\\s[^.;,]{0,40}?\\b(?:missiles?|systems?|launchers?|batteries|warheads|weapons|"
                    + "[A-Z][\\w-]+s?)\\s(?:[^.;,]{0,20}?\\s)?(?:in|on)\\s)"
                    // "the Iskander missiles (that) Russia has kept in its Kaliningrad exclave since 2018".
                    // Triggers are matched on lower-cased text: the subject is one word or two before "has kept".
                    // "fired an SM-6 from a Typhon launcher in Australia", "the use of a Typhon during drills in Australia":
                    // a launcher used somewhere is there. "the first combat use of the Kinzhal during the operation in Ukraine":
                    // a strike, not a deployment.
                    + "|(?:fired|launched|launch of)(?=\\s[^.;]{0,40}?\\bfrom\\s+(?:an?|the|its|their)\\s)|(?<!combat\\s)use of(?=\\s+(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){1,3}?(?:during|in)\\s)"
                    // "formally opened its Aegis Ashore missile defence base in Redzikowo": a system's base opened somewhere.
                    + "|(?:opened|activated|inaugurated|commissioned)(?=\\s+(?:its|the|a|an)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){1,4}?(?:base|site|facility)\\s+(?:in|at)\\s)"
                    // "the system took part in the Talisman Sabre drills in Australia": a launcher in drills is there.
                    + "|(?:took|takes|taking|take) part in(?=\\s+(?:[\\w-]+\\s+){0,5}?(?:drills|exercises?|war games|maneuvers|manoeuvres)\\b)"
                    + "|participated in(?=\\s+(?:[\\w-]+\\s+){0,5}?(?:drills|exercises?|war games|maneuvers|manoeuvres)\\b)"
                    // "…, transferring its Typhon launchers to the Philippines in April 2024": a participle after a comma
                    // tells an act of the clause's subject.
                    + "|(?<=,\\s)(?:transferring|deploying|stationing|moving|bringing|shipping)(?=\\s+(?:its|their|the|an?|two|three|four|several|\\d+)\\s)"
                    + "|kept(?=\\s+(?:in|on|at)\\s)(?<=\\b[\\w-]{2,20}s\\s(?:that\\s|which\\s)?(?:the\\s)?[\\w.]{2,20}\\s(?:[\\w.]{2,20}\\s)?"
                    + "(?:has|had|have)\\s(?:long\\s)?kept))\\b"),
                    List.of("deploy", "station", "placed", "brought", "moved", "transferred", "delivered", "flown", "airlifted", "shipped", "sent", "sending",
                            "arrived", "taken to", "received", "hosted", "hosts", "built", "installed", "set up", "delivery of", "transfer of", "combat duty", "been in ", "remained in ", "stayed in ",
                            "kept ", "keeps ", "keeping ", "present", "stationing", "deploying", "placing", "arriving", "positioned", "rotated", "flew", "flying",
                            "fired", "launch", "use of", "part in", "participated", "opened", "activated", "inaugurated", "commissioned",
                            "transferring", "moving", "bringing", "shipping")),
            new Trigger(RelationType.OBSERVES, Pattern.compile("(?i)\\b(?:observ(?:e|es|ed|ing)|adher(?:e|es|ed|ing) to|compl(?:y|ies|ying|ied)(?: fully| strictly)? with|abid(?:e|es|ing) by|abided by|"
                    + "keep(?:s|ing)? to|kept to|keep(?:s|ing)? within|kept within|stick(?:s|ing)? to|(?<!\\bwith\\s|\\bin\\s)respect(?:s|ing)?|"
                    // "continued to keep its deployed warheads and launchers within the agreed ceilings".
                    + "keep(?:s|ing)?(?=\\s+(?:its|their|the)\\s[^.;]{0,60}?\\bwithin\\b)|"
                    + "remain(?:s|ed|ing)? within|stay(?:s|ed|ing)? within)\\b"
                    + "(?=[^.]{0,70}\\b(?:limits?|limitations|restrictions|ceilings|caps|quantitative)\\b"
                    // "comply fully with the Comprehensive Nuclear-Test-Ban Treaty": the treaty itself.
                    + "|\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:treaty|ctbt|npt)\\b)"), List.of("observ", "adher", "compl", "abid", "keep", "kept", "stick", "respect", "remain", "stay")));

    private static final Pattern ANNOUNCED_ITS_BEFORE = Pattern.compile("\\b(?:announced|declared|notified\\s+\\w+\\s+of)\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+)?$");

    private static final Pattern STOPPED_BEFORE = Pattern.compile("\\b(?:stopped|ceased\\s+to|quit|ended)\\s+$");

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|without|neither|nor|refus\\w*|fail\\w*|"
            + "declin\\w*|reject\\w*|den(?:y|ied|ies)|instead of|rather than|no longer|stopped short|refrain\\w*|avoid\\w*)\\b|n't\\b");

    private static final Pattern MODALITY = Pattern.compile("\\b" + Lexicon.byFirstLetter("would|will|may|might|could|can|should|shall|must|"
            + "plans?|planned|planning|intends?|intended|intending|intention|intent|ready|prepared|willing|threat\\w*|consider\\w*|possib\\w*|"
            + "potential\\w*|if|unless|whether|rul\\w* out|propos\\w*|offer\\w*|urg\\w*|demand\\w*|wants?|wanted|hop\\w*|"
            + "going to|set to|yet to|(?:is|are|was|were) due to|scheduled to|slated to|aim\\w*|seek\\w*|expect\\w*|likely|risk\\w*|option\\w*|in case|warn\\w*|mull\\w*|weigh\\w*|"
            + "discuss\\w*|idea|suggest\\w*|envisag\\w*|provides? for|future|call\\w* (?:on|for)|pledg\\w*|promis\\w*|"
            + "vow\\w*|push\\w* for|insist\\w*|calls?|asked|ask|require\\w*|only|until|as long as|provided|allow\\w*|reserv\\w* the right|"
            // "another step by Washington towards the deployment of …": not done yet.
            + "towards?|prevent(?:s|ed|ing)?|refrain(?:s|ed|ing)? from|prohibits?|prohibited|prohibiting") + "\\b");

    /** "a moratorium on the deployment of …", "a ban on deploying …": the act kept from happening. */
    private static final Pattern HELD_BACK_BEFORE = Pattern.compile("\\b(?:moratorium|ban|freeze)\\s+on\\s+(?:the\\s+|any\\s+|further\\s+)?$");

    private static final Pattern TREATY_ANAPHORA = Pattern.compile("(?i)\\b(?:the|this|that|its|the bilateral|the landmark|the Russian-American|the Russia-US)\\s+(?:[\\w-]+\\s+){0,2}?(?:treaty|agreement|accord|document|pact|deal)\\b|\\bit\\b|"
            // "… suspended its operation for as long as necessary": the treaty's.
            + "(?:\\b(?:its|their)|['’]s) (?:own )?(?:participation|obligations|commitments|compliance|operation|implementation)\\b|\\b(?:its|the|that|this) ratification\\b|\\b(?:the|its|central|numerical|quantitative) (?:limits|ceilings|caps|restrictions)\\b");

    /** What else expires, right before the verb: "the ultimatum expired", "the deadline ran out". */
    private static final Pattern OTHER_TERM_BEFORE = Pattern.compile("(?i)\\b(?:ultimatum|deadline|period|term|mandate|moratorium|"
            + "notice|visas?|licen[cs]es?|contract|offer|waiver|truce|ceasefire|"
            // "the UN Security Council sanctions that took effect again on Sunday": sanctions, not a treaty.
            + "sanctions|tariffs|embargo|restrictions)\\s+(?:(?:that|which)\\s+)?(?:(?:had|has|have)\\s+)?(?:\\w+ly\\s+)?$");

    private static final Pattern MISSILE_ANAPHORA = Pattern.compile("(?i)\\b(?:them|these missiles|such missiles|the missiles|these systems|such systems|the systems|"
            + "these weapons|such weapons|the weapons|such launchers|these launchers|the launchers|those missiles|those systems|"
            + "the launcher|the system|the complex|the battery|a similar (?:system|launcher|complex|battery)|"
            + "the same (?:system|launcher|complex)|another (?:one|launcher|system|battery))\\b");

    private static final Pattern REFERENCE_POINT = Pattern.compile("(?i)\\b(?:closer|nearer|close|next)\\s+to\\s+(?:the\\s+)?$");

    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i)\\b(?:in|to|on|at|into|across|throughout|within)\\s+"
            // "in what was then West Germany".
            + "(?:what\\s+(?:was|is)\\s+(?:then|now)\\s+)?(?:the\\s+|its\\s+|their\\s+)?"
            + "(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-western|south-western|"
            + "north-eastern|south-eastern|northwestern|southwestern|northeastern|southeastern|island of|Baltic island of)\\s+)?"
            + "(?:(?:[\\w-]+\\s+)?part\\s+of\\s+(?:the\\s+)?)?"
            // "on the territory of Belarus", "on Belarusian territory" (see below).
            + "(?:territory\\s+of\\s+)?"
            // "in Russia's Orenburg Region": the region's state before it.
            + "(?:[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?['’]s\\s+)?$");

    /** The drills a place hosts: "in Australia during the Talisman Sabre exercise, where …". */
    private static final Pattern DRILLS_AFTER_PLACE = Pattern.compile("\\s+(?:during|for|at|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?"
            + "(?:exercises?|drills|war\\s+games|manoeuvres|maneuvers)");

    /** A place named before the act: "… the Philippines, where the Army first deployed it". */
    private static final Pattern WHERE_BEFORE = Pattern.compile("(?i),?\\s+where\\s+[^,;]{0,80}$");

    private final ArticleContext context;

    /** Where the acts of the sentence being read are named, so that one act's place or date is not another's. */
    private List<int[]> sentenceTriggers = List.of();

    /** The system of the last deployment read, which "the launcher", "a similar system" refer back to. */
    private String lastDeployedSystem;

    /** Where that system went first, and in which sentence: "It was flown in last Thursday" is the same move. */
    private String lastDeployedPlace;

    private int lastDeployedSentence = -10;

    /** Where the last date read was told, when that was in a sentence of no act; else -1. */
    private int unattachedDateAt = -1;

    /** Whether a treaty mention's sentence sets it apart from "the treaty": worked out once per mention. */
    private final Map<Mention, Boolean> setApartMentions = new java.util.HashMap<>();

    /** Acts of the lead dated by the dateline for want of a date of their own (identity: records compare by value). */
    private final java.util.Set<Event> datedByDateline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Extensions read from "agreed to extend": the agreement stands for the act only while the text tells of no
     * extension completed ("completed the procedures for extending the treaty on Wednesday").
     */
    private final java.util.Set<Event> agreedOnly = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The dates of the sentence being read. */
    private List<DateResolver.Found> sentenceDates = List.of();

    /** The article's quotations, whose "we" is the speaker's side. */
    private final List<ExtractedGraph.Statement> quotations;

    EventExtractor(ArticleContext context) {
        this(context, List.of());
    }

    EventExtractor(ArticleContext context, List<ExtractedGraph.Statement> statements) {
        this.context = context;
        this.quotations = statements.stream().filter(s -> s.kind() == ExtractedGraph.Statement.Kind.direct).toList();
    }

    List<Event> extract() {
        var text = this.context.text();
        var events = new ArrayList<Event>();
        PartialDate lastDate = null;
        int previousStart = 0;
        var firstBodySentence = this.context.lead();
        // Sentences with numbers but no act, whose dates are read only when an act needs "the date before".
        var unread = new ArrayList<Sentences.Sentence>();
        for (var sentence : this.context.sentences()) {
            if (sentence.start() < this.context.article().bodyStart()) {
                continue;
            }
            var s = sentence.text(text);
            var hits = triggerHits(s, sentence.start());
            boolean suit = mayFollowSuit(s);
            if (!hits.isEmpty() || suit) {
                lastDate = latestDate(unread, lastDate);
            }
            if (hits.isEmpty() && suit) {
                followedSuit(sentence, events, previousStart, lastDate);
            }
            previousStart = sentence.start();
            if (hits.isEmpty()) {
                if (containsDigit(s)) {
                    unread.add(sentence);
                }
                continue;
            }
            var dates = DateResolver.find(text, bodyPart(sentence), sentence.end(), this.context.reference(), lastDate);
            this.sentenceDates = dates;
            // "The US withdrawal … took effect on November 22": the act's date, not the treaty's entry into force.
            var actsTakingEffect = hits.stream().filter(hit -> effectOfAnAct(text, sentence, hit)).toList();
            hits = hits.stream().filter(hit -> !effectOfAnAct(text, sentence, hit)).toList();
            var claimed = new ArrayList<int[]>();
            hits = hits.stream().filter(hit -> hit.trigger().type() != RelationType.DEPLOYED_IN || namesWhatIsDeployed(sentence, hit)).toList();
            var firstDeployment = hits.stream().filter(hit -> hit.trigger().type() == RelationType.DEPLOYED_IN).mapToInt(Hit::start).min().orElse(-1);
            var allTriggers = hits.stream()
                .filter(hit -> !signedInstrument(text, hit))
                // "has deployed its Typhon to Japan, bringing a launcher earlier this month to a base …": the participle
                // tells the same deployment, so its date is the deployment's.
                .filter(hit -> !(firstDeployment >= 0 && hit.start() > firstDeployment && hit.trigger().type() == RelationType.DEPLOYED_IN
                        && text.startsWith("ing", hit.end() - 3) && text.startsWith(", ", hit.start() - 2)))
                .map(hit -> new int[] { hit.start(), hit.end() })
                .toList();
            if (suit) {
                // "On July 14, 2007, Moscow suspended the treaty; Washington followed suit in November 2023": the later
                // date is the second act's, so that act stands among the sentence's acts when dates are shared out.
                var suits = FOLLOWED_SUIT.matcher(text).region(sentence.start(), sentence.end());
                var withSuits = new ArrayList<>(allTriggers);
                while (suits.find()) {
                    withSuits.add(new int[] { suits.start(), suits.end() });
                }
                withSuits.sort(java.util.Comparator.comparingInt(span -> span[0]));
                allTriggers = withSuits;
            }
            this.sentenceTriggers = allTriggers;
            for (var hit : hits) {
                int start = hit.start();
                int end = hit.end();
                if (claimed.stream().anyMatch(span -> span[0] < end && start < span[1]) || signedInstrument(text, hit)) {
                    // Signing a law or decree is not signing the treaty it concerns.
                    continue;
                }
                if (hit.trigger().type() == RelationType.WITHDREW_FROM && ANNOUNCED_ITS_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 24), start).find()
                        && hits.stream().anyMatch(other -> other.trigger().type() == RelationType.WITHDREW_FROM && other.start() > end)) {
                    // "announced its withdrawal on May 21, 2020 and left the treaty on November 22, 2020": the act is the
                    // leaving told after the announcement.
                    continue;
                }
                if (hit.trigger().type() == RelationType.OBSERVES
                        && STOPPED_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 16), start).find()) {
                    // "Russia stopped respecting this treaty many years ago": keeping to it is what ended.
                    continue;
                }
                if (!isDone(sentence, start, end) || hit.trigger().type() == RelationType.WITHDREW_FROM
                        && (LAW_ON.matcher(text.substring(Math.max(sentence.start(), start - 40), start)).find()
                                // "the first brick pulled out of the Cold War arms control wall": pulled out of no treaty.
                                || pulledOutOfSomethingElse(sentence, start, end)
                                // "withdrew its tactical nuclear weapons from the peninsula": forces moved, no treaty left.
                                || THING_WITHDRAWN.matcher(text).region(end, sentence.end()).lookingAt())) {
                    // "signed the law on Russia's withdrawal": the withdrawal takes effect later.
                    continue;
                }
                var date = sameTimeAsLikeAct(dates, dateOf(dates, allTriggers, start, end), hit.trigger().type(), events);
                if (date == null && hit.trigger().type() == RelationType.SIGNED) {
                    date = yearNamingTheTreaty(sentence, start);
                }
                if (hit.trigger().type() == RelationType.OBSERVES) {
                    // Keeping to a treaty or its limits is a state of affairs, not an act of a day: "suspended its
                    // participation in February 2023, while continuing to observe the caps", "Until the treaty expired
                    // on February 5, Russia kept to its limits", "Russia complies with it, the diplomat said on Wednesday".
                    date = null;
                }
                // "… has assumed combat duty, the minister said on Thursday": the day of saying stands in for the act's,
                // as the dateline would, until the text dates the act itself ("deployed … earlier this month").
                boolean datelineDate = date != null && dateOfSayingAfterAct(dates, date, end);
                var counted = sentence == firstBodySentence && this.context.reference() != null
                        ? COUNTED_AFTER_OPENING.matcher(text).region(bodyPart(sentence), start) : null;
                if (counted != null && counted.lookingAt()) {
                    // "Four days after the last US-Russian arms treaty lapsed, Washington has yet to say …": in the lead,
                    // counted back from the day of the news, whatever day of saying the sentence gives.
                    date = DateResolver.ago(this.context.reference(), counted.group(1), counted.group(2), null);
                }
                else if (date == null && sentence == firstBodySentence && this.context.reference() != null
                        && hit.trigger().type() != RelationType.OBSERVES) {
                    // The lead reports the news of the day: "Putin has signed a law …" happened on the dateline date;
                    // keeping to a treaty is a state of affairs, not an act of that day; unless the lead names the day
                    // the act was made public.
                    var leadDay = dayOfTheNews(dates, end);
                    date = leadDay != null ? leadDay : PartialDate.ofDay(this.context.reference());
                    datelineDate = leadDay == null;
                }
                if (date != null && this.context.reference() != null
                        && date.start().isAfter(this.context.reference().plusDays(1))) {
                    continue;
                }
                int before = events.size();
                build(hit.trigger().type(), sentence, start, end, date, events);
                if (events.size() > before) {
                    claimed.add(new int[] { start, end });
                    eachInItsTime(sentence, end, dates, events.subList(before, events.size()));
                    oneDoingSo(sentence, end, dates, events.subList(before, events.size()));
                }
                if (datelineDate) {
                    this.datedByDateline.addAll(events.subList(before, events.size()));
                }
                if (hit.trigger().type() == RelationType.EXTENDED && text.lastIndexOf("agreed", start) >= Math.max(sentence.start(), start - 30)) {
                    this.agreedOnly.addAll(events.subList(before, events.size()));
                }
            }
            for (var hit : actsTakingEffect) {
                // "… and the withdrawal took effect on June 13, 2002": that is the date of the withdrawal.
                if (isDone(sentence, hit.start(), hit.end())) {
                    var when = dateOf(dates, allTriggers, hit.start(), hit.end());
                    actTakingEffect(sentence, hit, toldOnlyBefore(sentence, dates, when, hit.start()) ? null : when, events);
                }
            }
            if (suit) {
                followedSuit(sentence, events, sentence.start(), lastDate);
            }
            if (!dates.isEmpty()) {
                lastDate = dates.get(dates.size() - 1).date();
                // The last date now belongs to a sentence of acts: "the same day" after it is an act's day.
                this.unattachedDateAt = -1;
            }
        }
        return deduplicate(signedWhenKnown(datedByRestatement(datedByLaterAnnouncement(events))).stream().map(EventExtractor::inItsTime).toList(),
                this.datedByDateline, this.agreedOnly);
    }

    /**
     * "The treaty, signed by Reagan and Gorbachev in 1987, …": when "the treaty" was taken for one the gazetteer knows
     * was signed in another year, and the story has named exactly one treaty signed in the year told, that one is meant.
     * A treaty named in the sentence itself is kept: the text names it.
     */
    private List<Event> signedWhenKnown(List<Event> events) {
        var out = new ArrayList<Event>(events.size());
        for (var event : events) {
            out.add(event.type() == RelationType.SIGNED && event.date() != null ? signedInItsYear(event) : event);
        }
        return out;
    }

    private Event signedInItsYear(Event event) {
        int year = event.date().start().getYear();
        var known = signingYear(event.to());
        if (known == null || known == year
                || this.context.mentionsIn(event.start(), event.end()).stream().anyMatch(m -> m.key().equals(event.to()))) {
            return event;
        }
        var candidates = this.context.mentionsIn(0, event.start()).stream()
            .filter(m -> m.label() == EntityLabel.Treaty)
            .map(Mention::key)
            .distinct()
            .filter(key -> Integer.valueOf(year).equals(signingYear(key)))
            .toList();
        return candidates.size() != 1 ? event
                : new Event(event.type(), event.from(), candidates.get(0), event.date(), event.start(), event.end(), event.by());
    }

    private Integer signingYear(String treaty) {
        var builder = this.context.registry().get(treaty);
        var signed = builder == null ? null : builder.property("signed");
        return signed == null || signed.length() < 4 || !Character.isDigit(signed.charAt(0)) ? null : Integer.valueOf(signed.substring(0, 4));
    }

    /**
     * "… launched the procedure in May, and the withdrawal took effect after the notice period": the date is the
     * launch's, told only in the clause before the act.
     */
    private boolean toldOnlyBefore(Sentences.Sentence sentence, List<DateResolver.Found> dates, PartialDate date, int act) {
        var before = this.context.text().substring(sentence.start(), act);
        return date != null && dates.stream().noneMatch(found -> found.start() >= act && found.date().equals(date))
                && before.contains(", and ")
                // "The six-month notice period ran out on Friday, and the withdrawal took effect": the one moment.
                && !NOTICE_RAN_OUT.matcher(before).find();
    }

    /** "The notice period expired on Friday, and the US withdrawal … was completed": the date the notice ran out. */
    private boolean noticeRanOutAt(DateResolver.Found found) {
        return NOTICE_RAN_OUT.matcher(this.context.text()).region(Math.max(0, found.start() - 40), found.start()).find();
    }

    private static final Pattern NOTICE_RAN_OUT = Pattern.compile("\\b(?:period|notice|deadline|countdown)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:ran out|runs out|expired|elapsed|ended|lapsed)\\b");

    /** ", Russia doing so in 2004": of the states that acted, the one whose act the date tells. */
    private static final Pattern ONE_DOING_SO = Pattern.compile(",\\s+(?:with\\s+)?(?:the\\s+)?(?<who>[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})\\s+"
            + "(?:doing so|having done so|did so)\\s+(?<when>[^,;.]{2,24}?)(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))");

    /**
     * "Only four countries — Russia, Belarus, Kazakhstan and Ukraine — ratified the adapted treaty, Russia doing so in
     * 2004": the date is Russia's act's; the others' acts are undated.
     */
    private void oneDoingSo(Sentences.Sentence sentence, int end, List<DateResolver.Found> dates, List<Event> built) {
        var text = this.context.text();
        if (built.size() < 2 || text.indexOf(" so ", end) < 0 || text.indexOf(" so ", end) > sentence.end()) {
            return;
        }
        var m = ONE_DOING_SO.matcher(text).region(end, sentence.end());
        if (!m.find()) {
            return;
        }
        var state = stateNamedIn(m.start("who"), m.end("who"));
        var date = dateWithin(dates, m.start("when"), m.end("when"));
        if (state == null || date == null || built.stream().noneMatch(event -> event.from().equals(state))) {
            return;
        }
        for (int i = 0; i < built.size(); i++) {
            var event = built.get(i);
            var own = event.from().equals(state) ? date : date.equals(event.date()) ? null : event.date();
            built.set(i, new Event(event.type(), event.from(), event.to(), own, event.start(), event.end(), event.by()));
        }
    }

    /** "…, Washington in 2020 and Moscow in 2021": the acts of a list, each dated on its own. */
    private static final Pattern EACH_IN_ITS_TIME = Pattern.compile(",\\s+(?:the\\s+)?(?<first>[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})"
            + "\\s+in\\s+(?<firstDate>[^,;.]{4,20}?),?\\s+and\\s+(?:the\\s+)?(?<second>[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2})"
            + "\\s+in\\s+(?<secondDate>[^,;]{4,20}?)(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))");

    /**
     * "Both countries abandoned the Treaty on Open Skies, Washington in 2020 and Moscow in 2021": the act of each state
     * named in the list after the act takes the date given with its name.
     */
    private void eachInItsTime(Sentences.Sentence sentence, int end, List<DateResolver.Found> dates, List<Event> built) {
        var text = this.context.text();
        int and = text.indexOf(" and ", end);
        if (and < 0 || and > sentence.end()) {
            return;
        }
        var m = EACH_IN_ITS_TIME.matcher(text).region(end, sentence.end());
        if (!m.find() || text.substring(end, m.start()).indexOf(',') >= 0 && m.start() - end > 60) {
            return;
        }
        for (var which : List.of("first", "second")) {
            var state = stateNamedIn(m.start(which), m.end(which));
            var date = dateWithin(dates, m.start(which + "Date"), m.end(which + "Date"));
            if (state == null || date == null) {
                continue;
            }
            for (int i = 0; i < built.size(); i++) {
                var event = built.get(i);
                if (event.from().equals(state)) {
                    built.set(i, new Event(event.type(), event.from(), event.to(), date, event.start(), event.end(), event.by()));
                }
            }
        }
    }

    private static final Pattern PULLED_OUT_OF = Pattern.compile("(?i)pull(?:ed|s|ing)?\\s+out");

    private static final Pattern TREATY_WORD = Pattern.compile("(?i)\\b(?:treaty|treaties|pact|accord|agreement|npt|ctbt|it|them)\\b");

    /** "the first brick pulled out of the Cold War arms control wall": what follows "out of" names no treaty at all. */
    private boolean pulledOutOfSomethingElse(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        if (!PULLED_OUT_OF.matcher(text).region(start, end).matches() || !text.startsWith(" of ", end)) {
            return false;
        }
        int objectEnd = end;
        while (objectEnd < Math.min(sentence.end(), end + 90) && ",;.".indexOf(text.charAt(objectEnd)) < 0) {
            objectEnd++;
        }
        int until = objectEnd;
        return this.context.mentionsIn(end, sentence.end()).stream().noneMatch(m -> m.label() == EntityLabel.Treaty && m.start() < until)
                && !TREATY_WORD.matcher(text).region(end, objectEnd).find();
    }

    private static final Pattern THING_WITHDRAWN = Pattern.compile("\\s+(?:its|their|the|all|some|most|his|her)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:weapons|troops|forces|soldiers|missiles|warheads|arms|units|systems|personnel|ambassadors?|diplomats|staff|"
            + "bombers|aircraft|launchers|ships|vessels|batteries|contingent|observers|inspectors|support|candidacy|facilities|sites|"
            + "bill|proposal|draft|offer|request|objections?)\\b");

    /** Right at the start: "…, and the U.S. has signed". */
    private static final Pattern NEXT_SUBJECT_RIGHT_AFTER = Pattern.compile("^,?\\s+(?:and|but|while|whereas)\\s+(?:the\\s+)?$");

    /** Anywhere: "withdrew from the treaty, and Washington has not said …". */
    private static final Pattern NEXT_SUBJECT_AFTER_COMMA = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+(?:the\\s+)?$");

    /** Whether, between {@code from} and {@code to}, an actor opens a clause of its own after {@code opener}. */
    private boolean clauseOfItsOwnBetween(int from, int to, Pattern opener) {
        for (var mention : this.context.mentionsIn(from, to)) {
            if (actorState(mention) != null && opener.matcher(this.context.text()).region(from, mention.start()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern AFTER_WORD = Pattern.compile("\\bafter\\b");

    private static final Pattern ANNOUNCED_BEFORE_REACTION = Pattern.compile("\\bafter\\b[^.;]{0,80}?\\b(?:" + Lexicon.SPEECH_VERBS
            + ")\\s+(?:on\\s+\\w+\\s+)?that\\b");

    private static final Pattern ANNOUNCED_THE_STEP = Pattern.compile("\\b(?:announced|unveiled|declared|made|took)\\s+(?:the|this|that|his|her|its)\\s+"
            + "(?:move|step|decision|announcement|(?<act>suspension|withdrawal|exit|pullout))\\b");

    /** Whether {@code event} is the act an announcement names: any act for "the move", the same kind for "the suspension". */
    private static boolean announcedAs(Event event, String act) {
        if (!announceable(event)) {
            return false;
        }
        if (act == null) {
            return true;
        }
        return act.equals("suspension") ? event.type() == RelationType.SUSPENDED : event.type() == RelationType.WITHDREW_FROM;
    }

    /**
     * "The State Department called Russia's decision to suspend its participation … 'deeply unfortunate' … Putin
     * announced the move on Tuesday": an act told without its date takes the day a later sentence says it was
     * announced on.
     */
    private static boolean announceable(Event event) {
        return event.type() != RelationType.EXPIRED && event.type() != RelationType.ENTERED_INTO_FORCE
                && event.type() != RelationType.DEPLOYED_IN;
    }

    private List<Event> datedByLaterAnnouncement(List<Event> events) {
        var text = this.context.text();
        if (events.stream().noneMatch(e -> e.date() == null || this.datedByDateline.contains(e)) || text.indexOf("announced th") < 0 && text.indexOf("announced his") < 0
                && text.indexOf("announced its") < 0 && text.indexOf("unveiled") < 0 && text.indexOf("declared") < 0
                && text.indexOf("made th") < 0 && text.indexOf("took th") < 0) {
            return events;
        }
        var dated = new ArrayList<>(events);
        var m = ANNOUNCED_THE_STEP.matcher(text);
        while (m.find()) {
            var sentence = this.context.sentenceAt(m.start());
            if (sentence == null) {
                continue;
            }
            PartialDate date = null;
            for (var found : DateResolver.find(text, bodyPart(sentence), sentence.end(), this.context.reference(), null)) {
                if (found.start() >= m.end() && found.start() - m.end() <= 12 && found.date().precision() == PartialDate.Precision.day) {
                    date = found.date();
                    break;
                }
            }
            if (date == null) {
                continue;
            }
            // The act announced: the last one told before, else one told in the next two sentences ("He stressed that
            // Moscow was suspending, not withdrawing from, the treaty").
            int chosen = -1;
            for (int i = dated.size() - 1; i >= 0 && chosen < 0; i--) {
                if (dated.get(i).start() < sentence.start() && announcedAs(dated.get(i), m.group("act"))) {
                    chosen = i;
                }
            }
            var after = this.context.next(sentence);
            var afterThat = after == null ? null : this.context.next(after);
            int until = afterThat != null ? afterThat.end() : after != null ? after.end() : sentence.end();
            for (int i = 0; i < dated.size() && chosen < 0; i++) {
                if (dated.get(i).start() >= sentence.end() && dated.get(i).start() < until && announcedAs(dated.get(i), m.group("act"))) {
                    chosen = i;
                }
            }
            // Undated, or dated only by the dateline standing in for a date.
            if (chosen >= 0 && (dated.get(chosen).date() == null || this.datedByDateline.contains(dated.get(chosen)))) {
                var event = dated.get(chosen);
                dated.set(chosen, new Event(event.type(), event.from(), event.to(), date, event.start(), event.end(), event.by()));
            }
        }
        return dated;
    }

    /**
     * "The U.S. has deployed NMESIS launchers in the Philippines …, the AFP said on Tuesday. The launchers arrived on
     * Batan Island on Saturday": a move dated only by the day it was reported takes the day the next sentences give
     * it, and its restatement in a place of that state is the same move.
     */
    private List<Event> datedByRestatement(List<Event> events) {
        List<Event> result = null;
        for (int i = 0; i < events.size(); i++) {
            var first = events.get(i);
            if (first.type() != RelationType.DEPLOYED_IN || !this.datedByDateline.contains(first)) {
                continue;
            }
            var sentence = this.context.sentenceAt(first.start());
            int until = sentence == null ? -1 : restatementWindowEnd(sentence);
            for (int j = 0; j < events.size(); j++) {
                var later = events.get(j);
                if (later.type() != RelationType.DEPLOYED_IN || later.start() <= first.start() || later.start() >= until
                        || !later.from().equals(first.from()) || later.date() == null || this.datedByDateline.contains(later)
                        || later.date().start().isAfter(first.date().start())
                        // "… arrived in the republic in early December": a month that holds the day of the news.
                        || later.date().precision() != PartialDate.Precision.day
                                && !(later.date().precision() == PartialDate.Precision.month && later.date().contains(first.date()))) {
                    continue;
                }
                var place = this.context.registry().get(later.to());
                boolean samePlace = later.to().equals(first.to())
                        || place != null && place.label == EntityLabel.Region && first.to().equals(place.property("state"));
                if (!samePlace) {
                    continue;
                }
                if (result == null) {
                    result = new ArrayList<>(events);
                }
                result.set(i, new Event(first.type(), first.from(), first.to(), later.date(), first.start(), first.end(), first.by()));
                if (!later.to().equals(first.to())) {
                    result.set(j, null);
                }
                break;
            }
            var arrival = (result == null || result.get(i) == first) && sentence != null ? arrivalInTheCountry(sentence, until, first) : null;
            if (arrival != null) {
                if (result == null) {
                    result = new ArrayList<>(events);
                }
                result.set(i, new Event(first.type(), first.from(), first.to(), arrival, first.start(), first.end(), first.by()));
            }
        }
        return result == null ? events : result.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static final Pattern ARRIVED_IN_THE_COUNTRY = Pattern.compile("\\bthe\\s+(?:first\\s+)?(?:launchers?|systems?|missiles?|"
            + "complex(?:es)?|units?|batteries|battery)\\s+(?:had\\s+|have\\s+)?(?:arrived|were\\s+delivered|was\\s+delivered|"
            + "were\\s+brought|was\\s+brought)\\s+(?:in|to)\\s+the\\s+(?:republic|country)\\b");

    /**
     * "The Oreshnik has been deployed in Belarus …, Lukashenko said. … According to him, the first launchers arrived in
     * the republic in early December": the day (or the month holding the news) the system reached the country.
     */
    private PartialDate arrivalInTheCountry(Sentences.Sentence lead, int until, Event first) {
        var text = this.context.text();
        var reported = first.date();
        for (var next = this.context.next(lead); next != null && next.end() <= until; next = this.context.next(next)) {
            var arrived = ARRIVED_IN_THE_COUNTRY.matcher(text).region(next.start(), next.end());
            int reach = 12;
            if (!arrived.find()) {
                arrived = SYSTEM_ARRIVED.matcher(text).region(next.start(), next.end());
                if (!systemArrived(arrived, next, first)) {
                    continue;
                }
                // "was flown into an airfield in the north of the island last Thursday": past the place, to its time.
                reach = 90;
            }
            for (var found : DateResolver.find(text, arrived.end(), next.end(), this.context.reference(), reported)) {
                var date = found.date();
                boolean usable = date.precision() == PartialDate.Precision.day && !date.start().isAfter(reported.start())
                        || date.precision() == PartialDate.Precision.month && date.contains(reported);
                if (found.start() - arrived.end() <= reach && usable) {
                    return date;
                }
            }
        }
        return null;
    }

    private static final Pattern SYSTEM_ARRIVED = Pattern.compile("\\b(?:arrived|landed|(?:was|were)\\s+(?:flown|airlifted|delivered|"
            + "brought|shipped)\\s+(?:in|into|to)\\b)");

    /**
     * "The Mid-Range Capability (MRC) system, also called Typhon, was flown into an airfield in the north of the island
     * last Thursday": the system moved told again, in a sentence that names it and no other state than its host.
     */
    private boolean systemArrived(Matcher arrived, Sentences.Sentence sentence, Event first) {
        if (!arrived.find()) {
            return false;
        }
        boolean named = false;
        for (var mention : this.context.mentionsIn(sentence.start(), arrived.start())) {
            named |= mention.key().equals(first.from());
            if (mention.label() == EntityLabel.MissileSystem && !mention.key().equals(first.from())) {
                return false;
            }
        }
        for (var mention : this.context.mentionsIn(sentence.start(), sentence.end())) {
            if (mention.label() == EntityLabel.State && !mention.key().equals(first.to()) && !mention.key().equals(first.by())) {
                return false;
            }
        }
        return named;
    }

    /** Where a restatement of a lead's act may be: the next two sentences, or the whole next paragraph if longer. */
    private int restatementWindowEnd(Sentences.Sentence sentence) {
        var next = this.context.next(sentence);
        var afterNext = next == null ? null : this.context.next(next);
        int until = afterNext != null ? afterNext.end() : next != null ? next.end() : -1;
        for (var following = next; following != null && following.paragraph() <= sentence.paragraph() + 1; following = this.context.next(following)) {
            until = Math.max(until, following.end());
        }
        return until;
    }

    private static final String RUSSIA = EntityLabel.State.keyPrefix() + "/russia";

    private static final String SOVIET_UNION = EntityLabel.State.keyPrefix() + "/soviet-union";

    /** The Soviet Union ended on December 26, 1991; before, what "Moscow" did, the Soviet Union did. */
    private static final LocalDate SOVIET_END = LocalDate.of(1991, 12, 26);

    /** "Washington and Moscow signed the treaty in December 1987": Moscow was the Soviet Union's capital then. */
    private static Event inItsTime(Event event) {
        if (event.date() == null || !event.date().start().isBefore(SOVIET_END)
                || !(RUSSIA.equals(event.from()) || RUSSIA.equals(event.by()))) {
            return event;
        }
        return new Event(event.type(), RUSSIA.equals(event.from()) ? SOVIET_UNION : event.from(), event.to(), event.date(),
                event.start(), event.end(), RUSSIA.equals(event.by()) ? SOVIET_UNION : event.by());
    }

    /** The last date of the latest {@code unread} sentence that has one, else {@code lastDate}; empties {@code unread}. */
    private PartialDate latestDate(List<Sentences.Sentence> unread, PartialDate lastDate) {
        var text = this.context.text();
        PartialDate latest = lastDate;
        for (int i = unread.size() - 1; i >= 0; i--) {
            var sentence = unread.get(i);
            var dates = DateResolver.find(text, bodyPart(sentence), sentence.end(), this.context.reference(), lastDate);
            if (!dates.isEmpty()) {
                latest = dates.get(dates.size() - 1).date();
                this.unattachedDateAt = dates.get(dates.size() - 1).start();
                break;
            }
        }
        unread.clear();
        return latest;
    }

    /** What holds over both of two joined predicates: a condition or a modal. */
    private static final Pattern CONDITION_OR_AUXILIARY = Pattern.compile("(?i)\\b(?:would|will|may|might|could|can|should|shall|must|"
            + "if|unless|whether|in case)\\b");

    /**
     * A finite past verb, then "and" right before the act: "rejected the accusations and suspended …", "announced its
     * intention to pull out in May and formally left …". What negates or qualifies the first predicate does not reach
     * the second.
     */
    private static final Pattern JOINED_PAST_ACT = Pattern.compile("\\b(?:\\w+ed|denied|refused)\\b[^,;]*\\sand(?:\\s+(?:then|later|\\w+ly))?\\s*$");

    private static final Pattern NEGATED_AFTER = Pattern.compile("(?is)\\s*(?:(?:is|was|would be|will be)?\\s*(?:not|n't)\\b|no\\s|nothing\\b)");

    private static final Pattern ADVERBS_ONLY = Pattern.compile("(?s)\\s*(?:(?:also|first|later|then|only|has|had|have|never|ever|already)\\s+)*");

    private static final Pattern INSERTED_CLAUSE_END = Pattern.compile(",\\s*(?:where|which|who|whose|one of|a|an|the|long|once)\\b[^,;]{1,160},\\s*$");

    private static final Pattern RELATIVE_PRONOUN_END = Pattern.compile("(?:,[\"”»]?\\s*)?\\b(?:which|who|that)\\s*$");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** "suspend Russia's participation": the possessive after the act names its actor. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^\\s*(?:of\\s+)?(?:the\\s+)?(?:(\\S+(?:\\s\\S+)?)['’]s\\b"
            // "The administration suspended U.S. obligations under the treaty": the side whose obligations they are.
            + "|\\S+\\s+(?:obligations|participation|commitments|membership)\\b)");

    /** A cheap test for {@link #FOLLOWED_SUIT}: "followed" alone is common ("followed by", "talks followed"). */
    private static boolean mayFollowSuit(String s) {
        if (s.contains(" suit") || s.contains(" did the same") || s.contains(" did likewise") || s.contains(" did so")
                || s.contains(" mirrored ") || s.contains(" in kind") || s.contains(" reciprocated")
                || s.contains(" with a mirror") || s.contains(" with a reciprocal") || s.contains(" with a symmetrical")
                || s.contains(" with a similar") || s.contains(" with a tit-for-tat") || s.contains(" took a ")) {
            return true;
        }
        int at = s.indexOf(" followed ");
        return at >= 0 && FOLLOWED_THEN_TIME.matcher(s).region(at + 10, s.length()).lookingAt();
    }

    private static final Pattern FOLLOWED_THEN_TIME = Pattern.compile("(?:in|on|a|two|three|several|weeks|months|days|shortly|soon)\\s");

    private static final Pattern FOLLOWED_SUIT = Pattern.compile("\\b(?:followed suit|did the same|did likewise|did so|"
            // "…; Russia responded in kind the following day".
            + "(?:responded|answered|replied|reacted) in kind|reciprocated|"
            // "…, and Moscow responded with a mirror suspension".
            + "(?:responded|answered|replied|reacted) with an? (?:mirror|mirror-image|reciprocal|symmetrical|similar|tit-for-tat) "
            + "(?:suspension|withdrawal|step|move|measure|decision)|"
            + "mirrored (?:the|that|this) (?:step|move|decision)|"
            // "…, and Moscow took a mirror step the same day".
            + "took an? (?:mirror|mirror-image|reciprocal|symmetrical|similar|tit-for-tat) (?:step|move|measure|decision)"
            // "The United States left the treaty in November 2020, and Russia followed in December 2021".
            + "|followed(?=\\s+(?:in|on|a|two|three|several|weeks|months|days|shortly|soon)\\s))\\b");

    /**
     * "Washington suspended its obligations on February 2, and Russia followed suit on March 4": the same
     * act on the same treaty by a second actor, with its own date. The model is the last act read, from
     * this sentence or the one before ({@code since}).
     */
    private void followedSuit(Sentences.Sentence sentence, List<Event> events, int since, PartialDate lastDate) {
        var text = this.context.text();
        var m = FOLLOWED_SUIT.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find() || events.isEmpty()) {
            return;
        }
        // "The Senate ratified it in December 2010, the Duma followed in January 2011, and it entered into force …": a
        // treaty's own lapse or entry into force is no act to follow, whichever was read last.
        int last = events.size() - 1;
        while (last > 0 && (events.get(last).type() == RelationType.EXPIRED || events.get(last).type() == RelationType.ENTERED_INTO_FORCE)
                && events.get(last).start() >= sentence.start()) {
            last--;
        }
        var model = events.get(last);
        if (model.start() < since || model.start() >= m.start() || model.by() != null
                || model.type() == RelationType.EXPIRED || model.type() == RelationType.ENTERED_INTO_FORCE) {
            return;
        }
        int start = m.start();
        int end = m.end();
        if (!isDone(sentence, start, end)) {
            return;
        }
        var dates = DateResolver.find(text, bodyPart(sentence), sentence.end(), this.context.reference(), lastDate);
        var triggers = new ArrayList<>(this.sentenceTriggers.stream().filter(t -> t[1] <= sentence.end() && t[0] >= sentence.start()).toList());
        triggers.add(new int[] { start, end });
        var date = dateOf(dates, triggers, start, end);
        if (date == null && model.start() >= sentence.start()) {
            // "In February 2019, the United States suspended its obligations, and Russia did the same": the time that
            // opens the sentence holds both.
            date = model.date();
        }
        for (var actor : actorsFor(sentence, start, end)) {
            if (!actor.equals(model.from())) {
                events.add(new Event(model.type(), actor, model.to(), date, start, end, null));
            }
        }
    }

    private boolean isDone(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        if (NOUN_OF_ACT.matcher(text).region(start, end).lookingAt()
                && REACTION_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 40), start).find()) {
            // "Armenia welcomes the extension of the treaty": the act is another's, the sentence is a reaction to it.
            return false;
        }
        if (HYPOTHETICAL_AFTER_NOUN.matcher(text).region(end, sentence.end()).lookingAt()
                && ACT_NOUNS.matcher(text).region(start, end).matches()) {
            // "Russia's withdrawal, if completed, would leave …": the act is still a supposition.
            return false;
        }
        int to = text.indexOf(" to", end);
        if (to >= 0 && to < sentence.end() && ACT_NOUNS.matcher(text).region(start, end).matches()
                && STILL_TO_COME_AFTER_NOUN.matcher(text).region(end, sentence.end()).find()) {
            // "Russia's withdrawal from the CFE Treaty, whose operation Moscow suspended in 2007, is due to be completed
            // on November 7": the act's own predicate puts it ahead.
            return false;
        }
        if (SUBJECT_ACT_NOUN.matcher(text).region(start, end).lookingAt() && SENTENCE_OPENING_DETERMINER.matcher(text).region(sentence.start(), start).matches()
                && FUTURE_PREDICATE.matcher(text).region(end, sentence.end()).lookingAt()) {
            // "The deployment of Russia's Oreshnik on Belarusian territory will become an additional guarantee …": what
            // the deployment will do, not that it was done.
            return false;
        }
        if (text.startsWith("by ", Math.max(sentence.start(), start - 3)) && MODAL_BEFORE_MEANS.matcher(text)
                .region(Math.max(sentence.start(), start - 120), start).find()) {
            // "Russia could, in theory, mirror the US approach by revoking its ratification": the means of what may be.
            return false;
        }
        if (endsWithQuestion(text, sentence)) {
            // "Has Washington withdrawn from the treaty?": a question tells nothing as done.
            return false;
        }
        if ((text.startsWith("No", sentence.start()) || text.startsWith("Neither", sentence.start()))
                && NO_SUBJECT_QUANTIFIER.matcher(text.substring(sentence.start(), start).toLowerCase(java.util.Locale.ROOT)).lookingAt()
                && !CLAUSE_OPENER.matcher(text).region(sentence.start(), start).find()) {
            // "None of the nine nuclear-armed states, including the United States and China, has signed it": the
            // states listed are the ones that have not.
            return false;
        }
        var inverted = INVERTED_CONDITION.matcher(text).region(sentence.start(), start);
        int conditionEnd = inverted.lookingAt() ? text.indexOf(',', inverted.end()) : -2;
        if (conditionEnd == -1 || conditionEnd >= start) {
            // "Had the Senate ratified the CTBT in 1999, …": a condition contrary to fact.
            return false;
        }
        var clause = withoutTreatyNames(clauseBefore(text, sentence.start(), start), start);
        var lastWords = lastWords(clause, 6);
        // The word lists are lower case: lower-cased text is matched much faster than case-insensitively.
        var lowerClause = clause.toLowerCase(java.util.Locale.ROOT);
        var negationScope = lastWords.toLowerCase(java.util.Locale.ROOT);
        var joined = negationScope.contains(" and") ? JOINED_PAST_ACT.matcher(negationScope) : null;
        if (joined != null && joined.find() && PAST_ACT.matcher(text).region(start, end).lookingAt()) {
            // "Moscow rejected the accusations and suspended its own participation": the rejection is a predicate of
            // its own, not a negation of the act joined to it ("refused to sign and ratify" joins no finite verb).
            negationScope = negationScope.substring(joined.end());
        }
        if (NEGATION.matcher(negationScope).find()
                || (lowerClause.contains("no ") || lowerClause.contains("none ") || lowerClause.contains("neither ")) && NO_SUBJECT_QUANTIFIER.matcher(lowerClause).find()) {
            // "so far no American ground-based intermediate-range missiles had been deployed in Europe".
            return false;
        }
        boolean secondPredicate = lowerClause.contains(" and") && PAST_ACT.matcher(text).region(start, end).lookingAt()
                && JOINED_PAST_ACT.matcher(lowerClause).find();
        // A second predicate escapes the intentions of the first, not a condition or a modal over both ("If Washington
        // suspended and then left the treaty, …").
        var modalScope = withoutMonthMay(clause, lowerClause);
        if (lowerClause.startsWith("until ") && PAST_ACT.matcher(text).region(start, end).lookingAt()) {
            // "Until the treaty expired on February 5, …": a past act that bounds the main clause, told as done.
            modalScope = modalScope.substring(6);
        }
        if (MODALITY.matcher(modalScope).find() && (!secondPredicate || CONDITION_OR_AUXILIARY.matcher(modalScope).find())) {
            return false;
        }
        if (lowerClause.endsWith(" to ") && INFINITIVE_OR_PAST.matcher(text).region(start, end).lookingAt()) {
            // "Washington announced its decision to quit the treaty in May 2020": "quit" is an infinitive here, and
            // the decision is not the act (a withdrawal takes effect months after it).
            return false;
        }
        int clauseStart = start - clause.length();
        var opener = text.substring(Math.max(sentence.start(), clauseStart - 8), clauseStart);
        if (CONDITION_OPENS.matcher(opener).find() || opener.endsWith("which")
                && ARRANGEMENT_UNDER_WHICH.matcher(text).region(Math.max(sentence.start(), clauseStart - 70), clauseStart).find()) {
            // "… but only if Washington follows suit": the clause is a condition. "I would support an arrangement
            // under which both sides keep to the old ceilings": an arrangement not yet made.
            return false;
        }
        int that = text.indexOf("that", sentence.start());
        var proposed = that >= 0 && that < clauseStart ? PROPOSED_OR_CLAIMED.matcher(text).region(sentence.start(), clauseStart) : null;
        if (proposed != null && proposed.find() && !RELATIVE_OR_BREAK.matcher(text).region(proposed.end(), start).find()) {
            // "Putin proposed that both sides keep to the limits", "Moscow insists … that Russia has always complied":
            // what is proposed or claimed is not an act the article reports as done. A relative clause after it
            // (", where the Army first deployed it in April 2024") is the article's own narration again.
            return false;
        }
        if (LISTING.matcher(clause).lookingAt() && clauseStart > sentence.start() && !FINITE_AUXILIARY_BEFORE.matcher(lastWords).find()) {
            // A finite verb in the list has a clause of its own: "…, including the Iskander systems Russia has deployed
            // in Kaliningrad" tells a done act, whatever the sentence plans.
            // "reserved the right to take countermeasures, including the deployment of …": what the list
            // names is as intended as the noun it lists.
            var listed = clauseBefore(text, sentence.start(), clauseStart - 1);
            if (MODALITY.matcher(withoutMonthMay(listed, listed.toLowerCase(java.util.Locale.ROOT))).find()) {
                return false;
            }
        }
        var lead = text.substring(Math.max(sentence.start(), start - 40), start);
        if (HELD_BACK_BEFORE.matcher(lead).find()) {
            return false;
        }
        if (lead.contains(" as ") && DESCRIBED_AS.matcher(lead).find()) {
            // "citing what it described as the deployment of similar U.S. weapons": the speaker's characterisation.
            return false;
        }
        if (BILL_ON.matcher(lead).find()) {
            // "a bill on suspending …": a bill is not yet law.
            return false;
        }
        var subordinator = text.substring(Math.max(sentence.start(), clauseStart - 7), clauseStart);
        if (subordinator.endsWith("until") && !PAST_ACT.matcher(text.substring(start, end)).lookingAt()) {
            return false;
        }
        if ((subordinator.endsWith("after") || subordinator.endsWith("before") || subordinator.endsWith("when"))
                && PRESENT_ACT.matcher(text).region(start, end).lookingAt()) {
            // "re-ratification remains possible, but only after Washington ratifies the treaty itself": a present
            // tense after "after" or "when" tells of a time to come.
            return false;
        }
        // "…, not withdrawing" / "suspension, not withdrawal" / "a withdrawal that does not …"
        var after = text.substring(end, Math.min(sentence.end(), end + 25));
        if (NEGATED_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        int window = Math.min(sentence.end(), end + 90);
        if ((occursWithin(text, "effect", end, window) || occursWithin(text, " force", end, window)) && FUTURE_EFFECT_AFTER.matcher(text).region(end, window).lookingAt()) {
            // "Russia's withdrawal will take effect six months after …": not yet done.
            return false;
        }
        // "launched the six-month withdrawal procedure", "launching domestic procedures for its withdrawal": a
        // process begun is not yet the act; one completed is.
        boolean process = PROCESS_AFTER.matcher(after).lookingAt() || PROCESS_BEFORE.matcher(lastWords).find();
        // "The procedure for Russia's withdrawal from the CFE Treaty was completed at midnight": completed after it.
        return !(process && !PROCESS_COMPLETED.matcher(lastWords).find()
                && !COMPLETED_AFTER.matcher(text).region(end, Math.min(sentence.end(), end + 120)).find());
    }

    private static final Pattern SAYING_BEFORE_DATE = Pattern.compile("\\b(?:said|says|told|announced|stated|reported|"
            + "confirmed|noted)\\b[^.;\"“”«»]{0,70}$");

    /** The date of {@code dates} that {@code date} was read from (the same object), or null. */
    private static DateResolver.Found readAs(List<DateResolver.Found> dates, PartialDate date) {
        for (var found : dates) {
            if (found.date() == date) {
                return found;
            }
        }
        return null;
    }

    /** Whether {@code date} was read as the day a speech verb after the act was said on. */
    private boolean dateOfSayingAfterAct(List<DateResolver.Found> dates, PartialDate date, int actEnd) {
        var found = readAs(dates, date);
        return found != null && found.start() > actEnd && SAYING_BEFORE_DATE.matcher(this.context.text())
            .region(Math.max(actEnd, found.start() - 80), found.start()).find();
    }

    private static final Pattern SAME_TIME = Pattern.compile("(?i)(?:on\\s+)?(?:the|that)\\s+same\\s+(year|month|day)");

    /**
     * "Russia signed the CTBT in 1996 … and ratified it in 2000. The United States signed the treaty the same
     * year": told in parallel, "the same year" is that of the like act told before, not the last date read.
     */
    private PartialDate sameTimeAsLikeAct(List<DateResolver.Found> dates, PartialDate date, RelationType type, List<Event> events) {
        var found = date == null ? null : readAs(dates, date);
        var same = found == null ? null : SAME_TIME.matcher(this.context.text()).region(found.start(), found.end());
        if (same == null || !same.matches() || dates.stream().anyMatch(f -> f.start() < found.start())) {
            // "… suspended New START in February 2023, pulled out of the CFE treaty the same year": a date read
            // before it in the sentence is the one meant.
            return date;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            var like = events.get(i);
            if (like.type() != type || like.date() == null) {
                continue;
            }
            if (like.start() < this.unattachedDateAt) {
                // "The treaty was opened for signature on September 24, 1996. Russia signed it on the same day": a
                // date told since the like act, in a sentence of no act, is the day meant.
                return date;
            }
            if (like.date().contains(date)) {
                // "Washington signed it in 1996. … Russia signed it on the same day": the date read says more.
                return date;
            }
            if (same.group(1).equalsIgnoreCase("day") && like.date().precision() != PartialDate.Precision.day
                    || same.group(1).equalsIgnoreCase("month") && like.date().precision() == PartialDate.Precision.year) {
                // "… suspended it in 2007 and withdrew on November 7, 2023. On the same day, Poland suspended …": a
                // like act dated only by its year has no day (or month) to share; the one meant is the last one read.
                return date;
            }
            var when = like.date().start();
            return switch (same.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "year" -> PartialDate.ofYear(when.getYear());
                case "month" -> PartialDate.ofMonth(when.getYear(), when.getMonthValue());
                default -> like.date();
            };
        }
        return date;
    }

    private static final Pattern MODAL_BEFORE_MEANS = Pattern.compile("\\b(?:could|would|might|may|can|should)\\b[^.;\"“”]{0,100}\\bby\\s$");

    private static final Pattern SUBJECT_ACT_NOUN = Pattern.compile("(?i)(?:deployment|stationing|placement)\\s+of\\b");

    private static final Pattern SENTENCE_OPENING_DETERMINER = Pattern.compile("\\s*(?:The|Any|A|Its|Their|[A-Z][\\w-]*['’]s)\\s+(?:[a-z][\\w-]*\\s+)?");

    /** The subject's own predicate, in the future: past no clause of its own ("…, which …"). */
    private static final Pattern FUTURE_PREDICATE = Pattern.compile("[^,;.]{0,120}?\\s(?:will|is\\s+to|are\\s+to)\\s+(?!have\\b)"
            // "The deployment of the Oreshnik in Belarus was agreed after …": what was settled is still to be done.
            + "|[^,;.]{0,120}?\\s(?:was|were|has been|had been|is being)\\s+(?:\\w+ly\\s+)?(?:agreed|approved|planned|proposed|discussed|"
            + "decided|announced|envisaged|envisioned|negotiated|considered|requested|sought)\\b");

    private static final Pattern ACT_NOUNS = Pattern.compile("(?i)withdrawal|exit|pullout|suspension|extension|ratification|deployment|stationing");

    /** The act noun's own predicate, not a relative clause's ("…, which is due to expire"). */
    private static final Pattern STILL_TO_COME_AFTER_NOUN = Pattern.compile("^[^;]*?(?<!\\bwhich)(?<!\\bthat)(?<!\\bwho)\\s(?:is|are)\\s+"
            + "(?:now\\s+|formally\\s+)?(?:due|expected|scheduled|set|slated|planned|supposed)\\s+to\\b");

    private static final Pattern HYPOTHETICAL_AFTER_NOUN = Pattern.compile(",\\s+if\\b|,\\s+(?:once|when)\\s+(?:completed|finalized|approved)\\b"
            + "|\\s+(?:would|could|might)\\s");

    private static final Pattern NOUN_OF_ACT = Pattern.compile("(?i)(?:extension|deployment|stationing|suspension|withdrawal|ratification) of\\b");

    private static final Pattern REACTION_BEFORE = Pattern.compile("(?i)\\b(?:welcom\\w*|prais\\w*|hail\\w*|applaud\\w*|"
            + "support\\w*|backs?|backed|endors\\w*|criticiz\\w*|criticis\\w*|condemn\\w*|regrett?\\w*|oppos\\w*|urg\\w*|"
            + "calls? for|called for|seek\\w*|sought|wants?|wanted|protest\\w*|against)\\s+(?:the\\s+|a\\s+|any\\s+)?$");

    /** A verb whose that-clause is a proposal, a contested claim or denied ("does not mean that Russia is withdrawing"). */
    private static final Pattern PROPOSED_OR_CLAIMED = Pattern.compile("\\b(?:(?:propos|suggest|insist|claim|alleg|maintain|demand|"
            + "offer|urg|recommend)\\w*|(?:not|never)\\s+(?:mean|impl(?:y|ies)|signal|signify|amount to)\\w*)\\s+(?:[\\w-]+\\s+){0,4}?that\\b");

    /** After a claim: a relative clause, or a clause of the writer's own with a named subject (", and Russia suspended"). */
    private static final Pattern RELATIVE_OR_BREAK = Pattern.compile(";|,\\s*(?:where|which|when|who|whose)\\b"
            // "… to demand that both sides restore the limits, a week after the treaty expired": the narration's time.
            + "|,\\s+(?:(?:a|one|two|three|four|five|six|several|a few|\\d+)\\s+(?:days?|weeks?|months?|years?)|days|weeks|months|"
            + "shortly|just|only|soon)\\s+(?:after|since)\\b"
            // The act's own subject right before it: the region ends at the act's verb.
            // ", and on November 22, 2020, the United States formally left it": a time of its own may open it.
            + "|,\\s+and\\s+(?:then\\s+|later\\s+)?(?:(?:on|in|by)\\s+[^;]{3,30}?,\\s+)?(?:the\\s+)?[A-Z][\\w.-]+(?:\\s+[A-Z][\\w.-]+)?\\s+(?:(?:has|had|also|formally|itself)\\s+)*$");

    /** "Has Washington withdrawn?": the sentence ends with a question mark, perhaps inside a closing quote. */
    private static boolean endsWithQuestion(String text, Sentences.Sentence sentence) {
        int i = sentence.end() - 1;
        while (i > sentence.start() && (Character.isWhitespace(text.charAt(i)) || "\"”»’'".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= sentence.start() && text.charAt(i) == '?';
    }

    private static final Pattern CLAUSE_OPENER = Pattern.compile("\\b(?:which|who|that|when|after|because|while)\\b|[;:]");

    private static final Pattern NO_SUBJECT_QUANTIFIER = Pattern.compile("\\b(?:no|none of the|neither)\\s+(?:[\\w-]+\\s+){0,5}?"
            + "(?:missiles?|systems?|launchers?|weapons?|batteries|warheads|state|states|country|countries|side)\\b");

    private static final Pattern ENDED_BY_WITHDRAWAL = Pattern.compile("[^.;]{0,40}?\\b(?:after|following|when|once)\\b[^.;]{0,60}?"
            + "\\b(?:withdr\\w*|exit\\w*|pulled out|left (?:the|it)|quit|walked away)\\b");

    private static final Pattern ARRANGEMENT_UNDER_WHICH = Pattern.compile("(?i)\\b(?:an?|any|some|such an?)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:arrangement|deal|agreement|proposal|plan|offer|framework|scheme|mechanism|formula)\\s+(?:under|by|in|through)\\s+which\\s*$");

    private static final Pattern CONDITION_OPENS = Pattern.compile("\\b(?:if|unless|whether|If|Unless|Whether)\\s*$");

    private static final Pattern INVERTED_CONDITION = Pattern.compile("\\s*[\"“«]?(?:Had|Were|Should)\\s");

    private static final Pattern PROCESS_AFTER = Pattern.compile("(?i)\\s+(?:procedures?|process|mechanism|clause)\\b");

    /** Whether {@code word} occurs in {@code text} starting within {@code [from, to)}: a cheap gate before a pattern. */
    private static boolean occursWithin(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        return at >= 0 && at < to;
    }

    private static final Pattern FUTURE_EFFECT_AFTER = Pattern.compile("[^,;.]{0,60}?\\b(?:will|would|shall|is to|is due to|is set to|"
            + "is expected to)\\s+(?:only\\s+)?(?:take effect|come into (?:force|effect)|enter into (?:force|effect)|become effective)\\b");

    private static final Pattern PROCESS_BEFORE = Pattern.compile("(?i)\\b(?:procedures?|process|steps)\\s+(?:for|toward|towards|on|of)"
            + "(?:\\s+(?:its|their|the|[\\w-]+['’]s))?(?:\\s+own)?\\s*$");

    private static final Pattern COMPLETED_AFTER = Pattern.compile("^[^,;.]*?\\b(?:was|were|has been|have been|had been)\\s+"
            + "(?:formally\\s+|finally\\s+)?(?:completed|finalized|concluded)\\b");

    private static final Pattern PROCESS_COMPLETED = Pattern.compile("(?i)\\b(?:completed|completes|finished|finalized|concluded)\\b");

    /** A lead that opens with the time since an act: "Four days after the treaty lapsed, …". */
    private static final Pattern COUNTED_AFTER_OPENING = Pattern.compile("(?i)(" + DateResolver.COUNT_WORDS
            + ")\\s+(day|week|month|year)s?\\s+after\\s+(?:[^,;.]|(?<=[A-Z])\\.){3,150}$");

    private static final Pattern LISTING = Pattern.compile("\\s*(?:including|such as|among them)\\b");

    private static final Pattern FINITE_AUXILIARY_BEFORE = Pattern.compile("\\b(?:has|have|had|was|were)(?:\\s+(?:already|since|long))?\\s*$");

    /** The clause before a trigger: back to the last comma, "that", "but" … in the sentence. */
    /**
     * {@code lower} with the month "May" ("in May 2020 and formally withdrew") blanked, so that the modal
     * "may" is found only where it is one: written in lower case.
     */
    private static String withoutMonthMay(String clause, String lower) {
        int at = clause.indexOf("May");
        if (at < 0 || lower.length() != clause.length()) {
            return lower;
        }
        var chars = lower.toCharArray();
        for (; at >= 0; at = clause.indexOf("May", at + 3)) {
            chars[at + 1] = '_';
        }
        return new String(chars);
    }

    /**
     * {@code clause}, which ends at {@code end}, with the names of treaties blanked: "the treaty prohibiting nuclear
     * weapons entered into force" has no modal verb, whatever the name says.
     */
    private String withoutTreatyNames(String clause, int end) {
        int offset = end - clause.length();
        char[] blanked = null;
        for (var mention : this.context.mentionsIn(offset, end)) {
            if (mention.label() == EntityLabel.Treaty) {
                if (blanked == null) {
                    blanked = clause.toCharArray();
                }
                java.util.Arrays.fill(blanked, Math.max(0, mention.start() - offset), Math.min(clause.length(), mention.end() - offset), ' ');
            }
        }
        return blanked == null ? clause : new String(blanked);
    }

    private static String clauseBefore(String text, int sentenceStart, int position) {
        // Walks back to the nearest clause break (punctuation or a subordinating word): called for every
        // trigger and actor, so no regex over the whole sentence each time.
        int i = position - 1;
        while (i >= sentenceStart) {
            char c = text.charAt(i);
            if (CLAUSE_PUNCTUATION.indexOf(c) >= 0 && !(c == ',' && yearAfterDayComma(text, i))) {
                return text.substring(i + 1, position);
            }
            if (Character.isLetter(c) && (i == sentenceStart || !Character.isLetter(text.charAt(i - 1)))) {
                int wordEnd = i;
                while (wordEnd < position && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                var word = text.substring(i, wordEnd);
                if (CLAUSE_WORDS.contains(word) || word.equals("since") && !afterAuxiliary(text, sentenceStart, i)
                        || word.equals("as") && asOpensClause(text, sentenceStart, i, position)) {
                    return text.substring(wordEnd, position);
                }
            }
            i--;
        }
        return text.substring(sentenceStart, position);
    }

    /**
     * Whether the word before {@code wordStart} is an auxiliary: "has since left" is an adverb in the clause,
     * "ever since Washington quit" opens a clause of its own.
     */
    private static boolean afterAuxiliary(String text, int sentenceStart, int wordStart) {
        int end = wordStart;
        while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')) {
            start--;
        }
        return AUXILIARIES_BEFORE_SINCE.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> AUXILIARIES_BEFORE_SINCE = java.util.Set.of("has", "have", "had", "having", "is", "are",
            "was", "were", "been", "long", "'s", "’s", "'ve", "’ve", "'d", "’d");

    private static final String CLAUSE_PUNCTUATION = ",;:—–()";

    /** "May 21, 2020": the comma between a day and its year ends no clause. */
    private static boolean yearAfterDayComma(String text, int comma) {
        return comma > 0 && Character.isDigit(text.charAt(comma - 1)) && comma + 5 < text.length() && text.charAt(comma + 1) == ' '
                && Character.isDigit(text.charAt(comma + 2)) && Character.isDigit(text.charAt(comma + 3))
                && Character.isDigit(text.charAt(comma + 4)) && Character.isDigit(text.charAt(comma + 5))
                && (comma + 6 == text.length() || !Character.isDigit(text.charAt(comma + 6)));
    }

    /**
     * "…, as the United States formally withdrew from the pact": "as" opening a clause with a subject of its own, after a
     * comma; not "…, as well as", "…, as part of".
     */
    private static boolean asOpensClause(String text, int sentenceStart, int at, int position) {
        int wordEnd = at;
        while (wordEnd > sentenceStart && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        // "described the move as Russia's withdrawal", "on the same day as the US": only after a comma is it a clause.
        return wordEnd > sentenceStart && text.charAt(wordEnd - 1) == ',' && CLAUSE_AFTER_AS.matcher(text).region(at + 2, position).lookingAt();
    }

    private static final Pattern CLAUSE_AFTER_AS = Pattern.compile("\\s+(?!(?:well|long|soon|much|far|part|of|early|recently|many|such|if|though|to|a\\s+result)\\b)"
            + "(?:the\\s|[A-Z])");

    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("that", "which", "who", "but", "while",
            "whereas", "after", "before", "when", "until", "because");

    private static final Pattern DESCRIBED_AS = Pattern.compile("\\bwhat\\s+(?:[\\w-]+\\s+){1,3}?(?:described|describes|called|calls|termed|terms|"
            + "characteri[sz]ed|portrayed|saw|sees)\\s+as\\s+(?:the\\s+|an?\\s+)?$");

    /** A bill is no act yet, whatever it is about: "the Duma passed a bill on suspending …". */
    private static final Pattern BILL_ON = Pattern.compile("(?i)\\b(?:bill|draft law|draft)\\s+"
            + "(?:on|about|for)\\s+(?:the\\s+|its\\s+|their\\s+|[A-Z][\\w-]*(?:'s|’s)\\s+)?$");

    /** A law on withdrawal starts it; the withdrawal takes effect later ("signed the law on Russia's withdrawal"). */
    private static final Pattern LAW_ON = Pattern.compile("(?i)\\b(?:law|decree|legislation|resolution)\\s+"
            + "(?:on|about|for)\\s+(?:the\\s+|its\\s+|their\\s+|[A-Z][\\w-]*(?:'s|’s)\\s+)?$");

    /** An act in the past tense: after "until" it happened ("until Washington withdrew"), else it may not. */
    private static final Pattern PAST_ACT = Pattern.compile("(?i)^(?:\\w+ed|withdrew|withdrawn|left|quit|sent|brought|put|took|"
            + "went|entered|came|ran|tore|inked)\\b");

    /** Acts whose past tense is their bare form: after "to", an infinitive. */
    private static final Pattern INFINITIVE_OR_PAST = Pattern.compile("(?i)(?:quit|exit)\\b");

    /** A verb in the present tense, third person: "ratifies", "withdraws", "enters"; not "deployments". */
    private static final Pattern PRESENT_ACT = Pattern.compile("(?i)(?![a-z]*(?:ments|als|ions|ings)\\b)[a-z]+(?:ie|[^s])s\\b");

    /** The last {@code count} words of {@code text}, as they stand (a scan from the end, no split). */
    private static String lastWords(String text, int count) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        for (int words = 0; words < count && start > 0; words++) {
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            if (words + 1 < count) {
                while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start, end);
    }

    /** "signed a decree suspending …": the signature is the suspension, not an act of its own. */
    private static final Pattern SIGNED_INSTRUMENT = Pattern.compile("(?i)^\\s+(?:a|the|an)\\s+(?:[\\w-]+\\s+){0,2}"
            + "(?:law|decree|bill|order|executive order|document)\\b");

    /** "until February 5, 2026", "through 2026": when a period ends, not when the act happened. */
    private static final Pattern PERIOD_END = Pattern.compile("(?i)\\b(?:until|till|through|to|by|before)\\s+(?:the\\s+end\\s+of\\s+)?$");

    private boolean endOfPeriod(DateResolver.Found found) {
        var text = this.context.text();
        return PERIOD_END.matcher(text.substring(Math.max(0, found.start() - 25), found.start())).find();
    }

    /** Every trigger in the sentence, in the order of {@link #TRIGGERS} (which decides who claims shared words). */
    /** Every hint of every trigger, found in one pass over a sentence (most sentences name no act at all). */
    private static final AhoCorasickDoubleArrayTrie<String> HINTS = buildHints();

    /** For each hint, the indices in {@link #TRIGGERS} of the triggers that list it. */
    private static final Map<String, int[]> TRIGGERS_BY_HINT = triggersByHint();

    private static Map<String, int[]> triggersByHint() {
        var byHint = new java.util.HashMap<String, List<Integer>>();
        for (int t = 0; t < TRIGGERS.size(); t++) {
            for (var hint : TRIGGERS.get(t).hints()) {
                byHint.computeIfAbsent(hint, k -> new ArrayList<>()).add(t);
            }
        }
        var result = new java.util.HashMap<String, int[]>();
        byHint.forEach((hint, triggers) -> result.put(hint, triggers.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(result);
    }

    private static AhoCorasickDoubleArrayTrie<String> buildHints() {
        var hints = new java.util.TreeMap<String, String>();
        TRIGGERS.stream().flatMap(t -> t.hints().stream()).forEach(hint -> hints.put(hint, hint));
        var trie = new AhoCorasickDoubleArrayTrie<String>();
        trie.build(hints);
        return trie;
    }

    /** Every trigger in the sentence, in the order of {@link #TRIGGERS} (which decides who claims shared words). */
    private static List<Hit> triggerHits(String sentence, int offset) {
        var lower = sentence.toLowerCase(java.util.Locale.ROOT);
        var emits = HINTS.parseText(lower);
        if (emits.isEmpty()) {
            return List.of();
        }
        // Lower-casing keeps offsets unless a letter changes length (rare: "İ"); then match the original.
        var subject = lower.length() == sentence.length() ? lower : sentence;
        // Each hint's positions, given to the triggers that listen for it, in one pass over what was found.
        var positionsOf = new int[TRIGGERS.size()][];
        var counts = new int[TRIGGERS.size()];
        for (var emit : emits) {
            for (int t : TRIGGERS_BY_HINT.get(emit.value)) {
                if (positionsOf[t] == null) {
                    positionsOf[t] = new int[emits.size()];
                }
                positionsOf[t][counts[t]++] = emit.begin;
            }
        }
        var hits = new ArrayList<Hit>();
        for (int t = 0; t < TRIGGERS.size(); t++) {
            var trigger = TRIGGERS.get(t);
            if (counts[t] == 0) {
                continue;
            }
            var positions = java.util.Arrays.copyOf(positionsOf[t], counts[t]);
            java.util.Arrays.sort(positions);
            var m = (subject == lower ? trigger.pattern() : Pattern.compile(trigger.pattern().pattern(), Pattern.CASE_INSENSITIVE))
                .matcher(subject)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
            // A phrase starts at a word at most a few words before its hint and contains it. Every pattern opens
            // with a word boundary, so trying the word starts there, leftmost first, finds what a search of the
            // stretch would, without trying the pattern at every character.
            int matchedUntil = 0;
            int last = -1;
            for (int at : positions) {
                if (at <= last || at < matchedUntil) {
                    continue;
                }
                last = at;
                int limit = Math.min(subject.length(), at + 60);
                // Most phrases start at their hint ("suspended", "withdrew from"): tried there first, then
                // at the words before it ("entered into force", "became the 50th state to ratify").
                if ((Lexicon.lookingAtWordStart(m, subject, at, at, limit)
                        || Lexicon.lookingAtWordStart(m, subject, Math.max(matchedUntil, at - 45), at - 1, limit))
                        && m.end() > at) {
                    hits.add(new Hit(trigger, offset + m.start(), offset + m.end()));
                    matchedUntil = m.end();
                }
            }
        }
        return hits;
    }

    /**
     * "the 1987 Intermediate-Range Nuclear Forces Treaty, signed by …", "…, which was signed by …": the year the treaty
     * goes by is its signing's.
     */
    private static final Pattern YEAR_NAMING_BEFORE = Pattern.compile("\\b[Tt]he\\s+((?:19|20)\\d{2})\\s+([^,;.]{2,80}),\\s+"
            + "(?:which\\s+(?:was|had\\s+been)\\s+)?$");

    private static final Pattern TREATY_NOUN = Pattern.compile("(?:[a-z-]+\\s+){0,2}(?:treaty|pact|accord)");

    private PartialDate yearNamingTheTreaty(Sentences.Sentence sentence, int signedAt) {
        var text = this.context.text();
        var named = YEAR_NAMING_BEFORE.matcher(text).region(Math.max(sentence.start(), signedAt - 100), signedAt);
        // "The 1987 treaty, signed by …": a treaty's common noun names it as well.
        if (!named.find() || !TREATY_NOUN.matcher(named.group(2)).matches()
                && this.context.mentionsIn(named.end(1), signedAt).stream().noneMatch(m -> m.label() == EntityLabel.Treaty)) {
            return null;
        }
        return PartialDate.ofYear(Integer.parseInt(named.group(1)));
    }

    private static final Pattern ACT_NOUN = Pattern.compile("(?i)\\b(?:withdrawal|exit|pull-?out|suspension|termination|"
            + "denunciation|revocation|decision|moratorium|ban|law|decree|extension|prolongation)\\b");

    private boolean effectOfAnAct(String text, Sentences.Sentence sentence, Hit hit) {
        if (hit.trigger().type() != RelationType.ENTERED_INTO_FORCE) {
            return false;
        }
        int leadFrom = Math.max(sentence.start(), hit.start() - 12);
        var relative = RELATIVE_LEAD.matcher(text.substring(leadFrom, hit.start()));
        int which = relative.find() ? leadFrom + relative.start() : -1;
        boolean actBefore = which >= 0 && ACT_OF_TREATY.matcher(text).region(Math.max(sentence.start(), which - 120), which).find();
        if (which >= 0 && !actBefore) {
            // "The ban complements the Nuclear Non-Proliferation Treaty, which entered into force in 1970": the treaty
            // the pronoun stands for came into force, whatever the clause before it is about; not "the withdrawal from
            // the INF Treaty, which took effect on Friday".
            for (var mention : this.context.mentionsIn(Math.max(sentence.start(), which - 120), which)) {
                if (mention.label() == EntityLabel.Treaty && text.substring(mention.end(), which).isBlank()) {
                    return false;
                }
            }
        }
        // "The Nuclear Ban Treaty entered into force": a treaty's name holds no act.
        var subject = text.substring(sentence.start(), hit.start());
        var named = withoutTreatyNames(subject, hit.start());
        var plain = named == subject ? text : text.substring(0, sentence.start()) + named + text.substring(hit.start());
        if (ACT_NOUN.matcher(subjectClause(plain, sentence.start(), hit.start())).find()
                || EXTENSION_SUBJECT.matcher(text).region(Math.max(sentence.start(), hit.start() - 200), hit.start()).find()) {
            return true;
        }
        // "The United States' withdrawal from the INF Treaty, which took effect on Friday": what takes effect is
        // the act, not the treaty named after it.
        return actBefore && text.regionMatches(true, hit.start(), "took effect", 0, 11);
    }

    private static final Pattern ACT_OF_TREATY = Pattern.compile("(?i)\\b(?:withdrawal|exit|pull-?out|suspension|termination|"
            // "the US decision to withdraw from the ABM Treaty, which took effect in 2002".
            + "denunciation|revocation|extension|(?:decision|move)\\s+to\\s+(?:withdraw|pull\\s+out))\\s+(?:from|of)\\s+[^,;]{0,90}$");

    private static final Pattern RELATIVE_LEAD = Pattern.compile("(?:,\\s*|\\s)(?:which|that)\\s*$");

    /**
     * The clause whose subject a trigger's verb has: the clause before it, or for a relative clause
     * ("Russia's exit from the treaty, which took effect on December 18") the clause its pronoun stands for.
     */
    private static String subjectClause(String text, int sentenceStart, int position) {
        var before = clauseBefore(text, sentenceStart, position);
        int close = position - 1;
        while (close > sentenceStart && Character.isWhitespace(text.charAt(close))) {
            close--;
        }
        int open = before.isBlank() && close >= sentenceStart && text.charAt(close) == ')' ? text.lastIndexOf('(', close) : -1;
        if (open > sentenceStart) {
            // "The withdrawal of the United States from the Treaty on the Elimination of … (INF Treaty) took effect":
            // an abbreviation in parentheses ends no clause.
            before = clauseBefore(text, sentenceStart, open);
        }
        int breakAt = position - before.length() - 1;
        if (!before.isBlank() && breakAt > sentenceStart && text.charAt(breakAt) == ')') {
            // "The withdrawal of the United States from the Intermediate-Range Nuclear Forces (INF) Treaty took
            // effect": a short name in parentheses inside a name ends no clause.
            int inner = text.lastIndexOf('(', breakAt);
            if (inner > sentenceStart && breakAt - inner <= 16) {
                return clauseBefore(text, sentenceStart, inner) + text.substring(inner, position);
            }
        }
        if (!before.isBlank()) {
            return before;
        }
        var lead = RELATIVE_LEAD.matcher(text.substring(Math.max(sentenceStart, position - 12), position));
        if (!lead.find()) {
            // "Russia's withdrawal from the treaty, which allowed unarmed flights over …, took effect": the subject
            // stands before the relative clause set off by commas.
            var insert = RELATIVE_INSERT_BEFORE.matcher(text).region(Math.max(sentenceStart, position - 200), position);
            return insert.find() ? antecedent(clauseBefore(text, sentenceStart, insert.start())) : before;
        }
        int pronounStart = position - (lead.end() - lead.start());
        // "The withdrawal of the United States from the Intermediate-Range Nuclear Forces (INF) Treaty, which …": an
        // abbreviation in parentheses ends no clause.
        var window = text.substring(sentenceStart, pronounStart).replace('(', ' ').replace(')', ' ');
        return antecedent(clauseBefore(window, 0, window.length()));
    }

    private static final Pattern RELATIVE_INSERT_BEFORE = Pattern.compile(",\\s*(?:which|who)\\b[^,;.]*,\\s*$");

    /** Words that end, going backwards, the noun phrase a relative pronoun stands for. */
    private static final java.util.Set<String> ANTECEDENT_STOPS = java.util.Set.of("under", "with", "to", "in", "on", "at", "for", "by", "and",
            "but", "or", "would", "will", "could", "should", "can", "has", "have", "had", "is", "was", "are", "were", "be",
            "been", "that", "which", "into", "about", "against", "after", "before", "since");

    /**
     * The noun phrase closing {@code clause}, which a following ", which" stands for: "Russia's exit from the
     * treaty" (through "of" and "from"), but only "the agreement" of "would fulfil its obligations under the
     * agreement", whose "decision" earlier in the clause is no part of it.
     */
    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String antecedent(String clause) {
        var words = clause.stripTrailing().split("\\s+");
        int first = words.length;
        while (first > 0 && first > words.length - 14) {
            var word = words[first - 1].toLowerCase(java.util.Locale.ROOT);
            // "the Treaty on Open Skies": a small word inside a name is part of it.
            boolean insideName = first < words.length && first > 1 && startsUpper(words[first]) && startsUpper(words[first - 2]);
            if (!insideName && (ANTECEDENT_STOPS.contains(word) || word.length() > 4 && word.endsWith("ed") && !startsUpper(words[first - 1]) && first < words.length)) {
                break;
            }
            first--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static final Pattern LEAVING_NOUN = Pattern.compile("(?i)\\b(?:withdrawal|exit|pull-?out|(?<=\\b(?:decision|move)\\sto\\s)withdraw|(suspension))\\b");

    /**
     * The withdrawal whose taking effect a sentence reports: its actor is the state named before it in the
     * sentence (or the one whose withdrawal it is), its treaty the one named, else the one last named.
     */
    private void actTakingEffect(Sentences.Sentence sentence, Hit hit, PartialDate date, List<Event> events) {
        var text = this.context.text();
        var clause = subjectClause(text, sentence.start(), hit.start());
        int clauseStart = clause.isBlank() ? -1 : text.lastIndexOf(clause, hit.start());
        // "the US decision to withdraw from the ABM Treaty, which took effect in 2002": the decision's clause opens at
        // its verb, so the pattern sees the words before it.
        var noun = clauseStart < 0 ? LEAVING_NOUN.matcher(clause)
                : LEAVING_NOUN.matcher(text).region(clauseStart, clauseStart + clause.length()).useTransparentBounds(true);
        if (!noun.find()) {
            extensionTakingEffect(sentence, hit, date, events);
            return;
        }
        var type = noun.group(1) != null ? RelationType.SUSPENDED : RelationType.WITHDREW_FROM;
        // "The United States left the treaty on November 22, 2020, …, and the Russian withdrawal took effect on December
        // 18, 2021": the actor of the clause whose act takes effect, before the sentence's first.
        var own = clauseStart >= sentence.start() ? firstActorIn(clauseStart, clauseStart + clause.length()) : null;
        if (own == null && clauseStart >= sentence.start() && noun.group().equalsIgnoreCase("withdraw")) {
            // "the US decision to withdraw", "the American decision to withdraw": the decision's owner, named before it.
            for (var mention : this.context.mentionsIn(Math.max(sentence.start(), noun.start() - 40), noun.start())) {
                var state = actorState(mention);
                own = state != null ? state : own;
            }
        }
        var actor = own != null ? own : firstActorIn(sentence.start(), hit.start());
        var treaty = treatyFor(sentence, hit.start(), hit.end(), false);
        if (treaty == null && actor != null) {
            // "Russia completed its withdrawal from the CFE Treaty … [the Adapted CFE Treaty named in passing] … the
            // withdrawal took effect after the notice period": the withdrawal told of before, not the treaty named last.
            treaty = events.reversed().stream()
                .filter(e -> e.type() == type && e.from().equals(actor))
                .map(Event::to)
                .findFirst()
                .orElse(null);
        }
        if (treaty == null) {
            treaty = lastBefore(sentence.start(), EntityLabel.Treaty);
        }
        if (treaty != null && actor != null) {
            // "…; the suspension took effect a day later": a suspension taking effect is the suspension.
            events.add(new Event(type, actor, treaty, date, sentence.start(), sentence.end(), null));
        }
    }

    /** A subject that is an extension agreed: "The agreement on extending New START …", "The extension of the treaty …". */
    private static final Pattern EXTENSION_SUBJECT = Pattern.compile("(?:^|[.:]\\s+|/\\.\\s*|\\bthat\\s+|,\\s+and\\s+)(?:The|the)\\s+"
            + "(?:(?:(?:agreement|deal|decision|accord)\\s+(?:on|to)\\s+(?:extending|extend|the extension of)|extension\\s+of|prolongation\\s+of)\\b[^.;]*"
            // "… exchanged notes on Wednesday, and that the extension took effect the same day".
            + "|extension\\s*)$");

    /**
     * "The agreement on extending New START … took effect on Wednesday": the treaty is extended that day, by its
     * parties.
     */
    private void extensionTakingEffect(Sentences.Sentence sentence, Hit hit, PartialDate date, List<Event> events) {
        var text = this.context.text();
        if (date == null || !EXTENSION_SUBJECT.matcher(text).region(Math.max(sentence.start(), hit.start() - 200), hit.start()).find()) {
            return;
        }
        var named = this.context.mentionsIn(sentence.start(), hit.start()).stream().filter(m -> m.label() == EntityLabel.Treaty).findFirst();
        var treaty = named.map(Mention::key).orElseGet(() -> treatyFor(sentence, hit.start(), hit.end(), false));
        if (treaty == null) {
            // "… and that the extension took effect the same day": the extension of the treaty spoken of.
            treaty = lastBefore(sentence.start(), EntityLabel.Treaty);
        }
        for (var party : partiesOf(treaty)) {
            events.add(new Event(RelationType.EXTENDED, party, treaty, date, sentence.start(), sentence.end(), null));
        }
    }

    private boolean signedInstrument(String text, Hit hit) {
        if (hit.trigger().type() != RelationType.SIGNED) {
            return false;
        }
        if (INSTRUMENT_BEFORE.matcher(text).region(Math.max(0, hit.start() - 30), hit.start()).find()) {
            // "Russia followed suit with a decree signed by Putin on March 4": the decree was signed, not the treaty.
            return true;
        }
        var instrument = SIGNED_INSTRUMENT.matcher(text.substring(hit.end(), Math.min(text.length(), hit.end() + 60)));
        if (!instrument.lookingAt()) {
            return false;
        }
        if (!instrument.group().strip().equalsIgnoreCase("the document")) {
            return true;
        }
        // "The United States signed the document too": the document last spoken of, a treaty unless a law,
        // decree or bill has come up since the treaty was named.
        var treaty = lastMentionBefore(hit.start(), EntityLabel.Treaty);
        return treaty == null || LAW_WORD.matcher(text).region(treaty.end(), hit.start()).find();
    }

    private static final Pattern INSTRUMENT_BEFORE = Pattern.compile("(?i)\\b(?:decree|law|(?-i:bill)|order|resolution|executive order)s?\\s+"
            + "(?:(?:was|were|had been|has been|is)\\s+)?$");

    /** "bill" in lower case only: "US President Bill Clinton signed it" names no bill. */
    private static final Pattern LAW_WORD = Pattern.compile("(?i)\\b(?:law|decree|(?-i:bill)|order|resolution)\\b");

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the act a trigger names. Several acts in one sentence each take their own date ("signed
     * on March 24, 1992, and entered into force on January 1, 2002"): the first date after the trigger
     * and before the next one, else the closest date before it back to the previous trigger; only a
     * sentence with a single act falls back to any date in it.
     */
    /** Where the sentence's own words start: a lead sentence does not take the dateline's date ("MOSCOW, March 20."). */
    private int bodyPart(Sentences.Sentence sentence) {
        return Math.min(sentence.end(), Math.max(sentence.start(), this.context.article().bodyStart()));
    }

    /** How far {@code to} is from {@code from} in words of the sentence's own: a named entity counts as one word. */
    private int distanceOverNames(int from, int to) {
        int distance = to - from;
        for (var mention : this.context.mentionsIn(from, to)) {
            distance -= mention.end() - mention.start();
        }
        return distance;
    }

    private static final Pattern PROGRESSIVE_BEFORE = Pattern.compile("\\b(?:is|was|are|were)\\s+$");

    private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+(?:the\\s+)?$");

    private static final Pattern COUNTED_BACK = Pattern.compile("\\b(?:days?|weeks?)\\s+(?:before|after)$");

    private static final Pattern LATER_BETWEEN = Pattern.compile("\\b(?:later|subsequently|afterwards|eventually)\\b");

    /**
     * The day a document that makes the lead's act public came out, named after the act ("…, according to a document
     * published on the legal portal on Thursday"); null if none. A day of saying ("…, the minister said on Thursday")
     * dates the words, not the act.
     */
    private PartialDate dayOfTheNews(List<DateResolver.Found> dates, int after) {
        var reference = this.context.reference();
        var text = this.context.text();
        for (var found : dates) {
            var day = found.date();
            if (found.start() >= after && day.precision() == PartialDate.Precision.day && !day.start().isAfter(reference)
                    && day.start().isAfter(reference.minusDays(7)) && MADE_PUBLIC.matcher(text).region(after, found.start()).find()) {
                return day;
            }
        }
        return null;
    }

    private static final Pattern MADE_PUBLIC = Pattern.compile("\\b(?:published|posted|released|issued|made public)\\b");

    private PartialDate dateOf(List<DateResolver.Found> dates, List<int[]> triggers, int start, int end) {
        int previousEnd = Integer.MIN_VALUE;
        int nextStart = Integer.MAX_VALUE;
        for (var span : triggers) {
            if (span[1] <= start) {
                previousEnd = Math.max(previousEnd, span[1]);
            }
            else if (span[0] >= end) {
                nextStart = Math.min(nextStart, span[0]);
            }
        }
        for (var found : dates) {
            // "suspended its participation in the Treaty on Measures for … (New START) in February 2023": a long
            // name between the act and its date does not part them.
            if (found.start() >= end && found.start() < nextStart && distanceOverNames(end, found.start()) <= 90
                    && !endOfPeriod(found) && !countedFromAnother(end, found)
                    // "completed the procedures …, two days before the pact was due to expire": a time counted from
                    // another event, not the act's own.
                    && !COUNTED_BACK.matcher(this.context.text()).region(found.start(), found.end()).find()
                    // "… has been deployed in the Philippines, and last month the US Army brought …": the next clause's.
                    && !(nextStart != Integer.MAX_VALUE && NEW_CLAUSE.matcher(this.context.text()).region(end, found.start()).find())
                    // "withdrew from the INF Treaty, and Washington has not said whether it will extend New START, which
                    // expires in February 2021": a date past a clause with a subject of its own is that clause's.
                    && !clauseOfItsOwnBetween(end, found.start(), NEXT_SUBJECT_AFTER_COMMA)
                    // "… walked out of the ABM Treaty, and it has ended where we are today": a pronoun's clause of its own.
                    && !PRONOUN_CLAUSE_BETWEEN.matcher(this.context.text()).region(end, found.start()).find()
                    // "agreed … to extend it for five years, so it is now set to expire in February 2026": a consequence's.
                    && !CONSEQUENCE.matcher(this.context.text()).region(end, found.start()).find()
                    // "… was suspending its participation, and a week later he signed the law": the date opens the next clause.
                    && !OPENS_NEXT_CLAUSE.matcher(this.context.text()).region(end, found.start()).find()
                    // "has brought its Typhon to Japan, showing the launcher to reporters on Friday": another act's day.
                    && !OTHER_PARTICIPLE_BETWEEN.matcher(this.context.text()).region(end, found.start()).find()
                    // "cited the deployment of the Typhon in the Philippines, plans to station weapons in Germany from 2026":
                    // the plan's time.
                    && !PLAN_BETWEEN.matcher(this.context.text()).region(end, found.start()).find()) {
                return found.date();
            }
            // "withdrew from the ABM Treaty, which it had signed with the Soviet Union on May 26, 1972, on June 13,
            // 2002": past a relative clause with its own act and date, the date is the main act's.
            if (found.start() >= nextStart && found.start() - end <= 160
                    && AFTER_RELATIVE_INSERT.matcher(this.context.text()).region(end, found.start()).matches()) {
                return found.date();
            }
        }
        DateResolver.Found before = null;
        for (var found : dates) {
            if (found.start() < start && found.start() >= previousEnd && !dateOfSaying(found, start)
                    && !insideRelativeClause(found, start) && !insideParticiple(found, start)
                    // "walked out of the ABM Treaty in 2002 and how it later quit the INF Treaty": another time.
                    && !LATER_BETWEEN.matcher(this.context.text()).region(found.end(), start).find()
                    // "on Wednesday urged Moscow to reverse course after Putin announced that Russia was suspending …":
                    // the day of the reaction, not of the act announced before it.
                    && !(occursWithin(this.context.text(), "after", found.end(), start)
                            && ANNOUNCED_BEFORE_REACTION.matcher(this.context.text()).region(found.end(), start).find())
                    // "which Russia ratified in 2000 and the U.S. has signed": the year is the first act's, not the next subject's.
                    && (!clauseOfItsOwnBetween(found.end(), start, NEXT_SUBJECT_RIGHT_AFTER) || noticeRanOutAt(found))
                    // "pulled out of the INF Treaty in August 2019, and both countries have left the Open Skies Treaty".
                    && !BOTH_OPENS_CLAUSE.matcher(this.context.text()).region(found.end(), start).find()
                    // "suspended its participation in February 2023, though both sides continued to observe its caps".
                    && !CONCESSIVE_BETWEEN.matcher(this.context.text()).region(found.end(), start).find()
                    // "was sent to the Philippines in April 2024; this is the first time it has been brought to Japan":
                    // a date before a semicolon is its own clause's.
                    && !occursWithin(this.context.text(), ";", found.end(), start)) {
                before = found;
            }
        }
        if (before != null) {
            return before.date();
        }
        if (PROGRESSIVE_BEFORE.matcher(this.context.text()).region(Math.max(0, start - 12), start).find()) {
            // "The State Department announced on Friday that Washington was suspending its obligations": an act
            // announced as under way takes the day of the announcement.
            for (var found : dates) {
                if (found.start() < start && found.start() >= previousEnd && dateOfSaying(found, start)
                        // "The White House on Wednesday urged Moscow to reverse course after Putin announced that Russia
                        // was suspending …": that day is the reaction's; the announcement came before it.
                        && !AFTER_WORD.matcher(this.context.text()).region(found.end(), start).find()) {
                    return found.date();
                }
            }
        }
        if (triggers.size() > 1) {
            // "Last month the Americans brought a Typhon to Australia …, and also deployed the Dark Eagle there": an
            // act joined to the one before it by "and" shares its time.
            int[] previous = null;
            for (var span : triggers) {
                if (span[1] <= start && (previous == null || span[1] > previous[1])) {
                    previous = span;
                }
            }
            // "withdrew from the agreement on August 2, 2019, terminating it": a participle after a comma shares the act's time.
            boolean participle = this.context.text().startsWith("ing", end - 3)
                    && COMMA_BEFORE.matcher(this.context.text()).region(Math.max(0, start - 15), start).find();
            if (previous != null && (participle || JOINED_ACT.matcher(this.context.text()).region(previous[1], start).find())
                    && !LATER_BETWEEN.matcher(this.context.text()).region(previous[1], start).find()) {
                return dateOf(dates, triggers.stream().filter(t -> t[0] < start).toList(), previous[0], previous[1]);
            }
            return null;
        }
        DateResolver.Found best = null;
        for (var found : dates) {
            if (found.start() < start && (dateOfSaying(found, start) || insideRelativeClause(found, start) || insideParticiple(found, start)
                    || occursWithin(this.context.text(), "after", found.end(), start)
                            && ANNOUNCED_BEFORE_REACTION.matcher(this.context.text()).region(found.end(), start).find())
                    || found.start() >= end && (countedFromAnother(end, found) || endOfPeriod(found)
                            // "has brought its Typhon launchers to Denmark …, and has announced plans to station long-range
                            // weapons in Germany from 2026": the date of the next predicate, not of this act.
                            || NEXT_PREDICATE_BETWEEN.matcher(this.context.text()).region(end, found.start()).find()
                            || PLAN_BETWEEN.matcher(this.context.text()).region(end, found.start()).find())) {
                continue;
            }
            if (best == null || Math.abs(found.start() - start) < Math.abs(best.start() - start)) {
                best = found;
            }
        }
        return best == null ? null : best.date();
    }

    private static final Pattern CONCESSIVE_BETWEEN = Pattern.compile(",\\s+(?:though|although|even though)\\s");

    private static final Pattern PRONOUN_CLAUSE_BETWEEN = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+(?:it|he|she|they|we|this)\\s+"
            + "(?:has|have|had|is|are|was|were|will|would|\\w+ed)\\b");

    private static final Pattern NEXT_PREDICATE_BETWEEN = Pattern.compile(",\\s+(?:and|but|while)\\s+(?:has|have|had|is|are|was|were|will|"
            + "would|plans?|announced|said|says)\\b");

    private static final Pattern COUNTED_FROM = Pattern.compile("(?i)\\b(?:\\d+|a|one|two|three|six|several|a few)\\s+"
            + "(?:days?|weeks?|months?|years?)\\s+(?:after|before)\\b");

    /** "entered into force 90 days after Jamaica deposited … in October 2020": that date is the other act's. */
    private boolean countedFromAnother(int triggerEnd, DateResolver.Found found) {
        return COUNTED_FROM.matcher(this.context.text()).region(triggerEnd, found.start()).find();
    }

    private static final Pattern SPEECH_BEFORE_DATE = Pattern.compile("\\b(?:" + Lexicon.SPEECH_VERBS + "|told \\w+)\\s+"
            + "(?:on\\s+|last\\s+|this\\s+|in\\s+(?:early\\s+|late\\s+|mid-)?)?$");

    private static final Pattern THAT = Pattern.compile("\\bthat\\b");

    /**
     * "Putin said Thursday that the United States had deployed …": a date between a speech verb and its
     * that-clause is when it was said, not when the act it reports was done.
     */
    private boolean dateOfSaying(DateResolver.Found found, int triggerStart) {
        var text = this.context.text();
        return SPEECH_BEFORE_DATE.matcher(text.substring(Math.max(0, found.start() - 40), found.start())).find()
                && THAT.matcher(text.substring(found.start(), triggerStart)).find()
                // "In August 2025, the ministry stated that …, citing the deployment of US systems in Europe".
                || (occursWithin(text, " citing ", found.end(), triggerStart) || occursWithin(text, " pointing to ", found.end(), triggerStart)) && SPEECH_THEN_REASON.matcher(text).region(found.end(), triggerStart).find()
                // "In August, the ministry said that Moscow was free to act, since the United States had deployed …".
                || SAID_THAT_AFTER_DATE.matcher(text).region(found.end(), triggerStart).lookingAt()
                // "On October 5 Putin recalled that Washington had signed the CTBT": what had been done before the saying.
                || occursWithin(text, " had ", found.end(), triggerStart)
                        && SAID_THAT_IT_HAD.matcher(text).region(found.end(), triggerStart).matches()
                // "Britain on Wednesday called Belarus's decision to suspend …": the day of the reaction.
                || REACTION_TO_DECISION.matcher(text).region(found.end(), triggerStart).matches();
    }

    private static final Pattern REACTION_TO_DECISION = Pattern.compile("\\s+(?:called|described|welcomed|condemned|criticized|criticised|"
            + "slammed|denounced|deplored|praised|hailed|regretted)\\s+(?:[^.;]{0,60}?\\b(?:decision|move|plan|step)\\s+to\\s+"
            // "Russia and China on Monday condemned the first deployment of a US Typhon to Japan": the act reacted to.
            + "|(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?)");

    /** Recalling looks back: "said it had suspended" may be news of the day, "recalled that it had signed" is not. */
    private static final Pattern SAID_THAT_IT_HAD = Pattern.compile(",?\\s+(?:(?:[\\w.'’-]+\\s+){1,5}?"
            + "(?:recalled|recalls|reminded|noted|pointed out)"
            // "In June 2024, Putin said that Russia should …, noting that US missiles had already been brought to …".
            + "|[^;.]{0,200}?,\\s+(?:noting|recalling|reminding|pointing out))"
            + "\\s+(?:that\\s+)?[^;,.]{0,60}?\\bhad\\s+(?:already\\s+|long\\s+|previously\\s+)?(?:been\\s+)?");

    private static final Pattern SAID_THAT_AFTER_DATE = Pattern.compile(",\\s+(?:the\\s+)?(?:[A-Z][\\w.'’-]*\\s+){1,5}(?:" + Lexicon.SPEECH_VERBS
            + ")\\s+(?:[\\w-]+\\s+){0,2}?that\\b[^;]*,\\s+(?:since|because|as|after)\\b");

    private static final Pattern GAPPED_ACTOR = Pattern.compile("[^.;,]{0,60}?\\s+and\\s+(?<who>[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?)\\s+(?=(?:in|on)\\s)");

    /** "…, and also deployed", "… during the exercise, where it also deployed": a second act of the same time. */
    private static final Pattern OTHER_PARTICIPLE_BETWEEN = Pattern.compile(",\\s+(?!arriving|landing|reaching|completing|becoming|"
            // "stationed Pershing II missiles in West Germany, starting in late 1983": the act's own start.
            + "starting|beginning|"
            + "making|marking|taking|bringing|following|according|including|citing)[a-z]{3,}ing\\s");

    private static final Pattern JOINED_ACT = Pattern.compile(",?\\s+and\\s+(?:also\\s+|then\\s+)?$"
            + "|,\\s+where\\s+(?:it|they|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:also\\s+)?$");

    /** A plan listed after the act, with its own time: ", plans to station long-range weapons in Germany from 2026". */
    private static final Pattern PLAN_BETWEEN = Pattern.compile(",\\s+(?:and\\s+)?(?:[\\w-]+\\s+){0,2}?(?:plans?|intentions?|preparations?)\\s+to\\b");

    private static final Pattern NEW_CLAUSE = Pattern.compile(",\\s+(?:and|but|while)\\s+|;");

    /** "…, and a week later he signed", "…, and in July 2025 the system took part …": the date opens the next clause. */
    private static final Pattern OPENS_NEXT_CLAUSE = Pattern.compile(",\\s+and\\s+(?:then\\s+)?(?:(?:in|on|by)\\s+)?$");

    private static final Pattern CONSEQUENCE = Pattern.compile(",\\s+(?:so|thus|meaning|which means)\\s+");

    private static final Pattern AFTER_RELATIVE_INSERT = Pattern.compile("[^,;]{0,80},\\s+(?:which|that)\\s[^;]{5,120}?\\d{4},\\s+(?:on|in)\\s+");

    private static final Pattern SPEECH_THEN_REASON = Pattern.compile("\\b(?:" + Lexicon.SPEECH_VERBS + ")\\b[^.;]*?,\\s+(?:citing|pointing to)\\b");

    private static final Pattern PARTICIPLE_OPENING = Pattern.compile(",\\s+(?:[a-z]+ed|written|drawn up|born|held"
            // "Russia, despite suspending its participation in February 2023, continues to observe …".
            + "|(?:despite|in spite of|after|since)\\s+[a-z]+ing)\\b[^,;]*$");

    /** "The treaty, adopted at the UN in July 2017, entered into force …": the insert's date is its own act's. */
    private boolean insideParticiple(DateResolver.Found found, int triggerStart) {
        var text = this.context.text();
        var sentence = this.context.sentenceAt(found.start());
        int insertEnd = text.indexOf(',', found.end());
        return sentence != null && insertEnd >= 0 && insertEnd < triggerStart
                && PARTICIPLE_OPENING.matcher(text).region(sentence.start(), found.start()).find();
    }

    private static final Pattern CLAUSE_AFTER_NAME = Pattern.compile(",\\s+(?:which|that|signed|concluded)\\b");

    /** "The Treaty on Open Skies, which let parties fly over …, ceased to exist": a treaty's name, then a clause of its own. */
    private boolean treatyBeforeItsClause(Sentences.Sentence sentence, int triggerStart) {
        var text = this.context.text();
        var clause = CLAUSE_AFTER_NAME.matcher(text).region(sentence.start(), triggerStart);
        if (!clause.find()) {
            return false;
        }
        var named = this.context.mentionsIn(sentence.start(), clause.start());
        return !named.isEmpty() && named.get(named.size() - 1).end() == clause.start()
                && named.get(named.size() - 1).label() == EntityLabel.Treaty;
    }

    private static final Pattern RELATIVE_OPENING = Pattern.compile("(?:,\\s*(?:which|who)|\\bbut)\\b[^,;]*$");

    /** "… last year, … the United States, which signed the treaty": an act in a relative clause has its own time. */
    private boolean insideRelativeClause(DateResolver.Found found, int triggerStart) {
        return RELATIVE_OPENING.matcher(this.context.text().substring(found.start(), triggerStart)).find();
    }

    /** "Both", "Both treaties", "The two agreements" opening the sentence of an act. */
    private static final Pattern BOTH_OPENING = Pattern.compile("\\s*(?:Both|(?:Both|The two)\\s+(?:treaties|agreements|accords|pacts|documents))\\s+(?:(?:had|have|later|then)\\s+)?");

    /** The two treaties the sentence before {@code sentence} names, if it names exactly two. */
    private List<String> bothTreatiesBefore(Sentences.Sentence sentence) {
        var previous = this.context.previous(sentence);
        var treaties = previous == null ? List.<String>of() : keysNamedIn(previous.start(), previous.end(), EntityLabel.Treaty);
        return treaties.size() == 2 ? treaties : List.of();
    }

    /** The entities of {@code label} named in {@code [start, end)}, each once, in the order first named. */
    private List<String> keysNamedIn(int start, int end, EntityLabel label) {
        return this.context.mentionsIn(start, end).stream().filter(mention -> mention.label() == label).map(Mention::key).distinct().toList();
    }

    /** The state of the first actor named in {@code [start, end)}, or null. */
    private String stateNamedIn(int start, int end) {
        return this.context.mentionsIn(start, end).stream().map(mention -> this.context.state(mention.key()))
            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The first date found wholly inside {@code [start, end)}, or null. */
    private static PartialDate dateWithin(List<DateResolver.Found> dates, int start, int end) {
        return dates.stream().filter(found -> found.start() >= start && found.end() <= end).map(DateResolver.Found::date).findFirst().orElse(null);
    }

    private void build(RelationType type, Sentences.Sentence sentence, int start, int end, PartialDate date, List<Event> events) {
        switch (type) {
            case DEPLOYED_IN -> deployment(sentence, start, end, date, events);
            case EXPIRED, ENTERED_INTO_FORCE -> {
                if (this.context.text().startsWith(", ceased", start - 2) && !treatyBeforeItsClause(sentence, start)) {
                    // "The moratorium, which Moscow kept for years, ceased to exist": only a treaty's end is an act here.
                    return;
                }
                boolean noun = this.context.text().startsWith("of", end - 2) || POSSESSED_EXPIRY.matcher(this.context.text())
                    .region(start, end).matches();
                if (noun && !datedRightAfter(end)) {
                    // "talks on the expiry of New START": the noun reports an expiry only with its date ("in February").
                    return;
                }
                var both = BOTH_OPENING.matcher(this.context.text()).region(sentence.start(), start).matches() ? bothTreatiesBefore(sentence) : List.<String>of();
                if (!both.isEmpty()) {
                    // "… signed SALT I and the ABM Treaty on May 26, 1972. Both entered into force on Oct. 3, 1972.": each of them.
                    for (var each : both) {
                        events.add(new Event(type, each, each, date, sentence.start(), sentence.end(), null));
                    }
                    return;
                }
                // "after a 60-day ultimatum expired": something else ran out, whatever treaty the article is about.
                var treaty = OTHER_TERM_BEFORE.matcher(this.context.text()).region(Math.max(sentence.start(), start - 40), start).find() ? null
                        : treatyFor(sentence, start, end, !noun);
                if (treaty == null && noun && this.context.text().regionMatches(true, Math.max(0, start - 4), "its ", 0, 4)) {
                    // "The treaty is history. Its expiry on Thursday …": the treaty last spoken of.
                    treaty = antecedentTreaty(sentence.start());
                }
                var leaver = type == RelationType.EXPIRED ? ceasedFor(sentence, end) : null;
                var initiative = type == RelationType.EXPIRED ? INITIATIVE_OF.matcher(this.context.text()).region(sentence.start(), sentence.end()) : null;
                var initiator = initiative != null && initiative.find() ? firstActorIn(initiative.start(), initiative.end() + 40) : null;
                var endedBy = ENDED_BY_WITHDRAWAL.matcher(this.context.text()).region(end, sentence.end());
                if (type == RelationType.EXPIRED && endedBy.lookingAt()) {
                    // "The INF Treaty ceased to exist in August 2019 after the US withdrawal": ended by a party leaving,
                    // then; it did not run out.
                    var leaving = firstActorIn(end, endedBy.end());
                    if (treaty != null && leaving != null && date != null) {
                        events.add(new Event(RelationType.WITHDREW_FROM, leaving, treaty, date, sentence.start(), sentence.end(), null));
                    }
                    return;
                }
                if (treaty != null && initiator != null) {
                    // "At the initiative of the American side, the INF Treaty ceased to exist": ended by one party.
                    events.add(new Event(RelationType.TERMINATED, initiator, treaty, date, sentence.start(), sentence.end(), null));
                }
                else if (treaty != null && leaver != null) {
                    // "ceased to be in force for Russia": that state left; the treaty lives on for others.
                    events.add(new Event(RelationType.WITHDREW_FROM, leaver, treaty, date, sentence.start(), sentence.end(), null));
                }
                else if (treaty != null) {
                    events.add(new Event(type, treaty, treaty, date, sentence.start(), sentence.end(), null));
                }
            }
            default -> {
                var treaty = treatyFor(sentence, start, end, false);
                if (treaty == null) {
                    return;
                }
                if (type == RelationType.SIGNED && !signsTheTreaty(sentence, end, treaty)) {
                    return;
                }
                var actors = new ArrayList<>(actorsFor(sentence, start, end));
                if (actors.isEmpty()) {
                    actors.addAll(sharedSubject(sentence, start));
                }
                if (actors.isEmpty()) {
                    actors.addAll(participleSubject(sentence, start, end));
                }
                if (actors.isEmpty()) {
                    actors.addAll(subjectOwningTheAct(sentence, start));
                }
                if (actors.isEmpty()) {
                    actors.addAll(bothOfTheTwo(sentence, start));
                }
                if (actors.isEmpty()) {
                    var referent = itsReferent(sentence, start);
                    if (referent != null) {
                        actors.add(referent);
                    }
                }
                if (actors.isEmpty()) {
                    var we = quotedFirstPerson(sentence, start);
                    if (we != null) {
                        actors.add(we);
                    }
                }
                if (actors.isEmpty() && (type == RelationType.EXTENDED || type == RelationType.SIGNED)
                        && (PASSIVE_BEFORE.matcher(this.context.text().substring(Math.max(sentence.start(), start - 20), start)).find()
                                // "New START was signed in 2010 and extended in February 2021": the passive goes on.
                                || PASSIVE_JOINED_BEFORE.matcher(this.context.text().substring(Math.max(sentence.start(), start - 70), start)).find()
                                // "New START, signed in 2010, caps …": a participle set after the treaty's name.
                                || treatyThenComma(sentence, start)
                                // "Signed on April 8, 2010, the accord capped …": a participle opening the sentence.
                                || start == sentence.start() || start == bodyPart(sentence))
                        // "On February 3 the parties completed the procedures, extending START III": both of them.
                        || (type == RelationType.EXTENDED || type == RelationType.SIGNED)
                                && BOTH_PARTIES_BEFORE.matcher(this.context.text()).region(Math.max(sentence.start(), start - 60), start).find()
                                && ownPassiveAgents(sentence, clauseBefore(this.context.text(), sentence.start(), start), start, end).isEmpty()) {
                    // "The treaty was extended on Wednesday", "New START was signed in 2010": a bilateral treaty is
                    // extended and signed by both its parties.
                    var parties = partiesOf(treaty);
                    if (!parties.isEmpty()) {
                        actors.clear();
                        actors.addAll(parties);
                    }
                }
                if (!actors.isEmpty() && (type == RelationType.SIGNED || type == RelationType.EXTENDED)) {
                    for (var partner : partnersAfter(sentence, end)) {
                        if (!actors.contains(partner)) {
                            actors.add(partner);
                        }
                    }
                }
                for (var actor : actors) {
                    events.add(new Event(type, actor, treaty, date, sentence.start(), sentence.end(), null));
                    for (var listed : listedTreaties(sentence, end, treaty)) {
                        events.add(new Event(type, actor, listed.key(), listed.date() != null ? listed.date() : date,
                                sentence.start(), sentence.end(), null));
                    }
                }
                var gapped = GAPPED_ACTOR.matcher(this.context.text()).region(end, sentence.end());
                if (!actors.isEmpty() && gapped.lookingAt()) {
                    // "Washington ratified it in December 2010 and Moscow in January 2011": the verb left out.
                    var second = firstActorIn(gapped.start("who"), gapped.end("who"));
                    var when = this.sentenceDates.stream().filter(f -> f.start() >= gapped.end() - 4 && f.start() <= gapped.end() + 4)
                        .findFirst().map(DateResolver.Found::date).orElse(null);
                    if (second != null && !actors.contains(second) && when != null) {
                        events.add(new Event(type, second, treaty, when, sentence.start(), sentence.end(), null));
                    }
                }
            }
        }
    }

    private static final Pattern POSSESSED_EXPIRY = Pattern.compile("(?i)expiry|expiration");

    /** A date of the sentence written right after {@code end}, a treaty's name aside: "the expiry of New START in February". */
    private boolean datedRightAfter(int end) {
        // "the expiry of the START III treaty on February 5": "the … treaty on" around a name still leaves the date close.
        return this.sentenceDates.stream().anyMatch(found -> found.start() >= end && distanceOverNames(end, found.start()) <= 18);
    }

    private String systemState(String systemKey) {
        var builder = this.context.registry().get(systemKey);
        return builder == null ? null : builder.property("state");
    }

    /** Verbs whose subject is where the system is: "Belarus has received …", "West Germany hosted …". */
    private static final Pattern RECEIVING = Pattern.compile("(?i)received|took delivery|taken delivery|hosted|hosts");

    private static final Pattern WITH_PARTNER = Pattern.compile("^[^,;]{0,90}?\\bwith\\s+");

    private static final Pattern PARTNER_GAP = Pattern.compile("\\s*(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}");

    private boolean treatyThenComma(Sentences.Sentence sentence, int start) {
        var text = this.context.text();
        var joined = JOINED_PARTICIPLE_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 60), start);
        if (joined.find()) {
            // "New START, signed in 2010 and extended in 2021, …": the second participle hangs on the same name.
            start = joined.start();
        }
        int comma = start - 1;
        while (comma > sentence.start() && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma <= sentence.start() || text.charAt(comma) != ',') {
            return false;
        }
        for (var mention : this.context.mentionsIn(Math.max(sentence.start(), comma - 80), comma)) {
            if (mention.label() == EntityLabel.Treaty && mention.end() == comma) {
                return true;
            }
        }
        // "The treaty, signed in 2010 in Prague, …": the treaty spoken of, opening the sentence.
        return THE_TREATY_OPENING.matcher(text).region(sentence.start(), comma).matches();
    }

    private static final Pattern JOINED_PARTICIPLE_BEFORE = Pattern.compile("\\b(?:signed|concluded|ratified)\\s[^,;.]{0,40}?\\s+and\\s+$");

    private static final Pattern THE_TREATY_OPENING = Pattern.compile("(?:The|This)\\s+(?:treaty|pact|accord)");

    private static final Pattern PASSIVE_JOINED_BEFORE = Pattern.compile("\\b(?:was|were|has been|have been|had been)\\s+(?:\\w+ly\\s+)?"
            + "(?:signed|concluded|negotiated|ratified|extended|agreed)\\b[^.;,]{0,40}\\s+and\\s+(?:\\w+ly\\s+)?$");

    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|(?:has|have|had)\\s+(?:already\\s+|\\w+ly\\s+)?been)\\s+(?:\\w+ly\\s+)?$");

    private static final Pattern COMMA_THEN_END = Pattern.compile("[^\\s,],\\s+(?:(?:then|later|also|subsequently|formally|officially|"
            + "finally|eventually)\\s+)*$");

    private static final Pattern PAST_VERB = Pattern.compile("(?:[a-z]+ed|withdrew|quit|left|pulled out|walked away|walked out|tore up)\\b");

    private static final Pattern AND_THEN_END = Pattern.compile("\\b(?:and|but)\\s+(?:(?:then|later|also|subsequently|formally|"
            + "officially|finally|eventually|soon|itself|only)\\s+)*(?:has\\s+|had\\s+|was\\s+)?$");

    /**
     * "Kazakhstan signed the treaty in 2018 and ratified it in 2019": a verb joined by "and" to the act
     * just read shares its actors.
     */
    private List<String> sharedSubject(Sentences.Sentence sentence, int start) {
        int[] previous = null;
        for (var span : this.sentenceTriggers) {
            if (span[1] <= start && (previous == null || span[1] > previous[1])) {
                previous = span;
            }
        }
        if (previous == null) {
            return List.of();
        }
        var between = this.context.text().substring(previous[1], start);
        // "Russia suspended its participation in New START in February 2023, pulled out of the CFE treaty the same year,
        // and revoked …": a verb after a comma, with no subject of its own, in a list of the subject's acts.
        boolean listed = COMMA_THEN_END.matcher(between).find() && PAST_VERB.matcher(this.context.text()).region(start, sentence.end()).lookingAt();
        if (between.indexOf(';') >= 0 || !AND_THEN_END.matcher(between).find() && !listed) {
            return List.of();
        }
        var actors = actorsFor(sentence, previous[0], previous[1]);
        if (actors.isEmpty() && previous[0] > sentence.start()) {
            // "Russia suspended New START in February 2023, revoked its ratification of the CTBT in November and quit the
            // CFE Treaty the same month": the act before shares the subject of the one before it.
            actors = sharedSubject(sentence, previous[0]);
        }
        if (actors.isEmpty()) {
            // "… is a party to the NPT. It signed the CTBT in 1996 and ratified it in 2002": the "It" of the first verb.
            var referent = itsReferent(sentence, previous[0]);
            return referent == null ? actors : List.of(referent);
        }
        return actors;
    }

    private static final Pattern WE_BEFORE = Pattern.compile("(?:^|[\\s\"“«])[Ww]e\\s+(?:(?:have|had|already|also|then|effectively|"
            + "formally|officially|finally|long|since)\\s+)*$");

    /** "We suspended the treaty back in 2007," a Russian diplomat said: in a quotation, "we" is the speaker's state. */
    private String quotedFirstPerson(Sentences.Sentence sentence, int start) {
        var text = this.context.text();
        if (!WE_BEFORE.matcher(clauseBefore(text, sentence.start(), start)).find()) {
            return null;
        }
        for (var quotation : this.quotations) {
            if (quotation.start() <= start && start < quotation.end()) {
                return this.context.state(quotation.speaker());
            }
        }
        return null;
    }

    /** A state kept up alongside the main clause's act: ", while continuing to observe …". */
    private static final Pattern CONTINUING_TO_BEFORE = Pattern.compile(",\\s+(?:while|as|and)?\\s*(?:still\\s+)?continuing\\s+to\\s+$");

    /**
     * A participle after a preposition of time, or a concession that takes the act as given: "after suspending",
     * "since withdrawing", "having ratified", "despite suspending".
     */
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile("(?i)(?:^|,\\s*)(?:(?:after|upon|since|following|despite|in spite of)\\s+(?=\\w+ing\\b)|having\\s+)$");

    /**
     * The subject of a participle phrase, which is that of the clause it hangs on: "After suspending its part in
     * New START on February 21, 2023, Russia continued …" (the actor after the phrase) and "Moscow, after
     * suspending the treaty in 2007, …" (the actor before it).
     */
    private List<String> participleSubject(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        var lead = PARTICIPLE_LEAD.matcher(text).region(sentence.start(), start).useTransparentBounds(true);
        if (!lead.find()) {
            var past = text.startsWith("ing", end - 3) && COMMA_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 15), start).find()
                    // "Russia suspended its participation in 2023, while continuing to observe the caps".
                    || CONTINUING_TO_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 40), start).find()
                    ? PAST_MAIN_VERB.matcher(text).region(sentence.start(), start) : null;
            int verb = -1;
            while (past != null && past.find()) {
                verb = past.start();
            }
            if (verb >= 0) {
                // "Washington dismantled the ABM Treaty, withdrawing from it in 2002": a participle after a past clause
                // tells how that clause's subject did it.
                var subject = lastActorIn(sentence.start(), verb, false);
                return subject == null ? List.of() : List.of(subject);
            }
            return List.of();
        }
        if (lead.start() > sentence.start()) {
            // "Moscow, after suspending …": the subject is the short noun phrase that opens the sentence.
            var opening = text.substring(sentence.start(), lead.start());
            var subject = opening.isBlank() || opening.split("\\s+").length > 6 ? null : lastActorIn(sentence.start(), lead.start(), false);
            return subject == null ? List.of() : List.of(subject);
        }
        // "After suspending …, Russia continued": the first actor to open a clause after one of the phrase's commas
        // (a date's comma is followed by its year).
        for (int comma = text.indexOf(',', end); comma >= 0 && comma < sentence.end(); comma = text.indexOf(',', comma + 1)) {
            var mentions = this.context.mentionsIn(comma + 1, Math.min(sentence.end(), comma + 40));
            if (!mentions.isEmpty() && OPENS_WITH_ARTICLE.matcher(text.substring(comma + 1, mentions.get(0).start())).matches()) {
                var state = actorState(mentions.get(0));
                if (state != null) {
                    return List.of(state);
                }
            }
        }
        return List.of();
    }

    /** A participle's comma, perhaps with "thereby": "withdrew from it on Friday, thereby terminating the agreement". */
    private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*(?:thereby\\s+|thus\\s+|effectively\\s+)?$");

    private static final Pattern PAST_MAIN_VERB = Pattern.compile("\\b(?:had\\s+)?(?:[a-z]{3,}ed|tore|broke|left|quit|withdrew)\\b");

    private static final Pattern OPENS_WITH_ARTICLE = Pattern.compile("\\s*(?:the\\s+)?");

    private record Listed(String key, PartialDate date) {
    }

    /**
     * Further treaties the same act applies to, each with the date written after it: "withdrew from the
     * ABM Treaty in 2002, from the INF Treaty in 2019 and from the Treaty on Open Skies in 2020".
     */
    /** What may follow a treaty listed as the act's further object: its date, the next item, the end. */
    private static final Pattern LISTED_ITEM_END = Pattern.compile("(?:\\s*\\([^)]*\\))?(?:\\s+(?:Treaty|Pact|Agreement)\\b)?\\s*(?:[,;.)]|and\\b|in\\s|on\\s|since\\s|"
            + "last\\s|this\\s|earlier\\b|later\\b|the\\s+(?:same|next|following)\\b|an?\\s+(?:year|month|week|day)|\\d|$)");

    private static final Pattern TREATY_NAME_REST = Pattern.compile("^\\)?(?:\\s*\\([^)]*\\))?\\s+(?:Treaty|Pact|Agreement)\\b");

    private static final Pattern LISTED_GAP = Pattern.compile("(?i)\\s*(?:,\\s*|\\s+)(?:and\\s+(?:then\\s+|later\\s+)?|as well as\\s+)?(?:also\\s+)?(?:from\\s+|out\\s+of\\s+|of\\s+)?(?:the\\s+)?");

    private static final Pattern LEFT_PREPOSITION = Pattern.compile("(?i)\\b(?:in|on|since)\\s+(?=\\s)");

    /** "withdrew from the INF Treaty last year and from the ABM Treaty in 2002": the gap with the dates read there blanked. */
    private static String withoutDatesRead(String gap, int gapStart, List<DateResolver.Found> dates) {
        var chars = gap.toCharArray();
        for (var found : dates) {
            for (int k = Math.max(found.start(), gapStart); k < Math.min(found.end(), gapStart + chars.length); k++) {
                chars[k - gapStart] = ' ';
            }
        }
        return LEFT_PREPOSITION.matcher(new String(chars)).replaceAll(" ");
    }

    private List<Listed> listedTreaties(Sentences.Sentence sentence, int triggerEnd, String first) {
        var text = this.context.text();
        var treaties = this.context.mentionsIn(triggerEnd, sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.Treaty)
            .toList();
        var listed = new ArrayList<Listed>();
        int i = 0;
        while (i < treaties.size() && !treaties.get(i).key().equals(first)) {
            i++;
        }
        var dates = this.sentenceDates;
        for (int j = i + 1; j < treaties.size(); j++) {
            if (treaties.get(j).key().equals(treaties.get(j - 1).key())) {
                // "the Intermediate-Range Nuclear Forces (INF) Treaty": one treaty, named twice over.
                continue;
            }
            // "the Anti-Ballistic Missile (ABM) Treaty in 2002 and from …": the rest of the name ends no list.
            var gap = TREATY_NAME_REST.matcher(text.substring(treaties.get(j - 1).end(), treaties.get(j).start())).replaceFirst("");
            var withoutDates = gap.replaceAll("(?i)\\b(?:in|on|since)\\s+(?:\\w+\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\b", " ")
                .replaceAll("\\([^)]*\\)", " ");
            if (!LISTED_GAP.matcher(withoutDates).matches() && !LISTED_GAP.matcher(withoutDatesRead(gap, treaties.get(j - 1).end(), dates)).matches()
                    || !LISTED_ITEM_END.matcher(text).region(treaties.get(j).end(), sentence.end()).lookingAt()) {
                // "Since the US withdrew from the INF Treaty in August 2019, New START has been …": a clause of its
                // own, not a further item of the list.
                break;
            }
            PartialDate date = null;
            int next = j + 1;
            while (next < treaties.size() && treaties.get(next).key().equals(treaties.get(j).key())) {
                next++;
            }
            int until = next < treaties.size() ? treaties.get(next).start() : sentence.end();
            for (var found : dates) {
                if (found.start() >= treaties.get(j).end() && found.start() < until) {
                    date = found.date();
                    break;
                }
            }
            if (!treaties.get(j).key().equals(first)) {
                listed.add(new Listed(treaties.get(j).key(), date));
            }
        }
        return listed;
    }

    /** "ceased to be in force for the United States": whom the act concerns. */
    private static final Pattern FOR_AFTER = Pattern.compile("^\\s+for\\s+(?:the\\s+)?");

    private String ceasedFor(Sentences.Sentence sentence, int triggerEnd) {
        var text = this.context.text();
        var m = FOR_AFTER.matcher(text.substring(triggerEnd, sentence.end()));
        if (!m.find()) {
            return null;
        }
        for (var mention : this.context.mentionsIn(triggerEnd + m.end() - 4, triggerEnd + m.end() + 30)) {
            if (mention.label() == EntityLabel.State) {
                return mention.key();
            }
        }
        return null;
    }

    /** "extended the treaty with Russia", "signed it together with Kazakhstan, Belarus and the United States": the others acted too. */
    private List<String> partnersAfter(Sentences.Sentence sentence, int triggerEnd) {
        var text = this.context.text();
        var after = text.substring(triggerEnd, sentence.end());
        var with = WITH_PARTNER.matcher(after);
        if (!with.lookingAt()) {
            return List.of();
        }
        int at = triggerEnd + with.end();
        var partners = new ArrayList<String>();
        int listedTo = -1;
        for (var mention : this.context.mentionsIn(at, sentence.end())) {
            var state = actorState(mention);
            if (listedTo < 0) {
                // "with the United States", "with Lukashenko", "with Belarusian President Alexander Lukashenko".
                if (mention.start() > at + 40) {
                    break;
                }
                if (state != null && PARTNER_GAP.matcher(text.substring(at, mention.start())).matches()) {
                    partners.add(state);
                    listedTo = mention.end();
                }
            }
            // "together with Russia, Belarus, Ukraine and the United States": every state of the list.
            else if (state != null && mention.label() == EntityLabel.State && LIST_GAP.matcher(text).region(listedTo, mention.start()).matches()) {
                partners.add(state);
                listedTo = mention.end();
            }
            else if (mention.start() >= listedTo) {
                break;
            }
        }
        return partners;
    }

    private static final Pattern LIST_GAP = Pattern.compile(",?\\s+(?:and\\s+)?(?:the\\s+)?|,\\s*");

    /** "signed the New START Treaty" is a signature; "signed a law suspending … New START" is not. */
    private static final Pattern IT_AFTER = Pattern.compile("\\s+it\\b");

    private boolean signsTheTreaty(Sentences.Sentence sentence, int triggerEnd, String treaty) {
        var text = this.context.text();
        // "Signed in 1991 by …, START I cut …": a participle opening the sentence describes its subject.
        boolean participle = text.substring(sentence.start(), triggerEnd).strip().equals("Signed");
        if (IT_AFTER.matcher(text).region(triggerEnd, sentence.end()).lookingAt()
                && LAW_WORD.matcher(text).region(sentence.start(), triggerEnd).find()) {
            // "The law was published shortly after Putin signed it": "it" is the law.
            return false;
        }
        for (var mention : this.context.mentionsIn(triggerEnd, sentence.end())) {
            if (mention.key().equals(treaty)) {
                var between = text.substring(triggerEnd, mention.start());
                return !between.matches("(?is).*\\b(?:law|decree|bill|order|statement|declaration|protocol|memorandum|document|letter)\\b.*")
                        && (between.strip().split("\\s+").length <= 4
                                || participle && between.matches("(?s)[^,;]*,\\s+(?:the\\s+)?"));
            }
        }
        return true;
    }

    /** The treaty acted on: named after the trigger, else before it, else "the treaty"/"it" → last treaty named. */
    private static final Pattern PRONOUN_OBJECT_AFTER = Pattern.compile("\\s+(?:(?:from|of|out of|to|with)\\s+)?(?:it|them)\\b");

    private String treatyFor(Sentences.Sentence sentence, int start, int end, boolean subjectPosition) {
        var inSentence = this.context.mentionsIn(sentence.start(), sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.Treaty)
            .toList();
        for (var mention : inSentence) {
            if (mention.start() >= start && mention.end() <= end) {
                // Named inside the act's own words: "ratification of the CTBT was revoked".
                return mention.key();
            }
        }
        Mention before = null;
        for (var mention : inSentence) {
            if (mention.end() <= start) {
                before = mention;
            }
        }
        if (before != null && subjectPosition && CLOSED_RELATIVE.matcher(this.context.text()).region(before.end(), start).matches()
                && ANAPHOR_OPENING.matcher(this.context.text()).region(sentence.start(), before.start()).lookingAt()) {
            // "It replaced START I, which expired in December 2009, took effect in February 2011 and …": the next predicate
            // of the sentence's subject, past the relative clause about its object.
            var spokenOf = antecedentTreaty(sentence.start());
            if (spokenOf != null && !spokenOf.equals(before.key())) {
                return spokenOf;
            }
        }
        if (before != null && this.context.text().substring(before.end(), start).isBlank()
                && Character.isLowerCase(this.context.text().charAt(start))) {
            // "The CFE withdrawal follows …", "the New START extension": the treaty names the act it modifies.
            return before.key();
        }
        if (before != null && OBJECT_RELATIVE_ON.matcher(this.context.text()).region(before.end(), start).matches()) {
            // "the ABM Treaty, which the United States quit in 2002, and the INF Treaty, …": the clause's object is
            // the treaty it hangs on, not the next one named.
            return before.key();
        }
        var otherObject = subjectPosition ? null : NON_TREATY_OBJECT.matcher(this.context.text()).region(end, sentence.end());
        if (otherObject != null && otherObject.lookingAt() && inSentence.stream().noneMatch(m -> m.start() >= end && m.start() < otherObject.end())) {
            // "After Washington's exit from the nuclear deal in 2018, Tehran … under the NPT": the act's object is no treaty.
            return null;
        }
        if (!subjectPosition && !PRONOUN_OBJECT_AFTER.matcher(this.context.text()).region(end, sentence.end()).lookingAt()) {
            // "which signed the TPNW in 2018 and ratified it in 2019, sees the NPT as …": "it" is the treaty before.
            for (var mention : inSentence) {
                if (mention.start() >= end) {
                    return mention.key();
                }
            }
        }
        if (before != null) {
            return before.key();
        }
        if (subjectPosition && ANAPHOR_SUBJECT.matcher(this.context.text()).region(sentence.start(), start).matches()) {
            // "It entered into force on February 5, 2011, replacing START I": the treaty spoken of, not the one after.
            var spokenOf = antecedentTreaty(sentence.start());
            if (spokenOf != null) {
                return spokenOf;
            }
        }
        if (subjectPosition) {
            for (var mention : inSentence) {
                if (mention.start() >= end) {
                    return mention.key();
                }
            }
        }
        if (UNKNOWN_INSTRUMENT_AFTER.matcher(this.context.text()).region(end, sentence.end()).lookingAt()) {
            // "signed the Agreement between the USSR and the United Kingdom on …": an instrument named in full
            // that the gazetteer does not know is not the treaty last spoken of.
            return null;
        }
        if (NO_OBJECT_AFTER.matcher(this.context.text()).region(end, sentence.end()).lookingAt()
                && ALSO_BEFORE.matcher(this.context.text()).region(Math.max(sentence.start(), start - 12), start).find()) {
            // "The United States signed the treaty in 1996 … China has also signed without ratifying": the same
            // treaty as the act just told.
            return antecedentTreaty(sentence.start());
        }
        if (sentence == this.context.lead()
                && (LEAD_INDEFINITE_TREATY.matcher(this.context.text())
                    .region(Math.min(start, Math.max(sentence.start(), this.context.article().bodyStart())), start).lookingAt()
                    // "The United States formally withdrew from a landmark nuclear arms treaty with Russia on Friday".
                    || INDEFINITE_TREATY_AFTER.matcher(this.context.text()).region(end, sentence.end()).lookingAt())) {
            // "A United Nations treaty outlawing nuclear weapons entered into force on Friday": a lead that names
            // its treaty only in the next sentences.
            return firstAfter(sentence.end(), EntityLabel.Treaty);
        }
        var anaphora = TREATY_ANAPHORA.matcher(this.context.text().substring(sentence.start(), sentence.end()));
        if (anaphora.find()) {
            // At a paragraph's opening, or with the last named treaty back in an earlier paragraph, "the treaty" is
            // the story's treaty rather than one named in passing.
            var earlier = anaphora.start() == 0 && opensParagraph(sentence) || lastTreatyNamedInEarlierParagraph(sentence)
                    ? topicTreaty(sentence.start()) : null;
            if (earlier == null) {
                earlier = antecedentTreaty(sentence.start());
            }
            // A lead that names the treaty only later ("The last treaty capping … expired on Thursday"): the
            // article's first named treaty.
            return earlier != null ? earlier : anaphora.group().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:treaty|pact|accord)$")
                    ? firstAfter(sentence.end(), EntityLabel.Treaty) : null;
        }
        if (!subjectPosition && DATE_RIGHT_AFTER.matcher(this.context.text()).region(end, sentence.end()).lookingAt()
                && PAST_ACT.matcher(this.context.text()).region(start, end).lookingAt()) {
            // "The U.S. withdrew in November 2020 under President Donald Trump": a verb whose object the story has
            // already named, told again with its date.
            return antecedentTreaty(sentence.start());
        }
        if (!subjectPosition && (POSSESSIVE_BEFORE.matcher(this.context.text()).region(Math.max(sentence.start(), start - 15), start).find()
                // "completed the extension procedures on Wednesday": of the treaty spoken of.
                || this.context.text().startsWith("extension", start)
                // "when Honduras deposited its instrument": of ratification of the treaty spoken of.
                || this.context.text().startsWith(" instrument", end - 11)
                // "signed a law revoking Russia's ratification in order to mirror …": of the treaty spoken of.
                || this.context.text().startsWith("ratification", end - 12) && !this.context.text().startsWith(" of ", end))) {
            // "… and completed its withdrawal on November 22, 2020": its withdrawal from the treaty spoken of.
            return antecedentTreaty(sentence.start());
        }
        return null;
    }

    /** A relative clause with a subject of its own, hanging on what precedes it: ", which Washington left in …". */
    private static final Pattern OBJECT_RELATIVE_ON = Pattern.compile(",\\s+(?:which|that)\\s+[^,;.\\s][^,;.]{0,60}\\s+");

    private static final Pattern CLOSED_RELATIVE = Pattern.compile(",\\s+which\\s[^,;.]{3,80},\\s+");

    /** A sentence whose subject is the treaty spoken of: "It replaced …", "The treaty superseded …". */
    private static final Pattern ANAPHOR_OPENING = Pattern.compile("(?:It|The (?:treaty|pact|accord|agreement))\\s+[a-z]+\\s+");

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("\\b(?:its|their)\\s+$"
        // "announced its decision to withdraw … and completed the withdrawal on November 22": the one just told.
        + "|\\bcompleted\\s+the\\s+$");

    private static final Pattern INDEFINITE_TREATY_AFTER = Pattern.compile("\\s+(?:(?:on|last|this|early|late)\\s+\\w+\\s+)?(?:from\\s+|of\\s+)?an?\\s+"
            + "(?:[\\w-]+\\s+){0,6}?(?:treaty|pact|accord)\\b");

    private static final Pattern LEAD_INDEFINITE_TREATY = Pattern.compile("\\s*(?:An?|The)\\s+(?:[\\w-]+\\s+){0,3}?(?:treaty|pact|accord)\\b");

    private static final Pattern UNKNOWN_INSTRUMENT_AFTER = Pattern.compile("\\s+(?:the|an?)\\s+(?:[A-Z][\\w-]*\\s+){0,3}"
            + "(?:Agreement|Convention|Accord|Protocol|Memorandum)\\s+(?:between|on|of|for|to)\\s");

    /** A verb with no object: "has also signed without ratifying", "also ratified, in 2001,". */
    private static final Pattern NO_OBJECT_AFTER = Pattern.compile("\\s*(?:without\\b|but\\b|[,.;]|and\\b|in\\s+\\d{4})");

    private static final Pattern DATE_RIGHT_AFTER = Pattern.compile("\\s+(?:in|on)\\s+(?:(?:early|late|mid-)\\s*)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4})\\b");

    private static final Pattern ALSO_BEFORE = Pattern.compile("\\balso\\s+$");

    private boolean lastTreatyNamedInEarlierParagraph(Sentences.Sentence sentence) {
        var last = lastMentionBefore(sentence.start(), EntityLabel.Treaty);
        var named = last == null ? null : this.context.sentenceAt(last.start());
        return named != null && named.paragraph() != sentence.paragraph();
    }

    private boolean opensParagraph(Sentences.Sentence sentence) {
        var previous = this.context.previous(sentence);
        return previous == null || previous.paragraph() != sentence.paragraph();
    }

    /**
     * "The treaty, adopted in 2017, entered into force …" opening a paragraph: the treaty the story is about (named
     * most often so far), not one named once in passing just before; null when no treaty stands out so.
     */
    private String topicTreaty(int position) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var mention : this.context.mentionsIn(0, position)) {
            if (mention.label() == EntityLabel.Treaty) {
                counts.merge(mention.key(), 1, Integer::sum);
            }
        }
        var last = lastBefore(position, EntityLabel.Treaty);
        var topic = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        // A treaty's name that runs across the sentence start is the last one before it but not counted among them.
        return topic != null && last != null && !topic.equals(last) && counts.getOrDefault(last, 0) == 1 && counts.get(topic) >= 2 ? topic : null;
    }

    private String firstAfter(int position, EntityLabel label) {
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position && mention.label() == label) {
                return mention.key();
            }
        }
        return null;
    }

    /** "the treaty" as a noun, which a sentence may set apart from a treaty it names. */
    private static final Pattern THE_TREATY = Pattern.compile("(?i)\\bthe\\s+(?:[\\w-]+\\s+)?(?:treaty|pact|accord)\\b");

    /**
     * The treaty "the treaty" stands for: the one last named, unless the sentence naming it says "the treaty"
     * before naming it ("the treaty's relationship with the NPT"): then that named one is another treaty.
     */
    private String antecedentTreaty(int position) {
        var text = this.context.text();
        var treaties = this.context.mentionsIn(0, position).stream().filter(m -> m.label() == EntityLabel.Treaty).toList();
        var apart = new java.util.HashSet<String>();
        for (var mention : treaties) {
            boolean setApart = this.setApartMentions.computeIfAbsent(mention, m -> {
                var sentence = this.context.sentenceAt(m.start());
                return sentence != null && setApart(text, sentence, treaties, m);
            });
            if (setApart) {
                apart.add(mention.key());
            }
        }
        var here = this.context.sentenceAt(position);
        var previous = here == null ? null : this.context.previous(here);
        if (previous != null && previous.paragraph() == here.paragraph() && !treaties.isEmpty()
                && treaties.get(treaties.size() - 1).start() >= previous.start()
                && !this.setApartMentions.get(treaties.get(treaties.size() - 1))) {
            // "The CFE Treaty was signed on November 19, 1990 … It entered into force in November 1992": the treaty
            // the sentence before names, even one set apart elsewhere in the story.
            return treaties.get(treaties.size() - 1).key();
        }
        for (int i = treaties.size() - 1; i >= 0; i--) {
            if (!apart.contains(treaties.get(i).key())) {
                var topic = topicTreaty(treaties, here, treaties.get(i));
                return topic != null ? topic : treaties.get(i).key();
            }
        }
        return treaties.isEmpty() ? null : treaties.get(treaties.size() - 1).key();
    }

    /**
     * "… prohibited by the CTBT, which Russia ratified in 2000. [two paragraphs on] The treaty, signed in 2010 by
     * Obama and Medvedev, …": a treaty named once in passing, paragraphs back, is not what "the treaty" means; the
     * one the story opened with is. Null when the last named is near or named more than once.
     */
    private String topicTreaty(List<Mention> treaties, Sentences.Sentence here, Mention last) {
        if (here == null || treaties.size() < 2) {
            return null;
        }
        var named = this.context.sentenceAt(last.start());
        if (named == null || here.paragraph() - named.paragraph() < 2
                || treaties.stream().filter(m -> m.key().equals(last.key())).count() > 1) {
            return null;
        }
        var first = treaties.get(0);
        return first.key().equals(last.key()) ? null : first.key();
    }

    private static boolean setApart(String text, Sentences.Sentence sentence, List<Mention> treaties, Mention named) {
        if (SUCCESSION_BEFORE.matcher(text).region(Math.max(sentence.start(), named.start() - 16), named.start()).find()) {
            // "It entered into force in 2011, replacing START I, which had expired": the predecessor, named in passing.
            return true;
        }
        // Only before the name: after it, "the treaty" is usually that same treaty named again.
        var m = THE_TREATY.matcher(text).region(sentence.start(), named.start());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // Not the name itself, nor in apposition to it: "New START, the last treaty limiting …", "the treaty,
            // also known as START III".
            if (treaties.stream().noneMatch(t -> t.start() < end + 3 && start - 3 < t.end())
                    && !KNOWN_AS.matcher(text).region(end, named.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SUCCESSION_BEFORE = Pattern.compile("\\b(?:replacing|replaced|succeeding|succeeded|superseding|"
            + "superseded|successor to|successor of)\\s+(?:the\\s+)?$");

    /** A sentence that opens with the treaty spoken of: "It entered into force …", "The treaty was extended …". */
    private static final Pattern ANAPHOR_SUBJECT = Pattern.compile("(?:It|The (?:treaty|pact|accord|agreement|document)|This (?:treaty|pact|accord))"
            + "\\s+(?:(?:has|had|was|also|formally|then|finally|officially|only)\\s+)*$");

    private static final Pattern KNOWN_AS = Pattern.compile(",?\\s*(?:also\\s+)?(?:known\\s+as|called|dubbed|or)\\s+(?:the\\s+)?");

    /** The state of the person named last before {@code position}: whose "his country" or "her country" it is. */
    private String stateOfPersonBefore(int position) {
        var person = lastBefore(position, EntityLabel.Person);
        return person == null ? null : this.context.state(person);
    }

    private String lastBefore(int position, EntityLabel label) {
        var found = lastMentionBefore(position, label);
        return found == null ? null : found.key();
    }

    private Mention lastMentionBefore(int position, EntityLabel label) {
        Mention found = null;
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position) {
                break;
            }
            if (mention.label() == label) {
                found = mention;
            }
        }
        return found;
    }

    /** A state compared with, not acting: "as the US", "than the Soviet Union". */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("\\b(?:as|than)\\s+(?:the\\s+)?$");

    /** The agents of a passive act: "signed by …", "concluded between …". */
    private static final Pattern BY_OR_BETWEEN = Pattern.compile("\\b(?:by|between)\\b");

    /** What may stand between "by" and the first party: "by 22 states, including the then-Soviet …". */
    private static final Pattern FIRST_PARTY_GLUE = Pattern.compile(
            "\\s*(?:\\d+\\s+(?:states|countries|nations),?\\s+including\\s+)?(?:the\\s+)?(?:(?:then-|former\\s+)?[\\w-]+\\s+){0,4}");

    /** What may stand between two parties: ", and the then-…". */
    private static final Pattern NEXT_PARTY_GLUE = Pattern.compile(
            "\\s*(?:,|and|,\\s*and)\\s+(?:the\\s+)?(?:(?:then-|former\\s+)?[\\w-]+\\s+){0,3}(?:then-|former\\s+)?");

    /** At most three words, abbreviations allowed: "by US President Richard …". */
    private static final Pattern FEW_WORDS_WITH_DOTS = Pattern.compile("\\s*(?:[\\w.-]+\\s+){0,3}");

    private static final Pattern SUBJECT_RELATIVE_BEFORE = Pattern.compile("\\b(?:that|which|who)\\s+(?:are|were)\\s+[^,;.]{2,40}?\\s+$");

    private static final Pattern APPOSED_BEFORE_CLAUSE = Pattern.compile(",\\s+the\\s+[a-z][^,;:()\"“”]{2,80},$");

    private static final Pattern BOTH_PARTIES_BEFORE = Pattern.compile("\\b(?:[Tt]he|[Bb]oth)\\s+(?:two\\s+)?(?:parties|sides|countries|powers)\\b");

    private static final Pattern ALL_OF_WHICH_END = Pattern.compile(",\\s*(?:all|both|each)\\s+of\\s+(?:which|whom|them)\\s*$");

    /** The states of the list "A, B and C" that ends at {@code end}, last first read back to the first. */
    private List<String> statesListedUntil(int from, int end) {
        var text = this.context.text();
        var mentions = this.context.mentionsIn(from, end);
        var listed = new ArrayList<String>();
        int next = end;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            var mention = mentions.get(i);
            if (mention.end() > next) {
                continue;
            }
            if (mention.label() != EntityLabel.State || !(mention.end() == next || LIST_GAP.matcher(text).region(mention.end(), next).matches())) {
                break;
            }
            listed.add(0, mention.key());
            next = mention.start();
        }
        return listed;
    }

    private static final Pattern DASHED_LIST_BEFORE = Pattern.compile("[—–]\\s*([^—–]{3,120}?)\\s*[—–]\\s+(?:(?:had|have|has|also|later|then|all|each|both)\\s+)?$");

    private static final Pattern PASSIVE_IN_CLAUSE = Pattern.compile("\\b(?:was|were|been|being|is|are)\\b");

    /** "by" within a few words after a participle, before any comma: "extended in 2021 by …". */
    private static final Pattern OWN_AGENT_AFTER = Pattern.compile("[^,;.()]{0,30}?\\bby\\s");

    /**
     * "The treaty was signed by the two countries in 2010 and extended in 2021 by then-President Joe Biden": a passive
     * act with an agent of its own acts for that agent, not for the one an earlier verb named; empty if it has none.
     */
    private List<String> ownPassiveAgents(Sentences.Sentence sentence, String clause, int start, int end) {
        var text = this.context.text();
        return PASSIVE_IN_CLAUSE.matcher(clause).find() && OWN_AGENT_AFTER.matcher(text).region(end, Math.min(sentence.end(), end + 40)).lookingAt()
                ? agentsAfter(sentence, start, end) : List.of();
    }

    /** The states of a passive act's agent after it: "signed by the USSR and the US", "by the two countries"; empty if none. */
    private List<String> agentsAfter(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        var by = BY_OR_BETWEEN.matcher(text.substring(end, sentence.end()));
        if (by.find()) {
            var found = new ArrayList<String>();
            int cursor = end + by.end();
            var including = MEMBERS_INCLUDING.matcher(text).region(cursor, Math.min(sentence.end(), cursor + 140));
            if (including.lookingAt()) {
                // "signed … by 22 members of NATO and the Warsaw Pact, including the Soviet Union and …": the
                // states named after "including" are the ones the article counts.
                cursor = including.end();
            }
            for (var mention : this.context.mentionsIn(cursor, Math.min(sentence.end(), cursor + 80))) {
                var state = actorState(mention);
                var gap = text.substring(cursor, mention.start());
                var glue = found.isEmpty() ? FIRST_PARTY_GLUE : NEXT_PARTY_GLUE;
                if (state != null && !found.isEmpty() && state.equals(found.get(found.size() - 1))
                        && FEW_WORDS_WITH_DOTS.matcher(gap).matches()) {
                    // "by US President Richard Nixon": the state, then the leader who stands for it.
                    cursor = mention.end();
                    continue;
                }
                if (state == null || !glue.matcher(gap).matches()) {
                    break;
                }
                if (!found.contains(state)) {
                    found.add(state);
                }
                cursor = mention.end();
            }
            if (!found.isEmpty()) {
                return found;
            }
            int agent = end + by.end();
            var collectiveAgent = COLLECTIVE.matcher(text).region(agent, Math.min(sentence.end(), agent + 30));
            if (collectiveAgent.find() && collectiveAgent.start() <= agent + 1) {
                // "signed by the two countries in Prague in April 2010": the parties of the treaty.
                var parties = collectiveActors(collectiveAgent.group(), start);
                if (!parties.isEmpty()) {
                    return parties;
                }
            }
        }
        return List.of();
    }

    /**
     * Who acts: the nearest actor (state, or a person or body standing for one) before the trigger in its
     * clause; else a possessive after it ("suspend Russia's participation"); else a passive "by X". Two
     * states joined by "and" both act ("Russia and the United States extended …").
     */
    private List<String> actorsFor(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        var clause = clauseBefore(text, sentence.start(), start);
        int clauseStart = start - clause.length();
        var ownAgents = ownPassiveAgents(sentence, clause, start, end);
        if (!ownAgents.isEmpty()) {
            return ownAgents;
        }
        var relative = SUBJECT_RELATIVE_BEFORE.matcher(text).region(Math.max(sentence.start(), clauseStart - 6), start).useTransparentBounds(true);
        if (relative.find() && relative.start() > sentence.start()) {
            // "the United States, Germany and other allies that are parties to the treaty suspended …": the act is the
            // main verb of the subject the relative clause describes.
            return actorsFor(sentence, relative.start(), end);
        }
        var dashed = DASHED_LIST_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 160), start);
        if (dashed.find()) {
            // "Only four countries — Russia, Belarus, Kazakhstan and Ukraine — ratified it": the states set off by the
            // dashes are the subject.
            var listed = keysNamedIn(dashed.start(1), dashed.end(1), EntityLabel.State);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        int amongFrom = Math.max(sentence.start(), start - 110);
        var among = text.lastIndexOf("among", start) >= amongFrom ? AMONG_THOSE_THAT.matcher(text).region(amongFrom, start) : null;
        if (among != null && among.find()) {
            // "Russia and the United States were among the states that signed the Treaty on Open Skies": the subject,
            // every state of it.
            var named = keysNamedIn(sentence.start(), among.start(), EntityLabel.State);
            if (!named.isEmpty()) {
                return named;
            }
        }
        if (clause.isBlank() || clause.charAt(0) == ' ') {
            var listed = statesIncludedBefore(sentence, clause, clauseStart);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        var allOf = ADVERBS_ONLY.matcher(clause).matches() ? ALL_OF_WHICH_END.matcher(text).region(sentence.start(), clauseStart) : null;
        if (allOf != null && allOf.find()) {
            // "Mexico, Austria and New Zealand, all of which ratified in 2018": every state of the list.
            var listed = statesListedUntil(sentence.start(), allOf.start());
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        var antecedent = relativeAntecedent(sentence, clauseStart, clause);
        if (antecedent != null) {
            return List.of(antecedent);
        }
        var aside = clause.isBlank() ? ASIDE_BEFORE.matcher(text).region(sentence.start(), clauseStart) : null;
        if (aside != null && !aside.find()) {
            // "the presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko, signed …": the names in
            // apposition are the subject's, which names the states.
            aside = NAMES_ASIDE_BEFORE.matcher(text).region(Math.max(sentence.start(), clauseStart - 90), clauseStart);
            if (!aside.find() || this.context.mentionsIn(aside.start(), aside.end()).stream().noneMatch(m -> m.label() == EntityLabel.Person)) {
                aside = null;
            }
        }
        if (aside != null) {
            // "Poland, along with other NATO members, suspended its participation": the subject before the aside,
            // and every state of a list there ("the United States, Germany and Poland, together with other allies, …").
            var listed = aside.start() > sentence.start() ? actorsFor(sentence, aside.start(), aside.start()) : List.<String>of();
            var named = this.context.mentionsIn(sentence.start(), aside.start()).stream().map(this::actorState).toList();
            if (!listed.isEmpty() && named.containsAll(listed)) {
                return listed;
            }
            var subject = lastActorIn(sentence.start(), aside.start(), false);
            if (subject != null) {
                return List.of(subject);
            }
        }
        var before = this.context.mentionsIn(clauseStart, start);
        if (before.stream().allMatch(mention -> actorState(mention) == null)) {
            // "The Federation Council, the upper house of the Russian parliament, on Wednesday approved the
            // ratification": the subject is before the description set off after it.
            var apposed = APPOSED_BEFORE_CLAUSE.matcher(text).region(sentence.start(), clauseStart);
            var subject = apposed.find() ? lastActorIn(sentence.start(), apposed.start(), false) : null;
            if (subject != null) {
                return List.of(subject);
            }
        }
        var actors = new ArrayList<String>();
        for (int i = before.size() - 1; i >= 0; i--) {
            var state = actorState(before.get(i));
            if (state != null && (PARTIES_IN_NAME.matcher(text).region(clauseStart, before.get(i).start()).find()
                    || partiesBeforeTreaty(before.get(i))
                    // "Washington signed that pact with the Soviet Union in 1987 and withdrew from it in 2019": the
                    // partner of an earlier act is no subject of the next.
                    // "signed the CTBT on the same day as the US and ratified it in 2000": a state compared with is no subject.
                    || COMPARED_BEFORE.matcher(text).region(Math.max(clauseStart, before.get(i).start() - 9), before.get(i).start()).find()
                    // "continued with the US exit from the INF Treaty": a state right before the act's noun is its actor.
                    || WITH_BEFORE.matcher(text).region(Math.max(clauseStart, before.get(i).start() - 10), before.get(i).start()).find()
                            && !text.startsWith("'s", before.get(i).end()) && !text.startsWith("’s", before.get(i).end())
                            && !text.substring(before.get(i).end(), start).isBlank())) {
                // "the Treaty between the USSR and the USA … was terminated", "The Russian-US Treaty on … has been
                // extended": the parties named in the title.
                continue;
            }
            if (state != null && AND_OTHERS_AFTER.matcher(text).region(before.get(i).end(), start).lookingAt()) {
                // "the United States, Germany, France, Poland and other NATO allies suspended …": every state listed.
                var listed = new ArrayList<String>();
                itemsListedBefore(sentence, before.get(i).start(), List.of(state), listed);
                listed.add(state);
                return listed;
            }
            if (state != null) {
                actors.add(0, state);
                // "Russia and the United States": both, if joined directly by "and". "Russian" in "… and Russian
                // President Vladimir Putin" is the title of the same actor.
                int j = i;
                // A body named inside a longer one ("State Duma" in "State Duma Committee on …") ends after the
                // longer one starts: only mentions in sequence can be joined.
                while (j > 0 && before.get(j - 1).end() <= before.get(j).start() && state.equals(actorState(before.get(j - 1)))
                        && TITLE_GAP.matcher(text.substring(before.get(j - 1).end(), before.get(j).start())).matches()) {
                    j--;
                }
                if (j > 0 && before.get(j - 1).end() <= before.get(j).start()) {
                    var between = text.substring(before.get(j - 1).end(), before.get(j).start());
                    var other = actorState(before.get(j - 1));
                    // "US President Ronald Reagan and Soviet leader Mikhail Gorbachev": titles may stand between.
                    if (between.matches("\\s+and\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}") && other != null && !other.equals(state)) {
                        actors.add(0, other);
                        // "the United States, China, Egypt, Iran and Israel have signed": the rest of the list.
                        var listed = new ArrayList<String>();
                        int next = itemsListedBefore(sentence, before.get(j - 1).start(), actors, listed);
                        if (!listed.isEmpty() && PLACE_BEFORE.matcher(text).region(sentence.start(), next).find()) {
                            // "In Moscow, China and Iran signed …": a place before the list is none of its items.
                            listed.remove(0);
                        }
                        actors.addAll(0, listed);
                    }
                }
                return actors;
            }
        }
        var after = text.substring(end, Math.min(sentence.end(), end + 60));
        var possessive = POSSESSIVE_AFTER.matcher(after);
        var possessor = possessive.lookingAt() ? firstActorIn(end, end + possessive.end()) : null;
        if (possessor != null) {
            return List.of(possessor);
        }
        var agents = agentsAfter(sentence, start, end);
        if (!agents.isEmpty()) {
            return agents;
        }
        var initiative = INITIATIVE_OF.matcher(text).region(sentence.start(), sentence.end());
        // "The treaty was terminated at the initiative of the United States": whose act it was.
        var initiator = initiative.find() ? firstActorIn(initiative.start(), initiative.end() + 40) : null;
        if (initiator != null) {
            return List.of(initiator);
        }
        // "Kazakhstan signed the CTBT in 1996. … the country also ratified the TPNW": the state last named.
        var standsFor = STATE_STAND_IN.matcher(clause).find() ? subjectStateBefore(sentence, clauseStart) : null;
        if (standsFor != null) {
            return List.of(standsFor);
        }
        if (OWN_COUNTRY.matcher(clause).find()) {
            // "Putin said Tuesday that his country was suspending its participation": the state of the one speaking.
            var state = stateOfPersonBefore(clauseStart);
            if (state != null) {
                return List.of(state);
            }
        }
        var collective = collectiveActors(clause, start);
        // "… the United States had been developing them long before it walked out": a pronoun is the
        // nearest actor before it.
        boolean pronoun = collective.isEmpty() && PRONOUN_SUBJECT.matcher(clause).matches();
        if (pronoun && membersOfABodyBefore(sentence, clauseStart)) {
            // "NATO countries announced that they were suspending its operation": the members, whom no state names.
            return List.of();
        }
        var pronounFor = pronoun ? lastActorIn(sentence.start(), clauseStart, false) : null;
        if (pronounFor != null) {
            return List.of(pronounFor);
        }
        // "Russia suspended its participation in 2023 but continued to abide by the limits": the
        // sentence's subject.
        // "Washington announced its intention to leave …, citing Russian violations, and formally withdrew …": a
        // second predicate of the sentence's subject.
        var subject = collective.isEmpty() && (NO_SUBJECT.matcher(clause).matches() || SECOND_PREDICATE.matcher(clause).matches())
                ? firstActorIn(sentence.start(), clauseStart) : null;
        return subject != null ? List.of(subject) : collective;
    }

    private static final Pattern MEMBERS_AFTER_BODY = Pattern.compile("^['’]?s?\\s+(?:member\\s+)?(?:countries|members|allies|states|nations|governments)\\b");

    /** Whether the last name before {@code position} in the sentence is a body's, followed by its members ("NATO countries"). */
    private boolean membersOfABodyBefore(Sentences.Sentence sentence, int position) {
        var before = this.context.mentionsIn(sentence.start(), position);
        if (before.isEmpty()) {
            return false;
        }
        var last = before.get(before.size() - 1);
        var text = this.context.text();
        if (before.size() > 1 && before.get(before.size() - 2).label() == EntityLabel.State
                && JOINED_WITH_ITS.matcher(text).region(before.get(before.size() - 2).end(), last.start()).matches()) {
            // "the United States and its NATO allies announced that they …": the state is one of them.
            return false;
        }
        return last.label() == EntityLabel.Organization
                && MEMBERS_AFTER_BODY.matcher(text).region(last.end(), position).lookingAt();
    }

    private static final Pattern JOINED_WITH_ITS = Pattern.compile("\\s+and\\s+(?:its|their|other)\\s+");

    /** "Russian-US" in "The Russian-US Treaty on …", "the Russia-US New START treaty": a pair that names a treaty's parties. */
    private boolean partiesBeforeTreaty(Mention mention) {
        var text = this.context.text();
        int pairEnd = mention.end();
        if (pairEnd < text.length() && (text.charAt(pairEnd) == '-' || text.charAt(pairEnd) == '–')) {
            var next = this.context.mentionsIn(pairEnd, Math.min(text.length(), pairEnd + 30));
            if (next.isEmpty() || next.get(0).start() != pairEnd + 1) {
                return false;
            }
            pairEnd = next.get(0).end();
        }
        else if (mention.start() == 0 || "-–".indexOf(text.charAt(mention.start() - 1)) < 0) {
            return false;
        }
        var after = this.context.mentionsIn(pairEnd, Math.min(text.length(), pairEnd + 60));
        if (!after.isEmpty() && after.get(0).label() == EntityLabel.Treaty && text.substring(pairEnd, after.get(0).start()).isBlank()) {
            return true;
        }
        return TREATY_AFTER_PAIR.matcher(text).region(pairEnd, Math.min(text.length(), pairEnd + 60)).lookingAt();
    }

    private static final Pattern TREATY_AFTER_PAIR = Pattern.compile("\\s+(?:[\\w-]+\\s+){0,2}?(?i:treaty|agreement|accord|pact)\\b");

    /** The state of the first actor (state, or person or body of a state) named in {@code [from, to)}, or null. */
    private String firstActorIn(int from, int to) {
        for (var mention : this.context.mentionsIn(from, to)) {
            var state = actorState(mention);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * The state of the last actor named in {@code [from, to)} that is no adjective ("alleged Russian
     * violations"), or null; with {@code statesOnly}, only a state named as such counts.
     */
    private String lastActorIn(int from, int to, boolean statesOnly) {
        var mentions = this.context.mentionsIn(from, to);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            var mention = mentions.get(i);
            var state = statesOnly ? mention.label() == EntityLabel.State ? mention.key() : null : actorState(mention);
            if (state != null && !adjective(mention)) {
                return state;
            }
        }
        return null;
    }

    /**
     * "After independence, Kazakhstan gave up the arsenal it inherited from the Soviet Union. The country's
     * parliament ratified the NPT": the state the previous sentence is about (the first it names), else the
     * state last named.
     */
    private String subjectStateBefore(Sentences.Sentence sentence, int clauseStart) {
        var previous = this.context.previous(sentence);
        if (previous != null) {
            var text = this.context.text();
            for (var mention : this.context.mentionsIn(previous.start(), previous.end())) {
                // "The test site, where the Soviet Union conducted …, was closed": a state inside a relative clause
                // is not what the sentence is about.
                if (mention.label() == EntityLabel.State && !adjective(mention)
                        && !INSIDE_RELATIVE.matcher(text).region(Math.max(previous.start(), mention.start() - 60), mention.start()).find()) {
                    return mention.key();
                }
            }
        }
        return lastActorIn(0, clauseStart, true);
    }

    private static final Pattern INSIDE_RELATIVE = Pattern.compile(",\\s+(?:where|which|who|whose|when)\\b[^,;]*$");

    /** "the country" as a subject: a stand-in for the state last named. */
    private static final Pattern STATE_STAND_IN = Pattern.compile("(?i)^\\s*(?:\\w+\\s+){0,2}?the\\s+(?:country|nation|republic|kingdom)(?:['’]s)?\\s+(?:\\w+\\s+){0,3}$");

    private static final Pattern AMONG_THOSE_THAT = Pattern.compile("(?i)\\b(?:was|were|is|are)\\s+(?:also\\s+)?among\\s+(?:the\\s+)?"
            + "(?:[\\w-]+\\s+){0,3}?(?:states|countries|nations|signatories|parties)\\s+(?:that|which|to)\\s+(?:have\\s+|had\\s+|has\\s+)?$");

    private static final Pattern OWN_COUNTRY = Pattern.compile("(?i)^\\s*(?:\\w+\\s+){0,2}?(?:his|her)\\s+(?:country|nation|government)\\s+(?:\\w+\\s+){0,3}$");

    /** A treaty's title that names its parties: "the Treaty between the USSR and the USA on …". */
    private static final Pattern PARTIES_IN_NAME = Pattern.compile("(?i)\\b(?:treaty|agreement|accord|convention)\\s+between\\s+"
            + "(?:the\\s+)?(?:[\\w.-]+\\s+(?:and\\s+(?:the\\s+)?)?)?$");

    /** "at the initiative of the US side", "on Washington's initiative". */
    private static final Pattern INITIATIVE_OF = Pattern.compile("\\b(?:[Aa]t|[Oo]n|[Uu]pon)\\s+(?:the\\s+initiative\\s+of\\s+(?:the\\s+)?(?=[A-Z])"
            + "|(?=[A-Z][\\w.-]+(?:\\s+[A-Z][\\w.-]+)?(?:'s|’s)\\s+initiative\\b))");

    private static final Pattern TITLE_GAP = Pattern.compile("\\s+(?:[\\w-]+\\s+){0,3}");

    private static final Pattern DEMONYM_ENDING = Pattern.compile("(?:ian|ean|ese|ish|can|ch|i)$");

    /** "alleged Russian violations": a state's adjective before a noun names no one who could be "it". */
    private boolean adjective(Mention mention) {
        var text = this.context.text();
        return DEMONYM_ENDING.matcher(mention.form()).find() && mention.end() + 1 < text.length()
                && text.charAt(mention.end()) == ' ' && Character.isLowerCase(text.charAt(mention.end() + 1));
    }

    /** A clause whose subject is a pronoun: "… but says it continues to observe the caps". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\s*(?:\\w+\\s+){0,4}?(?:it|they|he|she)\\s+(?:\\w+\\s+){0,3}");

    /** A clause with no subject of its own: "… but continued to abide by the limits". */
    private static final Pattern SECOND_PREDICATE = Pattern.compile("\\s*(?:and|but|then)\\s+(?:(?:also|formally|later|then|finally|"
            + "officially|eventually|subsequently)\\s+)*"
            // "…, citing Russian violations, and completed its withdrawal on November 22, 2020".
            + "(?:completed\\s+(?:its|their|the)\\s+)?");

    private static final Pattern LIST_COMMA = Pattern.compile(",\\s+(?:the\\s+)?");

    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|from|to|with|of|near|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * The states listed with commas right before {@code next} ("the United States, China, Egypt, …"), added in order to
     * {@code listed}, none of {@code taken}; returns where the list starts.
     */
    private int itemsListedBefore(Sentences.Sentence sentence, int next, List<String> taken, List<String> listed) {
        var earlier = this.context.mentionsIn(sentence.start(), next);
        for (int k = earlier.size() - 1; k >= 0; k--) {
            var item = actorState(earlier.get(k));
            if (item == null || taken.contains(item) || listed.contains(item)
                    || !LIST_COMMA.matcher(this.context.text()).region(earlier.get(k).end(), next).matches()) {
                break;
            }
            listed.add(0, item);
            next = earlier.get(k).start();
        }
        return next;
    }

    private static final Pattern AND_OTHERS_AFTER = Pattern.compile("\\s+and\\s+(?:other|several|some|many|fellow)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:allies|members|states|countries|partners|nations|signatories|parties)\\s+(?:have\\s+|has\\s+|also\\s+|then\\s+)?$");

    private static final Pattern NAMES_ASIDE_BEFORE = Pattern.compile("(?<=[a-z]),\\s+[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,3}"
            + "(?:\\s+and\\s+[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,3})?,\\s*$");

    /** "its member states, including the United States, the United Kingdom and Germany, had": a group, then who is in it. */
    private static final Pattern INCLUDING_ASIDE_BEFORE = Pattern.compile("\\b(?:states|countries|members|allies|nations|parties|"
            + "signatories|governments),\\s+(?:including|among them|notably|such as)\\s+(?<list>[^;:\"“”«»]{3,160}?),\\s*$");

    /** Nothing but auxiliaries and adverbs between a subject and its verb: " had ", " have also ". */
    private static final Pattern AUXILIARIES_ONLY = Pattern.compile("\\s*(?:(?:has|have|had|also|since|then|later|formally|officially|"
            + "jointly|all|both|in turn)\\s+)*");

    /**
     * The states listed in an aside that names the members of a plural subject right before the verb: "NATO said its
     * member states, including the United States, the United Kingdom and Germany, had suspended …": all three.
     */
    private List<String> statesIncludedBefore(Sentences.Sentence sentence, String clause, int clauseStart) {
        var text = this.context.text();
        if (clauseStart < 1 || text.charAt(clauseStart - 1) != ',' || !AUXILIARIES_ONLY.matcher(clause).matches()) {
            return List.of();
        }
        int from = Math.max(sentence.start(), clauseStart - 200);
        var window = text.substring(from, clauseStart);
        if (!window.contains("includ") && !window.contains("among them") && !window.contains("notably") && !window.contains("such as")) {
            return List.of();
        }
        var including = INCLUDING_ASIDE_BEFORE.matcher(text).region(from, clauseStart);
        if (!including.find()) {
            return List.of();
        }
        return keysNamedIn(including.start("list"), including.end("list"), EntityLabel.State);
    }

    private static final Pattern ASIDE_BEFORE = Pattern.compile(",\\s+(?:along with|together with|like|as well as|alongside|"
            + "in turn|for (?:its|their) part|"
            // "Moscow, after suspending the CFE Treaty in 2007, withdrew from it in 2023": an earlier act set aside.
            + "after|since|following|having)\\b(?:[^,;\"“”«»]|,\\s(?=\\d{4}\\b)){0,120},\\s*$");

    private static final Pattern NO_SUBJECT = Pattern.compile("(?i)\\s*(?:(?:also|still|has|have|had)\\s+){0,2}(?:continued|continues|kept|keeps|"
            + "remained|remains|vowed|pledged|promised)\\s+(?:\\w+\\s+){0,2}");

    private static final Pattern COMPLETED_ITS = Pattern.compile("\\s*(?:(?:also|then|later|formally|finally)\\s+)?"
            + "(?:completed|finalized|finalised)\\s+(?:its|their|the)\\s+(?:own\\s+)?");

    /** "Armenia, which ratified the treaty in 2006": the actor is the noun the relative clause hangs on. */
    private String relativeAntecedent(Sentences.Sentence sentence, int clauseStart, String clause) {
        var text = this.context.text();
        // "Washington, which completed its own withdrawal from the treaty in November": the act's noun after its verb.
        if (!ADVERBS_ONLY.matcher(clause).matches() && !COMPLETED_ITS.matcher(clause).matches()) {
            return null;
        }
        var before = text.substring(sentence.start(), clauseStart);
        var relative = RELATIVE_PRONOUN_END.matcher(before);
        if (!relative.find()) {
            // "Kazakhstan, where the Soviet Union tested …, signed the treaty": the noun before the insert.
            relative = INSERTED_CLAUSE_END.matcher(before);
            if (!relative.find()) {
                // "Only one country, North Korea, has ever withdrawn": the name set off by commas.
                relative = APPOSED_NAME_END.matcher(before);
                if (!relative.find()) {
                    return null;
                }
                var named = mentionEndingAt(sentence.start(), sentence.start() + relative.start());
                return named == null || !text.substring(sentence.start(), named.start()).matches("(?s).*,\\s*") ? null : actorState(named);
            }
        }
        int nounEnd = sentence.start() + before.substring(0, relative.start()).stripTrailing().length();
        var noun = mentionEndingAt(sentence.start(), nounEnd);
        if (noun != null) {
            return actorState(noun);
        }
        if (text.startsWith("country", nounEnd - 7) && OWN_COUNTRY_END.matcher(text).region(Math.max(sentence.start(), nounEnd - 12), nounEnd).find()) {
            // "Mokoena said her country, which ratified the treaty in 2019, …": the state of the one speaking.
            var state = stateOfPersonBefore(nounEnd);
            if (state != null) {
                return state;
            }
        }
        // "Britain, one of the three depositary governments that signed …": the name the noun describes.
        var apposition = APPOSITION_HEAD.matcher(text).region(sentence.start(), nounEnd);
        if (apposition.find()) {
            var named = mentionEndingAt(sentence.start(), apposition.start());
            return named == null ? null : actorState(named);
        }
        return null;
    }

    private static final Pattern OWN_COUNTRY_END = Pattern.compile("\\b(?:[Hh]is|[Hh]er)\\s+country$");

    private static final Pattern APPOSED_NAME_END = Pattern.compile(",\\s*$");

    private static final Pattern APPOSITION_HEAD = Pattern.compile(",\\s+(?:one of|among|the|a|an)\\b[^,;]*$");

    private Mention mentionEndingAt(int from, int end) {
        for (var mention : this.context.mentionsIn(from, end)) {
            if (mention.end() == end) {
                return mention;
            }
        }
        return null;
    }

    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:the (?:two )?parties|both parties|the two (?:countries|"
            // "the two presidents signed the treaty": the heads of its two parties.
            + "sides|powers|nations|states|presidents|leaders|heads of state)|both (?:countries|sides|presidents|leaders)|Moscow and Washington|Washington and Moscow|"
            + "the (?:two )?signatories)\\b");

    /**
     * "The parties extended it", "the two countries signed it": the parties of the treaty acted on, as
     * the gazetteer lists them for bilateral treaties.
     */
    private List<String> collectiveActors(String clause, int triggerStart) {
        if (!COLLECTIVE.matcher(clause).find()) {
            return List.of();
        }
        var sentence = this.context.sentenceAt(triggerStart);
        return partiesOf(treatyFor(sentence, triggerStart, triggerStart, false));
    }

    /** The states of a bilateral treaty, as the gazetteer lists them ({@code parties}); empty when unknown. */
    private List<String> partiesOf(String treaty) {
        var builder = treaty == null ? null : this.context.registry().get(treaty);
        var parties = builder == null ? null : builder.property("parties");
        return parties == null ? List.of() : List.of(parties.split(","));
    }

    private String actorState(Mention mention) {
        return switch (mention.label()) {
            case State -> mention.key();
            case Person, Organization -> this.context.state(mention.key());
            default -> null;
        };
    }

    private static final Pattern QUANTIFIED_HEAD_BEFORE = Pattern.compile("\\b(?:any|no|other)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:systems?|missiles?|weapons?|launchers?)\\s+(?:\\w+ly\\s+)?$");

    /**
     * "… has deployed the Typhon to the northern Philippines, the first time the launcher has been sent to the
     * Asia-Pacific region": a region with no state of its own, after a state the same system went to in the same
     * sentence, restates that move.
     */
    private boolean restatesAsRegion(List<Event> events, Sentences.Sentence sentence, String system, String place) {
        var builder = this.context.registry().get(place);
        if (builder == null || builder.label != EntityLabel.Region || builder.property("state") != null) {
            return false;
        }
        return events.stream().anyMatch(e -> e.type() == RelationType.DEPLOYED_IN && e.start() == sentence.start()
                && e.from().equals(system) && e.to().startsWith(EntityLabel.State.keyPrefix() + "/"));
    }

    private static final Pattern THERE_AFTER = Pattern.compile("^[^,;]{0,60}?\\bthere\\b");

    /** "was flown to an airfield in the north of the country": the country just named. */
    private static final Pattern THE_COUNTRY_AFTER = Pattern.compile("^[^,;]{0,50}?\\b(?:in|to|into)\\s+(?:the\\s+\\w+\\s+of\\s+)?the country\\b");

    /** Moved with no destination named: "was flown in", "arrived", "assumed combat duty". */
    private static final Pattern MOVED_IN = Pattern.compile("(?:flown|brought|shipped|moved|delivered|airlifted)\\s+in\\b|arrived\\b|"
            + "(?:\\w+\\s+){1,2}combat duty\\b");

    private static final Pattern NEXT_CLAUSE = Pattern.compile(",?\\s+(?:and|but)\\s+that\\b|;|,\\s*(?:while|whereas)\\b"
            // "… the deployment of the Typhon in its neighbourhood, warning that it would risk an arms race in the
            // Asia-Pacific region": what the speaker goes on to say places nothing.
            + "|,\\s*(?:warning|saying|adding|noting|stressing|arguing|calling|urging|insisting)\\b");

    private void deployment(Sentences.Sentence sentence, int start, int end, PartialDate date, List<Event> events) {
        var text = this.context.text();
        if (QUANTIFIED_HEAD_BEFORE.matcher(text).region(Math.max(sentence.start(), start - 60), start).find()) {
            // "greater than that of any land-based system currently stationed in Europe": no system in particular.
            return;
        }
        if (text.regionMatches(true, start, "stationing of", 0, 13)
                && this.sentenceDates.stream().noneMatch(found -> found.start() > end && found.start() < end + 80)) {
            // "protested against the stationing of missiles in Europe": the noun tells of an act only with its own
            // date ("the stationing of Pershing II missiles in West Germany from late 1983").
            return;
        }
        var system = systemFor(sentence, start, end);
        if (system == null) {
            return;
        }
        // "built a missile defense site in Romania" places what it builds; "the launchers the US has built in
        // Romania can fire Tomahawks" does not deploy the missile named around it.
        boolean built = BUILT.matcher(text).region(start, end).matches();
        if (built && system.start() < end) {
            return;
        }
        var places = new ArrayList<String>();
        var placeEnds = new ArrayList<Integer>();
        int lastPlaceEnd = end;
        int until = sentence.end();
        for (var span : this.sentenceTriggers) {
            if (span[0] >= end) {
                until = Math.min(until, span[0]);
            }
        }
        var nextClause = NEXT_CLAUSE.matcher(text).region(end, until);
        if (nextClause.find()) {
            // "… had been delivered to the troops, and that Russia and Belarus were choosing sites … on Belarusian
            // territory": a place in the next reported clause is no destination of this act.
            until = nextClause.start();
        }
        for (var mention : this.context.mentionsIn(end, until)) {
            if (mention.label() != EntityLabel.State && mention.label() != EntityLabel.Region) {
                continue;
            }
            if (text.startsWith("'s", mention.end()) || text.startsWith("’s", mention.end())) {
                // "a response to the UK's decision": a possessor, not where anything went.
                continue;
            }
            var lead = text.substring(Math.max(end, mention.start() - 30), mention.start());
            // Listed with the place before it ("to Germany, Poland and Romania"), not merely after an "and"
            // somewhere later ("to Japan, putting … within range of China's coast and the Russian Far East").
            boolean listed = !places.isEmpty() && COORDINATION.matcher(text).region(lastPlaceEnd, mention.start()).matches();
            if (!places.isEmpty() && (OTHER_CLAUSE.matcher(text).region(lastPlaceEnd, mention.start()).find()
                    || listed && VERB_AFTER.matcher(text).region(mention.end(), until).lookingAt())) {
                // "… in Romania, which became operational in 2016, and is building a second one in Poland".
                break;
            }
            if (names(text, mention.end(), EntityLabel.MissileSystem)) {
                // "in response to Soviet SS-20s": whose the missiles are, not where.
                continue;
            }
            if (!places.isEmpty() && PART_OF_PLACE.matcher(text).region(lastPlaceEnd, mention.start()).matches()) {
                // "to the Danish island of Bornholm in September 2023, to the Philippines in April 2024": a part of the
                // place just named; the list goes on after it.
                lastPlaceEnd = mention.end();
                continue;
            }
            if (!places.isEmpty() && !listed && !NEXT_PLACE_GAP.matcher(text).region(lastPlaceEnd, mention.start()).matches()) {
                // "… in Europe starting in 1983 in response to Soviet SS-20s, sparking protests in West Germany": a
                // place further on, past other words, is no second destination.
                break;
            }
            if (REFERENCE_POINT.matcher(lead).find()) {
                // "has moved such weapons closer to Russia and China": a point they came near, not where they are.
                break;
            }
            if (PLACE_PREPOSITION.matcher(lead).find() || listed) {
                if (built && places.isEmpty() && system.start() > mention.start()) {
                    return;
                }
                lastPlaceEnd = mention.end();
                places.add(mention.key());
                placeEnds.add(mention.end());
            }
            else if (!places.isEmpty()) {
                break;
            }
        }
        if (places.isEmpty()) {
            var where = WHERE_BEFORE.matcher(text.substring(sentence.start(), start));
            if (where.find()) {
                int placeEnd = sentence.start() + where.start();
                for (var mention : this.context.mentionsIn(sentence.start(), placeEnd)) {
                    if ((mention.label() == EntityLabel.State || mention.label() == EntityLabel.Region) && (mention.end() == placeEnd
                            // "fired an SM-6 from a Typhon in Australia during the Talisman Sabre exercise, where it also
                            // deployed its Dark Eagle": where the drills were.
                            || DRILLS_AFTER_PLACE.matcher(text).region(mention.end(), placeEnd).matches()
                                && PLACE_PREPOSITION.matcher(text.substring(Math.max(sentence.start(), mention.start() - 30), mention.start())).find())) {
                        places.add(mention.key());
                    }
                }
            }
        }
        if (places.isEmpty() && date != null && system.key().equals(this.lastDeployedSystem) && this.lastDeployedPlace != null
                && sentence.index() - this.lastDeployedSentence <= 2 && (MOVED_IN.matcher(text).region(start, Math.min(sentence.end(), end + 4)).lookingAt()
                        || THE_COUNTRY_AFTER.matcher(text).region(end, until).find())) {
            // "The US Army has deployed the Typhon to the Philippines … The system was flown in last Thursday": the
            // same move, told with its date.
            places.add(this.lastDeployedPlace);
        }
        else if (places.isEmpty() && THE_COUNTRY_AFTER.matcher(text).region(end, until).find()) {
            // "… was delivered to an air station in the west of the country": the state the article is written from,
            // else the state last named, but never the system's own.
            var home = this.context.homeState();
            var host = system.key().equals(this.lastDeployedSystem) && this.lastDeployedPlace != null ? this.lastDeployedPlace
                    : home != null && !home.equals(systemState(system.key())) ? home : lastActorIn(0, sentence.start(), true);
            if (host != null && !host.equals(systemState(system.key()))) {
                places.add(host);
            }
        }
        if (places.isEmpty() && THERE_AFTER.matcher(text).region(end, until).find()) {
            // "… brought a Typhon launcher to Australia …, and also deployed the Dark Eagle there": the place just named.
            var named = this.context.mentionsIn(sentence.start(), start);
            for (int i = named.size() - 1; i >= 0 && places.isEmpty(); i--) {
                var mention = named.get(i);
                if ((mention.label() == EntityLabel.State || mention.label() == EntityLabel.Region)
                        && PLACE_PREPOSITION.matcher(text.substring(Math.max(sentence.start(), mention.start() - 30), mention.start())).find()) {
                    places.add(mention.key());
                }
            }
        }
        // "Japan, which hosts some 54,000 U.S. troops, … is buying Tomahawk missiles": what is received is the verb's
        // object, in its own clause.
        boolean received = places.isEmpty() && RECEIVING.matcher(text.substring(start, end)).lookingAt() && system.start() > end
                && system.start() - end <= 60 && !text.substring(end, system.start()).contains(",");
        if (received) {
            // "Belarus has received the first Oreshnik system": the receiver is the place, the maker deploys.
            places.addAll(actorsFor(sentence, start, end));
            var host = places.isEmpty() ? lastMentionBefore(start, EntityLabel.Region) : null;
            if (host != null && host.start() >= sentence.start()
                    && clauseBefore(text, sentence.start(), start).length() >= start - host.start()) {
                // "Guam has hosted a THAAD battery since 2013": a place that is no state hosts it as well.
                places.add(host.key());
            }
        }
        if (places.isEmpty()) {
            return;
        }
        // A deployment to a part of another state (Bornholm, northern Luzon) is recorded as one in that state;
        // a region that belongs to no state (Europe, the Asia-Pacific) stays itself.
        var by = received ? systemState(system.key()) : deployer(sentence, start, system);
        if (by != null && places.contains(by) && systemState(system.key()) != null) {
            // "brought a launcher to Australia and also deployed the Dark Eagle there": the destination named before
            // the act is no deployer; the system's own state is.
            by = systemState(system.key());
        }
        for (int i = places.size() - 1; i >= 0; i--) {
            var builder = this.context.registry().get(places.get(i));
            var state = builder == null || builder.label != EntityLabel.Region ? null : builder.property("state");
            // A state placing weapons in its own region (Iskander in Kaliningrad) deploys them in that region.
            if (state != null && !state.equals(by)) {
                places.remove(i);
                if (!places.contains(state)) {
                    places.add(i, state);
                }
                else if (i < placeEnds.size()) {
                    placeEnds.remove(i);
                }
            }
        }
        var dates = datesOfPlaces(placeEnds, until);
        if (date != null && date.precision() == PartialDate.Precision.day && FIRED.matcher(text).region(start, end).matches()) {
            // "fired an SM-6 from its Typhon launcher in Australia on Wednesday": the launcher was there that month;
            // the day it arrived is not told.
            var day = date.start();
            date = PartialDate.ofMonth(day.getYear(), day.getMonthValue());
        }
        for (var deployed : coordinated(sentence, system)) {
            for (int i = 0; i < places.size(); i++) {
                var place = places.get(i);
                if (!place.equals(by) && !restatesAsRegion(events, sentence, deployed, place)) {
                    var when = i < dates.size() ? dates.get(i) : date;
                    events.add(new Event(RelationType.DEPLOYED_IN, deployed, place, when, sentence.start(), sentence.end(), by));
                    this.lastDeployedSystem = system.key();
                    if (i == 0) {
                        this.lastDeployedPlace = place;
                        this.lastDeployedSentence = sentence.index();
                    }
                }
            }
        }
    }

    /**
     * "brought to Denmark in September 2023 and to the Philippines in April 2024": when every destination has
     * a date of its own right after it, each goes with its own; otherwise the list is empty, and the act's
     * date stands for all.
     */
    private List<PartialDate> datesOfPlaces(List<Integer> placeEnds, int until) {
        if (placeEnds.size() < 2) {
            return List.of();
        }
        var dates = new ArrayList<PartialDate>();
        for (int i = 0; i < placeEnds.size(); i++) {
            int from = placeEnds.get(i);
            int to = i + 1 < placeEnds.size() ? placeEnds.get(i + 1) : until;
            PartialDate own = null;
            for (var found : this.sentenceDates) {
                if (found.start() >= from && found.start() < to && found.start() - from <= 40) {
                    own = found.date();
                    break;
                }
            }
            if (own == null) {
                return List.of();
            }
            dates.add(own);
        }
        return dates;
    }

    /** Only commas and "and" between two systems: "Typhon and Dark Eagle launchers were deployed". */
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:the\\s+)?");

    /** Between two systems moved together: "a Typhon battery and Dark Eagle launchers", "Iskanders, and the Kinzhal". */
    private static final Pattern SYSTEM_COORDINATION = Pattern.compile("(?:\\s+(?:[\\w-]+\\s+)?(?:battery|batteries|launchers?|"
            + "systems?|missiles?|units?|complex|complexes))?\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:the\\s+|an?\\s+)?");

    private static final Pattern FIRED_LIST_BEFORE = Pattern.compile("\\b(?:fire|fires|firing|launch|launches|launching|carry|"
            + "carries|carrying|armed with|equipped with|with)\\s+(?:(?:the|its|their)\\s+)?(?:[\\w-]+(?:,\\s*|\\s+and\\s+|\\s+)){0,4}$");

    /** The system and the systems listed with it, in the order of the text. */
    private List<String> coordinated(Sentences.Sentence sentence, SystemRef system) {
        var text = this.context.text();
        var systems = this.context.mentionsIn(sentence.start(), sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.MissileSystem)
            .toList();
        int at = -1;
        for (int i = 0; i < systems.size(); i++) {
            if (systems.get(i).start() == system.start() && systems.get(i).key().equals(system.key())) {
                at = i;
            }
        }
        if (at < 0) {
            return List.of(system.key());
        }
        int first = at;
        if (FIRED_LIST_BEFORE.matcher(text).region(sentence.start(), systems.get(at).start()).find()) {
            // "a launcher armed with SM-6 and Tomahawk missiles": what it fires goes with it, named or not.
            return List.of(system.key());
        }
        while (first > 0 && SYSTEM_COORDINATION.matcher(text).region(systems.get(first - 1).end(), systems.get(first).start()).matches()) {
            first--;
        }
        int last = at;
        while (last + 1 < systems.size()
                && SYSTEM_COORDINATION.matcher(text).region(systems.get(last).end(), systems.get(last + 1).start()).matches()) {
            last++;
        }
        var keys = new ArrayList<String>();
        for (int i = first; i <= last; i++) {
            if (!keys.contains(systems.get(i).key())) {
                keys.add(systems.get(i).key());
            }
        }
        var companion = ALONGSIDE.matcher(text).region(systems.get(last).end(), sentence.end());
        if (companion.find()) {
            // "The Typhon arrived in Australia this month, alongside a battery of the Dark Eagle": both came.
            for (int i = last + 1; i < systems.size(); i++) {
                var other = systems.get(i);
                if (other.start() >= companion.end() && other.start() - companion.end() <= 80
                        && text.substring(companion.end(), other.start()).indexOf(';') < 0 && !keys.contains(other.key())) {
                    keys.add(other.key());
                    break;
                }
            }
        }
        return keys;
    }

    private static final Pattern ALONGSIDE = Pattern.compile(",\\s+(?:alongside|along with|together with)\\s+(?=(?:an?|the|its|their|two|three|several)\\s)");

    private static final Pattern BUILT = Pattern.compile("built|installed|set up");

    /** "22 members of NATO and the Warsaw Pact, including": a counted group, then the states it includes. */
    private static final Pattern MEMBERS_INCLUDING = Pattern.compile("\\s*(?:the\\s+)?(?:(?:\\d+|[a-z]+)\\s+)?(?:(?:[A-Z][\\w-]*|member)\\s+){0,2}(?:states|countries|nations|"
            + "members|parties|signatories|governments)\\b[^.;]{0,80}?,?\\s+(?:including|among them)\\s+");

    /** A place listed after ", and" that a verb follows is the subject of a new clause, not a destination. */
    private static final Pattern VERB_AFTER = Pattern.compile("\\s+(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|"
            + "may|might|must|plans?|planned|intends?|intended|wants?|wanted|said|says|announced|began|begins|decided|agreed|"
            + "expects?|hopes?)\\b");

    /** A clause of its own between two places: they are not one list of destinations. */
    /** Whether a mention of {@code label} starts right after {@code position}, past a space. */
    private boolean names(String text, int position, EntityLabel label) {
        var next = this.context.mentionsIn(position, Math.min(text.length(), position + 40));
        return !next.isEmpty() && next.get(0).label() == label && text.substring(position, next.get(0).start()).isBlank();
    }

    /** Between two destinations of one act: "in Germany and in Poland", "to Japan, then to the Philippines". */
    /** An object right after the act that names no treaty: "exit from the nuclear deal", "suspended its cooperation". */
    private static final Pattern NON_TREATY_OBJECT = Pattern.compile("\\s+(?:from\\s+|of\\s+|out\\s+of\\s+)?(?:the|its|their|this|that)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:deal|plan|program|programme|talks|negotiations|framework|arrangement|cooperation|initiative)\\b");

    private static final Pattern PART_OF_PLACE = Pattern.compile("\\s+(?:[a-z]+\\s+){0,2}?(?:island|region|province|prefecture|city|port|town|"
            + "territory|exclave|peninsula|coast)\\s+of\\s+(?:the\\s+)?");

    private static final Pattern NEXT_PLACE_GAP = Pattern.compile("(?:(?!,\\s+\\w+ing\\b)[^;]){0,60}?(?:,\\s*|\\s+|^)(?:and\\s+|or\\s+|as well as\\s+|then\\s+)?"
            + "(?:in|to|into)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?");

    /** Between two places, a verb of another clause: "… to the Philippines in 2024 and planned to station … in Germany". */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("\\b(?:which|who|where|is|are|was|were|has|have|had|will|would|"
            + "can|could|may|might|must|should|plans?|planned|intends?|intended|aims?|aimed|wants?|wanted|hopes?|hoped)\\b");

    private record SystemRef(String key, int start) {
    }

    /** A comma inside a number ("a range of 1,600 km"), which closes no clause. */
    private static final String DIGIT_GROUPING_COMMA = "(?<=\\d),(?=\\d{3})";

    /** Between "the launcher" and a system named in the relative clause about it: ", which is able to fire ". */
    private static final Pattern OBJECT_RELATIVE = Pattern.compile(",\\s*(?:which|that)\\b(?:[^,;.]|" + DIGIT_GROUPING_COMMA + ")*");

    private static final Pattern OBJECT_ANAPHORA = Pattern.compile("\\s+(?:the same|this|that|the|these|those)\\s+"
            + "(?:launchers?|systems?|complex|battery|batteries)\\b");

    private static final Pattern FIRED_BY_LAUNCHER = Pattern.compile("\\b(?:launchers?|systems?|complex|battery)\\s+(?:capable\\s+of|able\\s+to|that\\s+can|which\\s+can)\\s+"
            + "(?:firing|fire|launching|launch)\\s+(?:[\\w-]+\\s+){0,5}?$");

    /** A launcher the article names that fires {@code system} (the gazetteer's {@code fires}), or null. */
    private String launcherFiring(String system) {
        for (var mention : this.context.mentionsIn(0, this.context.text().length())) {
            if (mention.label() != EntityLabel.MissileSystem) {
                continue;
            }
            var entity = this.context.registry().get(mention.key());
            var fires = entity == null ? null : entity.property("fires");
            if (fires != null && java.util.Arrays.asList(fires.split(",")).contains(system)) {
                return mention.key();
            }
        }
        return null;
    }

    /** "The system was deployed …", and after a time phrase: "In July this year, the system also took part …". */
    private static final Pattern SUBJECT_ANAPHOR = Pattern.compile("(?:(?:In|On|By|Later|Earlier|Last|Since|After)\\s[^,.;]{1,30},\\s+)?"
            + "(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:system|systems|launcher|launchers|complex|battery|batteries)\\b");

    private SystemRef systemFor(Sentences.Sentence sentence, int start, int end) {
        var systems = this.context.mentionsIn(sentence.start(), sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.MissileSystem)
            .toList();
        if (FIRED.matcher(this.context.text()).region(start, end).matches()) {
            // "fired an SM-6 from a Typhon launcher in Australia": the launcher is where it was, not the missile.
            return launcherFiredFrom(sentence, end);
        }
        var object = OBJECT_ANAPHORA.matcher(this.context.text()).region(end, sentence.end());
        if (object.lookingAt() && this.lastDeployedSystem != null) {
            // "the Americans deployed the same launcher in Australia … and test-fired an SM-6 missile from it": the
            // object is the launcher told of before, not a system named later in the sentence.
            return new SystemRef(this.lastDeployedSystem, object.start());
        }
        if (object.lookingAt() && !systems.isEmpty() && systems.stream().allMatch(m -> m.start() > object.end()
                && OBJECT_RELATIVE.matcher(this.context.text()).region(object.end(), m.start()).matches())) {
            // "the US military brought the launcher, which is able to fire Tomahawk cruise missiles, to a base in
            // Japan": the launcher the story named before, not what it fires.
            var named = lastBefore(sentence.start(), EntityLabel.MissileSystem);
            if (named != null) {
                return new SystemRef(named, object.start());
            }
        }
        // "The launcher, which can fire Tomahawk and SM-6 missiles, was brought …": what it fires is not its name.
        if (systems.stream().noneMatch(m -> m.start() < start && !whatItFires(sentence, m, start))
                && SUBJECT_ANAPHOR.matcher(this.context.text()).region(sentence.start(), start).lookingAt()) {
            // "… brought its Typhon launchers abroad. The system was deployed in Denmark …, while a Dark Eagle battery
            // was deployed in Australia": the subject is the system told of before, not one named later.
            var previous = this.lastDeployedSystem != null ? this.lastDeployedSystem : subjectSystemBefore(sentence);
            if (previous == null && systems.stream().allMatch(m -> whatItFires(sentence, m, start))) {
                // "The US Army's Typhon will remain … The launcher, which can fire Tomahawk and SM-6 missiles, was flown
                // into the Philippines": the system last named, when the sentence names only what it fires.
                previous = lastBefore(sentence.start(), EntityLabel.MissileSystem);
            }
            if (previous != null) {
                return new SystemRef(previous, sentence.start());
            }
        }
        // "The US Typhon launcher, which can fire SM-6 missiles, was brought …": what it fires is not what moved.
        boolean subjectNamed = systems.stream().anyMatch(m -> !whatItFires(sentence, m, start));
        Mention best = null;
        for (var mention : systems) {
            if ((best == null || Math.abs(mention.start() - start) < Math.abs(best.start() - start))
                    && !((subjectNamed || this.lastDeployedSystem != null) && whatItFires(sentence, mention, start))) {
                best = mention;
            }
        }
        if (best != null && FIRED_BY_LAUNCHER.matcher(this.context.text()).region(Math.max(sentence.start(), best.start() - 80), best.start()).find()) {
            // "moved a ground-based launcher capable of firing Tomahawk cruise missiles to the Philippines": the
            // launcher moved, the one the article names that fires them (the Typhon), if it names one.
            var launcher = launcherFiring(best.key());
            if (launcher != null) {
                return new SystemRef(launcher, best.start());
            }
        }
        if (best == null && !systems.isEmpty() && this.lastDeployedSystem != null) {
            // "The two launchers, which fire the Naval Strike Missile, arrived …": the launchers just deployed.
            return new SystemRef(this.lastDeployedSystem, sentence.start());
        }
        if (best != null) {
            return new SystemRef(best.key(), best.start());
        }
        var anaphora = MISSILE_ANAPHORA.matcher(this.context.text().substring(sentence.start(), sentence.end()));
        if (anaphora.find()) {
            // "A similar system was brought to the Philippines": the system whose deployment the article was
            // just telling, else the system named last.
            // "such missiles" is a kind: the one named last, not necessarily the one whose deployment was told.
            var previous = anaphora.group().regionMatches(true, 0, "such ", 0, 5) ? lastBefore(sentence.start(), EntityLabel.MissileSystem) : null;
            if (previous == null) {
                previous = this.lastDeployedSystem != null ? this.lastDeployedSystem : subjectSystemBefore(sentence);
            }
            if (previous == null) {
                previous = lastBefore(sentence.start(), EntityLabel.MissileSystem);
            }
            if (previous == null) {
                // "such systems" after the INF Treaty: the missile class that treaty covered.
                var treaty = lastBefore(sentence.start(), EntityLabel.Treaty);
                var builder = treaty == null ? null : this.context.registry().get(treaty);
                previous = builder == null ? null : builder.property("covers");
            }
            return previous == null ? null : new SystemRef(previous, sentence.start() + anaphora.start());
        }
        var text = this.context.text();
        if (PASSIVE_IT.matcher(text).region(sentence.start(), sentence.end()).lookingAt()) {
            // "The MRC, as the Pentagon calls it, can fire Tomahawks. It was flown into …": the previous
            // sentence's subject, when that is a system; else the system whose deployment was being told.
            var first = firstMentionBefore(sentence);
            var previous = this.context.previous(sentence);
            var referent = first != null && first.label() == EntityLabel.MissileSystem
                    // "The launcher, which can fire SM-6 and Tomahawk missiles, was developed …. It was first sent abroad":
                    // the launcher the subject names, not what it fires.
                    && !(this.lastDeployedSystem != null && previous != null
                            && LAUNCHER_FIRING_OPENING.matcher(text).region(previous.start(), first.start()).matches())
                    ? first.key() : this.lastDeployedSystem;
            return referent == null ? null : new SystemRef(referent, sentence.start());
        }
        return null;
    }

    private static final Pattern LAUNCHER_FIRING_OPENING = Pattern.compile("\\s*(?:The|This|That|Its|Each)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:launcher|system|complex|battery|unit)s?,?\\s+(?:which|that)\\s+(?:can|could|is able to|are able to)\\s+(?:fire|launch|carry)\\s+");

    /** The launcher a missile was fired from, named right after "from" or told of before ("from it"), or null. */
    private SystemRef launcherFiredFrom(Sentences.Sentence sentence, int end) {
        var from = FROM_LAUNCHER.matcher(this.context.text()).region(end, sentence.end());
        if (!from.lookingAt()) {
            return null;
        }
        if (from.group("anaphor") != null) {
            var before = this.lastDeployedSystem != null ? this.lastDeployedSystem : lastBefore(end, EntityLabel.MissileSystem);
            return before == null ? null : new SystemRef(before, from.start("anaphor"));
        }
        for (var mention : this.context.mentionsIn(from.end(), Math.min(sentence.end(), from.end() + 20))) {
            if (mention.label() == EntityLabel.MissileSystem) {
                return new SystemRef(mention.key(), mention.start());
            }
        }
        return null;
    }

    /**
     * The deployment words that say nothing of weapons alone stand only where the weapon is named: "test-fired an
     * SM-6 missile from a ground launcher" places a launcher only when it names one; "deterrence has kept the peace
     * in Europe" keeps no weapon there; "opened its Aegis Ashore missile defence base" deploys the system its name
     * gives; "Marines took part in the drills in Australia" deploys nothing.
     */
    private boolean namesWhatIsDeployed(Sentences.Sentence sentence, Hit hit) {
        var text = this.context.text();
        if (FIRED.matcher(text).region(hit.start(), hit.end()).matches()) {
            return launcherFiredFrom(sentence, hit.end()) != null;
        }
        if (KEPT.matcher(text).region(hit.start(), hit.end()).matches()) {
            return keepsAWeapon(sentence, hit.end());
        }
        if (OPENED.matcher(text).region(hit.start(), hit.end()).matches()) {
            return systemNamedInBase(hit.end(), sentence);
        }
        if (TOOK_PART.matcher(text).region(hit.start(), hit.end()).matches()) {
            return weaponTakesPart(sentence, hit.start());
        }
        return true;
    }

    private static final Pattern FIRED = Pattern.compile("(?i)fired|launched|launch of");

    private static final Pattern KEPT = Pattern.compile("(?i)kept|keeps|keeping");

    private static final Pattern OPENED = Pattern.compile("(?i)opened|activated|inaugurated|commissioned");

    private static final Pattern BASE_WORD = Pattern.compile("(?i)\\b(?:base|site|facility)\\b");

    private boolean systemNamedInBase(int end, Sentences.Sentence sentence) {
        var base = BASE_WORD.matcher(this.context.text()).region(end, sentence.end());
        return base.find() && this.context.mentionsIn(end, base.start()).stream().anyMatch(m -> m.label() == EntityLabel.MissileSystem);
    }

    private static final Pattern TOOK_PART = Pattern.compile("(?i)(?:took|takes|taking|take) part in|participated in");

    /** The subject of a taking part is a weapon: "the system", "two launchers", or a missile system named in the clause. */
    private static final Pattern WEAPON_SUBJECT = Pattern.compile("(?i)\\b(?:system|systems|launcher|launchers|battery|batteries|complex|complexes)\\s+(?:(?:has|have|had|also|later|then|will)\\s+)*$");

    private boolean weaponTakesPart(Sentences.Sentence sentence, int start) {
        var text = this.context.text();
        var clause = clauseBefore(text, sentence.start(), start);
        int clauseStart = start - clause.length();
        if (WEAPON_SUBJECT.matcher(clause).find()) {
            return true;
        }
        var named = this.context.mentionsIn(clauseStart, start);
        return !named.isEmpty() && named.get(named.size() - 1).label() == EntityLabel.MissileSystem
                && SUBJECT_RIGHT_BEFORE.matcher(text).region(named.get(named.size() - 1).end(), start).matches();
    }

    /** "The Oreshnik took part in", "Iskander launchers also took part in": nothing but a head noun or an adverb between. */
    private static final Pattern SUBJECT_RIGHT_BEFORE = Pattern.compile("(?i)(?:\\s+(?:missiles?|systems?|launchers?|batter(?:y|ies)|units?|complex(?:es)?))?"
            + "\\s+(?:(?:has|have|had|also|later|then|will)\\s+)*");

    /** A weapon noun up to the place a keeping puts it in: "kept Iskander missiles in", "keeps its launchers on". */
    private static final Pattern WEAPON_KEPT = Pattern.compile("(?i)\\s[^.;,]{0,40}?\\b(?:missiles?|systems?|launchers?|batteries|warheads|weapons|arms|bombs)\\b");

    /**
     * Whether what is kept after {@code end} is a weapon: a weapon noun or a missile system named before the place
     * ("kept the Iskanders in Kaliningrad"); "kept in Kaliningrad" keeps the subject, which the trigger checked.
     */
    private boolean keepsAWeapon(Sentences.Sentence sentence, int end) {
        var text = this.context.text();
        var place = KEPT_PLACE.matcher(text).region(end, sentence.end());
        if (!place.find() || place.start() == end) {
            return true;
        }
        if (WEAPON_KEPT.matcher(text).region(end, place.start()).lookingAt()) {
            return true;
        }
        return this.context.mentionsIn(end, place.start()).stream().anyMatch(m -> m.label() == EntityLabel.MissileSystem);
    }

    private static final Pattern KEPT_PLACE = Pattern.compile("\\s(?:in|on)\\s");

    /** What a missile was fired from: a launcher named next, or one told of before ("from it", "from the system"). */
    private static final Pattern FROM_LAUNCHER = Pattern.compile("(?i)[^.;]{0,40}?\\bfrom\\s+(?:(?<anaphor>it|the (?:system|launcher|battery))\\b|(?:an?|the|its|their)\\s)");

    /** ", which can fire", and the reduced ", able to fire" / ", capable of carrying". */
    /**
     * "The Typhon, capable of launching Tomahawk and SM-6 missiles, was delivered … It is the first time the system
     * has been brought to …": the system the previous sentence is about, not one it fires.
     */
    private String subjectSystemBefore(Sentences.Sentence sentence) {
        var previous = this.context.previous(sentence);
        if (previous == null) {
            return null;
        }
        for (var mention : this.context.mentionsIn(previous.start(), previous.end())) {
            if (mention.label() == EntityLabel.MissileSystem) {
                return mention.key();
            }
        }
        return null;
    }

    private static final Pattern RELATIVE_INSERT_OPEN = Pattern.compile(",\\s*(?:which|that|able to|capable of|designed to)\\b(?:[^,;]|"
            + DIGIT_GROUPING_COMMA + ")*$");

    /** A system named inside a relative clause closed before the act: what the subject fires, not what is moved. */
    private boolean whatItFires(Sentences.Sentence sentence, Mention mention, int triggerStart) {
        var text = this.context.text();
        if (mention.end() >= triggerStart) {
            return false;
        }
        int close = text.indexOf(',', mention.end());
        return close >= 0 && close < triggerStart
                && RELATIVE_INSERT_OPEN.matcher(text).region(sentence.start(), mention.start()).find();
    }

    /**
     * "It ratified the treaty in 1998", "Two years later it withdrew", "On May 23, 1992, it signed": "it" opens the clause, at
     * most an adverb before the act.
     */
    private static final Pattern IT_ACTS = Pattern.compile("(?:It|Its\\s+(?:parliament|legislature|government|senate|lawmakers|president|leadership)|(?:(?:A|An|The|One|Two|Three|Four|Five|Six|Later|Soon|Then|In|On|\\d+)\\s+"
            + "(?:[\\w-]+,?\\s+){0,3}?[\\w-]+,?\\s+it))\\s+(?:(?:has|had|also|later|then|formally|finally)\\s+){0,2}$");

    /**
     * "France, which keeps …, delivers them with … . It ratified the CTBT in 1998": "It" is the state that
     * opens the previous sentence.
     */
    private static final Pattern HUMAN_PRONOUN_OPENING = Pattern.compile("(?:He|She)\\s");

    private String itsReferent(Sentences.Sentence sentence, int triggerStart) {
        var text = this.context.text();
        if (!IT_ACTS.matcher(text.substring(sentence.start(), triggerStart)).matches()) {
            return null;
        }
        var first = firstMentionBefore(sentence);
        if (first != null && first.label() == EntityLabel.State
                && text.substring(this.context.previous(sentence).start(), first.start()).isBlank()) {
            return first.key();
        }
        // "The exit is the third time … that Washington has walked away from an agreement with Moscow. It
        // withdrew from …": the first state there that is a clause's subject.
        var previous = this.context.previous(sentence);
        if (previous == null) {
            return null;
        }
        for (var mention : this.context.mentionsIn(previous.start(), previous.end())) {
            if (mention.label() == EntityLabel.State
                    && SUBJECT_VERB_AFTER.matcher(text).region(mention.end(), previous.end()).lookingAt()) {
                return mention.key();
            }
        }
        return null;
    }

    /**
     * "The United States began developing such systems after its withdrawal from the INF Treaty": "its" act is
     * the sentence's subject's, when that subject is the only state named before it.
     */
    private List<String> subjectOwningTheAct(Sentences.Sentence sentence, int triggerStart) {
        var text = this.context.text();
        if (!POSSESSIVE_PRONOUN_BEFORE.matcher(text).region(Math.max(sentence.start(), triggerStart - 24), triggerStart).find()) {
            return List.of();
        }
        var states = this.context.mentionsIn(sentence.start(), triggerStart).stream().filter(m -> actorState(m) != null).toList();
        var opening = this.context.mentionsIn(sentence.start(), Math.min(triggerStart, sentence.start() + 60));
        if (HUMAN_PRONOUN_OPENING.matcher(text).region(sentence.start(), triggerStart).lookingAt()
                || !opening.isEmpty() && opening.get(0).label() == EntityLabel.Person && opening.get(0).start() == sentence.start()) {
            // "He blamed Moscow for the erosion, pointing to its suspension of New START": "its" is no person's, so it is
            // the one state named after them.
            var named = states.stream().filter(m -> m.label() != EntityLabel.Person).map(this::actorState).distinct().toList();
            if (named.size() == 1) {
                return named;
            }
        }
        if (states.isEmpty() || states.stream().map(this::actorState).distinct().count() > 1
                || !SUBJECT_VERB_AFTER.matcher(text).region(states.get(0).end(), triggerStart).lookingAt()) {
            return List.of();
        }
        return List.of(actorState(states.get(0)));
    }

    private static final Pattern BOTH_OPENS_CLAUSE = Pattern.compile("^,?\\s+(?:and|but|while|whereas)\\s+(?:both|the two)\\s+\\w+");

    private static final Pattern BOTH_SUBJECT = Pattern.compile("(?i)\\b(?:both|the two)\\s+(?:countries|sides|nations|powers|"
            + "superpowers|states|governments|capitals)\\s+(?:(?:have|had|has|also|then|later|since|eventually|each)\\s+){0,2}$");

    /**
     * "… and both countries have left the Open Skies Treaty": the two states the article is about, when two
     * are named clearly more often than any other.
     */
    private List<String> bothOfTheTwo(Sentences.Sentence sentence, int triggerStart) {
        if (!BOTH_SUBJECT.matcher(this.context.text()).region(Math.max(sentence.start(), triggerStart - 50), triggerStart).find()) {
            return List.of();
        }
        // "France and Britain are the only nuclear-armed states in Europe. … Both countries ratified the CTBT in April
        // 1998": the two the paragraph has just named, whoever else the article is about.
        var text = this.context.text();
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        var earlier = this.context.previous(sentence);
        for (int i = 0; i < 2 && earlier != null && earlier.start() >= paragraphStart; i++, earlier = this.context.previous(earlier)) {
            var named = keysNamedIn(earlier.start(), earlier.end(), EntityLabel.State);
            if (named.size() == 2) {
                return named;
            }
            if (named.size() > 2) {
                break;
            }
        }
        var counts = new LinkedHashMap<String, Integer>();
        for (var mention : this.context.mentions()) {
            if (mention.label() == EntityLabel.State) {
                counts.merge(mention.key(), 1, Integer::sum);
            }
        }
        var ranked = counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).toList();
        if (ranked.size() < 2 || ranked.size() > 2 && ranked.get(2).getValue() * 2 > ranked.get(1).getValue()) {
            return List.of();
        }
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }

    private static final Pattern POSSESSIVE_PRONOUN_BEFORE = Pattern.compile("\\b(?:its|their)\\s+(?:own\\s+|formal\\s+|eventual\\s+|unilateral\\s+)?$");

    /** An auxiliary or a past-tense verb right after a name: the name is its clause's subject. */
    private static final Pattern SUBJECT_VERB_AFTER = Pattern.compile("\\s+(?:has|have|had|was|is|\\w{3,}ed|gave|took|made|became|"
            + "left|began|sent|kept|held|won|lost|chose|went|came|brought|built|sought|fought|struck|saw)\\b");

    /** The first entity named in the sentence before {@code sentence}: what a leading "It" most often stands for. */
    private Mention firstMentionBefore(Sentences.Sentence sentence) {
        var previous = this.context.previous(sentence);
        if (previous == null) {
            return null;
        }
        var mentions = this.context.mentionsIn(previous.start(), previous.end());
        return mentions.isEmpty() ? null : mentions.get(0);
    }

    /** A sentence whose subject is "it", in a passive of a done act: "It was flown into …". */
    private static final Pattern PASSIVE_IT = Pattern.compile("It\\s+(?:was|has been|had been)\\s");

    /** At most three words: "Russia's new Oreshnik". */
    private static final Pattern FEW_WORDS = Pattern.compile("\\s*(?:[\\w-]+\\s+){0,3}");

    /** The deploying state: "US missiles", "the US deployed …", or the system's owner in the gazetteer. */
    private String deployer(Sentences.Sentence sentence, int triggerStart, SystemRef system) {
        var text = this.context.text();
        int systemStart = system.start();
        for (var mention : this.context.mentionsIn(Math.max(sentence.start(), triggerStart - 30), triggerStart)) {
            var state = actorState(mention);
            if (state != null && PERFECT_RIGHT_AFTER_SUBJECT.matcher(text).region(mention.end(), triggerStart).matches()) {
                // "the Iskander missiles Russia has kept in Kaliningrad": the subject of the verb itself, whoever
                // speaks of them.
                return state;
            }
        }
        for (var mention : this.context.mentionsIn(Math.max(sentence.start(), systemStart - 30), systemStart)) {
            var state = actorState(mention);
            if (state != null && FEW_WORDS.matcher(text).region(mention.end(), systemStart).matches()) {
                return state;
            }
        }
        var actors = actorsFor(sentence, triggerStart, triggerStart);
        if (!actors.isEmpty() && !onlyADestination(sentence, triggerStart, actors.get(0))) {
            return actors.get(0);
        }
        // "… were deployed to Australia": no actor named, so the system's maker, if it has one.
        var maker = systemState(system.key());
        if (maker != null) {
            return maker;
        }
        var clauseMentions = this.context.mentionsIn(sentence.start(), triggerStart);
        for (int i = clauseMentions.size() - 1; i >= 0; i--) {
            var mention = clauseMentions.get(i);
            var state = actorState(mention);
            // "… to the Philippines in April 2024, while …": a destination, not who deploys.
            if (state != null && !namedAsDestination(sentence, mention)) {
                return state;
            }
        }
        return null;
    }

    /**
     * "the delivery of the Typhon to the Philippines in April 2024 and the deployment of a Typhon battery to Australia":
     * a state named before the act only as where something went is no deployer.
     */
    private static final Pattern PERFECT_RIGHT_AFTER_SUBJECT = Pattern.compile("\\s+(?:has|had|have)\\s+(?:\\w+ly\\s+|long\\s+|since\\s+)?");

    private boolean onlyADestination(Sentences.Sentence sentence, int triggerStart, String state) {
        boolean named = false;
        for (var mention : this.context.mentionsIn(sentence.start(), triggerStart)) {
            if (state.equals(actorState(mention))) {
                if (!namedAsDestination(sentence, mention)) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /** Whether a place preposition stands right before {@code mention}: "to the Philippines", "in Japan". */
    private boolean namedAsDestination(Sentences.Sentence sentence, Mention mention) {
        var lead = this.context.text().substring(Math.max(sentence.start(), mention.start() - 30), mention.start());
        return PLACE_PREPOSITION.matcher(lead).find();
    }

    /** "June 2000" refines "2000" rather than coming after it; otherwise the earlier date wins. */
    private static boolean earlierOrFiner(PartialDate candidate, PartialDate existing) {
        if (existing.contains(candidate)) {
            return !candidate.equals(existing);
        }
        return !candidate.contains(existing) && candidate.start().isBefore(existing.start());
    }

    /** One act per actor, treaty (or place) and type per article: the earliest dated report of it wins. */
    private static List<Event> deduplicate(List<Event> events, java.util.Set<Event> datedByDateline, java.util.Set<Event> agreedOnly) {
        Map<String, Event> kept = new LinkedHashMap<>();
        var keptDatelineDated = new java.util.HashSet<String>();
        var keptAgreed = new java.util.HashSet<String>();
        for (var event : events) {
            var key = event.type() + "|" + event.from() + "|" + event.to();
            var existing = kept.get(key);
            if (existing != null && agreedOnly.contains(event) != keptAgreed.contains(key)) {
                // An extension agreed and an extension done: the act is the one done, whatever its date.
                if (keptAgreed.contains(key)) {
                    kept.put(key, event);
                    keptAgreed.remove(key);
                    keptDatelineDated.remove(key);
                    if (datedByDateline.contains(event)) {
                        keptDatelineDated.add(key);
                    }
                }
                continue;
            }
            if (existing == null && agreedOnly.contains(event)) {
                keptAgreed.add(key);
            }
            // "… has been placed on combat duty in Belarus, the minister said on Thursday. … Russia deployed the first
            // launchers earlier this month": a date the text gives beats the dateline's, which only stood in for one.
            boolean writtenOverDateline = existing != null && keptDatelineDated.contains(key) && event.date() != null
                    && !datedByDateline.contains(event) && event.date().contains(existing.date());
            if (existing == null || existing.date() == null && event.date() != null || writtenOverDateline
                    || existing.date() != null && event.date() != null && earlierOrFiner(event.date(), existing.date())) {
                var by = event.by() != null ? event.by() : existing == null ? null : existing.by();
                kept.put(key, new Event(event.type(), event.from(), event.to(), event.date(), event.start(), event.end(), by));
                if (datedByDateline.contains(event)) {
                    keptDatelineDated.add(key);
                }
                else {
                    keptDatelineDated.remove(key);
                }
            }
        }
        return new ArrayList<>(kept.values());
    }

}
