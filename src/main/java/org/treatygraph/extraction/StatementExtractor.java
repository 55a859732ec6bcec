package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static final String VERBS = Lexicon.SPEECH_VERBS + "|pledged|promised|vowed|threatened|proposed|offered|"
            + "reaffirmed|assured|predicted|cautioned|alleged|accused|complained|recommended|demanded|called on|"
            + "made it clear|pointed to|drew attention";

    private static final String BELIEF_VERBS = "believes|believe|believed|assumes|assume|assumed|thinks|think|thought|"
            + "insists|insist|insisted|considers|consider|considered|expects|expect|expected|fears|fear|feared|hopes|hope|"
            + "hoped|is convinced|are convinced|was convinced|maintains|maintain|argues|argue|holds|hold|feels|feel|"
            + "doubts|doubt|sees|see|regards|regard|suspects|suspect";

    private static final String SPEAKER = "(?<speaker>[^\"“”«»,;:]{1,140}?)";

    private static final String TAIL = "(?<tail>(?:\\s+(?:on|in|at|during|to|with|after|while|via|from|earlier|later|today|yesterday|"
            + "reporters|journalists|TASS|the press|lawmakers|RIA|Izvestia|Interfax)\\b[^\"“”.;]{0,110}?)?)";

    /** After a quote: {@code ," the senior diplomat stressed.} */
    private static final Pattern AFTER_SPEAKER_VERB = Pattern
        .compile("^[\\s,.!?—–-]*" + SPEAKER + "\\s+(?:has |had |also |further |then |later |once again )?(?<verb>" + VERBS + ")\\b" + TAIL + "(?=[\\s]*(?:[.,:;!?]|$|\"|“|«))");

    /** After a quote: {@code ," said Ryabkov.} */
    private static final Pattern AFTER_VERB_SPEAKER = Pattern
        .compile("^[\\s,.!?—–-]*(?<verb>said|says|stressed|noted|added|wrote|explained|told|stated|concluded|emphasized|pointed out|"
                + "remarked|continued|insisted|warned)\\s+" + SPEAKER + TAIL + "(?=\\s*(?:[.,;]|$))");

    /** Before a quote: {@code Ryabkov told TASS: "} or {@code According to Zakharova, "}. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[.!?]\\s+|,\\s+(?:and|but|while)\\s+|—\\s*)" + SPEAKER
            + "\\s+(?:has |had |also |further |then |later |once again )?(?<verb>" + VERBS + ")\\b" + TAIL
            + "(?:\\s+that)?\\s*[:,—–]?\\s*$");

    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)according to " + SPEAKER + ",?\\s*$");

    private static final Pattern INVERTED = Pattern.compile("^(?:This|That|These words|The statement|This statement|The remarks?)\\s+"
            + "(?:was|were|has been|had been)\\s+(?:stated|said|made|announced|voiced|noted|declared|written|posted|published|expressed|reported)"
            + "\\b[^.]*?\\bby\\s+" + SPEAKER + "(?:\\s+(?:on|in|at|during)\\b[^.]*)?\\.?$");

    /** Reported speech closed by the attribution: {@code …, the Russian Foreign Ministry stated.} */
    private static final Pattern REPORTED_END = Pattern.compile("^(?<content>.{20,}?),\\s+" + SPEAKER
            + "\\s+(?:has |had |also |further |then |later |once again )?(?<verb>" + VERBS + ")\\b" + TAIL + "\\s*[.!]?$");

    private static final Pattern REPORTED_ACCORDING = Pattern
        .compile("(?i)(?:^|,\\s+)according to " + SPEAKER + ",\\s+(?<content>.{10,})$");

    private static final Pattern REPORTED_FRONT = Pattern.compile("^(?:(?:Meanwhile|However|Earlier|Later|At the same time|Also|"
            + "In addition|Besides|Moreover|Now|Currently|Still|Furthermore|In particular|Separately|Earlier,|Meanwhile,)[, ]+)?"
            + SPEAKER + "\\s+(?:has |had |also |further |then |later |once again |repeatedly |earlier |again |firmly |strongly |"
            + "publicly |previously |still )*(?:(?<verb>" + VERBS + ")" + TAIL + "(?:,)?\\s+that\\s+|(?<belief>" + BELIEF_VERBS
            + ")\\s+(?:that\\s+)?|(?<plain>said|says|told \\w+|tells \\w+|stated|wrote|warned)\\s+(?=[A-Z]|the |it |its |this |"
            + "there |he |she |they |we |no |his |her |their ))(?<content>.{15,})$");

    private final ArticleContext context;

    private final SpeakerResolver speakers;

    StatementExtractor(ArticleContext context) {
        this.context = context;
        this.speakers = new SpeakerResolver(context);
    }

    List<Found> extract() {
        var text = this.context.text();
        int from = this.context.article().bodyStart();
        var quotes = QuoteFinder.find(text, from).stream().filter(q -> q.words(text) >= 4).toList();
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
                if (statement != null) {
                    found.add(statement);
                    consumedUntil = Math.max(statement.end(), statement.attributionEnd());
                    this.speakers.spoke(statement.start(), statement.speaker());
                }
            }
            else if (item instanceof Sentences.Sentence sentence) {
                if (sentence.end() <= consumedUntil || insideQuote(sentence, quotes) || sentence.start() < from) {
                    continue;
                }
                var inverted = INVERTED.matcher(sentence.text(text));
                if (inverted.matches()) {
                    reattributePrevious(found, sentence, inverted);
                    continue;
                }
                var statement = reported(sentence);
                if (statement != null) {
                    found.add(statement);
                    this.speakers.spoke(statement.start(), statement.speaker());
                }
            }
        }
        return found;
    }

    private static int startOf(Object item) {
        return item instanceof QuoteFinder.Quote q ? q.start() : ((Sentences.Sentence) item).start();
    }

    private static boolean insideQuote(Sentences.Sentence sentence, List<QuoteFinder.Quote> quotes) {
        for (var quote : quotes) {
            // Mostly quoted sentences belong to the quote's statement, not to reported speech.
            int overlap = Math.min(quote.end(), sentence.end()) - Math.max(quote.start(), sentence.start());
            if (overlap > (sentence.end() - sentence.start()) / 2) {
                return true;
            }
        }
        return false;
    }

    private Found attributeQuote(QuoteFinder.Quote quote, List<QuoteFinder.Quote> quotes) {
        var text = this.context.text();
        int start = quote.start();
        int end = quote.end();
        // The attribution may follow the quote; the quote may resume after it ("…," he said, "…").
        int afterStart = Math.min(text.length(), end + 1);
        int lineEnd = text.indexOf('\n', afterStart);
        var after = text.substring(afterStart, lineEnd < 0 ? text.length() : Math.min(lineEnd, afterStart + 220));
        String speaker = null;
        String verb = null;
        int attributionStart = -1;
        int attributionEnd = -1;
        for (var pattern : List.of(AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER)) {
            var m = pattern.matcher(after);
            if (m.find()) {
                var resolved = this.speakers.resolve(afterStart + m.start("speaker"), afterStart + m.end("speaker"));
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
            var m = BEFORE.matcher(before.text);
            var according = ACCORDING_BEFORE.matcher(before.text);
            if (m.find()) {
                speaker = this.speakers.resolve(before.offset + m.start("speaker"), before.offset + m.end("speaker"));
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
            else if (!before.text.isBlank() && before.text.strip().length() > 3) {
                // A quote embedded in a longer sentence is a fragment of reported speech, not a statement.
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
        return body.replaceAll("\\s*\\n+\\s*\"?", " ").strip();
    }

    /** The quote that resumes right after an attribution ending in a comma or colon, if any. */
    private QuoteFinder.Quote continuationAfter(List<QuoteFinder.Quote> quotes, QuoteFinder.Quote quote, int attributionEnd) {
        if (attributionEnd < 0) {
            return null;
        }
        var text = this.context.text();
        for (var next : quotes) {
            if (next.start() > quote.end()) {
                var between = text.substring(attributionEnd, next.start() - 1);
                return between.matches("\\s*[,:]\\s*") ? next : null;
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

    /** "This was stated … by X.": X said the previous statement, or the previous sentence if none was found. */
    private void reattributePrevious(List<Found> found, Sentences.Sentence sentence, Matcher inverted) {
        var speaker = this.speakers.resolve(sentence.start() + inverted.start("speaker"), sentence.start() + inverted.end("speaker"));
        if (speaker == null) {
            return;
        }
        var text = this.context.text();
        Sentences.Sentence previous = null;
        for (var s : this.context.sentences()) {
            if (s.index() == sentence.index() - 1) {
                previous = s;
            }
        }
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
    }

    private Found reported(Sentences.Sentence sentence) {
        var text = this.context.text();
        var s = sentence.text(text);
        int offset = sentence.start();
        var end = REPORTED_END.matcher(s);
        if (end.matches() && words(end.group("speaker")) <= 10) {
            var speaker = this.speakers.resolve(offset + end.start("speaker"), offset + end.end("speaker"));
            if (speaker != null) {
                return reportedFound(offset + end.start("content"), offset + end.end("content"), speaker, end.group("verb"),
                        offset + end.start("speaker"), sentence.end());
            }
        }
        var according = REPORTED_ACCORDING.matcher(s);
        if (according.find() && words(according.group("speaker")) <= 10) {
            var speaker = this.speakers.resolve(offset + according.start("speaker"), offset + according.end("speaker"));
            if (speaker != null) {
                return reportedFound(offset + according.start("content"), offset + according.end("content"), speaker,
                        "according to", offset + according.start(), offset + according.end("speaker"));
            }
        }
        var front = REPORTED_FRONT.matcher(s);
        if (front.matches() && words(front.group("speaker")) <= 10) {
            var speaker = this.speakers.resolve(offset + front.start("speaker"), offset + front.end("speaker"));
            if (speaker != null) {
                var verb = front.group("verb") != null ? front.group("verb")
                        : front.group("belief") != null ? front.group("belief") : front.group("plain");
                return reportedFound(offset + front.start("content"), offset + front.end("content"), speaker, verb,
                        offset + front.start("speaker"), offset + front.start("content"));
            }
        }
        return null;
    }

    private Found reportedFound(int start, int end, String speaker, String verb, int attributionStart, int attributionEnd) {
        var text = this.context.text();
        int e = end;
        while (e > start && ".!".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Found(start, e, text.substring(start, e).strip(), Kind.reported, speaker, verb, attributionStart,
                attributionEnd);
    }

    private static int words(String phrase) {
        return phrase.strip().split("\\s+").length;
    }

}
