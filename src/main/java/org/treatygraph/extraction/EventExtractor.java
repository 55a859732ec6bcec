package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    private record Trigger(RelationType type, Pattern pattern) {
    }

    /** Order matters: a revoked ratification is not a withdrawal, so DERATIFIED claims its words first. */
    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(RelationType.DERATIFIED, Pattern.compile("(?i)\\b(?:de-?ratif\\w*|(?:revok|rescind|withdr|cancel|annul)\\w*\\s+(?:(?:its|the|of|Russia's|Moscow's|their)\\s+){0,2}ratification|(?:revocation|withdrawal|cancellation|annulment|rescission)\\s+of\\s+(?:(?:its|the|Russia's|Moscow's)\\s+){0,2}ratification)")),
            new Trigger(RelationType.RATIFIED, Pattern.compile("(?i)\\b(?:ratified|ratifies|ratifying|law on (?:the )?ratification)\\b")),
            new Trigger(RelationType.WITHDREW_FROM, Pattern.compile("(?i)\\b(?:withdrew|withdrawn|withdraws|withdrawal|withdrawing|pulled out|pulls out|exited|quit|walked away)\\b(?=[^.]{0,80}?\\b(?:from|of)\\b)|\\bleft the\\b")),
            new Trigger(RelationType.SUSPENDED, Pattern.compile("(?i)\\b(?:suspended|suspends|suspending|suspension of|suspend)\\b")),
            new Trigger(RelationType.SIGNED, Pattern.compile("(?i)\\b(?:signed|signs|inked)\\b")),
            new Trigger(RelationType.EXTENDED, Pattern.compile("(?i)\\b(?:extended|extends|prolonged|extension of)\\b")),
            new Trigger(RelationType.EXPIRED, Pattern.compile("(?i)\\b(?:expired|lapsed|ran out|came to an end|ceased to be in force|ceased to be valid)\\b")),
            new Trigger(RelationType.ENTERED_INTO_FORCE, Pattern.compile("(?i)\\b(?:entered into force|came into force|came into effect|took effect|entered into effect)\\b")),
            new Trigger(RelationType.TERMINATED, Pattern.compile("(?i)\\b(?:terminated|terminates|scrapped|tore up|denounced)\\b")),
            new Trigger(RelationType.DEPLOYED_IN, Pattern.compile("(?i)\\b(?:deployed|deploys|deployment of|stationed|redeployed|placed|brought|moved|transferred|delivered)\\b")),
            new Trigger(RelationType.OBSERVES, Pattern.compile("(?i)\\b(?:observ(?:e|es|ing)|adher(?:e|es|ing) to|compl(?:y|ies|ying) with|abid(?:e|es|ing) by|"
                    + "keep(?:s|ing)? to|stick(?:s|ing)? to|respect(?:s|ing)?|remain(?:s|ing)? within|stay(?:s|ing)? within)\\b"
                    + "(?=[^.]{0,70}\\b(?:limits?|limitations|restrictions|ceilings|caps|quantitative)\\b)")));

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|without|neither|nor|refus\\w*|fail\\w*|"
            + "declin\\w*|reject\\w*|den(?:y|ied|ies)|instead of|rather than|no longer|stopped short|refrain\\w*|avoid\\w*)\\b|n't\\b");

    private static final Pattern MODALITY = Pattern.compile("(?i)\\b(?:would|will|may|might|could|can|should|shall|must|"
            + "plans?|planned|planning|intends?|intended|intending|ready|prepared|willing|threat\\w*|consider\\w*|possib\\w*|"
            + "potential\\w*|if|unless|whether|rul\\w* out|propos\\w*|offer\\w*|urg\\w*|demand\\w*|wants?|wanted|hop\\w*|"
            + "going to|set to|aim\\w*|seek\\w*|expect\\w*|likely|risk\\w*|option\\w*|in case|warn\\w*|mull\\w*|weigh\\w*|"
            + "discuss\\w*|idea|suggest\\w*|envisag\\w*|provides? for|future|call\\w* (?:on|for)|pledg\\w*|promis\\w*|"
            + "vow\\w*|push\\w* for|insist\\w*|calls?|asked|ask|require\\w*|only|until|as long as|provided|allow\\w*)\\b");

    private static final Pattern CLAUSE_BREAK = Pattern.compile(",|;|:|\\bthat\\b|\\bwhich\\b|\\bwho\\b|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b|\\bafter\\b|\\bbefore\\b|\\bwhen\\b|—|–|\\(|\\)");

    private static final Pattern TREATY_ANAPHORA = Pattern.compile("(?i)\\b(?:the|this|that|its|the bilateral|the landmark|the Russian-American|the Russia-US)\\s+(?:treaty|agreement|accord|document|pact|deal)\\b|\\bit\\b");

    private static final Pattern MISSILE_ANAPHORA = Pattern.compile("(?i)\\b(?:them|these missiles|such missiles|the missiles|these systems|such systems|the systems|"
            + "these weapons|such weapons|the weapons|such launchers|these launchers|the launchers|those missiles|those systems)\\b");

    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i)\\b(?:in|to|on|at|into|across|throughout|within)\\s+(?:the\\s+)?$");

    private final ArticleContext context;

    EventExtractor(ArticleContext context) {
        this.context = context;
    }

    List<Event> extract() {
        var text = this.context.text();
        var events = new ArrayList<Event>();
        PartialDate lastDate = null;
        for (var sentence : this.context.sentences()) {
            if (sentence.start() < this.context.article().bodyStart()) {
                continue;
            }
            var s = sentence.text(text);
            var dates = DateResolver.find(text, sentence.start(), sentence.end(), this.context.reference(), lastDate);
            var claimed = new ArrayList<int[]>();
            for (var trigger : TRIGGERS) {
                var m = trigger.pattern().matcher(s);
                while (m.find()) {
                    int start = sentence.start() + m.start();
                    int end = sentence.start() + m.end();
                    if (claimed.stream().anyMatch(span -> span[0] < end && start < span[1])) {
                        continue;
                    }
                    if (!isDone(sentence, start, end)) {
                        continue;
                    }
                    var date = nearestDate(dates, start);
                    if (date != null && this.context.reference() != null
                            && date.start().isAfter(this.context.reference().plusDays(1))) {
                        continue;
                    }
                    int before = events.size();
                    build(trigger.type(), sentence, start, end, date, events);
                    if (events.size() > before) {
                        claimed.add(new int[] { start, end });
                    }
                }
            }
            if (!dates.isEmpty()) {
                lastDate = dates.get(dates.size() - 1).date();
            }
        }
        return deduplicate(events);
    }

    private boolean isDone(Sentences.Sentence sentence, int start, int end) {
        var text = this.context.text();
        var clause = clauseBefore(text, sentence.start(), start);
        var lastWords = lastWords(clause, 6);
        if (NEGATION.matcher(lastWords).find()) {
            return false;
        }
        if (MODALITY.matcher(clause).find()) {
            return false;
        }
        // "…, not withdrawing" / "suspension, not withdrawal" / "a withdrawal that does not …"
        var after = text.substring(end, Math.min(sentence.end(), end + 25));
        return !after.matches("(?is)^\\s*(?:is|was|would be|will be)?\\s*(?:not|n't)\\b.*");
    }

    /** The clause before a trigger: back to the last comma, "that", "but" … in the sentence. */
    private static String clauseBefore(String text, int sentenceStart, int position) {
        var before = text.substring(sentenceStart, position);
        var m = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (m.find()) {
            clauseStart = m.end();
        }
        return before.substring(clauseStart);
    }

    private static String lastWords(String text, int count) {
        var words = text.strip().split("\\s+");
        int from = Math.max(0, words.length - count);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static PartialDate nearestDate(List<DateResolver.Found> dates, int position) {
        DateResolver.Found best = null;
        for (var found : dates) {
            if (best == null || Math.abs(found.start() - position) < Math.abs(best.start() - position)) {
                best = found;
            }
        }
        return best == null ? null : best.date();
    }

    private void build(RelationType type, Sentences.Sentence sentence, int start, int end, PartialDate date, List<Event> events) {
        switch (type) {
            case DEPLOYED_IN -> deployment(sentence, start, end, date, events);
            case EXPIRED, ENTERED_INTO_FORCE -> {
                var treaty = treatyFor(sentence, start, end, true);
                if (treaty != null) {
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
                for (var actor : actorsFor(sentence, start, end)) {
                    events.add(new Event(type, actor, treaty, date, sentence.start(), sentence.end(), null));
                }
            }
        }
    }

    /** "signed the New START Treaty" is a signature; "signed a law suspending … New START" is not. */
    private boolean signsTheTreaty(Sentences.Sentence sentence, int triggerEnd, String treaty) {
        for (var mention : this.context.mentionsIn(triggerEnd, sentence.end())) {
            if (mention.key().equals(treaty)) {
                var between = this.context.text().substring(triggerEnd, mention.start());
                return !between.matches("(?is).*\\b(?:law|decree|bill|order|statement|declaration|protocol|memorandum|document|letter)\\b.*")
                        && between.strip().split("\\s+").length <= 4;
            }
        }
        return true;
    }

    /** The treaty acted on: named after the trigger, else before it, else "the treaty"/"it" → last treaty named. */
    private String treatyFor(Sentences.Sentence sentence, int start, int end, boolean subjectPosition) {
        var inSentence = this.context.mentionsIn(sentence.start(), sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.Treaty)
            .toList();
        if (!subjectPosition) {
            for (var mention : inSentence) {
                if (mention.start() >= end) {
                    return mention.key();
                }
            }
        }
        Mention before = null;
        for (var mention : inSentence) {
            if (mention.end() <= start) {
                before = mention;
            }
        }
        if (before != null) {
            return before.key();
        }
        if (subjectPosition) {
            for (var mention : inSentence) {
                if (mention.start() >= end) {
                    return mention.key();
                }
            }
        }
        var anaphora = TREATY_ANAPHORA.matcher(this.context.text().substring(sentence.start(), sentence.end()));
        if (anaphora.find()) {
            return lastBefore(sentence.start(), EntityLabel.Treaty);
        }
        return null;
    }

    private String lastBefore(int position, EntityLabel label) {
        String found = null;
        for (var mention : this.context.mentions()) {
            if (mention.start() >= position) {
                break;
            }
            if (mention.label() == label) {
                found = mention.key();
            }
        }
        return found;
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
        var actors = new ArrayList<String>();
        var before = this.context.mentionsIn(clauseStart, start);
        for (int i = before.size() - 1; i >= 0; i--) {
            var state = actorState(before.get(i));
            if (state != null) {
                actors.add(0, state);
                // "Russia and the United States": both, if joined directly by "and".
                if (i > 0) {
                    var between = text.substring(before.get(i - 1).end(), before.get(i).start());
                    var other = actorState(before.get(i - 1));
                    if (between.matches("\\s+and\\s+(?:the\\s+)?") && other != null && !other.equals(state)) {
                        actors.add(0, other);
                    }
                }
                return actors;
            }
        }
        var after = text.substring(end, Math.min(sentence.end(), end + 60));
        var possessive = Pattern.compile("^\\s*(?:of\\s+)?(?:the\\s+)?(\\S+(?:\\s\\S+)?)['’]s\\b").matcher(after);
        if (possessive.find()) {
            for (var mention : this.context.mentionsIn(end, end + possessive.end())) {
                var state = actorState(mention);
                if (state != null) {
                    return List.of(state);
                }
            }
        }
        var by = Pattern.compile("\\bby\\s+(?:the\\s+)?").matcher(text.substring(end, sentence.end()));
        if (by.find()) {
            for (var mention : this.context.mentionsIn(end + by.end(), Math.min(sentence.end(), end + by.end() + 40))) {
                var state = actorState(mention);
                if (state != null) {
                    return List.of(state);
                }
            }
        }
        return List.of();
    }

    private String actorState(Mention mention) {
        return switch (mention.label()) {
            case State -> mention.key();
            case Person, Organization -> this.context.state(mention.key());
            default -> null;
        };
    }

    private void deployment(Sentences.Sentence sentence, int start, int end, PartialDate date, List<Event> events) {
        var text = this.context.text();
        var system = systemFor(sentence, start, end);
        if (system == null) {
            return;
        }
        var places = new ArrayList<String>();
        for (var mention : this.context.mentionsIn(end, sentence.end())) {
            if (mention.label() != EntityLabel.State && mention.label() != EntityLabel.Region) {
                continue;
            }
            var lead = text.substring(Math.max(end, mention.start() - 30), mention.start());
            boolean listed = !places.isEmpty() && lead.matches("(?s).*(?:,|\\band)\\s+(?:the\\s+)?$");
            if (PLACE_PREPOSITION.matcher(lead).find() || listed) {
                places.add(mention.key());
            }
            else if (!places.isEmpty()) {
                break;
            }
        }
        if (places.isEmpty()) {
            return;
        }
        var by = deployer(sentence, start, system.start());
        for (var place : places) {
            if (!place.equals(by)) {
                events.add(new Event(RelationType.DEPLOYED_IN, system.key(), place, date, sentence.start(), sentence.end(), by));
            }
        }
    }

    private record SystemRef(String key, int start) {
    }

    private SystemRef systemFor(Sentences.Sentence sentence, int start, int end) {
        var systems = this.context.mentionsIn(sentence.start(), sentence.end())
            .stream()
            .filter(m -> m.label() == EntityLabel.MissileSystem)
            .toList();
        Mention best = null;
        for (var mention : systems) {
            if (best == null || Math.abs(mention.start() - start) < Math.abs(best.start() - start)) {
                best = mention;
            }
        }
        if (best != null) {
            return new SystemRef(best.key(), best.start());
        }
        var anaphora = MISSILE_ANAPHORA.matcher(this.context.text().substring(sentence.start(), sentence.end()));
        if (anaphora.find()) {
            var previous = lastBefore(sentence.start(), EntityLabel.MissileSystem);
            if (previous == null) {
                // "such systems" after the INF Treaty: the missile class that treaty covered.
                var treaty = lastBefore(sentence.start(), EntityLabel.Treaty);
                var builder = treaty == null ? null : this.context.registry().get(treaty);
                previous = builder == null ? null : builder.property("covers");
            }
            return previous == null ? null : new SystemRef(previous, sentence.start() + anaphora.start());
        }
        return null;
    }

    /** The deploying state: "US missiles", "the US deployed …", or the system's owner in the gazetteer. */
    private String deployer(Sentences.Sentence sentence, int triggerStart, int systemStart) {
        var text = this.context.text();
        for (var mention : this.context.mentionsIn(Math.max(sentence.start(), systemStart - 30), systemStart)) {
            var state = actorState(mention);
            if (state != null && text.substring(mention.end(), systemStart).matches("\\s*(?:[\\w-]+\\s+){0,3}")) {
                return state;
            }
        }
        var actors = actorsFor(sentence, triggerStart, triggerStart);
        if (!actors.isEmpty()) {
            return actors.get(0);
        }
        var clauseMentions = this.context.mentionsIn(sentence.start(), triggerStart);
        for (int i = clauseMentions.size() - 1; i >= 0; i--) {
            var state = actorState(clauseMentions.get(i));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** One act per actor, treaty (or place) and type per article: the earliest dated report of it wins. */
    private static List<Event> deduplicate(List<Event> events) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (var event : events) {
            var key = event.type() + "|" + event.from() + "|" + event.to();
            var existing = kept.get(key);
            if (existing == null || existing.date() == null && event.date() != null
                    || existing.date() != null && event.date() != null && event.date().start().isBefore(existing.date().start())) {
                var by = event.by() != null ? event.by() : existing == null ? null : existing.by();
                kept.put(key, new Event(event.type(), event.from(), event.to(), event.date(), event.start(), event.end(), by));
            }
        }
        return new ArrayList<>(kept.values());
    }

}
