package org.treatygraph.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleParserTests {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void tassExportHeaderGivesPublicationDateAndDatelineThatMayDiffer() {
        var article = this.parser.parse(RawArticle.ofText("a.txt",
                " date 2026-02-04 MOSCOW, February 5. /TASS/. Moscow assumes the parties are free to act."));
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(article.dateline().place()).isEqualTo("Moscow");
        assertThat(article.dateline().date()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(article.source()).isEqualTo("TASS");
        assertThat(article.text().substring(article.bodyStart())).startsWith("Moscow assumes");
    }

    @Test
    void aSummaryUnderThePageDateIsNotTheStorysFirstSentence() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "Seoul keeps its pledge on nuclear tests\n\n"
                + "Last Updated: 03 Mar 2025 09:10 GMT | Source: Reuters\n\n"
                + "Officials reject talk of a domestic bomb but say the alliance must adapt\n\n"
                + "South Korea will remain in the NPT, its foreign minister said on Monday.\n"));
        assertThat(article.title()).isEqualTo("Seoul keeps its pledge on nuclear tests");
        assertThat(article.text().substring(article.bodyStart())).startsWith("South Korea will remain");
    }

    @Test
    void januaryDatelineAfterDecemberHeaderTakesTheNextYear() {
        var article = this.parser.parse(RawArticle.ofText("a.txt",
                " date 2025-12-31 MINSK, January 1. /tass/. Lead sentence here."));
        assertThat(article.dateline().date()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void siteClutterBeforeTheDatelineIsSkippedAndTheHeadlineKept() {
        var text = "All news\nRyabkov rules out talks\nThe diplomat spoke to reporters\n"
                + "Sergey Ryabkov. Photo: Someone/TASS\nMOSCOW, March 3. /TASS/. Body starts here.";
        var article = this.parser.parse(new RawArticle("a.txt", text, null, null, LocalDate.of(2025, 3, 3), null));
        assertThat(article.title()).isEqualTo("Ryabkov rules out talks");
        assertThat(text.substring(article.bodyStart())).startsWith("Body starts here.");
    }

    @Test
    void anAgencyNamedBareAfterTheDayEndsTheDateline() {
        var article = this.parser.parse(new RawArticle("k.txt", "Headline\n\nSEOUL, March 9 Kyodo - South Korea said on Monday that …",
                null, null, LocalDate.of(2025, 3, 9), null));
        assertThat(article.dateline().place()).isEqualTo("Seoul");
        assertThat(article.source()).isEqualTo("Kyodo");
        assertThat(article.text().substring(article.bodyStart())).startsWith("South Korea said");
    }

    @Test
    void wireAndInterfaxDatelinesAreRecognised() {
        var ap = this.parser.parse(new RawArticle("ap.txt", "Headline\n\nMOSCOW (AP) — The Kremlin said on Monday that …",
                null, null, LocalDate.of(2025, 6, 2), null));
        assertThat(ap.source()).isEqualTo("AP");
        assertThat(ap.text().substring(ap.bodyStart())).startsWith("The Kremlin");
        var interfax = this.parser.parse(RawArticle.ofText("ifx.txt", "MOSCOW. Feb 28 (Interfax) - Russia will respond."));
        assertThat(interfax.source()).isEqualTo("Interfax");
        assertThat(interfax.text().substring(interfax.bodyStart())).startsWith("Russia will respond.");
    }

    @Test
    void aNationalAgencysDayFirstDatelineIsRecognised() {
        var text = "Minsk hosts the drills\n\n3 March 2025, 10:05\n\nMINSK, 3 March (BelTA) – The drills began on Monday.";
        var article = this.parser.parse(RawArticle.ofText("b.txt", text));
        assertThat(article.source()).isEqualTo("BelTA");
        assertThat(article.dateline().place()).isEqualTo("Minsk");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(text.substring(article.bodyStart())).startsWith("The drills began");
    }

    @Test
    void aCityAndADashOpenTheStoryButAPageDateDoesNot() {
        var text = "Launcher arrives\nLast Updated: April 16, 2024 | Source: Reuters\n\n"
                + "MANILA — The U.S. Army has deployed its launcher to the north of the country for the drills, it said.";
        var article = this.parser.parse(RawArticle.ofText("m.txt", text));
        assertThat(article.dateline().place()).isEqualTo("Manila");
        assertThat(text.substring(article.bodyStart())).startsWith("The U.S. Army");
        var kyodo = this.parser.parse(RawArticle.ofText("k.txt", "Ban takes effect\n\nKYODO NEWS - Jan 22, 2021 - 19:05 | World\n\n"
                + "TOKYO, Jan. 22 (Kyodo) -- A treaty banning nuclear weapons entered into force on Friday."));
        assertThat(kyodo.dateline().place()).isEqualTo("Tokyo");
    }

    @Test
    void anyOutletInBracketsOpensWireCopy() {
        var ap = this.parser.parse(RawArticle.ofText("ap.txt", "VILNIUS, Lithuania (AP) — Lithuania's parliament voted on Tuesday to leave a treaty."));
        assertThat(ap.dateline().place()).isEqualTo("Vilnius");
        assertThat(ap.source()).isEqualTo("AP");
        var ria = this.parser.parse(RawArticle.ofText("ria.txt", "MINSK, Oct. 3 (RIA Novosti) - Belarus has received the first launchers, the ministry said."));
        assertThat(ria.source()).isEqualTo("RIA Novosti");
        assertThat(ria.title()).isNull();
        assertThat(ria.text().substring(ria.bodyStart())).startsWith("Belarus has received");
    }

    @Test
    void headlineFirstPageTakesDateAndSourceFromTheUpdatedLine() {
        var text = "Allies weigh missile plan\nLast Updated Mar 3, 2025 | Source: Reuters\n\nThe body of the story.";
        var article = this.parser.parse(RawArticle.ofText("r.txt", text));
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(article.source()).isEqualTo("Reuters");
        assertThat(article.title()).isEqualTo("Allies weigh missile plan");
        assertThat(text.substring(article.bodyStart())).startsWith("The body");
    }

    @Test
    void aTrailOfSectionsAndARowOfButtonsAreNoHeadline() {
        var text = "Home > News > Defence\n\nLisbon parliament backs test ban push\n\nPublished: 4 March 2025\n\nShare | Email | Print\n\n"
                + "Portugal's deputies voted on Tuesday for a motion on nuclear testing.";
        var article = this.parser.parse(RawArticle.ofText("p.txt", text));
        assertThat(article.title()).isEqualTo("Lisbon parliament backs test ban push");
        assertThat(text.substring(article.bodyStart())).startsWith("Portugal's deputies");
        var sections = this.parser.parse(RawArticle.ofText("s.txt", "World | Arms control\n\nSeoul weighs missile offer\n\n"
                + "South Korea is studying a proposal from Washington, officials said on Monday."));
        assertThat(sections.title()).isEqualTo("Seoul weighs missile offer");
    }

    @Test
    void emptyTextIsRefusedWithTheOrigin() {
        assertThatThrownBy(() -> this.parser.parse(RawArticle.ofText("empty.txt", "  \n ")))
            .isInstanceOf(ArticleException.class)
            .hasMessageContaining("empty.txt")
            .hasMessageContaining("empty");
    }

    @Test
    void theSameTextAlwaysGetsTheSameKey() {
        var a = this.parser.parse(RawArticle.ofText("a", "MOSCOW, May 1. /TASS/. Same text."));
        var b = this.parser.parse(RawArticle.ofText("b", "MOSCOW, May 1. /TASS/. Same text.\r\n".strip()));
        assertThat(a.key()).isEqualTo(b.key()).hasSize(16);
    }


    @Test
    void pageDatesInTheShapesSitesPrintThem() {
        assertThat(ArticleParser.pageDate("Updated 7:18 PM EST, November 22, 2020")).isEqualTo(LocalDate.of(2020, 11, 22));
        assertThat(ArticleParser.pageDate("Updated 2:41 PM GMT+3, October 6, 2025")).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(ArticleParser.pageDate("01.03.2023 12:20")).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(ArticleParser.pageDate("Published: 2025-03-04")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ArticleParser.pageDate("4 March 2025")).isEqualTo(LocalDate.of(2025, 3, 4));
        // A weekday abbreviation before the date and a time written with a dot, as some British sites print them.
        assertThat(ArticleParser.pageDate("Fri 2 Aug 2019 11.47 BST")).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(ArticleParser.pageDate("August 5, 2025")).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(ArticleParser.pageDate("On August 5, 2025 Russia said it would respond")).isNull();
        assertThat(ArticleParser.pageDate("31.02.2025")).isNull();
    }

    @Test
    void aTassHeaderBelowThePageFurnitureIsFound() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "All news\nRussia will respond, diplomat says\n"
                + "Photo caption © Archive/TASS\n date 2025-11-06 MOSCOW, November 6. /TASS/. Russia will respond."));
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 11, 6));
        assertThat(article.dateline().place()).isEqualTo("Moscow");
        assertThat(article.text().substring(article.bodyStart())).startsWith("Russia will respond.");
    }

    @Test
    void anInterfaxPageTakesItsYearFromThePageDate() {
        var article = this.parser.parse(RawArticle.ofText("a.txt",
                "Senator: a pause, not an exit\n\n01.03.2023 12:20\n\nMOSCOW. March 1 (Interfax) - The law changes nothing."));
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(article.dateline().date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(article.title()).isEqualTo("Senator: a pause, not an exit");
    }

    @Test
    void aCityInCapitalsBeforeAColonIsTheDateline() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "Seoul keeps its options open\n"
                + "Last Updated: Mar 3, 2025, 10:15 IST | Source: Reuters\n\n"
                + "SEOUL: South Korea has no plans to build nuclear weapons of its own, a senior official said on Monday.\n\n"
                + "UPDATE: The ministry later repeated that it remains committed to the Non-Proliferation Treaty."));
        assertThat(article.dateline().place()).isEqualTo("Seoul");
        assertThat(article.text().substring(article.bodyStart())).startsWith("South Korea has no plans");
        var notAPlace = this.parser.parse(RawArticle.ofText("b.txt", "A headline about the treaty\n\n"
                + "BREAKING: South Korea has no plans to build nuclear weapons of its own, a senior official said on Monday."));
        assertThat(notAPlace.dateline()).isNull();
    }

    @Test
    void anAgencyInLowerCaseAndADateBeforeItsTimeAreRead() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "Allies answer Moscow\n"
                + "14.06.2024 – 09:30\n"
                + "Vienna (dpa) - Western delegations walked out of the meeting on Friday."));
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(article.dateline().place()).isEqualTo("Vienna");
        assertThat(article.text().substring(article.bodyStart())).startsWith("Western delegations walked out");
    }

    @Test
    void aStoryFiledFromTwoCitiesHasBothInItsDateline() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "WASHINGTON/MOSCOW, Aug 2 (Reuters) - The United States left the treaty on Friday."));
        assertThat(article.dateline().place()).isEqualTo("Washington/Moscow");
        assertThat(article.source()).isEqualTo("Reuters");
        assertThat(article.text().substring(article.bodyStart())).startsWith("The United States left");
    }

    @Test
    void aSectionKickerAboveTheHeadlineIsNoTitle() {
        var article = this.parser.parse(RawArticle.ofText("a.txt", "WORLD / ASIA PACIFIC\n\n"
                + "Seoul weighs a launcher of its own\n\nSeoul weighs a launcher of its own\n\nMar 3, 2025\n\n"
                + "South Korea is studying whether to buy a ground-based launcher, officials said."));
        assertThat(article.title()).isEqualTo("Seoul weighs a launcher of its own");
        assertThat(article.text().substring(article.bodyStart())).startsWith("South Korea is studying");
    }

    @Test
    void anOutletWithItsDateInBracketsThenADashOpensTheStoryAfterTheDash() {
        var text = "OSAKA (Kansai Evening Post - 4th October, 2025) — The launcher left the base on Friday.";
        var article = this.parser.parse(RawArticle.ofText("o.txt", text));
        assertThat(article.source()).isEqualTo("Kansai Evening Post");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 4));
        assertThat(text.substring(article.bodyStart())).startsWith("The launcher left");
    }

}
