package org.treatygraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatygraph.article.ArticleParser;
import org.treatygraph.article.RawArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ExtractorTests {

    private final Extractor extractor = Extractor.failingFast();

    private final ArticleParser parser = new ArticleParser();

    private ExtractedGraph extract(String text) {
        return this.extractor.extract(this.parser.parse(RawArticle.ofText("test", text)));
    }

    private ExtractedGraph seed(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/samples/" + name)) {
            return extract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> facts(ExtractedGraph graph, RelationType type) {
        return graph.relationships().stream().filter(r -> r.type() == type)
            .map(r -> r.from() + " -> " + r.to() + " @" + (r.date() == null ? null : r.date().value()))
            .toList();
    }

    @Test
    void ryabkovSeedGivesPeopleStatesTreatiesAndDatedEvents() throws IOException {
        var graph = seed("004_472fbafd6e30e720.txt");
        var ryabkov = graph.entity("person/sergey-ryabkov");
        assertThat(ryabkov.properties()).containsEntry("role", "Deputy Foreign Minister").containsEntry("state", "state/russia");
        assertThat(graph.entity("person/vladimir-putin").properties()).containsEntry("role", "President");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("state/russia", "state/united-states", "state/united-kingdom", "state/france", "state/philippines",
                    "treaty/new-start", "treaty/inf-treaty", "missilesystem/intermediate-range-missiles", "region/europe");
        // Known entities carry every name the gazetteer knows, not only those the article used.
        assertThat(graph.entity("treaty/new-start").aliases()).contains("START III", "Prague Treaty");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02-21");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/intermediate-range-missiles -> region/europe @null",
                "missilesystem/intermediate-range-missiles -> state/philippines @null");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelationType.DEPLOYED_IN)
            .allSatisfy(r -> assertThat(r.properties()).containsEntry("by", "state/united-states"));
    }

    @Test
    void outputKeepsOneOrderOnEveryRun() throws IOException {
        // Map literals iterate in an order drawn afresh in each JVM: the extract command would print the same graph
        // differently from one run to the next, and its output is what other tools diff. Properties keep the order
        // the gazetteer writes them in, then the order they were found in.
        var graph = seed("004_472fbafd6e30e720.txt");
        assertThat(graph.entity("state/russia").properties().keySet()).containsExactly("iso", "wikidata", "demonym");
        assertThat(graph.entity("treaty/inf-treaty").properties().keySet()).containsExactly("signed", "covers", "parties");
        assertThat(graph.entity("treaty/new-start").properties().keySet()).containsExactly("signed", "parties");
        assertThat(graph.entity("person/vladimir-putin").properties().keySet()).containsExactly("role", "state", "wikidata");
        assertThat(graph.entity("person/sergey-ryabkov").properties().keySet()).containsExactly("role", "state", "organization");
        assertThat(ExtractionJson.toJson(graph)).contains("\"mentions\":[{\"start\":").doesNotContain("{\"end\":");
    }

    @Test
    void everyDirectQuoteOfTheSeedsHasItsSpeaker() throws IOException {
        var ministry = seed("000_a5579124ed8d374b.txt");
        assertThat(ministry.statements()).filteredOn(s -> s.kind() == ExtractedGraph.Statement.Kind.direct)
            .hasSize(4)
            .allSatisfy(s -> assertThat(s.speaker()).isEqualTo("organization/russian-foreign-ministry"));
        var ryabkov = seed("004_472fbafd6e30e720.txt");
        assertThat(ryabkov.statements()).filteredOn(s -> s.kind() == ExtractedGraph.Statement.Kind.direct)
            .hasSize(2)
            .allSatisfy(s -> assertThat(s.speaker()).isEqualTo("person/sergey-ryabkov"));
    }

    @Test
    void suspensionWithoutWithdrawalIsNotAWithdrawal() {
        var graph = extract(" date 2023-02-22 MOSCOW, February 22. /TASS/. Russia suspended its participation in "
                + "the New START Treaty on February 21, 2023, without withdrawing from the accord, the Kremlin said.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02-21");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void intentionsThreatsAndNegationsAreNotFacts() {
        var graph = extract(" date 2025-05-12 WASHINGTON, May 12. /TASS/. The Pentagon would begin deployments of "
                + "Dark Eagle missiles in Germany in 2026. Moscow is not ruling out that it will deploy Oreshnik "
                + "systems in Belarus. The treaty was not extended in 2021 by Washington.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
        assertThat(facts(graph, RelationType.EXTENDED)).isEmpty();
    }

    @Test
    void aPersonTheGazetteerDoesNotKnowIsFoundByTitleAndLaterBySurname() {
        var graph = extract(" date 2025-04-02 ASTANA, April 2. /TASS/. Kazakh Deputy Foreign Minister Oralbek "
                + "Tulegenov said that Astana supports the treaty. \"We will keep our word,\" Tulegenov told reporters.");
        var person = graph.entities().stream().filter(e -> e.name().equals("Oralbek Tulegenov")).findFirst().orElseThrow();
        assertThat(person.label()).isEqualTo(EntityLabel.Person);
        assertThat(person.properties()).containsEntry("role", "Deputy Foreign Minister").containsEntry("state", "state/kazakhstan");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).containsOnly(person.key());
        assertThat(person.mentions()).hasSize(2);
    }

    @Test
    void monthAndDayWithoutYearTakeTheArticleYear() {
        var graph = extract(" date 2026-02-10 MOSCOW, February 10. /TASS/. The New START Treaty expired on "
                + "February 5, Russian Foreign Minister Sergey Lavrov said.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
        assertThat(facts(graph, RelationType.SIGNED)).noneMatch(fact -> fact.contains("new-start"));
    }

    private static String speakerOf(ExtractedGraph graph, String fragment) {
        return graph.statements().stream().filter(s -> s.text().contains(fragment)).findFirst()
            .map(ExtractedGraph.Statement::speaker).orElse("no statement containing: " + fragment);
    }

    @Test
    void reportedSpeechIsAttributedWhateverStandsBetweenSpeakerAndVerb() {
        var graph = extract(" date 2025-03-14 GENEVA, March 14. /TASS/. The conference opened on Friday.\n\n"
                + "In Geneva, Kremlin Spokesman Dmitry Peskov said on Friday that the moratorium had lost its meaning.\n\n"
                + "Mira Castellanos, a senior fellow at the Lisbon Institute for Security Studies, said the caps were "
                + "worth keeping informally.\n\n"
                + "Chinese envoy Ding Haorui thanked the hosts for the meeting and noted that Beijing would stay out of "
                + "trilateral talks.\n\n"
                + "The launchers will stay in the region until the spring, according to a Pentagon official.\n\n"
                + "Russian President Vladimir Putin spoke later. Moscow would keep to the limits, the Russian leader "
                + "stressed, only if Washington did the same.");
        assertThat(speakerOf(graph, "lost its meaning")).isEqualTo("person/dmitry-peskov");
        assertThat(speakerOf(graph, "worth keeping")).isEqualTo("person/mira-castellanos");
        assertThat(graph.entity("person/mira-castellanos").properties()).containsKey("role");
        assertThat(speakerOf(graph, "stay out of")).isEqualTo("person/ding-haorui");
        assertThat(speakerOf(graph, "stay in the region")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "only if Washington")).isEqualTo("person/vladimir-putin");
    }

    @Test
    void quotesOpeningASentenceAreStatementsAndAQuoteThatGoesOnJoinsThePrevious() {
        var graph = extract(" date 2025-09-09 BERLIN, September 9. /TASS/. The plan was presented on Tuesday.\n\n"
                + "Deputy Government Spokeswoman Katrin Vollmer said Berlin saw the plan as a deterrent. \"We are not "
                + "talking about warheads of any kind,\" she told a news conference. \"The systems are conventional.\" "
                + "In her view, the deployment would last several years.\n\n"
                + "In March, Chancellor Jonas Weidler offered to host further talks on the limits.");
        var vollmer = "person/katrin-vollmer";
        assertThat(speakerOf(graph, "warheads of any kind")).isEqualTo(vollmer);
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("warheads of any kind"))
            .singleElement().satisfies(s -> assertThat(s.text()).contains("The systems are conventional"));
        assertThat(speakerOf(graph, "last several years")).isEqualTo(vollmer);
        assertThat(speakerOf(graph, "host further talks")).isEqualTo("person/jonas-weidler");
    }

    @Test
    void eachActInASentenceTakesItsOwnDateAndEveryActor() {
        var graph = extract(" date 2024-06-03 MOSCOW, June 3. /TASS/. Officials met on Monday.\n\n"
                + "The Treaty on Open Skies was signed by Russia and the United States on March 24, 1992, and entered "
                + "into force on January 1, 2002.\n\n"
                + "Washington withdrew from the ABM Treaty in 2002, from the INF Treaty in 2019 and from the Open Skies "
                + "Treaty in 2020.\n\n"
                + "New START entered into force in 2011, and the two countries extended it in February 2021.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/open-skies @1992-03-24", "state/united-states -> treaty/open-skies @1992-03-24");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).contains("treaty/open-skies -> treaty/open-skies @2002-01-01");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/abm-treaty @2002", "state/united-states -> treaty/inf-treaty @2019",
                "state/united-states -> treaty/open-skies @2020");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/new-start @2021-02", "state/united-states -> treaty/new-start @2021-02");
    }

    @Test
    void aTreatyTheGazetteerDoesNotKnowTakesItsOwnActs() {
        var graph = extract(" date 2025-03-02 ASTANA, March 2. /TASS/. New START was mentioned at the talks.\n\n"
                + "On February 27, 2025, Kazakhstan and Kyrgyzstan signed the Treaty on Seismic Monitoring Cooperation "
                + "in Astana, the ministry said. The treaty on August 1 was discussed too.");
        var treaty = "treaty/treaty-on-seismic-monitoring-cooperation";
        assertThat(graph.entity(treaty).name()).isEqualTo("Treaty on Seismic Monitoring Cooperation");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/kazakhstan -> " + treaty + " @2025-02-27", "state/kyrgyzstan -> " + treaty + " @2025-02-27");
        assertThat(graph.entities()).noneMatch(e -> e.name().contains("August"));
    }

    @Test
    void aTreatyThatCeasesForOneStateIsThatStatesWithdrawal() {
        var graph = extract(" date 2021-12-19 MOSCOW, December 19. /TASS/. The Treaty on Open Skies ceased to be in "
                + "force for Russia on Saturday, the Foreign Ministry said.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021-12-18");
        assertThat(facts(graph, RelationType.EXPIRED)).isEmpty();
    }

    @Test
    void stanceFollowsNegationAndConditions() {
        assertThat(StanceClassifier.classify("Moscow is not ready for any dialogue with Washington", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("the suspension does not imply a withdrawal from the treaty", "stressed").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("Russia will keep to the limits as long as the US refrains from deploying", null)
            .stance()).isEqualTo(Stance.conditional);
        assertThat(StanceClassifier.classify("the delegation arrived in Vienna on Tuesday", null).stance())
            .isEqualTo(Stance.neutral);
        assertThat(StanceClassifier.classify("if Washington returns to full compliance", "said").stance())
            .isEqualTo(Stance.conditional);
        assertThat(StanceClassifier.classify("Moscow regrets the end of the accord", null).stance()).isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("Washington does not regret the end of the accord", null).stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("the second battery went on combat duty near Gomel", null, true).stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("the second battery went on combat duty near Gomel", null, false).stance())
            .isEqualTo(Stance.neutral);
    }

    @Test
    void bodiesNamedAfterTheirStateAreOrganisationsOfThatState() {
        var graph = extract(" date 2025-07-20 SYDNEY, July 20. /TASS/. The drills ended. The Australian Defence Force "
                + "and the Philippine Army took part, while Japan's Foreign Ministry said it had been informed.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.Organization)
            .extracting(ExtractedGraph.Entity::name)
            .contains("Australian Defence Force", "Philippine Army", "Japanese Foreign Ministry");
        assertThat(graph.entity("organization/australia-defence-force").properties()).containsEntry("state", "state/australia");
    }

    @Test
    void aCommitteeIsAnOrganisationOfItsOwnWithinItsParent() {
        var graph = extract(" date 2025-10-01 MOSCOW, October 1. /TASS/. Deputy Chairman of the State Duma Committee on "
                + "Defense Andrei Volkonsky told TASS that the vote was unanimous.");
        assertThat(graph.entity("organization/state-duma-committee-on-defense")).isNotNull();
        assertThat(graph.relationships()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.PART_OF);
            assertThat(r.from()).isEqualTo("organization/state-duma-committee-on-defense");
            assertThat(r.to()).isEqualTo("organization/state-duma");
        });
        // Keys are transliteration-tolerant: "Andrei" and "Andrey" are one person.
        assertThat(speakerOf(graph, "unanimous")).isEqualTo("person/andrey-volkonsky");
    }

    @Test
    void speakersAreFoundPastAppositivesInversionsAndLeadingSources() {
        var graph = extract(" date 2021-03-10 MOSCOW, March 10. /TASS/. Moscow's patience with the talks is not unlimited. "
                + "This was stated in an interview with TASS by Irina Saltykova, head of the Foreign Ministry's "
                + "Department for European Security.\n\n"
                + "\"The offer will not stay on the table forever,\" Sen. Walter Prendergast, a member of the Senate "
                + "Armed Services Committee, said in a statement.\n\n"
                + "Saltykova recalled the last round of consultations. According to her, a delay \"would only help those "
                + "who want no limits at all.\"\n\n"
                + "The head of state said he had asked the government to prepare a reply.\n\n"
                + "Russian President Vladimir Putin spoke later. The freeze changes little on the ground, Oleg Varnavin, "
                + "a member of the Federation Council Committee on Defense and Security, told Interfax.\n\n"
                + "\"We can set up anywhere,\" said Lt. Col. Dana Whitcomb, a spokeswoman for the exercise.");
        assertThat(speakerOf(graph, "not unlimited")).isEqualTo("person/irina-saltykova");
        assertThat(speakerOf(graph, "table forever")).isEqualTo("person/walter-prendergast");
        assertThat(speakerOf(graph, "no limits at all")).isEqualTo("person/irina-saltykova");
        assertThat(speakerOf(graph, "changes little")).isEqualTo("person/oleg-varnavin");
        assertThat(speakerOf(graph, "set up anywhere")).isEqualTo("person/dana-whitcomb");
        // A quote inside reported speech is part of it, not a second statement.
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("no limits at all")).hasSize(1);
        // A desk named after a region says nothing of nationality; the dateline decides whose ministry it is.
        assertThat(graph.entity("person/irina-saltykova").properties()).containsEntry("state", "state/russia");
        assertThat(graph.entity("organization/russian-foreign-ministry")).isNotNull();
    }

    @Test
    void standInsFindTheirBodyPersonAndPronounsTheirGender() {
        var graph = extract(" date 2025-07-17 SYDNEY, July 17. /TASS/. The launcher hit a target off the coast during the "
                + "drills, the US Army said.\n\n"
                + "Deputy Foreign Minister Irina Volkova met Ambassador Pavel Sorokin on Monday. She said that Moscow would "
                + "answer any deployment.\n\n"
                + "The treaty remains the basis of stability, Ambassador Ruben Hakobyan, Permanent Representative of "
                + "Armenia to the United Nations, said on Monday.\n\n"
                + "Kremlin Spokesman Dmitry Peskov spoke to reporters. \"Nothing has changed in our position,\" the Kremlin spokesman said. "
                + "The Army said later that the crews had gone home.");
        assertThat(speakerOf(graph, "hit a target")).isEqualTo("organization/us-army");
        assertThat(speakerOf(graph, "crews had gone home")).isEqualTo("organization/us-army");
        assertThat(speakerOf(graph, "answer any deployment")).isEqualTo("person/irina-volkova");
        assertThat(speakerOf(graph, "basis of stability")).isEqualTo("person/ruben-hakobyan");
        assertThat(speakerOf(graph, "Nothing has changed")).isEqualTo("person/dmitry-peskov");
    }

    @Test
    void anUnnamedOfficialSpeaksForTheirBodyAndAPassiveVerbHasNoSpeaker() {
        var graph = extract(" date 2020-11-22 WASHINGTON, November 22. /TASS/. \"We see no reason to stay in a pact "
                + "that only one side honours,\" a senior State Department official told reporters. The official said "
                + "Washington would not change course.\n\n"
                + "Norway, one of the most active members of the treaty, voiced disappointment when the decision was announced.");
        assertThat(speakerOf(graph, "would not change course")).isEqualTo("organization/us-state-department");
        // "… when the decision was announced": a passive verb, not the United States speaking.
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("disappointment"))
            .isNotEmpty()
            .allSatisfy(s -> assertThat(s.speaker()).isEqualTo("state/norway"));
    }

    @Test
    void titlesNamingABodyAdverbsAndTrailingPlacesDoNotHideTheSpeaker() {
        var graph = extract(" date 2024-10-15 UNITED NATIONS, October 15. /TASS/. Moscow sees the new deployments as a "
                + "direct threat. This was stated on Monday by Russia's Deputy Permanent Representative to the United Nations "
                + "Oleg Varenikov, speaking at a debate.\n\n"
                + "NATO has long said that the ban treaty is at odds with the alliance's security policy.\n\n"
                + "\"Every test that is threatened brings us closer to the edge,\" said Ambassador Kairat Omarov of Kazakhstan, "
                + "who chairs the meeting.\n\n"
                + "The U.S. Army has test-fired a land-based missile that the old treaty would have banned, the Pentagon said "
                + "Tuesday, days after Washington formally left the pact.\n\n"
                + "The United States left the treaty in August, accusing Moscow of violating it with a new cruise missile.\n\n"
                + "Asked to comment on the Polish foreign minister's call for American nuclear weapons to be based in his "
                + "country permanently, the Kremlin spokesman said Moscow would \"take all necessary measures\" to protect itself.");
        // "… Representative to the United Nations Oleg Varenikov": the body inside the title does not end it.
        assertThat(graph.entity("person/oleg-varenikov").properties()).containsEntry("state", "state/russia");
        assertThat(speakerOf(graph, "direct threat")).isEqualTo("person/oleg-varenikov");
        assertThat(speakerOf(graph, "at odds with")).isEqualTo("organization/nato");
        assertThat(speakerOf(graph, "closer to the edge")).isEqualTo("person/kairat-omarov");
        assertThat(speakerOf(graph, "test-fired")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "of violating it")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "necessary measures")).isEqualTo("organization/kremlin");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("at odds with") || s.text().contains("necessary measures"))
            .extracting(ExtractedGraph.Statement::stance).containsOnly(Stance.opposes);
    }

    @Test
    void respeltAndFamilyFirstNamesAndGenderedPronounsFindTheirSpeaker() {
        var graph = extract(" date 2025-04-02 BEIJING, April 2. /TASS/. Chinese Foreign Ministry spokesman Qiu Wenbo held a "
                + "briefing on Wednesday. Qiu reiterated that China would not join trilateral arms talks under any pressure. "
                + "According to Qiu, the NPT remains the basis of the whole regime.\n\n"
                + "Spokeswoman He Lanying spoke next. According to He, the new treaty cannot replace the old one at all.\n\n"
                + "Pentagon spokeswoman Lauren Gottfriedsen declined to give details. Gottfriedson said no warheads had "
                + "been brought to the region for the exercise.\n\n"
                + "Senator Dana Whitlow said Washington was right to respond firmly. Ellen Brandt, an analyst in Washington, "
                + "noted that submarines are always at sea. \"Moving two boats is a political message,\" she said.\n\n"
                + "In a video message read out at the opening, UN Secretary-General António Guterres called on all states "
                + "to step back and said the two treaties reinforce each other.\n\n"
                + "Qiu stressed that Beijing would keep its pledge «only as long as no other power tests a warhead first».");
        assertThat(speakerOf(graph, "trilateral arms talks")).isEqualTo("person/qiu-wenbo");
        assertThat(speakerOf(graph, "cannot replace")).isEqualTo("person/he-lanying");
        // "Gottfriedsen declined": "de" opens a word here, it is no particle of the name.
        assertThat(speakerOf(graph, "no warheads")).isEqualTo("person/lauren-gottfriedsen");
        assertThat(speakerOf(graph, "political message")).isEqualTo("person/ellen-brandt");
        assertThat(speakerOf(graph, "reinforce each other")).isEqualTo("person/antonio-guterres");
        assertThat(graph.statements()).noneMatch(s -> s.text().contains("video message"));
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("keep its pledge")).singleElement()
            .satisfies(s -> {
                assertThat(s.speaker()).isEqualTo("person/qiu-wenbo");
                assertThat(s.stance()).isEqualTo(Stance.conditional);
            });
    }

    @Test
    void jointStatementsUnnamedOfficialsAndOpinionsFindTheirSpeakers() {
        var graph = extract(" date 2025-05-14 MOSCOW, May 14. /TASS/. Senator Karen Lindqvist wrote on X that the treaty had "
                + "served American interests well.\n\n"
                + "A NATO official said the alliance would not be intimidated by nuclear threats.\n\n"
                + "State Duma deputy Mikhail Orekhov spoke on Wednesday. In the lawmaker's opinion, the treaty cannot be "
                + "revived in its old form.\n\n"
                + "Manila signalled that it was open to hosting the system again.\n\n"
                + "In a joint statement, Russia and China said the space shield project undermines strategic stability.\n\n"
                + "The Russian Foreign Ministry issued a statement. Russian diplomats added that the American approach was "
                + "misguided.");
        assertThat(speakerOf(graph, "intimidated")).isEqualTo("organization/nato");
        assertThat(speakerOf(graph, "cannot be revived")).isEqualTo("person/mikhail-orekhov");
        assertThat(speakerOf(graph, "open to hosting")).isEqualTo("state/philippines");
        assertThat(speakerOf(graph, "approach was misguided")).isEqualTo("organization/russian-foreign-ministry");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("space shield"))
            .extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/russia", "state/china");
    }

    @Test
    void missileSystemsTheGazetteerDoesNotKnowAreFoundByTheirNoun() {
        var graph = extract(" date 2025-05-14 MOSCOW, May 14. /TASS/. Moscow tested the Osina-M tactical missile on Tuesday. "
                + "The RS-30 Vityaz intercontinental ballistic missile entered service, and the Vityaz will replace older "
                + "launchers. The Pentagon is building a missile shield known as the Silver Canopy. Two missiles were "
                + "launched. Western missiles reached the border. The Cold War-era missiles were scrapped. Such missiles "
                + "are dangerous. The F-35 fighter jets flew over.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.MissileSystem)
            .extracting(ExtractedGraph.Entity::name)
            .containsExactlyInAnyOrder("Osina-M", "RS-30 Vityaz", "Silver Canopy");
        assertThat(graph.entity("missilesystem/rs-30-vityaz").mentions()).hasSize(2);
    }

    @Test
    void aBareArmedServiceIsTheServiceOfTheStateTheArticleIsWrittenFrom() {
        var graph = extract("WASHINGTON (AP) — The missile, a version of the Navy's Tomahawk, flew 500 kilometers, the "
                + "Pentagon said.");
        assertThat(graph.entity("organization/us-navy")).isNotNull();
        // From Moscow, "the Army" would be Russia's, which the gazetteer does not list: nothing is made up.
        assertThat(extract("MOSCOW, May 3. /TASS/. The Army held drills near the border, the ministry said.").entities())
            .noneMatch(e -> e.label() == EntityLabel.Organization && e.name().endsWith("Army"));
    }

    @Test
    void namesInAppositionAfterATitleAndGenderedStandInsSpeak() {
        var graph = extract(" date 2025-05-14 WASHINGTON, May 14. /TASS/. A State Department spokesperson said Washington "
                + "remained committed to the test moratorium. The department's spokesperson added that talks were possible.\n\n"
                + "\"We are ready for dialogue,\" Kremlin spokesman Dmitry Peskov told reporters. Peskov's deputy, Yelena "
                + "Sidorova, said the Kremlin had not received any reply. \"Our position has not changed,\" the spokeswoman said.\n\n"
                + "Russia's envoy to the agency, Oleg Travin, wrote on X that the plan was a step in the wrong direction. The "
                + "head of the Russian delegation, Ambassador Konstantin Vorontsov, told the conference that Moscow saw no "
                + "reason to resume tests.");
        assertThat(speakerOf(graph, "talks were possible")).isEqualTo("organization/us-state-department");
        assertThat(speakerOf(graph, "not received any reply")).isEqualTo("person/yelena-sidorova");
        assertThat(speakerOf(graph, "has not changed")).isEqualTo("person/yelena-sidorova");
        assertThat(speakerOf(graph, "wrong direction")).isEqualTo("person/oleg-travin");
        assertThat(speakerOf(graph, "no reason to resume")).isEqualTo("person/konstantin-vorontsov");
    }

    @Test
    void attributionsInsideWhatWasSaidAndBeforeAColon() {
        var graph = extract(" date 2025-05-14 MOSCOW, May 14. /TASS/. Deputy Foreign Minister Sergey Ryabkov spoke on Wednesday.\n\n"
                + "Ryabkov: \"We are ready to talk, but not at any price.\"\n\n"
                + "The new plan, the deputy minister noted, is a step backwards for everyone involved.\n\n"
                + "The treaty, in his words, has lost its meaning entirely.");
        assertThat(speakerOf(graph, "not at any price")).isEqualTo("person/sergey-ryabkov");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("step backwards")).singleElement()
            .satisfies(s -> {
                assertThat(s.speaker()).isEqualTo("person/sergey-ryabkov");
                assertThat(s.text()).isEqualTo("The new plan is a step backwards for everyone involved");
                assertThat(s.stance()).isEqualTo(Stance.opposes);
            });
        assertThat(speakerOf(graph, "lost its meaning")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void namesInAppositionJoinedClausesAndWhatSomethingWasCalled() {
        var graph = extract("BERLIN (AP) — Talks went on.\n\n"
                + "The opposition party criticized the move. Its parliamentary leader, Heidi Reichinnek, said the government "
                + "had not consulted the public.\n\n"
                + "Russia has deployed Iskander missiles in its Kaliningrad exclave, and Moscow has warned it would take "
                + "\"compensatory measures\" against the deployment.\n\n"
                + "Kremlin spokesman Dmitry Peskov spoke on Thursday. He called the decision \"a very serious threat to our "
                + "national security.\"");
        assertThat(speakerOf(graph, "not consulted")).isEqualTo("person/heidi-reichinnek");
        assertThat(speakerOf(graph, "compensatory measures")).isEqualTo("state/russia");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("serious threat")).singleElement()
            .satisfies(s -> {
                assertThat(s.speaker()).isEqualTo("person/dmitry-peskov");
                assertThat(s.kind()).isEqualTo(ExtractedGraph.Statement.Kind.reported);
                assertThat(s.stance()).isEqualTo(Stance.opposes);
            });
    }

    @Test
    void quotedAsSayingAsSomeonePutItAndAGivenNameLikeAMonth() {
        var graph = extract(" date 2025-05-14 BEIJING, May 14. /TASS/. Talks went on.\n\n"
                + "Chinese Ambassador Zhang Jun was quoted as saying that Beijing would never join a trilateral deal.\n\n"
                + "Foreign Minister Sergey Lavrov spoke later. As Lavrov put it, the ball is now in Washington's court.");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("trilateral deal")).singleElement()
            .satisfies(s -> {
                assertThat(s.speaker()).isEqualTo("person/zhang-jun");
                assertThat(s.stance()).isEqualTo(Stance.opposes);
            });
        assertThat(speakerOf(graph, "the ball is now")).isEqualTo("person/sergey-lavrov");
    }

    @Test
    void wireCopyInLowerCaseAndOffersBeforeTheirConditions() {
        var graph = extract("China rejects three-way talks\n\nFebruary 14, 2025 5:12 PM GMT+8 Updated 3 hours ago\n\n"
                + "BEIJING, Feb 14 (Reuters) - China on Friday rejected the call. \"Our strength is kept at the minimum "
                + "level,\" foreign ministry spokesperson Guo Jiakun told a regular news briefing.\n\n"
                + "Russian President Vladimir Putin offered to keep observing the treaty's central limits for one more "
                + "year, provided that Washington did the same. China's envoy Shen Jian countered that Beijing would "
                + "never join such talks. The Pentagon estimated in December that China had more than 600 warheads.\n\n"
                + "Russia will not allow the conference to become a platform for attacks, Deputy Foreign Minister Sergey "
                + "Ryabkov, who heads the delegation, said as the forum opened on Monday.");
        assertThat(graph.article().published()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(graph.article().source()).isEqualTo("Reuters");
        assertThat(graph.entity("person/guo-jiakun").properties()).containsEntry("organization", "organization/chinese-foreign-ministry");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("central limits")).singleElement()
            .satisfies(s -> {
                assertThat(s.speaker()).isEqualTo("person/vladimir-putin");
                assertThat(s.stance()).isEqualTo(Stance.conditional);
            });
        assertThat(graph.statements()).noneMatch(s -> s.text().equals("Washington did the same"));
        assertThat(speakerOf(graph, "never join")).isEqualTo("person/shen-jian");
        assertThat(speakerOf(graph, "600 warheads")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "platform for attacks")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void leadsWithAParticipleAfterTheAttributionAndTwoSpeakersInOneSentence() {
        var graph = extract("WASHINGTON, Nov 2 (Reuters) - The ordered tests will be system tests that do not involve nuclear "
                + "explosions, U.S. Energy Secretary Chris Wright said on Sunday, seeking to ease fears that Washington was "
                + "about to end its moratorium.\n\n"
                + "The order came days after Russia said it had successfully tested a new cruise missile.\n\n"
                + "Moscow says it still respects the treaty's central limits, and Washington has said it is staying within "
                + "them too. London echoed the French call later in the day.\n\n"
                + "The director of the Stockholm International Peace Research Institute, Dan Smith, said the numbers were "
                + "growing.");
        assertThat(speakerOf(graph, "do not involve nuclear explosions")).isEqualTo("person/chris-wright");
        assertThat(graph.statements()).noneMatch(s -> s.text().startsWith("Washington was about to end"));
        assertThat(speakerOf(graph, "successfully tested")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "still respects")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "staying within them")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "French call")).isEqualTo("state/united-kingdom");
        assertThat(speakerOf(graph, "numbers were growing")).isEqualTo("person/dan-smith");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("state/sweden");
    }

    @Test
    void aTitleNamedBeforeThePersonShortStatementsAndTheUnChief() {
        var graph = extract("TOKYO (AP) — Japan's defense chief on Tuesday sought to play down the arrival of a U.S. launcher, "
                + "saying the system would leave the country once the exercise ends.\n\n"
                + "\"This is a temporary deployment,\" Defense Minister Kenji Morisato told reporters.\n\n"
                + "Beijing has repeatedly called for its withdrawal.\n\n"
                + "UN Secretary-General Antonio Guterres opened the meeting. \"The absence of limits must not become the "
                + "new normal,\" the UN chief said.");
        assertThat(speakerOf(graph, "leave the country")).isEqualTo("person/kenji-morisato");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("its withdrawal")).singleElement()
            .satisfies(s -> assertThat(s.text()).isEqualTo("Beijing has repeatedly called for its withdrawal"));
        assertThat(speakerOf(graph, "new normal")).isEqualTo("person/antonio-guterres");
        // Reported speech alone in its sentence is evidenced by the sentence; its text is what was said.
        var lead = graph.statements().stream().filter(s -> s.text().contains("leave the country")).findFirst().orElseThrow();
        assertThat(graph.article().text().substring(lead.start(), lead.end())).startsWith("Japan's defense chief");
        assertThat(lead.text()).startsWith("the system would leave");
    }

    @Test
    void aBareMinistryBelongsToThePlaceTheTextIsWrittenFrom() {
        var graph = extract("Tokyo keeps its distance from the ban treaty\nLast Updated Jan 22, 2021 | Source: Kyodo\n\n"
                + "The Foreign Ministry said Japan would not sign the treaty. In Beijing, Foreign Ministry spokesperson "
                + "Gao Lin said China would not join it either. The Vienna talks were not mentioned.");
        assertThat(graph.entity("organization/japan-foreign-ministry")).isNotNull();
        assertThat(graph.entity("organization/chinese-foreign-ministry")).isNotNull();
        assertThat(graph.entity("person/gao-lin").properties()).containsEntry("state", "state/china")
            .containsEntry("organization", "organization/chinese-foreign-ministry");
        // A capital before "talks" is where they are held, not a government.
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("state/austria");
        assertThat(graph.article().published()).isEqualTo(LocalDate.of(2021, 1, 22));
    }

    @Test
    void aMinistryAfterItsBelongsToTheStateTheSentenceOpensWith() {
        var graph = extract(" date 2024-09-12 MOSCOW, September 12. /TASS/. Seoul criticized the plan on Thursday, "
                + "with its Foreign Ministry saying that South Korea would keep to the treaty. Pyongyang, meanwhile, called "
                + "the drills in Guam a rehearsal, and its Defence Ministry said the region had become more dangerous.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("organization/south-korea-foreign-ministry", "organization/north-korea-defense-ministry")
            .doesNotContain("organization/russian-foreign-ministry", "organization/russian-defense-ministry");
        // The ministry speaks in its own clause, after "with" or after ", and".
        assertThat(speakerOf(graph, "would keep to the treaty")).isEqualTo("organization/south-korea-foreign-ministry");
        assertThat(speakerOf(graph, "had become more dangerous")).isEqualTo("organization/north-korea-defense-ministry");
        assertThat(speakerOf(graph, "a rehearsal")).isEqualTo("state/north-korea");
        // What was criticized only frames the ministry's words.
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text).doesNotContain("the plan on Thursday", "the plan");
    }

    @Test
    void whatAVerbOfOfferingTakesIsItsObjectNotTheClauseBeforeIt() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The accord between Russia and the United States "
                + "lapsed at midnight, and the Russian government has offered a short-term replacement. Moscow will keep to "
                + "the limits, Ryabkov said.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .noneMatch(text -> text.contains("lapsed at midnight"))
            .contains("Moscow will keep to the limits");
    }

    @Test
    void theyAfterObserversSpeakIsNotTheLastStateHeard() {
        var graph = extract(" date 2026-02-08 MOSCOW, February 8. /TASS/. Moscow said it would keep to the caps for a year. "
                + "Independent nuclear analysts cautioned that the pledge could not be checked. Without inspections, they argued, "
                + "each side would soon assume the worst of the other.");
        assertThat(speakerOf(graph, "keep to the caps")).isEqualTo("state/russia");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .noneMatch(text -> text.contains("assume the worst"));
    }

    @Test
    void aSpeakerAfterAlthoughHasWordsOfTheirOwnUnlessTheyHaveNotSpoken() {
        var graph = extract(" date 2025-11-20 MOSCOW, November 20. /TASS/. Washington has said it has no plans to resume "
                + "explosive testing, although Moscow has pointed to new tunnels at the Nevada site. Beijing said the moratorium "
                + "must hold, though the Pentagon has not said whether it agrees.");
        assertThat(speakerOf(graph, "no plans to resume")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "new tunnels at the Nevada site")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "the moratorium must hold")).isEqualTo("state/china");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).doesNotContain("organization/pentagon");
    }

    @Test
    void aCompletedWithdrawalInARelativeClauseIsTheAntecedents() {
        var graph = extract(" date 2019-09-02 MOSCOW, September 2. /TASS/. The diplomat blamed Washington, which completed its "
                + "own exit from the Intermediate-Range Nuclear Forces Treaty on August 2, 2019.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void aPronounAfterAnOpeningPhraseWithoutACommaIsTheSpeaker() {
        var graph = extract(" date 2021-01-15 MOSCOW, January 15. /TASS/. US President-elect Joe Biden has not said whether "
                + "his administration would rejoin the accord. During the campaign he criticized the Trump administration's "
                + "decision to leave the Open Skies Treaty.");
        var criticism = graph.statements().stream().filter(s -> s.text().contains("decision to leave")).findFirst().orElseThrow();
        assertThat(criticism.speaker()).isEqualTo("person/joe-biden");
        // Against a government's decision to leave is for the treaty, whoever's decision it was.
        assertThat(criticism.stance()).isEqualTo(Stance.supports);
    }

    @Test
    void aCommaGroupingDigitsDoesNotCloseTheClauseNamingWhatALauncherFires() {
        var graph = extract(" date 2025-06-02 MANILA, June 2. /TASS/. The NMESIS, which fires Naval Strike Missiles over some "
                + "1,200 km as well as Tomahawk missiles, was first deployed in the Philippines in April 2025.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/nmesis -> state/philippines @2025-04");
    }

    @Test
    void whatHadBeenDoneWhenSomeoneSpokeDoesNotTakeTheDayOfSpeaking() {
        var graph = extract(" date 2024-08-01 MOSCOW, August 1. /TASS/. The Kremlin has no new arms control talks planned.\n\n"
                + "In July 2024, the Russian leader said that Moscow "
                + "should resume making such weapons, noting that US Typhon launchers had already been brought to Denmark "
                + "for drills.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/denmark @null");
    }

    @Test
    void researchInstitutesAreOrganizationsThatSpeakForThemselves() {
        var graph = extract(" date 2025-06-16 STOCKHOLM, June 16. /TASS/. The world's nuclear arsenals are growing again, "
                + "SIPRI said in its annual yearbook on Monday. Daryl Kimball of the Arms Control Association told TASS that "
                + "the trend was alarming.");
        assertThat(speakerOf(graph, "arsenals are growing again")).isEqualTo("organization/sipri");
        assertThat(graph.entity("organization/arms-control-association").label()).isEqualTo(EntityLabel.Organization);
        // An institute is nobody's government body.
        assertThat(graph.relationships()).noneMatch(r -> r.type() == RelationType.PART_OF);
    }

    @Test
    void aLongTitleBeforeANameAndAWhoClauseStillNamesTheSpeaker() {
        var graph = extract(" date 2025-05-05 GENEVA, May 5. /TASS/. Moscow will not accept new verification demands, Head of the "
                + "Russian Foreign Ministry's Department for Non-Proliferation and Arms Control Vladimir Yermakov, who led the "
                + "delegation at the consultations, told TASS.");
        assertThat(speakerOf(graph, "new verification demands")).isEqualTo("person/vladimir-yermakov");
    }

    @Test
    void indiasExternalAffairsMinistryIsItsForeignMinistryAndAnOperationIsNobody() {
        var graph = extract(" date 2025-05-14 NEW DELHI, May 14. /TASS/. India will not yield to threats, External Affairs "
                + "Ministry spokesperson Randhir Jaiswal said, a week after the start of Operation Sindoor.");
        assertThat(speakerOf(graph, "will not yield to threats")).isEqualTo("person/randhir-jaiswal");
        assertThat(graph.entity("person/randhir-jaiswal").properties()).containsEntry("organization", "organization/indian-foreign-ministry");
        assertThat(graph.entities()).noneMatch(e -> e.name().contains("Sindoor"));
    }

    @Test
    void tellingListenersThatAndADayBeforeDescribedAsStillReport() {
        var graph = extract(" date 2025-07-12 LONDON, July 12. /TASS/. Paris and London agreed to pool their deterrents, a step "
                + "Moscow on Saturday described as a threat to European security. Chinese Foreign Ministry spokesman Lin Jian "
                + "objected, telling a news conference on Monday that the pact would fuel an arms race.");
        assertThat(speakerOf(graph, "a threat to European security")).isEqualTo("state/russia");
        var told = graph.statements().stream().filter(s -> s.text().contains("fuel an arms race")).findFirst().orElseThrow();
        assertThat(told.speaker()).isEqualTo("person/lin-jian");
        assertThat(told.text()).startsWith("the pact would");
    }

    @Test
    void aLowerCaseBodyAfterItsStatesPossessiveSpeaksAndSoDoesTheOneAfterWithBeforeAColon() {
        var graph = extract(" date 2025-07-30 SEOUL, July 30. /TASS/. Pyongyang ruled out talks. South Korea's unification "
                + "ministry said Seoul would keep the door to dialogue open. Japan's defense ministry dismissed the launch, with "
                + "spokesman Kenji Morita telling reporters: \"The test changes nothing for our readiness.\"");
        assertThat(speakerOf(graph, "keep the door to dialogue open")).isEqualTo("organization/south-korea-unification-ministry");
        assertThat(graph.statements()).filteredOn(s -> s.kind() == ExtractedGraph.Statement.Kind.direct)
            .extracting(ExtractedGraph.Statement::speaker)
            .containsExactly("person/kenji-morita");
    }

    @Test
    void anEmbassyNamedWithoutItsPlaceIsInTheStateTheStoryIsWrittenFrom() {
        var graph = extract(" date 2025-10-02 BERLIN, October 2. /TASS/. The Chinese embassy said on Thursday that Beijing "
                + "opposed any new deployments in Europe.");
        assertThat(graph.entity(speakerOf(graph, "opposed any new deployments")).name()).isEqualTo("Chinese Embassy in Germany");
    }

    @Test
    void framingAStepIsSayingSomethingAboutIt() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. The Duma voted on the bill. Kremlin officials have "
                + "framed the vote as a step toward parity with Washington.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .anyMatch(text -> text.contains("a step toward parity"));
    }

    @Test
    void actsRepeatedByASecondActorAndActsAfterUntilAreFacts() {
        var graph = extract(" date 2021-06-20 MOSCOW, June 20. /TASS/. Washington left the Treaty on Open Skies on "
                + "November 22, 2020, and Moscow followed suit in June. The pact limited nobody until the United States "
                + "withdrew from it in 2020. Russia signed a law on the matter on June 7. The Senate ratified the accord "
                + "in 1993, and the State Duma did so in May 2001.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @2020-11-22", "state/russia -> treaty/open-skies @2021-06");
        assertThat(facts(graph, RelationType.SIGNED)).isEmpty();
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @1993", "state/russia -> treaty/open-skies @2001-05");
    }

    @Test
    void actsAreFoundInTheirOtherShapes() {
        var graph = extract(" date 2025-03-01 MOSCOW, March 1. /TASS/. Officials met on Friday.\n\n"
                + "The American exit from the Open Skies Treaty took effect on November 22, 2020. The ABM Treaty, from "
                + "which the United States withdrew in 2002, limited missile defenses. Russia's ratification of the CTBT "
                + "was revoked in November 2023. New START was signed in April 2010 by Dmitry Medvedev and Barack Obama.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @2020-11-22", "state/united-states -> treaty/abm-treaty @2002");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010-04",
                "state/united-states -> treaty/new-start @2010-04");

        var more = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The last pact limiting the two largest arsenals "
                + "expired on Thursday. New START had been in force since 2011. Moscow has since continued to keep within "
                + "the treaty's central limits. The Treaty on Open Skies was signed on March 24, 1992 by 27 states, "
                + "including Russia and the United States. Honduras became the 50th country to ratify the TPNW on "
                + "October 24, 2020.");
        assertThat(facts(more, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
        assertThat(facts(more, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
        assertThat(facts(more, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/open-skies @1992-03-24",
                "state/united-states -> treaty/open-skies @1992-03-24");
        assertThat(facts(more, RelationType.RATIFIED)).containsExactly("state/honduras -> treaty/tpnw @2020-10-24");
    }

    @Test
    void actsTakeTheDatesOfTheirOwnClause() {
        var graph = extract(" date 2025-06-12 MOSCOW, June 12. /TASS/. The talks ended on Thursday.\n\n"
                + "The Seabed Treaty was signed on February 11, 1971 by US President Richard Nixon and Soviet leader Leonid "
                + "Brezhnev. Washington gave notice of its withdrawal in May 2001, and the withdrawal took effect on "
                + "November 3, 2001.\n\n"
                + "The minister said on Thursday that the United States had already deployed intermediate-range missiles in "
                + "Norway. He also recalled that Russia revoked its ratification of the CTBT last year to mirror the United "
                + "States, which signed the treaty but never ratified it. The CTBT opened for signature in September 1996, "
                + "and Mongolia signed it. Chile signed it the same month.\n\n"
                + "Ghana, where no test was ever held, signed the TPNW in 2019 and ratified it in 2023. Russia suspended its "
                + "participation in New START in 2023, but says it still keeps to the caps. Belarus continues to comply fully "
                + "with the CTBT. A Typhon launcher was also taken to Australia for exercises. The Outer Space Treaty, which "
                + "Moscow abandoned in 2021, was never ratified by anyone else.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/united-states -> treaty/seabed-treaty @1971-02-11",
                "state/soviet-union -> treaty/seabed-treaty @1971-02-11", "state/united-states -> treaty/ctbt @null",
                "state/chile -> treaty/ctbt @1996-09", "state/ghana -> treaty/tpnw @2019");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).contains("state/united-states -> treaty/seabed-treaty @2001-11-03",
                "state/russia -> treaty/outer-space-treaty @2021");
        // Said on Thursday; when the missiles arrived, the sentence does not say.
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/intermediate-range-missiles -> state/norway @null",
                "missilesystem/typhon -> state/australia @null");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/ghana -> treaty/tpnw @2023");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @null",
                "state/belarus -> treaty/ctbt @null");
    }

    @Test
    void billsLawsOnLeavingAndDeploymentsInAPartOfAState() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The US suspended its obligations under the INF Treaty "
                + "on February 2, 2019, and formally withdrew on August 2 of the same year. Russia suspended its own "
                + "participation the following day.\n\n"
                + "The State Duma passed a bill on withdrawing from the Treaty on Open Skies on Wednesday. Putin signed the "
                + "law on Russia's withdrawal from the Seabed Treaty on Thursday. Putin had signed a law on withdrawal of the "
                + "ratification of the CTBT on November 2, 2023.\n\n"
                + "The Army deployed a Typhon launcher to northern Luzon in April 2024. Russia stationed Iskander systems in "
                + "the Kaliningrad region in 2018. Washington walked out of the ABM Treaty long before it walked out of the "
                + "INF Treaty. Russia suspended its participation in New START in 2023 but continued to abide by its limits.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/inf-treaty @2019-08-02", "state/united-states -> treaty/abm-treaty @null");
        assertThat(facts(graph, RelationType.SUSPENDED)).contains("state/russia -> treaty/inf-treaty @2019-08-03",
                "state/russia -> treaty/new-start @2023");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11-02");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
        // Luzon is part of the Philippines; Kaliningrad is Russia's own, where Russia put its missiles.
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/typhon -> state/philippines @2024-04", "missilesystem/iskander -> region/kaliningrad @2018");
    }

    @Test
    void aPassiveExtensionIsBothPartiesAndAReceiverIsWhereTheSystemIs() {
        var graph = extract(" date 2025-05-14 MINSK, May 14. /TASS/. Talks went on.\n\n"
                + "New START was extended on February 3, 2021. Any extension of it would depend on Washington.\n\n"
                + "Belarus took delivery of the first Oreshnik launchers in December. Minsk received a letter from Washington.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/new-start @2021-02-03", "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/oreshnik -> state/belarus @2024-12");
        assertThat(facts(graph, RelationType.DEPLOYED_BY)).containsExactly("missilesystem/oreshnik -> state/russia @2024-12");
    }

    @Test
    void anExitThatBecameEffectiveAndATreatyThatCeasedToExist() {
        var graph = extract(" date 2025-12-18 MOSCOW, December 18. /TASS/. Talks went on.\n\n"
                + "The Treaty on Open Skies came into force in 2002. Russia's exit became effective on December 18, 2021.\n\n"
                + "Washington began its withdrawal from the INF Treaty in February 2019, and the treaty ceased to exist on "
                + "August 2, 2019. Moscow dropped its moratorium, since the conditions for keeping it had ceased to exist.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).contains("state/russia -> treaty/open-skies @2021-12-18");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/inf-treaty -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void launchersReferredBackPartnersNamedByTheirLeaderAndPossessorsThatAreNoPlace() {
        var graph = extract(" date 2025-09-18 MOSCOW, September 18. /TASS/. Talks went on.\n\n"
                + "The US Army brought the Typhon launcher, which can fire SM-6 missiles, to an air station in southwestern "
                + "Japan last Thursday. A similar system was brought to the Philippines in April 2024.\n\n"
                + "Putin, who signed the Treaty on Security Guarantees within the Union State with Lukashenko in Minsk on "
                + "December 6, 2024, said at the time that more launchers would follow.\n\n"
                + "Russia deployed Iskander systems in Belarus in December 2022, in what Putin described as a response to "
                + "the UK's decision to supply Ukraine with depleted uranium shells.\n\n"
                + "Trump pulled the United States out of the INF Treaty in 2019.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/typhon -> state/japan @2025-09-11", "missilesystem/typhon -> state/philippines @2024-04",
                "missilesystem/iskander -> state/belarus @2022-12");
        assertThat(facts(graph, RelationType.SIGNED)).contains(
                "state/belarus -> treaty/treaty-on-security-guarantees-within-the-union-state @2024-12-06");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
        assertThat(speakerOf(graph, "more launchers would follow")).isEqualTo("person/vladimir-putin");
        assertThat(speakerOf(graph, "depleted uranium")).isEqualTo("person/vladimir-putin");
    }

    @Test
    void appositivesBetweenActorAndActAndTreatiesInForceSince() {
        var graph = extract(" date 2022-06-23 VIENNA, June 23. /TASS/. Talks opened.\n\n"
                + "Austria, one of its main champions, signed the TPNW in September 2017 and ratified it in May 2018. "
                + "North Korea, which withdrew from the NPT in 2003, remains outside it. Iran, which signed the NPT in 1968, "
                + "is a party. The Treaty on Open Skies, signed in 1992 and in force since January 1, 2002, lost both of "
                + "its largest members.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/austria -> treaty/tpnw @2017-09", "state/iran -> treaty/npt @1968");
        assertThat(facts(graph, RelationType.RATIFIED)).contains("state/austria -> treaty/tpnw @2018-05");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/north-korea -> treaty/npt @2003");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/open-skies -> treaty/open-skies @2002-01-01");
    }

    @Test
    void aDayAfterCountsBackFromTheDateBeforeIt() {
        var graph = extract(" date 2019-03-04 MOSCOW, March 4. /TASS/. Talks went on.\n\n"
                + "Putin said on February 2, a day after the United States suspended its obligations under the INF Treaty, "
                + "that Moscow would answer in kind.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/united-states -> treaty/inf-treaty @2019-02-01");
    }

    @Test
    void theTreatyIsNotOneASentenceSetsApartFromIt() {
        var graph = extract(" date 2025-03-07 NEW YORK, March 7. /TASS/. States parties to the TPNW met on Monday.\n\n"
                + "Delegates will discuss the treaty's place beside the NPT. The treaty entered into force on January 22, 2021.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
    }

    @Test
    void datesCountedFromTheLastDateRead() {
        var graph = extract(" date 2023-03-03 MOSCOW, March 3. /TASS/. Lead sentence here.\n\n"
                + "The CTBT was opened for signature on September 24, 1996. Russia signed it on the first day. "
                + "Belarus ratified the CTBT on June 2, 2000, and a day later Armenia ratified it as well. "
                + "A few days later, Kazakhstan ratified the treaty.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/russia -> treaty/ctbt @1996-09-24");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/belarus -> treaty/ctbt @2000-06-02",
                "state/armenia -> treaty/ctbt @2000-06-03", "state/kazakhstan -> treaty/ctbt @2000-06");
    }

    @Test
    void theOpeningDayIsTheDayTheTreatyOpened() {
        var graph = extract(" date 2024-09-24 VIENNA, September 24. /TASS/. An anniversary passed.\n\n"
                + "The Treaty on the Prohibition of Nuclear Weapons was opened for signature at the UN on September 20, 2017. "
                + "Austria signed it on the opening day and ratified it in 2018.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/austria -> treaty/tpnw @2017-09-20");
    }

    @Test
    void placesAreFoundByTheirKindAndDeploymentsSinceADate() {
        var graph = extract(" date 2024-12-06 MINSK, December 6. /TASS/. The Typhon has been in the Philippines since "
                + "April 2024. In May, the Army also moved a Typhon launcher to Wake Island. Drills were held in the Astrakhan "
                + "region and on the Korean Peninsula, and observers from the Euro-Atlantic area attended.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/typhon -> state/philippines @2024-04",
                "missilesystem/typhon -> region/wake-island @2024-05");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("Wake Island", "Astrakhan region", "Korean Peninsula")
            .doesNotContain("Atlantic");
    }

    @Test
    void stanceReadsWhatIsHarmedWhatIsSetAsideAndWrongsDenied() {
        assertThat(StanceClassifier.classify("handing over such weapons would wreck the fragile positive trend", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("the ban weakens the old regime rather than strengthens it", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("the launch did not violate any agreement in force", "said").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("the two regimes reinforce each other", "said").stance()).isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("any nuclear test anywhere would be a serious setback", "said").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("the new launcher will enter service next year", "said", true).stance())
            .isEqualTo(Stance.supports);
    }

    @Test
    void stanceReadsRefusalsNarratedActsAndCriticismOfAnExit() {
        assertThat(StanceClassifier.classify("the United States withdrew from the ABM Treaty in 2002", "recalled").stance())
            .isEqualTo(Stance.neutral);
        // "US" is no first person: the act is still only told.
        assertThat(StanceClassifier.classify("the US had pulled out of the pact in 2019", "recalled").stance())
            .isEqualTo(Stance.neutral);
        assertThat(StanceClassifier.classify("the brigade was stationed near the border in May", "recalled", true).stance())
            .isEqualTo(Stance.neutral);
        assertThat(StanceClassifier.classify("we will return to it as soon as the inspections resume", "said").stance())
            .isEqualTo(Stance.conditional);
        assertThat(StanceClassifier.classify("Washington would not reconsider its decision", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("we will not be the first to test", "said").stance())
            .isEqualTo(Stance.conditional);
        assertThat(StanceClassifier.classify("the exit from the treaty", "criticized").stance()).isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("the pretext they chose is far-fetched", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("breaching the accord", "denied").stance()).isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("each country that remains outside the ban undermines it", "said").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("over the collapse of the talks", "expressed regret").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("the reasons for our restraint no longer exist", "said").stance())
            .isEqualTo(Stance.opposes);
    }

    @Test
    void appositionsLeadTitlesAndCompletedUrgingsFindTheirSpeakers() {
        var graph = extract(" date 2024-06-12 VIENNA, June 12. /TASS/. Iran will not accept new inspections at its enrichment "
                + "sites, its nuclear envoy told the IAEA Board of Governors on Wednesday, a week after the agency's latest report.\n\n"
                + "\"Our cooperation has limits that the agency knows well,\" Ambassador Hamid Rostampour said.\n\n"
                + "Kazakhstan's deputy permanent representative in Vienna, Daulet Serikbayev, accused both sides of delay.\n\n"
                + "Rostampour urged the board to show \"the restraint expected of a technical body, not a political one.\"\n\n"
                + "This was stated in an interview with TASS by Pyotr Gusarov, deputy head of the Federation Council "
                + "Committee on International Affairs: \"The board is being turned into a tool against sovereign states.\"\n\n"
                + "Moscow earlier called the resolution \"a political weapon against sovereign states,\" while Beijing said it "
                + "would abstain from any vote on sanctions.");
        assertThat(speakerOf(graph, "new inspections")).isEqualTo("person/hamid-rostampour");
        assertThat(graph.entity("person/daulet-serikbayev").properties()).containsEntry("state", "state/kazakhstan");
        assertThat(speakerOf(graph, "both sides of delay")).isEqualTo("person/daulet-serikbayev");
        assertThat(speakerOf(graph, "restraint expected")).isEqualTo("person/hamid-rostampour");
        assertThat(speakerOf(graph, "turned into a tool")).isEqualTo("person/pyotr-gusarov");
        assertThat(speakerOf(graph, "abstain from any vote")).isEqualTo("state/china");
    }

    @Test
    void collectiveSubjectsAndASecondSpeakerOfTheSameBodySpeak() {
        var graph = extract(" date 2024-06-12 BRUSSELS, June 12. /TASS/. The summit closed.\n\n"
                + "NATO members said in a joint communique that they fully backed the new posture and that Moscow alone "
                + "was to blame.\n\n"
                + "The Chinese leadership has repeatedly said that any talks must first address the largest arsenals.\n\n"
                + "The Pentagon said it would test the new launcher this year, but Pentagon officials say no decision on "
                + "basing it in Asia has been taken.");
        assertThat(speakerOf(graph, "fully backed")).isEqualTo("organization/nato");
        assertThat(speakerOf(graph, "largest arsenals")).isEqualTo("state/china");
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("no decision on basing")).hasSize(1)
            .allSatisfy(st -> assertThat(st.text()).doesNotContain("test the new launcher"));
    }

    @Test
    void namesWrittenTwoWaysTreatiesNamedByTheirPartiesAndSystemsWithTheirClass() {
        var graph = extract(" date 2024-06-12 MOSCOW, June 12. /TASS/. The Treaty between the USSR and the USA on the "
                + "Elimination of Intermediate-Range and Shorter-Range Missiles was signed in December 1987 by the Soviet Union "
                + "and the United States.\n\n"
                + "Deputy Foreign Minister Yevgeny Shcherbakov said the threat was real. Later, Yevgeny Scherbakov added "
                + "that talks were pointless.\n\n"
                + "The Oreshnik intermediate-range missile system was moved to Belarus on Monday.\n\n"
                + "Notes\n\nThe Treaty text is online.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.Person).extracting(ExtractedGraph.Entity::key)
            .containsExactly("person/yevgeny-shcherbakov");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("treaty/inf-treaty")
            .doesNotContain("missilesystem/intermediate-range-missiles")
            .noneMatch(key -> key.contains("notes"));
        assertThat(facts(graph, RelationType.SIGNED)).isNotEmpty().allMatch(fact -> fact.endsWith("-> treaty/inf-treaty @1987-12"));
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/oreshnik -> state/belarus @2024-06-10");
    }

    @Test
    void actsTakeTheirDatesAcrossLongNamesAndFromTheStorysOwnWords() {
        var graph = extract(" date 2024-06-12 MOSCOW, June 13. /TASS/. Belarus suspended its participation in the Treaty on "
                + "Conventional Armed Forces in Europe (CFE Treaty) in May 2023 without withdrawing from it.\n\n"
                + "The Typhon launcher, as the Army calls it, can fire SM-6 interceptors. It was flown into a base in northern "
                + "Japan on Monday.\n\n"
                + "The Japanese government said its term for a reply expired. Kyiv suspended its compliance on 3 March after a "
                + "30-day deadline expired.");
        assertThat(facts(graph, RelationType.SUSPENDED)).contains("state/belarus -> treaty/cfe-treaty @2023-05");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2024-06-10");
        assertThat(facts(graph, RelationType.EXPIRED)).isEmpty();
    }

    @Test
    void aDeckBetweenHeadlineAndPageDateIsNoPartOfTheStory() {
        var graph = extract("""
                Seoul protests as US launcher arrives for drills

                Pyongyang says the move endangers the peninsula, while Tokyo insists the drills are routine.

                Published On 3 Mar 2025
                Last Updated 3 Mar 2025 | Source: News Agencies

                The drills began on Monday.
                """);
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void stanceCuesMatchWholeWordsAndRefusalsOutweighNegatedCues() {
        // "ignor(?:e|es|…)": the cue must match all of "ignores", not stop at "ignore".
        assertThat(StanceClassifier.classify("the proposal ignores how the region has changed", "said").stance())
            .isEqualTo(Stance.opposes);
        // A negated opposition cue counts for nothing; the refusal around it still opposes.
        assertThat(StanceClassifier.classify("we are not going to tie our hands with paper limits", "said").stance())
            .isEqualTo(Stance.opposes);
        assertThat(StanceClassifier.classify("the country could not allow foreign inspectors at its sites", "said").stance())
            .isEqualTo(Stance.opposes);
        // Keeping a treaty's limits, or the treaty alive, is for it.
        assertThat(StanceClassifier.classify("Kyiv still respects the accord's ceilings on launchers", "says").stance())
            .isEqualTo(Stance.supports);
        assertThat(StanceClassifier.classify("both capitals want the pact kept alive", "said").stance()).isEqualTo(Stance.supports);
    }

    @Test
    void accusationsAndRejectionsInRelativeClausesHaveTheirOwnSpeakers() {
        var graph = extract(" date 2024-06-12 LONDON, June 12. /TASS/. The talks stalled.\n\n"
                + "Washington pulled out of the deal in 2018, accusing Tehran of cheating on its commitments, which Iran denied.\n\n"
                + "Paris has said it wants a wider format that would include China, which has already rejected the idea.");
        assertThat(speakerOf(graph, "accusing Tehran of cheating")).isEqualTo("state/united-states");
        assertThat(graph.statements()).filteredOn(st -> st.speaker().equals("state/united-states"))
            .allSatisfy(st -> assertThat(st.text()).doesNotContain("Iran denied"));
        // Iran's denial is of the charge just told.
        assertThat(graph.statements()).filteredOn(st -> st.speaker().equals("state/iran"))
            .singleElement().satisfies(st -> assertThat(st.text()).isEqualTo("accusing Tehran of cheating on its commitments, which Iran denied"));
        assertThat(speakerOf(graph, "wider format")).isEqualTo("state/france");
        assertThat(speakerOf(graph, "already rejected the idea")).isEqualTo("state/china");
    }

    @Test
    void sharedSubjectsSourcesCitedAndInstructionsSpeak() {
        var graph = extract(" date 2024-06-12 TOKYO, June 12. /TASS/. The drills began.\n\n"
                + "Belarus hosted the launchers in 2024 but did not join the command and said it would keep its own veto.\n\n"
                + "The Asahi newspaper reported, citing officials in the Japanese Defense Ministry, that the battery would leave "
                + "before the typhoon season.\n\n"
                + "Prime Minister Hiroshi Tanabe instructed the cabinet to prepare a formal protest over the flights.");
        assertThat(speakerOf(graph, "its own veto")).isEqualTo("state/belarus");
        assertThat(speakerOf(graph, "before the typhoon season")).startsWith("organization/");
        assertThat(graph.entity(speakerOf(graph, "before the typhoon season")).name()).isEqualTo("Japanese Defense Ministry");
        // Keys spell names so that transliterations meet ("Sergei"/"Sergey"); the name stays as written.
        assertThat(graph.entity(speakerOf(graph, "formal protest")).name()).isEqualTo("Hiroshi Tanabe");
    }

    @Test
    void whatOneStateSaysOfAnotherWithNoCueIsCriticism() {
        // The rule's own answer, which the stance model takes as one of its features and may overrule.
        var graph = Extractor.withRuleStances().extract(this.parser.parse(RawArticle.ofText("test",
                " date 2024-06-12 MOSCOW, June 12. /TASS/. The talks stalled.\n\n"
                + "Deputy Foreign Minister Sergey Ryabkov said the Americans had kept their new launchers in Norway all summer.\n\n"
                + "Ryabkov said Russia had kept its own launchers at their bases all summer.")));
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("in Norway"))
            .singleElement().satisfies(st -> assertThat(st.stance()).isEqualTo(Stance.opposes));
        // Of his own state, with no cue, he only reports.
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("its own launchers"))
            .singleElement().satisfies(st -> assertThat(st.stance()).isEqualTo(Stance.neutral));
    }

    @Test
    void aShortSubjectBeforeAnAsideIsWhatWasSaid() {
        var graph = extract(" date 2024-06-12 OSLO, June 12. /TASS/. The talks stalled.\n\n"
                + "Foreign Minister Ingrid Solberg spoke after the meeting. Oslo, she said, would keep its own inspectors at "
                + "every site until the spring. The minister stressed that, before any new talks, Oslo would need written "
                + "guarantees from both sides.");
        assertThat(speakerOf(graph, "keep its own inspectors")).isEqualTo("person/ingrid-solberg");
        // What was said starts with the aside, not with "that,".
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("written guarantees")).singleElement()
            .satisfies(st -> assertThat(st.text()).startsWith("before any new talks"));
    }

    @Test
    void aHostIsWhereTheSystemIsAndOldNamesStillName() {
        var graph = extract(" date 2024-06-12 BRUSSELS, June 12. /TASS/. The anniversary passed quietly.\n\n"
                + "Belgium hosted US Tomahawk cruise missiles from 1985, a deployment that East Germany denounced.\n\n"
                + "Moscow still keeps to the central limits of the Strategic Offensive Arms Treaty, the ministry said.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/tomahawk -> state/belgium @1985");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelationType.DEPLOYED_IN)
            .allSatisfy(r -> assertThat(r.properties()).containsEntry("by", "state/united-states"));
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("state/east-germany", "treaty/new-start");
    }

    @Test
    void bodiesOfAStateKeepTheirPlaceAndTheirOwner() {
        var graph = extract(" date 2024-06-12 TOKYO, June 12. /TASS/. The launch was condemned. The Chinese embassy called it "
                + "reckless.\n\n"
                + "Japan's Joint Chiefs of Staff said the missile had flown for 70 minutes. The Chinese Embassy in Tokyo said "
                + "the region needed calm.\n\n"
                + "BEIJING, June 12 (Xinhua) -- Beijing hopes all sides will exercise restraint, a Chinese Foreign Ministry "
                + "spokesperson said here on Wednesday.\n\n"
                + "New START was signed in 2010 and has since expired.");
        assertThat(graph.entities()).filteredOn(e -> e.name().contains("Embassy")).extracting(ExtractedGraph.Entity::name)
            .containsExactly("Chinese Embassy in Tokyo");
        assertThat(graph.entity("organization/china-embassy-in-tokyo").aliases()).contains("Chinese Embassy in Japan");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("organization/us-joint-chiefs");
        assertThat(graph.entity(speakerOf(graph, "flown for 70 minutes")).name()).isEqualTo("Japanese Joint Chiefs of Staff");
        assertThat(speakerOf(graph, "exercise restraint")).isEqualTo("organization/chinese-foreign-ministry");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/new-start @2010", "state/united-states -> treaty/new-start @2010");
    }

    @Test
    void suspendedCooperationIsNoTreatyActAndItActsForThePreviousSubject() {
        var graph = extract(" date 2024-06-12 VIENNA, June 12. /TASS/. The board met.\n\n"
                + "Tehran suspended cooperation with the agency, which it says does not mean leaving the NPT.\n\n"
                + "Kazakhstan, which gave up its arsenal in the 1990s, hosts no foreign weapons. It ratified the CTBT in 2002.\n\n"
                + "Pyongyang quit the Nuclear Non-Proliferation Treaty in 2003.");
        assertThat(facts(graph, RelationType.SUSPENDED)).isEmpty();
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/kazakhstan -> treaty/ctbt @2002");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/north-korea -> treaty/npt @2003");
    }

    @Test
    void aRelativeClauseIsNoAttributionAndTheGovernmentIsTheSubjectsState() {
        var graph = extract(" date 2024-06-12 OSLO, June 12. /TASS/. NATO ministers met in Brussels.\n\n"
                + "In March, Ottawa also announced its decision to leave the missile pact, citing Russian breaches, which "
                + "Moscow has rejected.\n\n"
                + "Norway will buy six more launchers and join the alliance's air defence mission, the government said on "
                + "Wednesday.");
        assertThat(speakerOf(graph, "decision to leave")).isEqualTo("state/canada");
        assertThat(speakerOf(graph, "six more launchers")).isEqualTo("state/norway");
    }

    @Test
    void partsOfATreatySuspendedComplianceAndCurlyPossessives() {
        var graph = extract(" date 2024-06-12 MINSK, June 12. /TASS/. Belarus continues to abide by the CTBT as a signatory, the "
                + "ministry said.\n\n"
                + "Minsk suspended data exchanges under the CFE Treaty in May, citing sanctions.\n\n"
                + "Kazakhstan had fully complied with the Treaty on Open Skies for two decades, its envoy said.\n\n"
                + "On March 3, 2024, the Belarusian president signed a law revoking Belarus’s ratification of the CTBT.");
        assertThat(facts(graph, RelationType.SUSPENDED)).isEmpty();
        // Keeping to a treaty is a state of affairs, not an act of the dateline's day.
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactlyInAnyOrder("state/belarus -> treaty/ctbt @null",
                "state/kazakhstan -> treaty/open-skies @null");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/belarus -> treaty/ctbt @2024-03-03");
    }

    @Test
    void actorsInAppositionAndTreatiesNamedAfterAFrontedParticiple() {
        var graph = extract(" date 2024-06-12 PARIS, June 12. /TASS/. The anniversary passed quietly.\n\n"
                + "Only one member, Belarus, has ever withdrawn from the CFE Treaty, doing so in 2023.\n\n"
                + "France, one of the two European nuclear powers that signed the CTBT in 1996, ratified it in 1998.\n\n"
                + "Signed in 1991 by US President George Bush and Soviet President Mikhail Gorbachev, START I cut both "
                + "arsenals.\n\n"
                + "President Joe Biden and Russian President Vladimir Putin extended New START in February 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/belarus -> treaty/cfe-treaty @2023");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/france -> treaty/ctbt @1996",
                "state/united-states -> treaty/start-i @1991", "state/soviet-union -> treaty/start-i @1991");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/france -> treaty/ctbt @1998");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/united-states -> treaty/new-start @2021-02",
                "state/russia -> treaty/new-start @2021-02");
    }

    @Test
    void instrumentsOfRatificationExpiriesNamedAsNounsAndDatesOfOtherActs() {
        var graph = extract(" date 2026-03-12 VIENNA, March 12. /TASS/. The conference opened.\n\n"
                + "The TPNW entered into force 90 days after Jamaica deposited its instrument of ratification in October 2020.\n\n"
                + "Analysts said the expiry of New START in February had removed the last limits.\n\n"
                + "The instrument of ratification of the CTBT was deposited by Panama in 1999.\n\n"
                + "The US has built an Aegis Ashore missile defense site in Poland, which became operational in 2024.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @null");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/jamaica -> treaty/tpnw @2020-10",
                "state/panama -> treaty/ctbt @1999");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/aegis-ashore -> state/poland @2024");
    }

    @Test
    void theTreatyOpeningAParagraphIsTheStorysTreatyAndAnInsertKeepsItsDate() {
        var graph = extract(" date 2021-01-25 OTTAWA, January 25. /TASS/. Canada will not join the TPNW, the government said.\n\n"
                + "Officials said the TPNW ignored security realities. They added that Ottawa would keep supporting the CTBT.\n\n"
                + "The treaty, opened for signature in September 2017, entered into force on January 22, 2021.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
        var undated = extract(" date 2021-01-25 OTTAWA, January 25. /TASS/. Canada will not join the TPNW, the government said.\n\n"
                + "Officials said the TPNW ignored security realities. They added that Ottawa would keep supporting the CTBT.\n\n"
                + "The treaty, drafted at the United Nations in July 2017, has since entered into force.");
        assertThat(facts(undated, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @null");
    }

    @Test
    void abbreviationsDefinedInTheTextBodiesInAppositionAndGovernmentSpokesmen() {
        var graph = extract("SEOUL, March 3 (Yonhap) -- The launch came at dawn.\n\n"
                + "South Korea's Joint Chiefs of Staff (JCS) said the rocket was fired at 6:40 a.m. Monday from the west coast.\n\n"
                + "A JCS official told reporters the flight of 40 minutes had ended in the sea.\n\n"
                + "Seoul's spy agency, the National Intelligence Service (NIS), told lawmakers that more launches were likely.\n\n"
                + "A government spokesman said the launch was a provocation.");
        var jcs = "organization/south-korea-joint-chiefs-of-staff";
        assertThat(graph.entity(jcs).aliases()).contains("JCS");
        assertThat(speakerOf(graph, "from the west coast")).isEqualTo(jcs);
        assertThat(speakerOf(graph, "ended in the sea")).isEqualTo(jcs);
        assertThat(speakerOf(graph, "more launches were likely")).isEqualTo("organization/south-korea-national-intelligence-service");
        assertThat(speakerOf(graph, "was a provocation")).isEqualTo("state/south-korea");
    }

    @Test
    void namesAfterAnInvertedSaidAndNotAfterACapitalAndHomeStatesFromTheHeadline() {
        var graph = extract("Kazakhstan's parliament debates test ban\n\n"
                + "\"We gave up our arsenal for good,\" said Nurlan-Bek Sadykov, one of the bill's authors.\n\n"
                + "Russia keeps to the treaty, Russia's Permanent Representative to the organizations in Vienna Oleg Travin said.\n\n"
                + "Foreign Ministry spokesman Aibek Smadiyarov called the bill premature. Poland's foreign ministry said it "
                + "welcomed the debate.");
        assertThat(speakerOf(graph, "arsenal for good")).isEqualTo("person/nurlan-bek-sadykov");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Oleg Travin", "Kazakh Foreign Ministry",
                "Polish Foreign Ministry");
        assertThat(speakerOf(graph, "welcomed the debate")).isEqualTo("organization/poland-foreign-ministry");
    }

    @Test
    void remarksNamedAfterwardsReportsAndIdeasDismissed() {
        var graph = extract("GENEVA, May 4 (Xinhua) -- India backs the test ban, an Indian envoy said on Monday.\n\n"
                + "Arjun Mehra, head of the Indian delegation, made the remarks at the Conference on Disarmament.\n\n"
                + "Pakistan has more warheads than before, the U.S. Defense Department said in a yearly report.\n\n"
                + "The report said Pakistan was building new missile silos near Quetta.\n\n"
                + "Washington has for years urged Islamabad to sign the CTBT, an idea Pakistan has repeatedly dismissed.");
        assertThat(speakerOf(graph, "backs the test ban")).isEqualTo("person/arjun-mehra");
        assertThat(speakerOf(graph, "new missile silos")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "to sign the CTBT")).isEqualTo("state/united-states");
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("repeatedly dismissed")).singleElement()
            .satisfies(st -> {
                assertThat(st.speaker()).isEqualTo("state/pakistan");
                assertThat(st.stance()).isEqualTo(Stance.opposes);
            });
    }

    @Test
    void revokedAntecedentsCountedSignatoriesPartsOfStatesAndListedIntentions() {
        var graph = extract(" date 2025-06-10 MINSK, June 10. /TASS/. Belarus ratified the Treaty on Open Skies in 2001. "
                + "In May 2025, Lukashenko signed a law revoking that ratification.\n\n"
                + "The treaty was signed on March 24, 1992, by 24 states of NATO and the former Warsaw Pact, including Belarus "
                + "and Canada.\n\n"
                + "Last month, the Marines moved NMESIS launchers to Japan for drills, and Australia plans to buy its own later.\n\n"
                + "The Dark Eagle battery has been in the eastern part of Poland since March 2025.\n\n"
                + "Moscow reserved the right to respond, including the deployment of Iskander missiles in Kaliningrad.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/belarus -> treaty/open-skies @2025-05");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/belarus -> treaty/open-skies @1992-03-24",
                "state/canada -> treaty/open-skies @1992-03-24");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/nmesis -> state/japan @2025-05", "missilesystem/dark-eagle -> state/poland @2025-03");
    }

    @Test
    void appositiveColonsPluralChargesAmbassadorsAtLargeAndTheParagraphsOwnPerson() {
        var graph = extract(" date 2025-03-04 VIENNA, March 4. /TASS/. Kazakhstan backs the test ban without reservation, "
                + "Kazakh Ambassador-at-Large Daulet Serikbayev, who leads the delegation, told TASS.\n\n"
                + "Serikbayev said the moratorium had to hold.\n\n"
                + "Polish Deputy Foreign Minister Tomasz Wrona opened the session with a warning. \"Nobody can afford another "
                + "arms race,\" he said.\n\n"
                + "Ingrid Halvorsen, deputy head of the Norwegian mission, wrote on X: \"A single test would set us back decades.\"\n\n"
                + "Washington had accused Minsk of hiding launchers near the border, charges Belarus rejected.");
        assertThat(speakerOf(graph, "backs the test ban")).isEqualTo("person/daulet-serikbayev");
        assertThat(graph.entity("person/daulet-serikbayev").properties()).containsEntry("role", "Ambassador-at-Large");
        assertThat(speakerOf(graph, "set us back decades")).isEqualTo("person/ingrid-halvorsen");
        assertThat(speakerOf(graph, "charges Belarus rejected")).isEqualTo("state/belarus");
        assertThat(speakerOf(graph, "another arms race")).isEqualTo("person/tomasz-wrona");
    }

    /** A short quoted tail of a clause without "that" is reported speech, however short the clause around it. */
    @Test
    void aQuotedTailOfAClauseWithoutThatIsTheSpeakersStatement() {
        var graph = extract(" date 2026-03-03 MINSK, March 3. /TASS/. Belarus has taken delivery of a second launcher.\n\n"
                + "Belarusian Deputy Defense Minister Anton Lisovsky said the launcher \"changes the balance.\" He said the "
                + "Typhon \"destabilises the region.\"\n\nThe ministry gave no timetable.");
        assertThat(speakerOf(graph, "destabilises the region")).isEqualTo("person/anton-lisovsky");
        assertThat(speakerOf(graph, "changes the balance")).isEqualTo("person/anton-lisovsky");
    }

    @Test
    void listedSystemsMonthsOfThisYearSovietActsAndTheDocumentSigned() {
        var graph = extract(" date 2025-10-14 MOSCOW, October 14. /TASS/. The ministry published a review of Western missile "
                + "plans.\n\nIn August of this year SM-6 and Tomahawk launchers were deployed to Japan for an exercise.\n\n"
                + "Washington and Moscow signed the INF Treaty in December 1987.\n\n"
                + "The CTBT was opened for signature in 1996. Egypt signed the document too, but has never ratified it.\n\n"
                + "\"The pact is history. Its expiry on Sunday ended an era,\" a senior diplomat said of the ABM Treaty.\n\n"
                + "A treaty banning nuclear weapons entered into force on January 22, 2021.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/sm-6 -> state/japan @2025-08", "missilesystem/tomahawk -> state/japan @2025-08");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelationType.DEPLOYED_IN)
            .allSatisfy(r -> assertThat(r.properties()).containsEntry("by", "state/united-states"));
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/united-states -> treaty/inf-treaty @1987-12",
                "state/soviet-union -> treaty/inf-treaty @1987-12", "state/egypt -> treaty/ctbt @null");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/abm-treaty -> treaty/abm-treaty @2025-10-12");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
    }

    @Test
    void quotesAfterReactionsInHisWordsLongTitlesAndPluralStandIns() {
        var graph = extract(" date 2025-08-06 MOSCOW, August 6. /TASS/. Moscow has lifted its self-imposed limits.\n\n"
                + "Deputy Chairman of the Russian Security Council Dmitry Medvedev reacted on X: \"Everyone will have to live "
                + "with this.\"\n\n"
                + "\"We keep our word,\" said Olga Demina, deputy director of the Russian Foreign Ministry's department for "
                + "nonproliferation and arms control. \"Nothing in this decision changes our restraint.\"\n\n"
                + "Belarusian Deputy Defense Minister Pavel Grodno visited the site. In his words, the launchers are "
                + "\"a purely defensive answer to the buildup.\"\n\n"
                + "Russian diplomats have said they would welcome talks on new limits.");
        assertThat(speakerOf(graph, "live with this")).isEqualTo("person/dmitry-medvedev");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("keep our word")).singleElement()
            .satisfies(s -> assertThat(s.text()).contains("changes our restraint"));
        assertThat(speakerOf(graph, "purely defensive answer")).isEqualTo("person/pavel-grodno");
        assertThat(speakerOf(graph, "welcome talks")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void actsTakingEffectInitiativesProcessesPeriodsAndPerDestinationDates() {
        var graph = extract(" date 2023-01-20 VIENNA, January 20. /TASS/. Belarus's exit from the CFE Treaty, which took effect "
                + "on December 30, changed nothing on the ground, the delegation said.\n\n"
                + "\"On June 13, 2002, at the initiative of the US side, the ABM Treaty between the USSR and the USA was "
                + "terminated,\" the ministry said. The INF Treaty was terminated at the initiative of Washington.\n\n"
                + "In 2022 the United States suspended the CTBT and started the withdrawal procedure, citing tests.\n\n"
                + "Earlier, Japan and Australia extended the NPT safeguards by three years, keeping them until March 1, 2026.\n\n"
                + "The US Dark Eagle battery, which can fire SM-6 interceptors too, was flown to Estonia in May 2022 and to "
                + "Latvia in August 2022, within reach of Finland's coast and the Kola Peninsula.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/belarus -> treaty/cfe-treaty @2022-12-30");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
        assertThat(facts(graph, RelationType.TERMINATED)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002-06-13",
                "state/united-states -> treaty/inf-treaty @null");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/united-states -> treaty/ctbt @2022");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/dark-eagle -> state/estonia @2022-05", "missilesystem/dark-eagle -> state/latvia @2022-08");
    }

    @Test
    void theCountryTheStorysTreatyAndDatesToTheDay() {
        var graph = extract(" date 2025-07-02 ALMATY, July 2. /TASS/. Mongolia joined the call on all states to ratify the CTBT.\n\n"
                + "Mongolia signed the CTBT in 1996 and ratified it in 1997. Three years ago to the day, the country also "
                + "ratified the Treaty on the Prohibition of Nuclear Weapons.\n\n"
                + "Its envoy praised the monitoring stations built across the region.\n\n"
                + "The envoy regretted Russia's decision in 2023 to revoke its ratification of the treaty. The extension of "
                + "New START took effect in 2021, and it expired this February.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/mongolia -> treaty/ctbt @1997",
                "state/mongolia -> treaty/tpnw @2022-07-02");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void delegatesSpokespeopleOfABodyLateSubjectsAndNamesInApposition() {
        var graph = extract(" date 2024-02-02 GENEVA, February 2. /TASS/. The talks ended without a result, Yury Semin, head "
                + "of the Russian delegation to the Geneva talks, told TASS. No reply came, and last week the US administration "
                + "informed Moscow that it would not return.\n\n"
                + "\"We waited long enough. They made their choice,\" the diplomat said.\n\n"
                + "The drills begin in March, Norway's Defense Ministry said. A ministry spokesperson said the launchers would "
                + "leave after the drills.\n\n"
                + "No guarantees followed, and in March 2023 the Russian Foreign Ministry announced that Moscow was ending "
                + "the talks.\n\n"
                + "Moscow has accused Washington of planning a test, an allegation US officials have rejected.\n\n"
                + "\"The draft failed. We have no consensus,\" the session chair, Chilean diplomat Ana Duarte, said at the "
                + "closing meeting on Friday.\n\n"
                + "A senior senator, Mark Ellison, went further and said that the country should leave the talks for good.");
        assertThat(speakerOf(graph, "made their choice")).isEqualTo("person/yury-semin");
        assertThat(speakerOf(graph, "leave after the drills")).isEqualTo("organization/norway-defense-ministry");
        assertThat(speakerOf(graph, "Moscow was ending")).isEqualTo("organization/russian-foreign-ministry");
        assertThat(speakerOf(graph, "US officials have rejected")).isEqualTo("state/united-states");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("no consensus")).singleElement()
            .satisfies(s -> assertThat(s.speaker()).isEqualTo("person/ana-duarte"));
        assertThat(speakerOf(graph, "leave the talks for good")).isEqualTo("person/mark-ellison");
    }

    @Test
    void treatyPartiesProposalsClaimsKeptWeaponsAndObjectsTakenFromTheStory() {
        var graph = extract(" date 2025-03-14 MOSCOW, March 14. /TASS/. The Russian-US Strategic Arms Reduction Treaty has been "
                + "extended for five years after both sides exchanged notes on Wednesday, the ministry said.\n\n"
                + "At the initiative of the American side, the ABM Treaty ceased to exist on June 13, 2002.\n\n"
                + "Beijing proposed in 2024 that both sides keep to the treaty's central limits for a year. Washington claims "
                + "that Russia has always complied with the limits of the CFE Treaty. Under the pact, Moscow extends its "
                + "nuclear umbrella to Minsk.\n\n"
                + "Russia has for years kept Iskander missiles in the Kaliningrad region. In 1983 the United States began "
                + "stationing Pershing II missiles in West Germany. A US Typhon launcher, able to fire SM-6 missiles, was "
                + "shipped to Japan in May 2024, and in July the Americans moved the same launcher to Australia and fired an "
                + "SM-6 missile from it. The Dark Eagle outranges any ground-based system currently deployed in Asia, and "
                + "the United States is due to begin stationing it in Germany.\n\n"
                + "Putin said the first Oreshnik system had been delivered to the troops in February, and that Moscow and "
                + "Minsk were choosing sites on Belarusian territory.\n\n"
                + "Austria signed the CTBT in 1996. Norway has also signed, but the law revokes the ratification that "
                + "Russia's legislature approved in 2000. Russia suspended New START in 2023 but has continued to observe "
                + "its central limits.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2025-03-12",
                "state/united-states -> treaty/new-start @2025-03-12");
        assertThat(facts(graph, RelationType.TERMINATED)).containsExactly("state/united-states -> treaty/abm-treaty @2002-06-13");
        assertThat(facts(graph, RelationType.EXPIRED)).isEmpty();
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/iskander -> region/kaliningrad @null", "missilesystem/pershing-ii -> state/west-germany @1983",
                "missilesystem/typhon -> state/japan @2024-05", "missilesystem/typhon -> state/australia @2024-07");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/austria -> treaty/ctbt @1996",
                "state/norway -> treaty/ctbt @null");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/russia -> treaty/ctbt @2000");
    }

    @Test
    void leadSourcesNamedNextReasonsGivenRelativeClaimsAndIssuers() {
        var graph = extract(" date 2024-05-06 BEIJING, May 6. /TASS/. China would join the talks only if Washington cut its "
                + "arsenal first, a Chinese diplomat said on Monday.\n\n"
                + "\"Come down to our level, and we will sit at the table,\" Zhou Wenhua, a deputy director at the Chinese "
                + "Foreign Ministry, told reporters.\n\n"
                + "Moscow has refused to discuss its tactical arsenal, pointing to the hundreds of US bombs stored in Europe.\n\n"
                + "The Norwegian Navy plans to buy two more coastal missile batteries, it said on Friday.\n\n"
                + "NATO allies said in a joint statement that the decision was a mistake. The allies added that they "
                + "would keep implementing the treaty.\n\n"
                + "Oleg Petrov, Russia's envoy to Oslo, told journalists that Moscow would respond to what he called a "
                + "provocation.\n\n"
                + "The treaty entered into force on Friday, and Mongolia, one of its first backers, called the day historic. "
                + "Its test range was shut in 1991 by a decree of Mongolia's first president, Punsalmaagiin Ochirbat.\n\n"
                + "The administration of US President Joe Biden notified the other parties that the United States would "
                + "return, citing progress in the talks.\n\n"
                + "Long-range fires will rotate through Germany from 2026, according to a joint statement released by the "
                + "White House on Wednesday on the sidelines of the NATO summit.\n\n"
                + "Putin signed the law, a step that Moscow says restores the balance with Washington but that critics fear "
                + "could lead to a test.");
        assertThat(speakerOf(graph, "only if Washington cut")).isEqualTo("person/zhou-wenhua");
        assertThat(speakerOf(graph, "hundreds of US bombs")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "two more coastal missile batteries")).isEqualTo("organization/norway-navy");
        assertThat(speakerOf(graph, "keep implementing")).isEqualTo("organization/nato");
        assertThat(speakerOf(graph, "Moscow would respond")).isEqualTo("person/oleg-petrov");
        assertThat(speakerOf(graph, "called the day historic")).isEqualTo("state/mongolia");
        assertThat(graph.entity("person/punsalmaagiin-ochirbat").properties()).containsEntry("state", "state/mongolia");
        assertThat(speakerOf(graph, "would return")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "rotate through Germany")).isEqualTo("organization/white-house");
        assertThat(speakerOf(graph, "restores the balance")).isEqualTo("state/russia");
    }

    @Test
    void moreWaysToSuspendRatifyAndDeployAndActsThatAreNotDone() {
        var graph = extract(" date 2026-06-10 OSLO, June 10. /TASS/. Moldova froze its participation in the CFE Treaty in 2009. "
                + "Kazakhstan stopped implementing the CTBT in March 2011. Armenia put its NPT obligations on hold in 2014.\n\n"
                + "The Federation Council approved the ratification of the TPNW on May 3, 2017. The Senate gave its consent to "
                + "ratification of the ABM Treaty in 1972.\n\n"
                + "Russia positioned Iskander launchers in Belarus in 2023. Two Tomahawk launchers were rotated into Denmark "
                + "in March 2026.\n\n"
                + "Has Sweden withdrawn from the Treaty on Open Skies? Had the Senate ratified the CTBT in 1999, the treaty "
                + "might be in force today. In 1977 the USSR signed the Agreement between the USSR and France on the "
                + "Prevention of Accidental Nuclear War.\n\n"
                + "Japan bought Tomahawk missiles in 2024. A year later, Tokyo deployed them in Okinawa. Estonia suspended "
                + "the INF Treaty in February 2019. Two years later it withdrew from the treaty.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/moldova -> treaty/cfe-treaty @2009",
                "state/kazakhstan -> treaty/ctbt @2011-03", "state/armenia -> treaty/npt @2014",
                "state/estonia -> treaty/inf-treaty @2019-02");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/russia -> treaty/tpnw @2017-05-03",
                "state/united-states -> treaty/abm-treaty @1972");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/iskander -> state/belarus @2023",
                "missilesystem/tomahawk -> state/denmark @2026-03", "missilesystem/tomahawk -> region/okinawa @2025");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/estonia -> treaty/inf-treaty @2021");
        assertThat(facts(graph, RelationType.SIGNED)).isEmpty();
    }

    @Test
    void titlesAfterAccordingToCounterpartsAndLongRolesInApposition() {
        var graph = extract(" date 2026-06-10 VILNIUS, June 10. /TASS/. According to Latvian Defense Minister Andris Kalnins, the "
                + "batteries will stay.\n\n"
                + "Polish President Marek Zielny and his Lithuanian counterpart Jonas Petraitis discussed the plan.\n\n"
                + "The head of the Russian delegation at the Vienna talks on military security and arms control, Pavel "
                + "Gromov, told reporters that NATO had ignored the proposal.");
        assertThat(graph.entity("person/andris-kalnins").properties()).containsEntry("role", "Defense Minister");
        assertThat(graph.entity("person/jonas-petraitis").properties()).containsEntry("role", "President")
            .containsEntry("state", "state/lithuania");
        assertThat(graph.entity("person/pavel-gromov").properties()).containsEntry("state", "state/russia");
    }

    @Test
    void actsThatEndedOrWillTakeEffectLaterAndMovesToldTwice() {
        var graph = extract(" date 2025-09-10 MOSCOW, September 10. /TASS/. The US Army has deployed its Typhon launcher to "
                + "northern Japan for drills, the first time the launcher has been sent to the Asia-Pacific region, the Army "
                + "said on Tuesday. The system was flown in last Thursday.\n\n"
                + "Russia and the United States both signed the CTBT on the first day, September 24, 1996. Belarus ceased to be a party to the Treaty "
                + "on Open Skies on June 2, 2023. The CFE Treaty, which Slovakia left in 2024, is weaker now. The ABM Treaty "
                + "ceased to exist in June 2002 after the US withdrew from it.\n\n"
                + "Armenia's withdrawal from the CFE Treaty will take effect six months after the depositary is notified. "
                + "Moldova is launching domestic procedures for its withdrawal from the CFE Treaty.\n\n"
                + "In August 2025, the ministry stated that Moscow was free to act, citing the deployment of intermediate-range "
                + "missiles in Europe. So far no Russian intermediate-range missiles have been deployed in Asia.\n\n"
                + "A senator said he would support an arrangement under which both sides keep to the New START limits. Moscow "
                + "offered to keep to those limits, but only if Washington follows suit.\n\n"
                + "Russia and the United States completed the procedures for extending New START on February 3, 2021. Biden "
                + "supports extending New START.\n\n"
                + "Kazakhstan praised the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, in force since March 2009.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/japan @2025-09-04",
                "missilesystem/intermediate-range-missiles -> region/europe @null");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/russia -> treaty/ctbt @1996-09-24");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/belarus -> treaty/open-skies @2023-06-02",
                "state/slovakia -> treaty/cfe-treaty @2024", "state/united-states -> treaty/abm-treaty @2002-06");
        assertThat(facts(graph, RelationType.EXPIRED)).isEmpty();
        assertThat(facts(graph, RelationType.OBSERVES)).isEmpty();
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Treaty on a Nuclear-Weapon-Free Zone in Central Asia");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly(
                "treaty/treaty-on-a-nuclear-weapon-free-zone-in-central-asia -> treaty/treaty-on-a-nuclear-weapon-free-zone-in-central-asia @2009-03");
    }

    @Test
    void departmentsGovernmentsDoubleAppositivesAndSidesLearnedLater() {
        var graph = extract(" date 2023-05-12 NEW YORK, May 12. /TASS/. Washington says Russia broke the treaty by fielding a new "
                + "missile, a charge Moscow denies.\n\n"
                + "The review ended without a final text, the head of the delegation, Oleg Rybin, said. \"We could not accept the "
                + "draft,\" said Rybin, deputy director of the Russian Foreign Ministry's Department for Non-Proliferation and "
                + "Arms Control. \"We do not consider ourselves bound by it,\" the Russian diplomat said.\n\n"
                + "Dana Aliyeva, director of the Multilateral Diplomacy Department at the Kazakh Foreign Ministry, spoke next. "
                + "The Dutch government said it could join only if the treaty changed.\n\n"
                + "The conference chair, Chilean diplomat Marta Soto, told delegates that she regretted the outcome deeply. "
                + "Within hours, the State Department announced that Washington was leaving the talks for now. According to "
                + "the Russian Foreign Ministry, Moscow had proposed a number of measures to save the text, but they were ignored.\n\n"
                + "\"This is a training deployment,\" said General Paul Hardy, a senior US Army officer, adding that the "
                + "launcher was not aimed at any third country. Hardy reminded reporters that the drills had been planned for a "
                + "year.");
        assertThat(speakerOf(graph, "broke the treaty")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "consider ourselves bound")).isEqualTo("person/oleg-rybin");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains(
                "Russian Foreign Ministry Department for Non-Proliferation and Arms Control",
                "Kazakh Foreign Ministry Multilateral Diplomacy Department").doesNotContain("Dutch Government");
        assertThat(speakerOf(graph, "could join only if")).isEqualTo("state/netherlands");
        assertThat(speakerOf(graph, "regretted the outcome")).isEqualTo("person/marta-soto");
        assertThat(speakerOf(graph, "leaving the talks")).isEqualTo("organization/us-state-department");
        assertThat(speakerOf(graph, "proposed a number of measures")).isEqualTo("organization/russian-foreign-ministry");
        assertThat(speakerOf(graph, "any third country")).isEqualTo("person/paul-hardy");
        assertThat(speakerOf(graph, "planned for a year")).isEqualTo("person/paul-hardy");
    }

    @Test
    void lawsSignedCountriesAsPlacesInsertsAndDatesTheTextGives() {
        var graph = extract(" date 2024-09-20 TOKYO, September 20. /TASS/. The Japanese cabinet approved the plan on Friday.\n\n"
                + "The law was published shortly after the president signed it. Kazakhstan, which gave up the arsenal it had "
                + "inherited from the Soviet Union, joined the NPT. The country's parliament ratified the NPT in December "
                + "1993. Kazakhstan signed the CTBT in 1996. Four years ago today, it also ratified the TPNW.\n\n"
                + "The Typhon, capable of launching Tomahawk and SM-6 missiles, was delivered to an air station in the west of "
                + "the country last Thursday. It is the first time the system has been brought to Japanese territory.\n\n"
                + "Beijing firmly opposes the deployment of the Typhon in its neighbourhood, warning that it would stoke an "
                + "arms race in the Asia-Pacific region.\n\n"
                + "The first regiment armed with the Avangard went on combat duty in Russia's Orenburg Region in December "
                + "2019. The United States withdrew from the ABM Treaty, which it had signed with the Soviet Union on May 26, "
                + "1972, on June 13, 2002.");
        assertThat(facts(graph, RelationType.SIGNED)).doesNotContain("state/kazakhstan -> treaty/npt @null");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/kazakhstan -> treaty/npt @1993-12",
                "state/kazakhstan -> treaty/tpnw @2020-09-20");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/japan @2024-09-19",
                "missilesystem/avangard -> region/orenburg-region @2019-12");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/abm-treaty @2002-06-13");
    }

    @Test
    void theFollowingYearIsTheYearAfterTheDateToldBefore() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Russia froze its participation in the CFE Treaty in 2007 and quit it in November of the following year.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/cfe-treaty @2008-11");
    }

    @Test
    void sourcesAfterQuotesRelativeClaimsAndClausesBeforeAParticiple() {
        var graph = extract(" date 2022-08-27 UNITED NATIONS, August 26. /TASS/. The review ended without a final text after the "
                + "Russian delegation refused to back the draft, saying it was politically one-sided.\n\n"
                + "\"Several paragraphs were simply copied from one group's declarations,\" Oleg Rybin, deputy director of the "
                + "Russian Foreign Ministry's Department for Non-Proliferation and Arms Control, who headed the Russian "
                + "delegation, told the final plenary meeting.\n\n"
                + "\"We could not accept a text written for us,\" Pavel Lomov, who led the Belarusian team, told the meeting.\n\n"
                + "The talks collapsed, Anna Kiss, deputy head of the Hungarian delegation and deputy director of the Hungarian "
                + "Foreign Ministry's Department for Security Policy and Non-Proliferation, told reporters.\n\n"
                + "Washington left the pact in 2019, a treaty that Washington says Moscow had been breaking for years. In "
                + "October, Trump told reporters: \"Sounds like a good idea to me.\" Floyd appealed to all states to ratify "
                + "the treaty without delay.");
        assertThat(speakerOf(graph, "politically one-sided")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "simply copied")).isEqualTo("person/oleg-rybin");
        assertThat(speakerOf(graph, "written for us")).isEqualTo("person/pavel-lomov");
        assertThat(speakerOf(graph, "talks collapsed")).isEqualTo("person/anna-kiss");
        assertThat(speakerOf(graph, "breaking for years")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "good idea to me")).isEqualTo("person/donald-trump");
    }

    @Test
    void mirroredStepsGappedVerbsPlacesLeftUnsaidAndTheSameDay() {
        var graph = extract(" date 2024-06-10 MOSCOW, June 10. /TASS/. Nothing was decided today.\n\n"
                + "On March 3, 2019, Norway suspended its obligations under the CFE Treaty. Moscow mirrored the step the same day.\n\n"
                + "Sweden ratified the CTBT in December 2010 and Finland in January 2011. The CFE Treaty was signed in Paris "
                + "on Nov. 19, 1990, by 22 countries, among them Denmark and Poland.\n\n"
                + "The US first took the Typhon abroad in April 2024, flying it to the northern Philippines for drills. Last "
                + "month the Americans brought a Typhon launcher to Australia and also deployed the Dark Eagle system there. "
                + "Since April 2024, a Typhon launcher has been deployed in Japan, and last month the Army brought another "
                + "one to Guam.\n\n"
                + "On May 6, 2024, Lithuania expelled a Russian diplomat. Hours later, Latvia said it had suspended its "
                + "participation in the CFE Treaty. Estonia also suspended its obligations under the CFE Treaty with "
                + "immediate effect.\n\n"
                + "The step does not mean that Russia is withdrawing from the CTBT.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/norway -> treaty/cfe-treaty @2019-03-03",
                "state/russia -> treaty/cfe-treaty @2019-03-03", "state/latvia -> treaty/cfe-treaty @2024-05-06",
                "state/estonia -> treaty/cfe-treaty @2024-05-06");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/sweden -> treaty/ctbt @2010-12",
                "state/finland -> treaty/ctbt @2011-01");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/denmark -> treaty/cfe-treaty @1990-11-19",
                "state/poland -> treaty/cfe-treaty @1990-11-19");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/typhon -> state/philippines @2024-04",
                "missilesystem/dark-eagle -> state/australia @2024-05", "missilesystem/typhon -> state/japan @2024-04");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void possessiveCommitteesCapitalsWhereOfficialsSpeakAndAppositivesWithInitials() {
        var graph = extract(" date 2025-05-20 SEOUL (AP) — Regional governments reacted on Tuesday to the arrival of a new US "
                + "launcher in the region.\n\n"
                + "Foreign Ministry spokeswoman Mika Tanabe told a briefing in Tokyo that the drills would end within weeks.\n\n"
                + "Officials in Beijing have voiced alarm about the launcher. \"The region does not need another missile race,\" "
                + "Mark Ellison, the U.S. deputy envoy for arms control, told reporters.\n\n"
                + "\"We regret every step away from restraint,\" said Norway's ambassador to the conference, Ingrid Solberg.\n\n"
                + "Anton Belov, a member of the State Duma's Defense Committee, said Moscow was watching. The Russian Foreign "
                + "Ministry said it was studying the move. But it warned that Moscow would answer any deployment in kind.\n\n"
                + "The previous British government insisted that any future deal cover China. Putin later lifted the moratorium, a "
                + "step the Kremlin describes as a forced answer to Washington.");
        assertThat(graph.entity("organization/japan-foreign-ministry")).isNotNull();
        assertThat(speakerOf(graph, "end within weeks")).isEqualTo("person/mika-tanabe");
        assertThat(graph.entity("person/mika-tanabe").properties()).containsEntry("state", "state/japan");
        assertThat(speakerOf(graph, "about the launcher")).isEqualTo("state/china");
        assertThat(speakerOf(graph, "another missile race")).isEqualTo("person/mark-ellison");
        assertThat(speakerOf(graph, "away from restraint")).isEqualTo("person/ingrid-solberg");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("State Duma Defense Committee");
        assertThat(speakerOf(graph, "answer any deployment")).isEqualTo("organization/russian-foreign-ministry");
        assertThat(speakerOf(graph, "cover China")).isEqualTo("state/united-kingdom");
        assertThat(speakerOf(graph, "a forced answer")).isEqualTo("organization/kremlin");
    }

    @Test
    void agreedExtensionsAPronounForTheLastClauseSubjectAndSystemsMovedTogether() {
        var graph = extract(" date 2025-09-02 WASHINGTON, Sept 2 (Reuters) - The United States formally left the Treaty on Open "
                + "Skies on Tuesday.\n\n"
                + "Moscow and Washington agreed to extend New START for five years in early 2021.\n\n"
                + "The exit marks the second time this century that Washington has abandoned an arms pact with Moscow. It "
                + "withdrew from the ABM Treaty in 2002.\n\n"
                + "Paris regretted the decision and said it would keep to the Open Skies agreement, which entered into force in 2002.\n\n"
                + "In June 2025, the Army moved a Typhon battery and Dark Eagle launchers to Japan. South Korea, which hosts "
                + "28,500 US troops, is buying Tomahawk missiles from Washington.\n\n"
                + "Russia signed the CTBT in 1996 and ratified it in 2000. Britain signed it the same year.\n\n"
                + "The stationing of Pershing II missiles in West Germany from late 1983 drew crowds into the streets; "
                + "people also marched against the stationing of cruise missiles in Europe.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021",
                "state/united-states -> treaty/new-start @2021");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).contains("state/united-states -> treaty/abm-treaty @2002");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/open-skies -> treaty/open-skies @2002");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/japan @2025-06",
                "missilesystem/dark-eagle -> state/japan @2025-06", "missilesystem/pershing-ii -> state/west-germany @1983");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/ctbt @1996",
                "state/united-kingdom -> treaty/ctbt @1996");
    }

    @Test
    void aLeadTreatyNamedLaterTheSameDayWithNothingBeforeAndCountedDays() {
        var graph = extract(" date 2021-01-22 VIENNA, January 22. /TASS/. A global treaty banning nuclear weapons entered into "
                + "force on Friday, though none of the nuclear powers has joined it.\n\n"
                + "The Treaty on the Prohibition of Nuclear Weapons gained its fiftieth ratification in October, and under its "
                + "terms the treaty took effect 90 days later.\n\n"
                + "Oslo suspended the CFE Treaty on March 1, 2019, and Copenhagen suspended it two days later.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/norway -> treaty/cfe-treaty @2019-03-01",
                "state/denmark -> treaty/cfe-treaty @2019-03-03");
        var sameDay = extract(" date 2023-11-07 MOSCOW, November 7. /TASS/. Moscow has completed its exit from the CFE Treaty, "
                + "the ministry said.\n\nIn response, Britain suspended the operation of the CFE Treaty on the same day.");
        assertThat(facts(sameDay, RelationType.SUSPENDED)).containsExactly("state/united-kingdom -> treaty/cfe-treaty @2023-11-07");
    }

    @Test
    void theDayOfSayingGivesWayToTheActsOwnDateAndASecondVerbSharesTheSentencesIt() {
        var graph = extract(" date 2025-11-14 MINSK, November 14. /TASS/. The Iskander-M launchers moved to Belarus have "
                + "entered combat duty, a Belarusian army spokesman told reporters on Friday.\n\n"
                + "According to him, the launchers were deployed in Belarus in early November.\n\n"
                + "Mongolia, which has declared itself a nuclear-weapon-free state, is a party to the NPT. It signed the CTBT "
                + "in 1996 and ratified it in 1997.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/iskander -> state/belarus @2025-11");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/mongolia -> treaty/ctbt @1997");
    }

    @Test
    void officialTreatyNamesTestBanPhrasesInsertsAndCompletedProcedures() {
        var graph = extract(" date 2024-03-05 WASHINGTON (AP) — The United States formally walked away from a landmark arms "
                + "treaty with Moscow on Tuesday, declaring that Russia had broken it for years.\n\n"
                + "The Treaty between the Soviet Union and the United States on the Elimination of Their Intermediate-Range and "
                + "Shorter-Range Missiles was signed on December 8, 1987. Critics of the global treaty that bans nuclear weapons "
                + "tests spoke up as well.\n\n"
                + "Russia's withdrawal from the CFE Treaty, which capped tanks and artillery in Europe, took effect on Monday. "
                + "The CFE Treaty had been signed in November 1990 by the 16 NATO members and six Warsaw Pact countries, "
                + "including the Soviet Union and Poland.\n\n"
                + "The procedure for Belarus's withdrawal from the CFE Treaty was completed on Sunday.\n\n"
                + "Moscow has deployed Iskander launchers on the territory of Belarus. Russia has also kept Iskander missiles "
                + "in its Kaliningrad Region since 2018.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/inf-treaty @2024-03-05",
                "state/russia -> treaty/cfe-treaty @2024-03-04", "state/belarus -> treaty/cfe-treaty @2024-03-03");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/soviet-union -> treaty/inf-treaty @1987-12-08",
                "state/united-states -> treaty/inf-treaty @1987-12-08", "state/soviet-union -> treaty/cfe-treaty @1990-11",
                "state/poland -> treaty/cfe-treaty @1990-11");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("treaty/ctbt").doesNotContain("treaty/tpnw");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/iskander -> state/belarus @null",
                "missilesystem/iskander -> region/kaliningrad @2018");
        assertThat(speakerOf(graph, "broken it for years")).isEqualTo("state/united-states");
    }

    @Test
    void speakersBehindInsertsLeadSpokesmenNamedLaterRanksAndAskedOpenings() {
        var graph = extract(" date 2026-02-09 BEIJING, Feb 9 (Xinhua) - China will stay out of any three-way talks, a Chinese Foreign "
                + "Ministry spokesman said on Monday.\n\n"
                + "\"Our arsenal is of a different order,\" spokesman Li Wen told a regular press briefing.\n\n"
                + "Gennady Petrov, Russia's envoy to the treaty's monitoring body, the CTBTO, told reporters that Moscow would "
                + "keep its stations running. The offer still stands, but it will hold only if Washington does the same, Semyon "
                + "Rudakov, Russia's Permanent Representative to the Conference on Disarmament, said.\n\n"
                + "The nuclear sharing scheme breaks the NPT, the head of the Russian delegation, Ambassador-at-Large Pyotr "
                + "Ilyin, said. The Russian diplomat also said that dialogue would resume only on equal terms.\n\n"
                + "Belarusian Deputy Defense Minister Maj. Gen. Oleg Sivets said the launchers were ready. The general stressed "
                + "that the move threatened no one.\n\n"
                + "Asked whether Moscow could restore the moratorium, the diplomat said: \"Only if the launchers go home.\"");
        assertThat(graph.entity(speakerOf(graph, "three-way talks")).name()).isEqualTo("Li Wen");
        assertThat(speakerOf(graph, "stations running")).isEqualTo("person/gennady-petrov");
        assertThat(speakerOf(graph, "does the same")).isEqualTo("person/semyon-rudakov");
        assertThat(graph.entity("person/pyotr-ilyin").properties()).containsEntry("state", "state/russia");
        assertThat(speakerOf(graph, "on equal terms")).isEqualTo("person/pyotr-ilyin");
        assertThat(graph.entity("person/oleg-sivets").properties()).containsEntry("state", "state/belarus");
        assertThat(speakerOf(graph, "threatened no one")).isEqualTo("person/oleg-sivets");
        assertThat(speakerOf(graph, "launchers go home")).startsWith("person/");
    }

    @Test
    void bodiesWrittenLooselyAndSpeakersNamedInAppositionOrRelativeClauses() {
        var graph = extract(" date 2025-06-11 MOSCOW, June 11. /TASS/. A launcher has been moved closer to the border, Belarus' "
                + "Defence Ministry said.\n\n"
                + "\"We will answer calmly but firmly,\" Russia's ambassador in Warsaw, Pavel Lukin, said in a statement.\n\n"
                + "Irina Saveleva, who chairs a working group of the Duma's defense committee, said Moscow would watch closely. "
                + "Nothing is settled yet, Anton Gusev, minister-counselor at the Russian Embassy in the United States, said.\n\n"
                + "\"No country may bring tests back,\" Aliya Nurlanova, a member of the Mazhilis, the lower house of the "
                + "parliament, said.\n\n"
                + "The sharing scheme breaks the NPT. This was stated by the head of the Russian delegation, Ambassador-at-Large "
                + "Dmitry Kovrov, at the conference.\n\n"
                + "The opposite view came from Austrian diplomat Elisabeth Moser-Kranz. \"The ban treaty completes the NPT,\" she said.");
        assertThat(speakerOf(graph, "closer to the border")).isEqualTo("organization/belarus-defense-ministry");
        assertThat(speakerOf(graph, "calmly but firmly")).isEqualTo("person/pavel-lukin");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Irina Saveleva", "State Duma Defense Committee",
                "Anton Gusev");
        assertThat(graph.entity(speakerOf(graph, "watch closely")).name()).isEqualTo("Irina Saveleva");
        assertThat(graph.entity(speakerOf(graph, "Nothing is settled")).name()).isEqualTo("Anton Gusev");
        assertThat(graph.entity(speakerOf(graph, "bring tests back")).name()).isEqualTo("Aliya Nurlanova");
        assertThat(speakerOf(graph, "sharing scheme")).isEqualTo("person/dmitry-kovrov");
        assertThat(graph.entity(speakerOf(graph, "completes the NPT")).name()).isEqualTo("Elisabeth Moser-Kranz");
    }

    @Test
    void launchersNotWhatTheyFireReactionsNotActsAndLaterActsNotDatedByEarlierOnes() {
        var graph = extract(" date 2025-09-16 MOSCOW, September 16. /TASS/. The arrival of a US Typhon launcher in Japan is a "
                + "destabilizing step, a Russian diplomat said.\n\n"
                + "According to him, the US Army brought the launcher, which can fire Tomahawk cruise missiles, to a base in "
                + "southern Japan on Thursday.\n\n"
                + "Mongolia welcomes the extension of New START. Moscow and Washington completed the procedures and exchanged "
                + "notes on extending the treaty, also known as START III, on February 3, 2021. The CTBT was also discussed.\n\n"
                + "The treaty had been signed in 2010.\n\n"
                + "Washington walked out of the ABM Treaty in 2002 and later quit the INF Treaty.\n\n"
                + "The administration suspended U.S. obligations under the CFE Treaty on Nov. 7, 2023.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09-11");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010",
                "state/united-states -> treaty/new-start @2010");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/united-states -> treaty/inf-treaty @null");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/united-states -> treaty/cfe-treaty @2023-11-07");
    }

    @Test
    void partnersOfEarlierActsCountedBackDatesAndMembersOfBlocs() {
        var graph = extract(" date 2021-02-03 MOSCOW (AP) — Russia and the United States on Wednesday completed the procedures to "
                + "extend New START, two days before it was due to expire.\n\n"
                + "Washington signed the ABM Treaty with Moscow in 1972 and withdrew from it in 2002. Trump withdrew the U.S. from "
                + "the Open Skies Treaty in 2020.\n\n"
                + "The CFE Treaty was signed on November 19, 1990 by the 22 member states of NATO and the Warsaw Pact, including "
                + "the Soviet Union.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/united-states -> treaty/open-skies @2020");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/soviet-union -> treaty/cfe-treaty @1990-11-19");
    }

    @Test
    void ministriesTakeTheirSideFromTheSentenceOrTheSameMinistryNamedBefore() {
        var graph = extract(" date 2025-09-12 US launcher lands in Japan for drills\nLast Updated: September 12, 2025 | Source: Reuters\n\n"
                + "The US Army has flown a launcher to Japan for joint drills, Japan's Defense Ministry said on Friday.\n\n"
                + "Defense Ministry spokesman Taro Ueda told a regular briefing that the deployment was temporary.\n\n"
                + "In Minsk, Deputy Foreign Minister Yuri Lavrenko told reporters the move was provocative. Moscow revoked its "
                + "ratification last year, a step Moscow says merely mirrors the US position.\n\n"
                + "Ruta Vaitkute, deputy chair of the Seimas Committee on National Security and Defense, urged more air defense.");
        assertThat(graph.entity("person/taro-ueda").properties()).containsEntry("state", "state/japan");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).doesNotContain("US Defense Ministry")
            .contains("Belarusian Foreign Ministry", "Seimas Committee on National Security and Defense");
        assertThat(speakerOf(graph, "merely mirrors")).isEqualTo("state/russia");
    }

    @Test
    void splitQuotesWithShortHeadsLongQuestionsPartyTitlesAndTheSecretaryOfState() {
        var graph = extract(" date 2024-05-16 WASHINGTON (AP) — Secretary of State Lena Marsh met allies in Oslo on Thursday.\n\n"
                + "\"We remain ready,\" Marsh said, \"to resume the dialogue on strategic stability without preconditions.\"\n\n"
                + "\"The treaty is finished,\" said Democratic Sen. Owen Pratt of Vermont.\n\n"
                + "Asked whether the Kremlin expected to keep within the old ceilings once the treaty formally lapsed next winter, "
                + "the Kremlin spokesman Dmitry Peskov answered: \"Nobody has taken any decision on that yet.\"\n\n"
                + "Allies were still studying the move, a week after the Kremlin announced it in a short statement.");
        assertThat(speakerOf(graph, "resume the dialogue")).isEqualTo("person/lena-marsh");
        assertThat(speakerOf(graph, "Nobody has taken")).isEqualTo("person/dmitry-peskov");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("US State Department", "Owen Pratt")
            .doesNotContain("Democratic Sen");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text).noneMatch(text -> text.startsWith("it in"));
    }

    @Test
    void actsBesideIntentionsDeadlinesAndMonthsThatAreNoModals() {
        var graph = extract(" date 2025-06-10 MOSCOW, June 10. /TASS/. The accord was reviewed.\n\n"
                + "New START was due to lapse on March 10, 2021, but three days before that deadline Moscow and Washington "
                + "extended it.\n\n"
                + "Canada announced its decision to leave the CTBT in May 2020 and formally exited it on November 22, 2020.\n\n"
                + "Chile's withdrawal from the NPT took effect six months later, on April 3, 2021.\n\n"
                + "Old Pershing II missiles were scrapped under the INF Treaty.\n\n"
                + "Washington had sent Typhon launchers to the Philippines in 2024 and planned to station missiles in Germany.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-03-07",
                "state/united-states -> treaty/new-start @2021-03-07");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/canada -> treaty/ctbt @2020-11-22",
                "state/chile -> treaty/npt @2021-04-03");
        assertThat(facts(graph, RelationType.TERMINATED)).isEmpty();
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/philippines @2024");
    }

    @Test
    void wordsOfAnotherInsideAStatementAndSpeakersAfterAsidesInitialsAndAppositions() {
        var graph = extract(" date 2024-10-03 WASHINGTON (AP) — Britain on Thursday accused Moscow of wrecking the test ban, two days "
                + "after President Vladimir Putin said Russia was revoking its ratification of the CTBT.\n\n"
                + "In 2001, President George W. Bush declared that the ABM Treaty had outlived its usefulness.\n\n"
                + "Beijing has since repeatedly said that the shield undermines global stability.\n\n"
                + "Kazakh officials said Astana wanted air defenses of its own, a plan Moscow has described as a mistake.\n\n"
                + "Ewa Malek, an opposition MP, said the base would make Poland a target.\n\n"
                + "Norway suspended its participation in the CFE Treaty, while stating that it would keep talking to Moscow.");
        assertThat(speakerOf(graph, "wrecking the test ban")).isEqualTo("state/united-kingdom");
        assertThat(speakerOf(graph, "was revoking its ratification")).isEqualTo("person/vladimir-putin");
        assertThat(speakerOf(graph, "outlived its usefulness")).isEqualTo("person/george-w-bush");
        assertThat(speakerOf(graph, "undermines global stability")).isEqualTo("state/china");
        assertThat(speakerOf(graph, "air defenses of its own")).isEqualTo("state/kazakhstan");
        assertThat(speakerOf(graph, "described as a mistake")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "make Poland a target")).isEqualTo("person/ewa-malek");
        assertThat(speakerOf(graph, "keep talking to Moscow")).isEqualTo("state/norway");
    }

    @Test
    void actsAfterAnnouncementsAsidesAndTreatiesReplacedInPassing() {
        var graph = extract(" date 2024-05-20 VIENNA, May 20. /TASS/. The accord was discussed.\n\n"
                + "On March 3 this year, Oslo said that it was starting the exit procedure, and the next day it suspended its "
                + "obligations under the CFE Treaty. Finland announced the start of procedures for its own withdrawal from it.\n\n"
                + "Denmark, along with other Nordic states, ratified the TPNW in 2023.\n\n"
                + "Moscow and Washington signed New START in 2010. It entered into force on February 5, 2011, replacing START I, "
                + "which had expired in 2009. The two sides agreed in early 2021 to extend the treaty for five years, so it is "
                + "now due to lapse in 2026.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/norway -> treaty/cfe-treaty @2024-03-04");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/denmark -> treaty/tpnw @2023");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/new-start -> treaty/new-start @2011-02-05");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021",
                "state/united-states -> treaty/new-start @2021");
    }

    @Test
    void departmentsNamedEitherWayAndPlacesThatHoldACountrysName() {
        var graph = extract(" date 2024-06-11 MOSCOW, June 11. /TASS/. Talks on arms control resumed.\n\n"
                + "Major General Oleg Rybin, head of the Russian Defense Ministry's Main Armour and Engineering Directorate, "
                + "said the drills were over.\n\n"
                + "Dana Sultanova, director of the Department of International Security of the Kazakh Foreign Ministry, said "
                + "Astana backed the talks. Senator Ruth Alvarez, a Democrat from New Mexico, agreed.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("Russian Defense Ministry Main Armour and Engineering Directorate",
                    "Kazakh Foreign Ministry Department of International Security", "New Mexico")
            .doesNotContain("Engineering Directorate", "International Security", "Mexico");
        assertThat(speakerOf(graph, "drills were over")).isEqualTo("person/oleg-rybin");
    }

    @Test
    void actsOfPossessorsOfCountriesAndOfNounsThatTakeEffect() {
        var graph = extract(" date 2025-03-05 ASTANA, March 5. /TASS/. Kazakhstan marked an anniversary.\n\n"
                + "After the Soviet collapse, Ukraine gave up the arsenal it had inherited. Its parliament ratified the NPT in "
                + "November 1994.\n\n"
                + "The Semipalatinsk site, where the Soviet Union tested its bombs, was shut by Nursultan Nazarbayev, who later "
                + "led Kazakhstan. In 1994, the country's parliament ratified the START I treaty.\n\n"
                + "On March 2, 2019, Oslo announced it would suspend its obligations under the CFE Treaty; the suspension took "
                + "effect a day later. Denmark's withdrawal from the CFE Treaty, which took effect on May 9, 2024, was "
                + "criticised. The expiry of New START in February next year worries the minister.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/ukraine -> treaty/npt @1994-11",
                "state/kazakhstan -> treaty/start-i @1994");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/norway -> treaty/cfe-treaty @2019-03-03");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/denmark -> treaty/cfe-treaty @2024-05-09");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
        assertThat(facts(graph, RelationType.EXPIRED)).isEmpty();
    }

    @Test
    void repliesPromptedClaimsFollowedByActsAndActsStillAwaited() {
        var graph = extract(" date 2024-07-12 BERLIN (Reuters) - Washington will base long-range missiles in Lithuania from 2027, the "
                + "Pentagon said on Thursday, prompting the Kremlin to warn that the Baltic was becoming a front line.\n\n"
                + "Belarusian officials had argued for weeks that Minsk would host Oreshnik only if NATO moved first.\n\n"
                + "Moscow insisted that its test site was idle, and Russia revoked its ratification of the CTBT in November "
                + "2023. The pact has yet to be ratified by Egypt and Iran.\n\n"
                + "Canada left the Treaty on Open Skies in March 2021, and Chile followed in June 2021.");
        assertThat(speakerOf(graph, "base long-range missiles")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "becoming a front line")).isEqualTo("organization/kremlin");
        assertThat(speakerOf(graph, "only if NATO moved first")).isEqualTo("state/belarus");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11");
        assertThat(facts(graph, RelationType.RATIFIED)).isEmpty();
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/canada -> treaty/open-skies @2021-03",
                "state/chile -> treaty/open-skies @2021-06");
    }

    @Test
    void actsDatedByTheAnnouncementAndPlacesOfOneDeployment() {
        var graph = extract(" date 2024-03-06 LONDON (AP) — Britain on Wednesday called Belarus's decision to suspend its participation "
                + "in the CFE Treaty regrettable.\n\n"
                + "Lukashenko announced the step on Monday in a televised address. He stressed that Minsk was suspending, not "
                + "leaving, the treaty.\n\n"
                + "On May 4, 2023, Oslo announced that Norway was suspending its participation in the Treaty on Open Skies, and "
                + "a week later the parliament approved the law.\n\n"
                + "Washington deployed Pershing II missiles in Europe from 1983 in answer to Soviet SS-20s, sparking protests in "
                + "Belgium. It sent Typhon launchers to Denmark in 2023 and to the Philippines in 2024.\n\n"
                + "In 1999 the US Senate rejected ratification of the CTBT.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/belarus -> treaty/cfe-treaty @2024-03-04",
                "state/norway -> treaty/open-skies @2023-05-04");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/pershing-ii -> region/europe @1983",
                "missilesystem/typhon -> state/denmark @2023", "missilesystem/typhon -> state/philippines @2024");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("SS-20");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).doesNotContain("organization/us-senate");
    }

    @Test
    void participlesAfterATreatyAndSecondPredicatesWithoutObjects() {
        var graph = extract(" date 2024-02-05 GENEVA, February 5. /TASS/. Arms control talks stalled.\n\n"
                + "New START, signed in 2010, limited both arsenals.\n\n"
                + "Ottawa declared its intention to leave the CTBT in March 2022, citing stalled talks, and formally withdrew "
                + "six months later, on September 30, 2022.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010",
                "state/united-states -> treaty/new-start @2010");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/canada -> treaty/ctbt @2022-09-30");
    }

    @Test
    void invertedAttributionsAndAnActTheTextTellsTheDayOf() {
        var graph = extract(" date 2023-03-02 LONDON (AP) — Belarus suspended its participation in the CFE Treaty, a British official "
                + "said Thursday.\n\n"
                + "Lukashenko made the move Tuesday in a televised address.\n\n"
                + "The battery reached a port in southern Kyushu on Monday aboard a cargo ship, said Navy spokesman Cmdr. Oliver "
                + "Strand.\n\n"
                + "Ingrid Solheim, a government adviser on arms control, dismissed the report, saying Oslo had never promised to "
                + "keep the flights going.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/belarus -> treaty/cfe-treaty @2023-02-28");
        assertThat(speakerOf(graph, "reached a port in southern Kyushu")).isEqualTo("person/oliver-strand");
        assertThat(speakerOf(graph, "had never promised")).isEqualTo("person/ingrid-solheim");
    }

    @Test
    void agreementsDoneActsNegatedSubjectsAndPronounObjects() {
        var graph = extract(" date 2021-02-04 VIENNA, February 4. /TASS/. Russia and the United States on Wednesday completed the "
                + "procedures for extending New START by exchanging notes, the ministry said.\n\n"
                + "The two presidents agreed to extend the treaty in a phone call on January 26.\n\n"
                + "Mongolia, which signed the TPNW in 2018 and ratified it in 2020, sees that treaty and the NPT as partners. None of "
                + "the nuclear-armed states, including Britain, India and Israel, has signed it.\n\n"
                + "The erosion went on with the US exit from the Open Skies Treaty in 2020.\n\n"
                + "The launcher was flown to a base in Aomori Prefecture in May 2025.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/mongolia -> treaty/tpnw @2020");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/mongolia -> treaty/tpnw @2018");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020");
        assertThat(graph.entities()).filteredOn(e -> e.name().equals("Aomori Prefecture"))
            .singleElement()
            .satisfies(e -> assertThat(e.properties()).containsEntry("state", "state/japan"));
    }

    @Test
    void historyCountedOnFromItsOwnDatesAndActsCompletedWithoutTheirTreatyNamed() {
        var graph = extract(" date 2024-06-14 OTTAWA (Reuters) - The withdrawal of Canada from the Treaty on Conventional Armed Forces in "
                + "Europe (CFE), which took effect on Friday, drew little notice, officials said.\n\n"
                + "Henrik Dahl, head of the Danish Foreign Ministry's arms control unit, said on-site checks had stopped long ago. "
                + "Dahl dismissed the objections as \"a story told to fill a vacuum.\"\n\n"
                + "On May 3, 2020, Ottawa suspended its part in the Open Skies Treaty. Two months later, on July 9, Oslo "
                + "suspended its participation in the Open Skies Treaty too. Chile announced it would leave the Open Skies "
                + "Treaty, and its exit was completed on October 2, 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/canada -> treaty/cfe-treaty @2024-06-14",
                "state/chile -> treaty/open-skies @2021-10-02");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/canada -> treaty/open-skies @2020-05-03",
                "state/norway -> treaty/open-skies @2020-07-09");
        assertThat(speakerOf(graph, "on-site checks had stopped")).isEqualTo("person/henrik-dahl");
        assertThat(speakerOf(graph, "a story told to fill a vacuum")).isEqualTo("person/henrik-dahl");
    }

    @Test
    void ministriesNamedByTheirFieldAndUnnamedSpokespeopleOfABody() {
        var graph = extract(" date 2024-05-06 SEOUL (Yonhap) - Talks stalled on Monday, officials said.\n\n"
                + "Lena Ortiz, a Navy spokeswoman, said the ship had sailed.\n\n"
                + "A spokesperson for the Chinese Foreign Ministry said Beijing opposed the drills. The spokesperson urged Seoul "
                + "to think again.\n\n"
                + "Japan's Economy Ministry said exports of the parts were halted. Seoul's Unification Ministry declined to "
                + "comment.\n\n"
                + "Pyongyang had not replied to the offer, she told a briefing, but would \"surely answer in its own way.\"");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("Japanese Economy Ministry", "South Korean Unification Ministry");
        assertThat(speakerOf(graph, "urged Seoul")).isEqualTo("organization/chinese-foreign-ministry");
        assertThat(speakerOf(graph, "Pyongyang had not replied")).isEqualTo("person/lena-ortiz");
    }

    @Test
    void namesakesOfKnownPeopleAndStatesComparedWith() {
        var graph = extract(" date 2024-07-11 MOSCOW, July 11. /TASS/. Sergey Lavrov said on Thursday that the talks were over.\n\n"
                + "Political scientist Anton Lavrov, no relation to the minister, told TASS that the pause would be long.\n\n"
                + "Kazakhstan signed the TPNW on the same day as Mexico and ratified it in 2019.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Sergey Lavrov", "Anton Lavrov");
        assertThat(speakerOf(graph, "the pause would be long")).isEqualTo("person/anton-lavrov");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/kazakhstan -> treaty/tpnw @2019");
    }

    @Test
    void aLauncherMovedIsNotTheMissileItFires() {
        var graph = extract(" date 2025-09-12 TOKYO (AP) — The U.S. Army has flown a land-based launcher capable of firing Tomahawk cruise "
                + "missiles to a base in Okinawa on Thursday, the first time the Typhon system has been sent to Japan, officials said.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09-11");
    }

    @Test
    void aWithdrawalCompletedAfterAnAside() {
        var graph = extract(" date 2022-01-10 OTTAWA (Reuters) - Talks on the Open Skies Treaty ended, officials said.\n\n"
                + "Canada announced its decision to leave it in June 2021, citing the cost of the flights, and completed its "
                + "withdrawal on December 20, 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/canada -> treaty/open-skies @2021-12-20");
    }

    @Test
    void intentionsLeftProposalsLongNamesAndLaterDatesOfAnotherStory() {
        var graph = extract(" date 2020-11-23 MOSCOW, November 23. /TASS/. Talks on the Open Skies Treaty ended, the ministry said.\n\n"
                + "The treaty entered into force on January 1, 2002.\n\n"
                + "In May, Washington notified the parties of its intention to quit the treaty; under its terms, the US withdrawal "
                + "took effect six months later, on November 22.\n\n"
                + "Moscow regrets that Washington has left the Russian initiative on New START unanswered.\n\n"
                + "Kazakhstan joined the Treaty on the Non-Proliferation of Nuclear Weapons in 1993 and, many years after that, also "
                + "became a full party to the Treaty on the Prohibition of the Emplacement of Nuclear Weapons on the Sea-Bed and the Ocean Floor.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("Treaty on the Prohibition of the Emplacement of Nuclear Weapons on the Sea-Bed and the Ocean Floor")
            .doesNotContain("Treaty on the Prohibition of the Emplacement of Nuclear Weapons on the Sea-Bed and the Oce");
    }

    @Test
    void warningsFromAnotherSideAndMemberStatesThatSayNothing() {
        var graph = extract(" date 2024-07-11 BERLIN (Reuters) - Talks ended, officials said.\n\n"
                + "Poland confirmed on Thursday that it would host the launchers next year, despite repeated warnings from Minsk "
                + "that the move would make Polish bases a target.\n\n"
                + "Ilse Vandermeer, a Dutch diplomat, spoke at the meeting. Vandermeer also said that the sharing arrangements, "
                + "under which bombs are kept in several NATO member states, were outdated.");
        assertThat(speakerOf(graph, "would host the launchers")).isEqualTo("state/poland");
        assertThat(speakerOf(graph, "make Polish bases a target")).isEqualTo("state/belarus");
        assertThat(speakerOf(graph, "were outdated")).isEqualTo("person/ilse-vandermeer");
    }

    @Test
    void longTitlesInAppositionAndTheTreatyTheSentenceBeforeNames() {
        var graph = extract(" date 2025-05-02 VIENNA, May 2. /TASS/. Russia will defend the NPT at next year's conference, Oleg Vinnikov, "
                + "deputy director of the Russian Foreign Ministry's Department for Non-Proliferation and Arms Control and head of "
                + "the Russian delegation to the third session of the Preparatory Committee, told TASS.\n\n"
                + "Officials blamed the treaty's demise on the alliance, saying that the collapse of the CFE regime was now "
                + "irreversible.\n\n"
                + "The CFE Treaty was signed on November 19, 1990. It entered into force in November 1992.");
        assertThat(speakerOf(graph, "will defend the NPT")).isEqualTo("person/oleg-vinnikov");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/cfe-treaty -> treaty/cfe-treaty @1992-11");
    }

    @Test
    void aYearTheStoryDatesBackTo() {
        var graph = extract(" date 2023-08-02 WASHINGTON (AP) — Talks ended, officials said.\n\n"
                + "The pause dates back to 2020, when Washington pulled out of the Open Skies Treaty.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void aTreatyOpeningTheNextClauseIsNoFurtherObject() {
        var graph = extract(" date 2021-01-27 MOSCOW. Jan 27 (Interfax) - Talks ended, officials said.\n\n"
                + "Since Washington left the Open Skies Treaty in November 2020, the CTBT has been the only pact both still back.\n\n"
                + "It withdrew from the ABM Treaty in 2002 and from the INF Treaty last year.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @2020-11", "state/united-states -> treaty/abm-treaty @2002",
                "state/united-states -> treaty/inf-treaty @2020");
    }

    @Test
    void stepsTowardsAndMoratoriaOnADeploymentAreNoDeployment() {
        var graph = extract(" date 2024-02-10 MOSCOW, February 10. /TASS/. Talks ended, officials said.\n\n"
                + "\"This is one more step by Washington towards the deployment of intermediate-range missiles in Europe,\" the "
                + "diplomat said. \"We have proposed a moratorium on the deployment of such missiles in the Asia-Pacific "
                + "region.\"");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void aParticiplePhraseTakesTheSubjectOfItsClause() {
        var graph = extract(" date 2024-06-11 MINSK, June 11. /BelTA/. Talks ended, officials said.\n\n"
                + "After pulling out of the Treaty on Open Skies on December 18, 2021, Belarus kept its observers at home.\n\n"
                + "Kazakhstan, since ratifying the CTBT in 2002, has hosted inspectors. Britain, after suspending the CFE Treaty "
                + "in March 2008, withdrew from it on November 7, 2023.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/belarus -> treaty/open-skies @2021-12-18", "state/united-kingdom -> treaty/cfe-treaty @2023-11-07");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/kazakhstan -> treaty/ctbt @2002");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/united-kingdom -> treaty/cfe-treaty @2008-03");
    }

    @Test
    void anActAnnouncedBeforeAReactionIsTheAnnouncersAndOfItsOwnDay() {
        var graph = extract(" date 2021-07-01 LONDON (Reuters) - The British government on Thursday called on Minsk to think again "
                + "after President Alexander Lukashenko announced that Belarus was suspending its part in the CFE Treaty.\n\n"
                + "Lukashenko made the announcement Wednesday at a military parade.");
        assertThat(speakerOf(graph, "Belarus was suspending")).isEqualTo("person/alexander-lukashenko");
        assertThat(speakerOf(graph, "Minsk to think again")).isEqualTo("state/united-kingdom");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/belarus -> treaty/cfe-treaty @2021-06-30");
    }

    @Test
    void everyStateOfAListActs() {
        var graph = extract(" date 2022-06-23 VIENNA, June 23. /TASS/. Talks ended, officials said.\n\n"
                + "Austria, Ireland, Mexico and Nigeria have ratified the TPNW. In Washington, Canada and Chile signed the CTBT.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/austria -> treaty/tpnw @null",
                "state/ireland -> treaty/tpnw @null", "state/mexico -> treaty/tpnw @null", "state/nigeria -> treaty/tpnw @null");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/canada -> treaty/ctbt @null",
                "state/chile -> treaty/ctbt @null");
    }

    @Test
    void aLongRoleBeforeANameMakesTheStandInResolve() {
        var graph = extract(" date 2022-05-12 GENEVA, May 12. /TASS/. Talks ended, officials said.\n\n"
                + "\"Nobody has answered our questions,\" head of the Russian delegation at the Geneva talks on outer space "
                + "security Ivan Morozkin told TASS.\n\n"
                + "The diplomat recalled that Moscow had tabled its draft twice.\n\n"
                + "Japan signed the Treaty on Open Skies in 1992 and left it on March 3, 2021, a spokesman said.");
        assertThat(speakerOf(graph, "tabled its draft")).isEqualTo("person/ivan-morozkin");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/japan -> treaty/open-skies @2021-03-03");
    }

    @Test
    void withdrawingForcesLeavesNoTreaty() {
        var graph = extract(" date 2022-05-12 KYIV, May 12. /TASS/. Talks ended, officials said.\n\n"
                + "Ukraine acceded to the NPT in 1994, and Russia withdrew its last strategic bombers from the country two years later.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void aFamilyNameFirstOpensASentenceAndAnUnnamedSpokespersonKeepsSpeakingForTheBody() {
        var graph = extract(" date 2023-09-14 TOKYO, September 14. /TASS/. Talks ended, officials said.\n\n"
                + "\"Our line has not changed,\" Unification Ministry spokesman Choi Min-jae told reporters. Choi declined to "
                + "name a date, but added that Seoul would keep to the NPT.\n\n"
                + "A Japanese Foreign Ministry spokesman said Tokyo was watching. The spokesman added that Japan had protested.");
        assertThat(speakerOf(graph, "Seoul would keep to the NPT")).isEqualTo("person/choi-min-jae");
        assertThat(speakerOf(graph, "Japan had protested")).isEqualTo("organization/japan-foreign-ministry");
    }

    @Test
    void aSpeakerJoinedWithWithSpeaksForHimself() {
        var graph = extract(" date 2023-09-14 TOKYO, September 14. /TASS/. Talks ended, officials said.\n\n"
                + "Tokyo dismissed the proposal, with Chief Cabinet Secretary Ken Saito telling reporters that Japan would not "
                + "host any new launchers.");
        assertThat(speakerOf(graph, "would not host any new launchers")).isEqualTo("person/ken-saito");
    }

    @Test
    void whoSpokeInTheParagraphGoesOnSpeakingOverWhomHeNamed() {
        var graph = extract(" date 2023-09-14 MOSCOW, September 14. /TASS/. Talks ended, officials said.\n\n"
                + "\"We will not be rushed,\" Foreign Ministry spokesman Pavel Orlik said.\n\n"
                + "According to the spokesman, the draft prepared by Defense Minister Andrei Belousov \"is balanced.\" "
                + "\"Nobody should doubt our resolve,\" he added.");
        assertThat(speakerOf(graph, "Nobody should doubt")).isEqualTo("person/pavel-orlik");
    }

    @Test
    void aFormerGovernmentOfALeaderIsItsState() {
        var graph = extract(" date 2023-09-14 LONDON (Reuters) - Talks ended, officials said.\n\n"
                + "The former administration of Barack Obama had argued that the CTBT needed no new protocol.");
        assertThat(speakerOf(graph, "needed no new protocol")).isEqualTo("state/united-states");
    }

    @Test
    void theTreatyIsTheStorysOwnNotOneNamedInPassingParagraphsBack() {
        var graph = extract(" date 2024-05-02 GENEVA, May 2. /TASS/. Moscow will keep to the limits of New START, the ministry said.\n\n"
                + "A test would be banned by the CTBT, which France ratified in 1998 and Israel has signed.\n\n"
                + "Officials said the treaty still mattered.\n\n"
                + "The treaty, signed in 2010 by Presidents Barack Obama and Dmitry Medvedev, caps deployed warheads at 1,550.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/israel -> treaty/ctbt @null",
                "state/united-states -> treaty/new-start @2010", "state/russia -> treaty/new-start @2010");
    }

    @Test
    void theTreatySignedInAYearWasSignedByItsParties() {
        var graph = extract(" date 2024-05-02 GENEVA, May 2. /TASS/. The INF Treaty is gone, the ministry said.\n\n"
                + "The treaty, signed in December 1987 in Washington, banned ground-launched missiles of 500 to 5,500 km.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/united-states -> treaty/inf-treaty @1987-12",
                "state/soviet-union -> treaty/inf-treaty @1987-12");
    }

    @Test
    void aMoveReportedOnADayTakesTheDayTheNextSentenceGivesIt() {
        var graph = extract(" date 2025-06-12 CANBERRA, June 12. /TASS/. The US Army has brought its Dark Eagle hypersonic system to "
                + "Australia for drills, the Australian Defence Department said on Thursday.\n\n"
                + "The battery was airlifted to Australia last Saturday and will stay until July.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/dark-eagle -> state/australia @2025-06-07");
    }

    @Test
    void aDatePastAClauseWithItsOwnSubjectIsThatClauses() {
        var graph = extract(" date 2021-03-02 OTTAWA, March 2. /TASS/. Talks ended, officials said.\n\n"
                + "Last year, Washington left the Treaty on Open Skies, and Moscow has yet to say whether it will follow, a "
                + "decision expected in June 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void anActTakingEffectAfterATreatysBracketedShortNameIsTheAct() {
        var graph = extract(" date 2020-11-22 MOSCOW. Nov 22 (Interfax) - The exit of the United States from the Treaty on Open Skies "
                + "(OST) took effect on Sunday, the ministry said.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void weInAQuotationIsTheSpeakersState() {
        var graph = extract(" date 2021-12-18 MINSK, December 18. /TASS/. Talks ended, officials said.\n\n"
                + "\"We left the Treaty on Open Skies in July, and nobody in Europe noticed,\" Belarusian Deputy Foreign Minister "
                + "Yury Ambrazevich told reporters.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/belarus -> treaty/open-skies @2021-07");
    }

    @Test
    void aKoreanFamilyNameAloneIsTheLatestNamesakeNamedAsASubject() {
        var graph = extract(" date 2025-07-02 SEOUL, July 2 (Yonhap) -- The North will not return to talks, Kim Yo Jong, the sister of "
                + "leader Kim Jong Un, said on Tuesday.\n\n"
                + "\"The door is shut,\" Kim said.\n\n"
                + "President Lee Jae Myung urged calm. Rep. Lee Hyun-woo of the opposition called for a debate.\n\n"
                + "Lee, who is no relation of the president, said parliament would hold hearings in August.");
        assertThat(speakerOf(graph, "The door is shut")).isEqualTo("person/kim-yo-jong");
        assertThat(speakerOf(graph, "parliament would hold hearings")).isEqualTo("person/lee-hyun-woo");
    }

    @Test
    void aRelativeDateEndsAnItemOfAListOfTreaties() {
        var graph = extract(" date 2021-06-02 MOSCOW, June 2. /TASS/. Talks ended, officials said.\n\n"
                + "Washington walked away from the Treaty on Open Skies last year and from the INF Treaty in 2019.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @2020", "state/united-states -> treaty/inf-treaty @2019");
    }

    @Test
    void aListOfStatesBeforeAnAsideAllAct() {
        var graph = extract(" date 2023-11-08 BRUSSELS, November 8. /TASS/. Talks ended, officials said.\n\n"
                + "On Tuesday, France, Italy and the Netherlands, along with several other allies, suspended the CFE Treaty.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/france -> treaty/cfe-treaty @2023-11-07",
                "state/italy -> treaty/cfe-treaty @2023-11-07", "state/netherlands -> treaty/cfe-treaty @2023-11-07");
    }

    @Test
    void theSameDayIsNotThatOfALikeActDatedOnlyByItsYear() {
        var graph = extract(" date 2024-02-01 PRAGUE, February 1. /TASS/. Talks ended, officials said.\n\n"
                + "Moscow suspended the CFE Treaty in 2007 and quit it on November 7, 2023. That same day, the Czech Republic "
                + "suspended the treaty as well.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/russia -> treaty/cfe-treaty @2007",
                "state/czech-republic -> treaty/cfe-treaty @2023-11-07");
    }

    @Test
    void aTreatyThatCeasedToExistAfterAClauseOfItsOwnEndedByAPartyLeaving() {
        var graph = extract(" date 2025-03-03 BERLIN, March 3. /TASS/. Talks ended, officials said.\n\n"
                + "The Treaty on Open Skies, which let parties fly over each other's territory, ceased to exist for Washington "
                + "in 2020 after the American withdrawal.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void itsActIsTheSubjectsWhenNoOtherStateIsNamed() {
        var graph = extract(" date 2025-03-03 TOKYO, March 3. /TASS/. Talks ended, officials said.\n\n"
                + "Washington resumed work on ground-launched cruise missiles soon after its exit from the INF Treaty in 2019.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
    }

    @Test
    void announcingTheSuspensionOnADayDatesTheSuspensionToldNext() {
        var graph = extract(" date 2023-02-23 LONDON (Reuters) — Britain on Thursday called on Moscow to think again.\n\n"
                + "The Russian leader announced the suspension on Tuesday in a televised speech. Moscow is suspending, not "
                + "leaving, New START, officials stressed.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02-21");
    }

    @Test
    void bothCountriesAreTheTwoStatesTheArticleIsAbout() {
        var graph = extract(" date 2024-05-06 GENEVA (AP) — Russia and the United States traded blame on Monday.\n\n"
                + "Washington accused Moscow of cheating, and Russia said the United States had provoked the crisis.\n\n"
                + "Japan watched closely. The U.S. left the ABM Treaty in 2002, and both countries have since abandoned the "
                + "Treaty on Open Skies.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/united-states -> treaty/open-skies @null", "state/russia -> treaty/open-skies @null");
    }

    @Test
    void theLaunchersArrivingInTheCountryDateADeploymentToldOnTheDayOfTheNews() {
        var graph = extract(" date 2025-06-20 MINSK, June 20. /TASS/. Russian Iskander-M launchers have been stationed in Belarus, "
                + "Belarusian Defense Minister Viktor Khrenin said at a briefing.\n\n"
                + "\"They are here and ready. Nobody should doubt it,\" the minister said. In his words, the first launchers "
                + "arrived in the country in early June.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/iskander -> state/belarus @2025-06");
    }

    @Test
    void completingTheExitOnALaterDayOfTheYearToldBeforeIsInThatYear() {
        var graph = extract(" date 2021-12-01 OTTAWA, December 1. /TASS/. Talks ended, officials said.\n\n"
                + "Washington gave notice on May 22, 2020, that it would leave the Treaty on Open Skies, and completed its exit "
                + "on November 22.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
    }

    @Test
    void aShortNameInParenthesesInsideATreatysNameEndsNoClause() {
        var graph = extract(" date 2020-11-22 MOSCOW, November 22. /TASS/. The exit of Washington from the Open Skies (OST) Treaty "
                + "took effect on Sunday, the ministry said.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void movingFromPlansToStepsMovesNoWeapons() {
        var graph = extract(" date 2024-07-01 MOSCOW, July 1. /TASS/. Talks ended, officials said.\n\n"
                + "Moscow has dropped its moratorium on the deployment of intermediate-range missiles. \"Washington has moved from "
                + "plans to practical steps to place such weapons in Germany,\" the diplomat said.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void theSystemAsASubjectIsTheOneToldOfBeforeNotOneNamedLater() {
        var graph = extract(" date 2025-09-01 TOKYO, September 1. /TASS/. Talks ended, officials said.\n\n"
                + "Washington keeps sending its Typhon batteries overseas. The launcher was deployed in Japan in August, while "
                + "Dark Eagle launchers were deployed in Australia in July.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/japan @2025-08",
                "missilesystem/dark-eagle -> state/australia @2025-07");
    }

    @Test
    void aStatesDatedRatificationIsARatification() {
        var graph = extract(" date 2026-03-02 VIENNA, March 2. /TASS/. Talks began, officials said.\n\n"
                + "The CTBTO chief hailed Bhutan's ratification of the Comprehensive Nuclear-Test-Ban Treaty last week. He "
                + "urged Egypt's ratification of the CTBT in the coming months.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/bhutan -> treaty/ctbt @2026-02");
    }

    @Test
    void aPostOfABodyBeforeANameMakesItAPerson() {
        var graph = extract(" date 2024-10-08 ASTANA, October 8. /TASS/. Kazakhstan will keep its test-ban pledge. This was said in "
                + "an interview with TASS by the head of the Kazakh Foreign Ministry's Department for Multilateral Diplomacy, "
                + "Aidos Serikbayev. Serikbayev added that Astana would host a conference in May.");
        var person = graph.entities().stream().filter(e -> e.name().equals("Aidos Serikbayev")).findFirst().orElseThrow();
        assertThat(person.label()).isEqualTo(EntityLabel.Person);
        assertThat(speakerOf(graph, "keep its test-ban pledge")).isEqualTo(person.key());
        assertThat(speakerOf(graph, "would host a conference")).isEqualTo(person.key());
    }

    @Test
    void aKnownSurnameIsTheLatestNamesakeNamedInFull() {
        var graph = extract(" date 2025-05-12 MOSCOW, May 12. /TASS/. Foreign Minister Sergey Lavrov said Moscow was open to talks.\n\n"
                + "Historian Irina Lavrova aside, the political scientist Pavel Lavrov, no relation of the minister, was less sure. "
                + "\"Nobody in Washington is listening,\" Lavrov told TASS.");
        assertThat(speakerOf(graph, "Nobody in Washington is listening")).isEqualTo("person/pavel-lavrov");
        assertThat(speakerOf(graph, "open to talks")).isEqualTo("person/sergey-lavrov");
    }

    @Test
    void aDelegateIsATitleAndShortNamesKeepTheirFinalI() {
        var graph = extract(" date 2025-05-12 NEW YORK, May 12. /TASS/. Talks went on.\n\n"
                + "Chinese delegate Li Xiaoming dismissed the report, saying Beijing had never tested anything. Russian analyst "
                + "Dmitri Stefanovich and Japanese diplomat Takashi Mori said the talks should go on.");
        assertThat(speakerOf(graph, "never tested anything")).isEqualTo("person/li-xiaoming");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("person/dmitry-stefanovich", "person/takashi-mori");
    }

    @Test
    void theLeadsUnnamedOfficialIsTheOfficeHolderNamedNextWhateverTheHeadlinesState() {
        var graph = extract(" date 2024-06-06 US launchers to stay in Japan after drills, Tokyo says\n\n"
                + "The American launchers brought to Japan for exercises in May will stay there until autumn, a senior Japanese "
                + "defense official said on Thursday.\n\n"
                + "The system can fire Tomahawk cruise missiles.\n\n"
                + "\"They are here to train with us, and they will leave when the training is done,\" Deputy Defense Minister "
                + "Haruto Ishikawa told reporters.");
        assertThat(speakerOf(graph, "will stay there until autumn")).isEqualTo("person/haruto-ishikawa");
    }

    @Test
    void aLeadersOrdersGoToHisOwnStatesMinistries() {
        var graph = extract(" date 2025-11-07 MINSK, November 7. /TASS/. Talks went on.\n\n"
                + "Russian President Vladimir Putin has instructed the Foreign Ministry, the Defense Ministry and the special "
                + "services to prepare proposals on possible nuclear tests.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/russian-foreign-ministry",
                "organization/russian-defense-ministry").doesNotContain("organization/belarus-foreign-ministry");
    }

    @Test
    void aMeetingWithPermanentMembersOfTheSecurityCouncilIsTheLeadersOwnCouncils() {
        var graph = extract(" date 2025-09-23 MINSK, September 23. /TASS/. Talks went on.\n\n"
                + "Speaking at a meeting with permanent members of the Security Council on Monday, Belarusian President Alexander "
                + "Lukashenko said Minsk would host more Russian missiles.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/belarusian-security-council")
            .doesNotContain("organization/un-security-council");
    }

    @Test
    void aBareNationalAssemblyIsTheHomeStates() {
        var graph = extract(" date 2025-03-14 PARIS, March 14. /TASS/. France will keep its deterrent, officials said.\n\n"
                + "Members of the National Assembly debated the budget on Thursday.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/french-national-assembly");
    }

    @Test
    void aRelativeClauseThatReportsSpeechIsItsAntecedents() {
        var graph = extract(" date 2025-09-20 TOKYO, September 20. /TASS/. The launcher arrived on Friday.\n\n"
                + "The move angered North Korea, which has long insisted that American missiles in the region threaten its security.");
        assertThat(speakerOf(graph, "threaten its security")).isEqualTo("state/north-korea");
    }

    @Test
    void whatASpeakerAddedMayQuoteWordsOfItsOwn() {
        var graph = extract(" date 2025-09-20 MOSCOW, September 20. /TASS/. Talks went on.\n\n"
                + "\"Nobody has answered us,\" Deputy Foreign Minister Sergey Ryabkov said, adding that Moscow would still respond "
                + "\"calmly and in kind.\"");
        assertThat(speakerOf(graph, "would still respond")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void announcingAnActIsTheActNotAStatement() {
        var graph = extract(" date 2024-05-02 WASHINGTON, May 2. /TASS/. Talks went on.\n\n"
                + "Washington announced its withdrawal from the Treaty on Open Skies in May 2020 and left it six months later.\n\n"
                + "Moscow announced its exit from the treaty in January 2021, saying the West had left it no choice.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).containsExactly("state/russia");
        assertThat(speakerOf(graph, "left it no choice")).isEqualTo("state/russia");
    }

    @Test
    void theTitleAStoryGivesAKnownPersonIsThePostHeldThen() {
        var graph = extract(" date 2019-02-02 MOSCOW, February 2. /TASS/. Talks went on at a meeting with Defense Minister Sergei "
                + "Shoigu.\n\n"
                + "The defense minister said new missiles could be built within two years.");
        var shoigu = graph.entities().stream().filter(e -> e.key().equals("person/sergey-shoigu")).findFirst().orElseThrow();
        assertThat(shoigu.properties()).containsEntry("role", "Defense Minister");
        assertThat(speakerOf(graph, "new missiles could be built")).isEqualTo("person/sergey-shoigu");
    }

    @Test
    void aJoinedClausesSubjectMayFollowATimeSince() {
        var graph = extract(" date 2025-04-15 BERLIN, April 15. /TASS/. Talks went on.\n\n"
                + "Washington left the Treaty on Open Skies in 2020, and in the months since, Berlin has argued that the treaty "
                + "can still be saved.");
        assertThat(speakerOf(graph, "can still be saved")).isEqualTo("state/germany");
    }

    @Test
    void aVerbAfterACommaInAListOfActsSharesTheSubjectAndItsSameYearIsTheDateReadBefore() {
        var graph = extract(" date 2026-02-10 LONDON, February 10. /TASS/. Talks went on.\n\n"
                + "Washington left the ABM Treaty in 2002. Moscow suspended New START in February 2023, quit the CFE Treaty the "
                + "same year, and kept its test moratorium.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/russia -> treaty/cfe-treaty @2023");
    }

    @Test
    void aListOfTreatiesNamedWithShortNamesInParenthesesKeepsEachItsDate() {
        var graph = extract(" date 2021-06-02 MOSCOW, June 2. /TASS/. Talks ended, officials said.\n\n"
                + "Washington quit the Anti-Ballistic Missile (ABM) Treaty in 2002, the Intermediate-Range Nuclear Forces (INF) "
                + "Treaty in 2019 and the Treaty on Open Skies (OST) in 2020.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/united-states -> treaty/inf-treaty @2019", "state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void denouncingADecisionTerminatesNothing() {
        var graph = extract(" date 2023-02-22 LONDON (Reuters) — Britain on Wednesday denounced Moscow's decision to suspend New START, "
                + "officials said.");
        assertThat(facts(graph, RelationType.TERMINATED)).isEmpty();
    }

    @Test
    void aCountOfDaysBeforeADateIsExact() {
        var graph = extract(" date 2021-03-01 MOSCOW, March 1. /TASS/. Talks went on.\n\n"
                + "New START took effect on February 5, 2011, three days after Russia ratified it.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/russia -> treaty/new-start @2011-02-02");
    }

    @Test
    void theSystemFlownInOnADayDatesADeploymentToldOnTheDayOfTheNews() {
        var graph = extract(" date 2025-09-12 TOKYO, September 12. /TASS/. A US Typhon launcher has been deployed in Japan for drills, "
                + "the Japanese Defense Ministry said on Friday.\n\n"
                + "The Typhon system was flown into a base on the southern island of Kyushu last Monday aboard two transport planes.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09-08");
    }

    @Test
    void aUsLawmakersPartyAndStateStandBetweenNameAndVerb() {
        var graph = extract(" date 2026-02-10 WASHINGTON (AP) — Talks went on, officials said.\n\n"
                + "NATO chief Mark Rutte urged calm.\n\n"
                + "\"The limits kept us safe for fifteen years,\" Sen. Dana Whitlock, R-Okla., said in a statement.");
        assertThat(speakerOf(graph, "kept us safe")).isEqualTo("person/dana-whitlock");
    }

    @Test
    void completingTheExtensionProceduresExtendsTheTreatySpokenOf() {
        var graph = extract(" date 2021-02-04 MOSCOW. Feb 4 (Interfax) - New START will stay in force for five more years.\n\n"
                + "Moscow and Washington completed the extension procedures on Wednesday by exchanging diplomatic notes.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
    }

    @Test
    void anOutletReportingWhatANamedSpeakerSaidPassesItOn() {
        var graph = extract(" date 2025-09-20 SEOUL, Sept. 20 (Yonhap) -- Talks went on.\n\n"
                + "Japan's Defense Ministry said the drills would end soon.\n\n"
                + "Chinese envoy Liu Wenbo said Beijing saw the launcher as a threat to regional stability, the Xinhua news agency "
                + "reported.");
        assertThat(speakerOf(graph, "threat to regional stability")).isEqualTo("person/liu-wenbo");
    }

    @Test
    void denouncingIsSaying() {
        var graph = extract(" date 2025-09-20 PYONGYANG, Sept. 20 (Yonhap) -- Talks went on.\n\n"
                + "North Korea on Friday denounced the arrival of the American launchers in Japan as a reckless provocation.");
        assertThat(speakerOf(graph, "reckless provocation")).isEqualTo("state/north-korea");
    }

    @Test
    void aLeavingToldAgainWithItsDateDatesTheActTheLeadToldInPassing() {
        var graph = extract(" date 2024-03-05 VIENNA, March 5 (Reuters) - Russia formally left the Conventional Armed Forces in Europe "
                + "Treaty on Tuesday, completing a pullout it launched after the United States pulled out of the accord.\n\n"
                + "The U.S. withdrew in July 2019 under President Bill Smith, whose government accused Moscow of cheating.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).contains("state/united-states -> treaty/cfe-treaty @2019-07");
    }

    @Test
    void aChargeRejectedAfterADashIsTheRejectersDenialOfThatCharge() {
        var graph = extract(" date 2024-07-11 BERLIN, July 11. /TASS/. Talks went on.\n\n"
                + "Such weapons were banned for decades by the INF Treaty, which the United States left in August 2019, accusing "
                + "Russia of violating it - an accusation the Kremlin has always rejected.");
        var denial = graph.statements().stream().filter(s -> s.speaker().equals("organization/kremlin")).toList();
        assertThat(denial).singleElement().satisfies(s -> assertThat(s.text()).startsWith("accusing Russia of violating it"));
        assertThat(speakerOf(graph, "accusing Russia")).isEqualTo("state/united-states");
    }

    @Test
    void anAdministrationUnderAPresidentInsistingOnADealSpeaksForItsState() {
        var graph = extract(" date 2021-02-04 MOSCOW (AP) — Talks went on.\n\n"
                + "The previous U.S. administration under President John Smith had instead insisted on bringing Iran into a new deal, "
                + "an idea Tehran repeatedly rejected.");
        assertThat(graph.statements()).filteredOn(s -> s.speaker().equals("state/united-states"))
            .singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("bringing Iran into a new deal"));
        assertThat(speakerOf(graph, "Tehran repeatedly rejected")).isEqualTo("state/iran");
    }

    @Test
    void anEnergySecretaryStandsForHisDepartmentAndTheDefenseDepartmentOfManilaIsKnownBare() {
        var graph = extract(" date 2025-11-03 WASHINGTON (AP) — US Energy Secretary Dana Holloway said on Sunday the planned tests "
                + "would not be nuclear explosions.\n\n"
                + "In Manila, the Department of National Defense (DND) said the launcher would stay.");
        assertThat(graph.entity("person/dana-holloway").properties()).containsEntry("organization", "organization/us-department-of-energy");
        assertThat(graph.entity("organization/us-department-of-energy")).isNotNull();
        assertThat(speakerOf(graph, "launcher would stay")).isEqualTo("organization/philippines-department-of-national-defense");
    }

    @Test
    void aLearnedProfessionInAppositionNamesAPersonAndAConcessiveClauseOpensNoSubject() {
        var graph = extract(" date 2023-11-03 VIENNA (AP) — Talks went on.\n\n"
                + "Although the bill is called \"on revoking ratification\", Russian diplomats have said it does not mean Moscow will "
                + "test.\n\n"
                + "Piotr Zalewski, a volcanologist who has studied the monitoring data for years, said the effect would be small. "
                + "\"Nobody has gone first yet,\" he said.");
        assertThat(speakerOf(graph, "does not mean Moscow will")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "effect would be small")).isEqualTo("person/piotr-zalewski");
        assertThat(speakerOf(graph, "Nobody has gone first")).isEqualTo("person/piotr-zalewski");
    }

    @Test
    void aPronounSayingInARelativeClauseIsTheSentencesFirstActor() {
        var graph = extract(" date 2026-05-22 NEW YORK (AP) — The review conference closed on Friday without an outcome, after Iran "
                + "blocked a text that it said was biased against developing states.\n\n"
                + "Moscow in March told Washington that it was pausing the data exchange, citing restrictions that it said made "
                + "travel impossible.");
        assertThat(speakerOf(graph, "biased against developing")).isEqualTo("state/iran");
        assertThat(speakerOf(graph, "made travel impossible")).isEqualTo("state/russia");
    }

    @Test
    void notRulingOutThatSomethingCouldHappenIsSaid() {
        var graph = extract(" date 2024-12-02 MINSK, December 2. /TASS/. Belarusian Defense Minister Viktor Khrenin visited the unit.\n\n"
                + "He did not rule out that more launchers could arrive next year.");
        assertThat(speakerOf(graph, "more launchers could arrive")).isEqualTo("person/viktor-khrenin");
    }

    @Test
    void recallingThatAfterAQuoteAStoryClauseBeforeAVerbAndWithASpeakerArguing() {
        var graph = extract(" date 2025-03-03 VIENNA, March 3 (Kyodo) — Irish envoy Niamh Burke opened the session.\n\n"
                + "\"We have waited long enough,\" Burke said, recalling that the island had hosted the first talks in 1961.\n\n"
                + "She noted that the last meeting, held in Geneva in May, closed without a text after Iran objected to the draft.\n\n"
                + "India has not joined it either, with New Delhi arguing that the ban ignores the threats it faces.");
        assertThat(speakerOf(graph, "hosted the first talks")).isEqualTo("person/niamh-burke");
        assertThat(speakerOf(graph, "closed without a text")).isEqualTo("person/niamh-burke");
        assertThat(speakerOf(graph, "ignores the threats")).isEqualTo("state/india");
    }

    @Test
    void aPostInWhichHeWroteAndAParticipleAfterAClauseJoinedByBut() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5 (Kyodo) — Talks began.\n\n"
                + "The order came after a speech by French President Claire Dumont on Monday, in which she warned that Paris "
                + "could widen its \"nuclear umbrella\" to its neighbours.\n\n"
                + "Brazil signed the treaty in 2017, but in March 2024 President Luiz Barbosa vetoed a bill ratifying it, saying the "
                + "country needed more time.");
        assertThat(speakerOf(graph, "widen its")).isEqualTo("person/claire-dumont");
        assertThat(speakerOf(graph, "needed more time")).isEqualTo("person/luiz-barbosa");
    }

    @Test
    void aMinistryOfficialInTheLeadIsNotTheCabinetSecretaryNamedNext() {
        var graph = extract("TOKYO — The launcher will leave Japan after the drills, a Defense Ministry official said on Friday.\n\n"
                + "Chief Cabinet Secretary Hiroki Sato told a news conference that the system was used only for training.");
        assertThat(speakerOf(graph, "will leave Japan")).isEqualTo("organization/japan-defense-ministry");
    }

    @Test
    void bareArmyOfficialsSpeakForTheirHomeService() {
        var graph = extract("WASHINGTON — A Typhon battery was shipped to Japan for the drills, the first such move outside Asia, Army officials "
                + "said this week.");
        assertThat(speakerOf(graph, "Typhon battery was shipped")).isEqualTo("organization/us-army");
    }

    @Test
    void everyStateOfAListedSubjectSpeaks() {
        var graph = extract("VIENNA (AP) — Russia, China and Iran said in a joint letter that the snapback had no legal force.\n\n"
                + "The last review ended without a text after France, Britain and Canada objected to language on a nuclear-free zone.");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("no legal force")).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/russia", "state/china", "state/iran");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("nuclear-free zone")).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/france", "state/united-kingdom", "state/canada");
    }

    @Test
    void aLaterPredicatesDateAndPlaceBelongToIt() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. Talks began.\n\n"
                + "In recent years the United States has brought its Typhon launchers to Norway and Japan for drills, and has "
                + "announced plans to station long-range weapons in Germany from 2026.\n\n"
                + "Last week the minister said that the first Oreshnik systems had been delivered to the troops and that sites for "
                + "their deployment in Belarus had been chosen.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/norway @null",
                "missilesystem/typhon -> state/japan @null");
    }

    @Test
    void observedLimitsAParticipleAfterAPastClauseAndAListJoinedByAndThen() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. Talks ended.\n\n"
                + "The minister noted that Moscow had observed the central limits of New START to the end.\n\n"
                + "He recalled that it was Washington that had wrecked the ABM Treaty, withdrawing from it in 2002.\n\n"
                + "London quit the CFE Treaty in 2023, and then the Open Skies Treaty in 2024.");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002",
                "state/united-kingdom -> treaty/cfe-treaty @2023", "state/united-kingdom -> treaty/open-skies @2024");
    }

    @Test
    void signedByTheTwoCountriesAndASystemCapableOfFiringAMissile() {
        var graph = extract(" date 2025-09-16 TOKYO, September 16. /TASS/. The US Army flew its Typhon launcher to Guam for drills.\n\n"
                + "New START, known as START III and signed by the two countries in Prague in April 2010, capped warheads at 1,550.\n\n"
                + "On Monday the Army showed reporters its launcher at a base in Iwakuni, the first time the system capable of firing "
                + "Tomahawk cruise missiles has been brought to Japanese soil.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010-04",
                "state/united-states -> treaty/new-start @2010-04");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/typhon -> state/japan @2025-09-15")
            .noneMatch(fact -> fact.startsWith("missilesystem/tomahawk"));
    }

    @Test
    void hisCountryIsTheSpeakersStateAndReceivingNoRequestIsNoDeployment() {
        var graph = extract(" date 2024-03-12 MINSK, March 12. /TASS/. Talks ended.\n\n"
                + "Belarusian President Alexander Lukashenko said Tuesday that his country was suspending its part in the CFE Treaty.\n\n"
                + "Japanese Defense Minister Taro Ishikawa said last week that his country had received no request to host the "
                + "Typhon system.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/belarus -> treaty/cfe-treaty @2024-03-12");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void statesAmongThoseThatSignedAreTheSubject() {
        var graph = extract(" date 2021-01-15 MOSCOW, January 15. /TASS/. Talks ended.\n\n"
                + "Belarus and Ukraine were among the countries that signed the Treaty on Open Skies in Helsinki on March 24, 1992.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/belarus -> treaty/open-skies @1992-03-24",
                "state/ukraine -> treaty/open-skies @1992-03-24");
    }

    @Test
    void aDecreeSignedIsNoTreatySignedAndADeliveryIsADeploymentByItsSender() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. Talks ended.\n\n"
                + "Washington suspended its obligations under the INF Treaty on February 2, 2019, and Russia followed suit with a "
                + "decree signed by Putin on March 4, 2019.\n\n"
                + "The ministry listed the delivery of the Typhon system to the Philippines in April 2024 and the deployment of a "
                + "Typhon battery to Australia in July 2025.");
        assertThat(facts(graph, RelationType.SIGNED)).isEmpty();
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/united-states -> treaty/inf-treaty @2019-02-02",
                "state/russia -> treaty/inf-treaty @2019-03-04");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/philippines @2024-04",
                "missilesystem/typhon -> state/australia @2025-07");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelationType.DEPLOYED_IN)
            .allSatisfy(r -> assertThat(r.properties()).containsEntry("by", "state/united-states"));
    }

    @Test
    void pluralSayingListsWhichSayAndAReasonCited() {
        var graph = extract(" date 2025-09-12 TOKYO, September 12. /TASS/. Talks ended.\n\n"
                + "Iran and Syria say the plan is dangerous for the region. Analysts say the plan is a signal to Beijing.\n\n"
                + "The Army brought its Typhon launcher to Japan, drawing criticism from China and North Korea, which say the system "
                + "destabilises Asia.\n\n"
                + "Such missiles were banned until Washington withdrew from the INF Treaty in 2019, citing Russian violations.\n\n"
                + "The pact, which Washington abandoned in 2020 citing Russian breaches, is gone.");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("dangerous for the region")).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/iran", "state/syria");
        assertThat(speakerOf(graph, "a signal to Beijing")).startsWith("no statement");
        assertThat(graph.statements()).filteredOn(s -> s.text().contains("destabilises Asia")).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/china", "state/north-korea");
        assertThat(speakerOf(graph, "Russian violations")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "Russian breaches")).isEqualTo("state/united-states");
    }

    @Test
    void aLeadLeavingATreatyNamedNextOnItsDayAndAPlaceBasedRoleInApposition() {
        var graph = extract(" date 2023-11-07 MOSCOW (AP) — Belarus formally withdrew on Tuesday from a landmark pact that capped armies "
                + "in Europe.\n\n"
                + "The Treaty on Conventional Armed Forces in Europe took effect in 1992.\n\n"
                + "A Minsk-based defense analyst, Pavel Rudnik, was blunt. \"The pact died long ago,\" he said.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/belarus -> treaty/cfe-treaty @2023-11-07");
        assertThat(speakerOf(graph, "The pact died long ago")).isEqualTo("person/pavel-rudnik");
    }

    @Test
    void aRejectionJoinedByAndDoesNotNegateTheActAfterIt() {
        var graph = extract(" date 2019-03-01 MOSCOW, March 1. /TASS/. Talks ended.\n\n"
                + "On February 2, 2019, the United States suspended its obligations under the INF Treaty. Moscow rejected the "
                + "charges and suspended its own participation on the same day. Minsk refused to sign and ratify the treaty.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/united-states -> treaty/inf-treaty @2019-02-02",
                "state/russia -> treaty/inf-treaty @2019-02-02");
        assertThat(facts(graph, RelationType.SIGNED)).isEmpty();
        assertThat(facts(graph, RelationType.RATIFIED)).isEmpty();
    }

    @Test
    void aCapitalNamingCapitalisedNegotiationsIsAVenue() {
        var graph = extract(" date 2023-11-07 MOSCOW, November 7. /TASS/. Talks ended.\n\n"
                + "Konstantin Gavrilov, head of the Russian delegation at the Vienna Negotiations on Military Security, told TASS "
                + "that Russia still valued the talks.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("state/austria")
            .noneMatch(key -> key.startsWith("person/vienna"));
        assertThat(speakerOf(graph, "still valued the talks")).isEqualTo("person/konstantin-gavrilov");
    }

    @Test
    void sheAfterAJapaneseWomanNamedInTheSameParagraph() {
        var graph = extract(" date 2025-09-16 TOKYO, September 16. /TASS/. Talks ended.\n\n"
                + "Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond.\n\n"
                + "Sachiko Ueda, a city council member, said residents learned of it from the news. \"Nobody in this city was asked about any of it,\" she said.");
        assertThat(speakerOf(graph, "Nobody in this city")).isEqualTo("person/sachiko-ueda");
    }

    @Test
    void twoStatementsInASentenceEachHoldTheirOwnAttributionAsEvidence() {
        var text = " date 2025-09-16 GENEVA, September 16. /TASS/. Talks ended.\n\n"
                + "NATO has said the ban ignores security realities, while China's Foreign Ministry has repeatedly argued that it "
                + "weakens the NPT.";
        var graph = extract(text);
        var ministry = graph.statements().stream().filter(s -> s.text().contains("weakens the NPT")).findFirst().orElseThrow();
        assertThat(text.substring(ministry.start(), ministry.end())).startsWith("China's Foreign Ministry has repeatedly argued");
        var nato = graph.statements().stream().filter(s -> s.text().contains("ignores security")).findFirst().orElseThrow();
        assertThat(nato.end()).isLessThanOrEqualTo(ministry.start());
    }

    @Test
    void keepingItsForcesWithinTheCeilingsObservesTheTreaty() {
        var graph = extract(" date 2025-09-23 MOSCOW, September 23. /TASS/. Talks ended.\n\n"
                + "In February 2023, Russia suspended its part in New START, but it has continued to keep its warheads and "
                + "bombers within the agreed ceilings.");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
    }

    @Test
    void aSecondSpeakerAfterASemicolonAndAClaimOfAnotherInsideWhatWasSaid() {
        var graph = extract(" date 2019-02-01 WASHINGTON (AP) — Talks ended.\n\n"
                + "Washington says the missile flies too far; Moscow says its range is shorter and blames the United States.\n\n"
                + "Secretary of State Mike Pompeo said the U.S. would leave unless Russia scrapped missiles that Pentagon officials say "
                + "break the treaty.");
        assertThat(speakerOf(graph, "its range is shorter")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "flies too far")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "break the treaty")).isEqualTo("organization/pentagon");
        assertThat(speakerOf(graph, "would leave unless")).isEqualTo("person/mike-pompeo");
    }

    @Test
    void doingTheSameInTheSameSentenceSharesItsTime() {
        var graph = extract(" date 2024-01-10 BRUSSELS, January 10. /TASS/. Talks ended.\n\n"
                + "In November 2023, Norway suspended its part in the CFE Treaty, and Denmark did the same.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/norway -> treaty/cfe-treaty @2023-11",
                "state/denmark -> treaty/cfe-treaty @2023-11");
    }

    @Test
    void theServiceIsTheArmedServiceNamedBefore() {
        var graph = extract("WASHINGTON — The U.S. Army has moved a Dark Eagle battery to Japan for drills, the first time the system has left "
                + "American soil, the service said.");
        assertThat(speakerOf(graph, "moved a Dark Eagle battery")).isEqualTo("organization/us-army");
    }

    @Test
    void anOfferRecalledIsTheOfferersStatement() {
        var graph = extract(" date 2026-02-10 MOSCOW, February 10. /TASS/. Deputy Foreign Minister Sergey Ryabkov spoke.\n\n"
                + "He recalled that in September President Vladimir Putin offered to keep to the limits for a year, but only if "
                + "Washington did the same.");
        assertThat(speakerOf(graph, "keep to the limits")).isEqualTo("person/vladimir-putin");
    }

    @Test
    void tellingOnesMinistersWhatToDoIsSaid() {
        var graph = extract(" date 2019-02-02 MINSK, February 2. /TASS/. Belarusian President Alexander Lukashenko spoke.\n\n"
                + "He also told his defense ministers not to open any new talks with NATO on the issue.");
        assertThat(speakerOf(graph, "not to open any new talks")).isEqualTo("person/alexander-lukashenko");
    }

    @Test
    void askingAnotherToActIsARequestAndAskingAboutIsNot() {
        var graph = extract(" date 2024-12-06 YEREVAN, December 6. /TASS/. Talks ended.\n\n"
                + "Prime Minister Armen Vardanyan had asked his Russian counterpart to pull the launchers back from the border. "
                + "Asked about the talks, Vardanyan smiled. Vardanyan asked whether the talks would resume soon.");
        assertThat(speakerOf(graph, "pull the launchers back")).isEqualTo("person/armen-vardanyan");
        assertThat(graph.statements()).hasSize(1);
    }

    @Test
    void aReasonCitedAndAnIdeaRejectedAreSaidButASourceCitedIsNot() {
        var graph = extract(" date 2024-12-06 MOSCOW, December 6. /TASS/. Talks.\n\n"
                + "Ottawa cited alleged Russian breaches as the main reason for its exit. Beijing has repeatedly rejected that "
                + "idea. The newspaper cited officials as saying the plan was dead.");
        assertThat(speakerOf(graph, "alleged Russian breaches")).isEqualTo("state/canada");
        assertThat(speakerOf(graph, "rejected that idea")).isEqualTo("state/china");
        assertThat(speakerOf(graph, "cited officials")).startsWith("no statement");
    }

    @Test
    void aTreatyWhichStatesRejectIsTheirRejection() {
        var graph = extract(" date 2024-12-06 MOSCOW, December 6. /TASS/. Talks.\n\n"
                + "The TPNW, which France and the other nuclear powers reject, took effect in 2021.");
        assertThat(speakerOf(graph, "which France and the other")).isEqualTo("state/france");
    }

    @Test
    void riaAndRyaSpellTheSamePerson() {
        var graph = extract(" date 2023-11-02 MOSCOW, November 2. /TASS/. Deputy Foreign Minister Sergei Riabkov said the move was "
                + "a mirror step.\n\n"
                + "Tatiana Morozova, a lawmaker, agreed. Tatyana Morozova later said the vote was final.");
        assertThat(speakerOf(graph, "a mirror step")).isEqualTo("person/sergey-ryabkov");
        assertThat(graph.entities()).filteredOn(e -> e.name().endsWith("Morozova")).hasSize(1);
    }

    @Test
    void aDateInTheNextClauseOfAPronounIsNotTheActs() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. Deputy Foreign Minister Sergey Ryabkov spoke.\n\n"
                + "\"The decline began in 2019, when the United States left the INF Treaty, and it has ended where we stand "
                + "today,\" he noted.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
    }

    @Test
    void aBareChamberInAStoryFromAnotherStateIsThatStatesWhenKnown() {
        var graph = extract(" date 2024-04-16 MANILA, April 16. /TASS/. The launcher arrived on Luzon.\n\n"
                + "Senator Liza Ocampo, who sits on the Senate Committee on Foreign Relations, said lawmakers should have been told.\n\n"
                + "In Moscow, officials recalled that the Japanese House of Councillors had debated the issue.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("organization/philippine-senate", "organization/philippine-senate-committee-on-foreign-relations",
                    "organization/japanese-house-of-councillors")
            .doesNotContain("organization/us-senate");
    }

    @Test
    void aSecondParticipleOnATreatysNameAndNoDateAcrossAConcessiveClause() {
        var graph = extract("WASHINGTON, Feb 5, 2026 (Reuters) - Talks ended.\n\n"
                + "New START, signed in 2010 and extended once, in 2021, for five years, was not extended again.\n\n"
                + "Russia suspended its part in New START in February 2023, though both sides went on observing its central caps.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021",
                "state/united-states -> treaty/new-start @2021");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @null",
                "state/united-states -> treaty/new-start @null");
    }

    @Test
    void leavingATreatyTerminatingItEndsItTheSameDay() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. Talks ended.\n\n"
                + "On May 22, 2020, Ankara formally withdrew from the Treaty on Open Skies, terminating it for good.");
        assertThat(facts(graph, RelationType.TERMINATED)).containsExactly("state/turkey -> treaty/open-skies @2020-05-22");
    }

    @Test
    void theActsOfAListAfterTheActTakeTheDatesGivenWithEachName() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. Ambassador Ivan Dolgov spoke.\n\n"
                + "Since then Russia and the United States have each quit the Treaty on Open Skies, Washington in 2020 and Moscow in 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/open-skies @2020",
                "state/russia -> treaty/open-skies @2021");
    }

    @Test
    void anActAfterAClaimInAClauseOfItsOwnWithItsTimeFirstIsDone() {
        var graph = extract(" date 2025-09-16 MOSCOW, September 16. /TASS/. The ministry spoke.\n\n"
                + "Last spring Washington gave notice on the Open Skies Treaty, alleging that Moscow had breached its terms, "
                + "and on November 22, 2020, the United States formally quit it.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
    }

    @Test
    void aPassiveGoesOnAcrossAndAndPastAnAdverbAfterHad() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. Russia and the United States held talks.\n\n"
                + "New START was concluded in Prague in 2010 and extended in February 2021 for five years.\n\n"
                + "The Open Skies Treaty had already been signed by Belarus in 1992.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02",
                "state/united-states -> treaty/new-start @2021-02");
    }

    @Test
    void aRatificationARelativeClauseSaysWasCompletedIsThatStatesAct() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. Talks ended.\n\n"
                + "A new law on the Comprehensive Nuclear-Test-Ban Treaty revokes the ratification Belarus completed in 2001, officials said.");
        assertThat(facts(graph, RelationType.RATIFIED)).extracting(f -> f.replaceAll(" -> .*@", " @"))
            .containsExactly("state/belarus @2001");
    }

    @Test
    void anActSupposedRightAfterItsNounIsNotDone() {
        var graph = extract(" date 2021-01-15 MOSCOW, January 15. /TASS/. Talks ended.\n\n"
                + "The Open Skies Treaty was debated in parliament. Kyiv's withdrawal, if approved, would leave the treaty weaker.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void aBareMonthWithThatYearTakesTheYearOfTheDateToldBefore() {
        var graph = extract(" date 2021-12-20 MOSCOW, December 20. /TASS/. The ministry spoke about the Treaty on Open Skies.\n\n"
                + "Washington gave notice in May 2020, blaming Moscow for curbs on flights, and quit the treaty in November that year.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11");
    }

    @Test
    void weaponsAStateHasKeptSomewhereAreItsDeploymentWhoeverSpeaksOfThem() {
        var graph = extract(" date 2024-07-11 WARSAW, July 11. /TASS/. Polish Foreign Minister Radoslaw Sikorski spoke on Thursday.\n\n"
                + "Sikorski cited the Iskander launchers Russia has kept in Belarus since 2023. He spoke in Warsaw.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/iskander -> state/belarus @2023");
    }

    @Test
    void depositingItsInstrumentInATalkOfRatificationsRatifiesTheTreatySpokenOf() {
        var graph = extract(" date 2021-01-22 VIENNA, January 22. /TASS/. The Treaty on the Prohibition of Nuclear Weapons entered into force.\n\n"
                + "The count of ratifications reached fifty on October 24 last year, when Honduras deposited its instrument.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/honduras -> treaty/tpnw @2020-10-24");
    }

    @Test
    void theTwoGovernmentsAnnouncingAndTheirJointStatementAreBothStatesVoices() {
        var graph = extract("CANBERRA (Harbour Times / Agencies - 3rd March, 2025) - Japan will host Australian air defence units "
                + "for a joint drill next year, the two governments announced on Monday, drawing criticism from Beijing.\n\n"
                + "According to the joint statement, the units will stay for three months.");
        assertThat(graph.statements()).extracting(s -> s.speaker() + " | " + s.text()).containsExactlyInAnyOrder(
                "state/japan | Japan will host Australian air defence units for a joint drill next year",
                "state/australia | Japan will host Australian air defence units for a joint drill next year",
                "state/japan | the units will stay for three months",
                "state/australia | the units will stay for three months");
    }

    @Test
    void aStatesBareMinistryIsItsMinistryNamedBeforeElseItsForeignMinistry() {
        var graph = extract(" date 2024-05-02 TOKYO, May 2. /TASS/. The Japanese Foreign Ministry summoned the envoy on Thursday.\n\n"
                + "\"The launch was a grave provocation,\" the Japanese ministry said in a statement.");
        assertThat(speakerOf(graph, "grave provocation")).isEqualTo("organization/japan-foreign-ministry");
        var tracked = extract(" date 2024-05-02 TOKYO, May 2. /TASS/. The Japanese Defense Ministry tracked the missile on Thursday.\n\n"
                + "\"It fell outside our waters,\" the Japanese ministry said.");
        assertThat(speakerOf(tracked, "outside our waters")).isEqualTo("organization/japan-defense-ministry");
    }

    @Test
    void aPageWithNoDatelineIsFromTheCountryWhoseTimeItKeeps() {
        var graph = extract("US bombers to join drills near Okinawa\n\nPosted 3 March 2025, 09:40 JST\n\n"
                + "American B-52 bombers will join the drills next week. A Defense Ministry official said the flights would be announced.\n\n"
                + "Opposition members of the House of Representatives asked for a briefing.");
        assertThat(speakerOf(graph, "flights would be announced")).isEqualTo("organization/japan-defense-ministry");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/japanese-house-of-representatives")
            .doesNotContain("organization/us-house");
    }

    @Test
    void aLawmakerNamedAfterTheLeadIsNoVoiceOfAMinistryAndAShortClauseSaidIsWhatWasSaid() {
        var graph = extract(" date 2025-03-03 SEOUL, March 3. /TASS/. American B-52 bombers landed in Guam on Monday. "
                + "A Defense Ministry official said the drills would begin next week.\n\n"
                + "Lee Jae-won, a member of the National Assembly's defense committee, said the plan was sound.");
        assertThat(speakerOf(graph, "drills would begin")).isEqualTo("organization/south-korea-defense-ministry");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text).contains("the plan was sound");
    }

    @Test
    void anActThatIsTheMeansOfWhatMayBeIsNotDone() {
        var graph = extract(" date 2023-10-20 MINSK, October 20. /TASS/. Lawmakers met on Friday to discuss the CTBT.\n\n"
                + "The speaker said on Tuesday that Belarus could, in principle, follow the US example by rescinding its ratification.");
        assertThat(facts(graph, RelationType.DERATIFIED)).isEmpty();
    }

    @Test
    void aTreatyNamedRightBeforeAnActNounIsThatActsTreaty() {
        var graph = extract(" date 2021-12-20 MOSCOW, December 20. /TASS/. Officials spoke about the Treaty on Open Skies.\n\n"
                + "Russia's Open Skies withdrawal comes weeks after its move to end its ratification of the CTBT.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @null");
    }

    @Test
    void anActTakingEffectIsNotDatedByTheClauseBeforeIt() {
        var graph = extract(" date 2021-12-18 MOSCOW, December 18. /TASS/. Russia has left the Treaty on Open Skies, the ministry said on Saturday.\n\n"
                + "Moscow gave notice of its decision in June, and the withdrawal took effect once the six months had passed.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021-12-18");
    }

    @Test
    void aSecondSpeakerAfterAndAfterWithTheDayOfSayingSpeaksForHimself() {
        var graph = extract(" date 2025-11-01 BEIJING, November 1. /TASS/. Tests went on.\n\n"
                + "The report came weeks after China said it had flown a new glide vehicle, and after Defense Minister Dong Jun said "
                + "Thursday that the navy had also tested a long-range torpedo.");
        assertThat(speakerOf(graph, "glide vehicle")).isEqualTo("state/china");
        assertThat(speakerOf(graph, "long-range torpedo")).isEqualTo("person/dong-jun");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .contains("the navy had also tested a long-range torpedo");
    }

    @Test
    void aRelativeClaimOfAStateNamedWithTheIsItsOwn() {
        var graph = extract(" date 2019-02-02 WASHINGTON, February 2. /TASS/. Talks failed.\n\n"
                + "Secretary of State Mike Pompeo said Washington would leave the INF Treaty unless Moscow scrapped its new launchers, "
                + "which the United States says breach the accord.\n\n"
                + "The Russian Foreign Ministry recalled that Moscow had offered to show the launchers, which the United States claims "
                + "fly too far. According to the diplomats, the offer \"was ignored\".");
        assertThat(graph.statements()).extracting(s -> s.speaker() + " | " + s.text()).contains("state/united-states | breach the accord",
                "state/united-states | fly too far");
        // The claim is told inside the ministry's words: "the diplomats" are still the ministry's.
        assertThat(speakerOf(graph, "was ignored")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void sendingABatteryOfASystemJustNamedSomewhereDeploysIt() {
        var graph = extract(" date 2025-08-04 WASHINGTON, August 4. /TASS/. Drills ended.\n\n"
                + "The U.S. Army took its Typhon launcher abroad again in July, sending a battery to Japan for the exercise.\n\n"
                + "Officials were sending a message to Beijing, analysts said.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-07");
    }

    @Test
    void aPresentTenseAfterAfterOrWhenIsAnActToCome() {
        var graph = extract(" date 2024-03-12 ASTANA, March 12. /TASS/. Talks went on.\n\n"
                + "Kazakhstan would review the accord only after Russia ratifies the Treaty on Open Skies again, an adviser said. "
                + "The monitors would leave when the United States withdraws from the CFE Treaty, he added.");
        assertThat(facts(graph, RelationType.RATIFIED)).isEmpty();
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void quitAfterToIsAnInfinitiveNotTheWithdrawal() {
        var graph = extract(" date 2019-08-05 GENEVA, August 5. /TASS/. The treaty is gone.\n\n"
                + "In February, the United States made public its decision to quit the INF Treaty. "
                + "Washington formally left the treaty on August 2, six months later.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void aLeadThatPullsOutOfALongDescribedTreatyNamesItNext() {
        var graph = extract("WASHINGTON (AP) — Washington pulled out of a decades-old Cold War-era missile control treaty with Moscow on Friday, "
                + "officials said.\n\nThe Intermediate-Range Nuclear Forces Treaty was signed in 1987.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @null");
    }

    @Test
    void theAdaptedCfeTreatyAndTheUnionStateGuaranteesAreTreatiesOfTheirOwn() {
        var graph = extract(" date 2025-01-10 MINSK, January 10. /TASS/. Talks went on.\n\n"
                + "Belarus ratified the Agreement on Adaptation of the CFE Treaty in 2002; the original CFE Treaty dates from 1990. "
                + "Russia and Belarus signed the Treaty on Security Guarantees within the Union State on December 6, 2024.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/belarus -> treaty/adapted-cfe-treaty @2002");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/treaty-on-security-guarantees-within-the-union-state @2024-12-06",
                "state/belarus -> treaty/treaty-on-security-guarantees-within-the-union-state @2024-12-06");
    }

    @Test
    void aLauncherFiredFromOrUsedSomewhereIsThereThatMonth() {
        var graph = extract(" date 2025-09-18 TOKYO, September 18. /TASS/. Drills ended.\n\n"
                + "The U.S. Army fired an SM-6 missile from its Typhon launcher in Japan on Tuesday, the first such shot there. "
                + "Marines later test-fired a Tomahawk from a ground launcher in the Philippines. "
                + "Officials also confirmed the use of a Dark Eagle during drills in Australia in July.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/japan @2025-09",
                "missilesystem/dark-eagle -> state/australia @2025-07");
    }

    @Test
    void aTreatyTakingEffectTodayIsDatedAndACharacterisationIsNoAct() {
        var graph = extract(" date 2021-01-22 VIENNA, January 22. /TASS/. Diplomats met.\n\n"
                + "The Treaty on the Prohibition of Nuclear Weapons enters into force today, 90 days after the 50th ratification. "
                + "Under the CFE Treaty, a withdrawal takes effect 150 days after notice. "
                + "Moscow left the talks, citing what it described as the deployment of Typhon launchers in Japan. "
                + "Under the treaty, the United States withdrew its remaining facilities from Europe in 2019.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void everSinceOpensAClauseOfItsOwnButHasSinceDoesNot() {
        var graph = extract(" date 2023-06-01 BERLIN, June 1. /TASS/. Experts met.\n\n"
                + "Officials have warned about Russian plans ever since Moscow quit the Treaty on Open Skies in 2021. "
                + "Washington has since withdrawn from the CFE Treaty as well, a diplomat said.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/russia -> treaty/open-skies @2021",
                "state/united-states -> treaty/cfe-treaty @null");
    }

    @Test
    void keepingThePeaceSomewhereKeepsNoWeaponThere() {
        var graph = extract(" date 2024-04-04 BRUSSELS, April 4. /TASS/. The alliance marked its anniversary.\n\n"
                + "\"Deterrence has kept the peace in Europe,\" the minister said, \"as it did when we met the Soviet SS-20s.\" "
                + "Russia has kept Iskander missiles in the Kaliningrad region since 2018, officials noted.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/iskander -> region/kaliningrad @2018");
    }

    @Test
    void aWithdrawalTakingEffectIsTheWithdrawalToldBeforeNotTheTreatyNamedLast() {
        var graph = extract(" date 2023-11-08 MOSCOW, November 8. /TASS/. Diplomats spoke.\n\n"
                + "Moscow has left the Treaty on Open Skies, the ministry said.\n\n"
                + "Russia had backed the CTBT for decades. The Russian side started the procedure in June, "
                + "and the withdrawal took effect after six months.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @null");
    }

    @Test
    void aNameWithAGenerationalSuffixIsKnownWithoutIt() {
        var graph = extract(" date 2024-10-02 MANILA, October 2. /TASS/. Drills ended.\n\n"
                + "The launchers will stay, Foreign Affairs Secretary Ramon Castillo Jr. said on Wednesday.");
        var castillo = graph.entities().stream().filter(e -> e.name().startsWith("Ramon Castillo")).findFirst().orElseThrow();
        assertThat(castillo.aliases()).contains("Ramon Castillo");
    }

    @Test
    void aUsBodyIsKnownWithItsStateSpelledOut() {
        var graph = extract(" date 2025-02-11 GUAM, February 11. /TASS/. Drills began.\n\n"
                + "The United States Air Force flew two bombers over the island, the United States Navy said in a statement.");
        assertThat(graph.entity("organization/us-air-force")).isNotNull();
        assertThat(graph.entity("organization/us-navy").aliases()).contains("United States Navy");
        assertThat(speakerOf(graph, "flew two bombers")).isEqualTo("organization/us-navy");
    }

    @Test
    void leavingThatTreatyLeavesTheTreatyJustSpokenOf() {
        var graph = extract(" date 2023-05-22 OSLO, May 22. /TASS/. Experts met.\n\n"
                + "Reconnaissance flights were carried out under the Treaty on Open Skies for almost two decades.\n\n"
                + "Russia quit that pact in 2021, a researcher said. Few observers had left this room before the vote.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021");
    }

    @Test
    void aLauncherTakingPartInDrillsSomewhereIsThereAndTheNextClauseKeepsItsDate() {
        var graph = extract(" date 2025-10-01 CANBERRA, October 1. /TASS/. Drills ended.\n\n"
                + "In May 2024, the Army brought its Dark Eagle battery to Guam, and in March 2025 the launchers returned home. "
                + "In August this year, the system also took part in the Pitch Black exercise in Australia, where it fired a missile. "
                + "Marines took part in drills in Japan in September.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/dark-eagle -> region/guam @2024-05",
                "missilesystem/dark-eagle -> state/australia @2025-08");
    }

    @Test
    void aBaseOpenedForANamedSystemDeploysItThere() {
        var graph = extract(" date 2024-11-14 BUCHAREST, November 14. /TASS/. Officials met.\n\n"
                + "The United States on Wednesday opened its new Aegis Ashore interceptor site in Poland, the Pentagon said. "
                + "Romania also opened a new logistics base in Constanta, near where the SM-3 interceptors are stored.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/aegis-ashore -> state/poland @2024-11-13");
    }

    @Test
    void suchMissilesAreTheKindNamedLastNotTheSystemLastDeployed() {
        var graph = extract(" date 2024-07-02 MOSCOW, July 2. /TASS/. Officials spoke.\n\n"
                + "The Pentagon sent a Dark Eagle battery to Australia in May.\n\n"
                + "Moscow must resume making intermediate-range and shorter-range strike systems, the minister said. "
                + "Washington, he added, has already brought such missiles to Norway for drills.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/dark-eagle -> state/australia @2024-05",
                "missilesystem/intermediate-range-missiles -> state/norway @null");
    }

    @Test
    void theFirstStateToSignOrRatifyDidSo() {
        var graph = extract(" date 2021-01-25 VIENNA, January 25. /TASS/. Diplomats met.\n\n"
                + "Austria was the first European state to sign the TPNW, in September 2017, and Mexico was the first one to ratify it, in January 2018.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/austria -> treaty/tpnw @2017-09");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/mexico -> treaty/tpnw @2018-01");
    }

    @Test
    void theTreatySignedInAYearIsTheOneTheStoryNamedThatWasSignedThen() {
        var graph = extract(" date 2020-11-22 WASHINGTON, November 22. /TASS/. The pact is gone.\n\n"
                + "The United States on Sunday completed its exit from the Treaty on Open Skies.\n\n"
                + "Analysts noted that New START, the last remaining arms pact, expires in February. New START also faces "
                + "an uncertain future.\n\n"
                + "The treaty, signed in Helsinki in 1992, let its members fly unarmed observation planes over one another.");
        assertThat(facts(graph, RelationType.SIGNED)).noneMatch(fact -> fact.contains("new-start"));
    }

    @Test
    void aRejectionToldInTheNarrationIsTheRejectersStatementOfItsOwnWords() {
        var graph = extract(" date 2020-06-20 VIENNA, June 20. /TASS/. Talks opened.\n\n"
                + "Washington wants any new accord to cover Chinese warheads as well, a demand Beijing has firmly rejected.");
        assertThat(speakerOf(graph, "firmly rejected")).isEqualTo("state/china");
        var rejection = graph.statements().stream().filter(s -> s.speaker().equals("state/china")).findFirst().orElseThrow();
        assertThat(graph.article().text().substring(rejection.start(), rejection.end())).doesNotContain("Washington");
    }

    @Test
    void actingAccordingToWhatOthersDoNamesNoSource() {
        var graph = extract(" date 2026-02-07 MOSCOW, February 7. /TASS/. The Kremlin spoke.\n\n"
                + "Deputy Foreign Minister Sergey Ryabkov told reporters that Russia would plan its deployments according to what NATO does.");
        assertThat(speakerOf(graph, "plan its deployments")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void aNameInAppositionBeforeAQuoteSpeaks() {
        var graph = extract(" date 2020-05-22 OSLO, May 22. /TASS/. Allies reacted.\n\n"
                + "Norway's envoy to the OSCE, Ingrid Solheim, told reporters: \"We regret this step and hope it can still be reversed.\"");
        assertThat(speakerOf(graph, "We regret this step")).isEqualTo("person/ingrid-solheim");
    }

    @Test
    void aPossessorOpeningTheSentenceIsNotWhatItRefersTo() {
        var graph = extract(" date 2023-11-07 MOSCOW, November 7. /TASS/. The treaty is gone.\n\n"
                + "According to the Russian Foreign Ministry, the pact had outlived its time. "
                + "NATO's expansion had made the document \"a dead letter\", it said, adding that the blame lay with the West.");
        assertThat(speakerOf(graph, "made the document")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void aSayingNamedAsSomeonesIsTheirStatementUnlessSomeoneElseSpeaks() {
        var graph = extract(" date 2025-11-03 GENEVA, November 3. /TASS/. Delegates met.\n\n"
                + "Foreign Minister Sergey Lavrov's warning on Friday that Moscow would answer any test in kind has worried diplomats. "
                + "The CTBTO will not comment, its spokesman Anton Weber said, asked about Lavrov's claim that the moratorium is fragile.");
        assertThat(speakerOf(graph, "answer any test in kind")).isEqualTo("person/sergey-lavrov");
        var warning = graph.statements().stream().filter(s -> s.text().contains("answer any test")).findFirst().orElseThrow();
        assertThat(warning.text()).doesNotContain("worried");
        assertThat(speakerOf(graph, "will not comment")).isEqualTo("person/anton-weber");
    }

    @Test
    void aNameWhosePostARelativeClauseGivesIsAPerson() {
        var graph = extract(" date 2025-03-05 NEW YORK, March 5. /TASS/. The meeting opened.\n\n"
                + "Marta Ilves, who leads a coalition of Baltic physicians, addressed the delegates on Monday. "
                + "\"We have seen what these weapons do,\" she told them.");
        assertThat(speakerOf(graph, "what these weapons do")).isEqualTo("person/marta-ilves");
    }

    @Test
    void anEmbassyNamedWithItsCitySpeaksForItself() {
        var graph = extract(" date 2024-11-14 BERLIN, November 14. /TASS/. Reactions came in.\n\n"
                + "A NATO spokesperson said the launchers were purely defensive. "
                + "The Chinese Embassy in Berlin said the deployment would harm stability in Europe.");
        assertThat(speakerOf(graph, "harm stability")).isEqualTo("organization/china-embassy-in-berlin");
    }

    @Test
    void anUnnamedDiplomatOfAStateSpeaksForItsForeignMinistry() {
        var graph = extract(" date 2021-01-26 MOSCOW, January 26. /TASS/. Talks went on.\n\n"
                + "The Russian Foreign Ministry has not commented on the talks. "
                + "A senior Russian diplomat, speaking on condition of anonymity, said Moscow would accept a five-year extension.");
        assertThat(speakerOf(graph, "five-year extension")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void aWithdrawalDueToBeCompletedIsNotDoneYet() {
        var graph = extract(" date 2023-05-20 MOSCOW, May 20. /TASS/. Lawmakers voted.\n\n"
                + "Belarus's withdrawal from the Treaty on Open Skies, which it joined in 2002, is expected to take effect in the autumn. "
                + "Russia's withdrawal from the INF Treaty, which is due to expire anyway, was completed on Friday.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/inf-treaty @2023-05-19");
    }

    @Test
    void theLauncherWhoseMissilesAreNamedInARelativeClauseIsTheOneToldBefore() {
        var graph = extract(" date 2025-05-02 TOKYO, May 2. /TASS/. Drills began.\n\n"
                + "Japan's government has said little about the Typhon since it was first shown to reporters.\n\n"
                + "The launcher, which can fire SM-6 and Tomahawk missiles, was taken to Kyushu by the US Army in April.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-04");
    }

    @Test
    void aPredicatePastARelativeClauseAboutTheObjectIsTheSubjects() {
        var graph = extract(" date 2021-02-01 MOSCOW, February 1. /TASS/. Talks went on.\n\n"
                + "The Moscow Treaty was signed by Putin and Bush in 2002. "
                + "It superseded START II, which never entered into force, took effect in June 2003 and was replaced in 2011.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/sort -> treaty/sort @2003-06");
    }

    @Test
    void oddInputNeverThrows() {
        var inputs = List.of("", "\"\"\"\"", "\"only a quote that never closes", "«Nur ein Zitat» sagte er.",
                "<html><body><p>\"Hello,\" he said.</p></body></html>", "Москва, 5 февраля. /ТАСС/. Текст.",
                "x".repeat(1_000_000), "\"A\" \"B\" \"C\" said said said , , ,",
                ("Russia suspended its participation in New START on February 21, 2023, \"but we are not leaving it,\" "
                        + "Deputy Foreign Minister Sergey Ryabkov said, adding that Moscow would respond. ").repeat(6_000));
        for (var input : inputs) {
            assertThatCode(() -> this.extractor.extract(new org.treatygraph.article.Article("k", null, null,
                    LocalDate.of(2025, 1, 1), null, null, input, 0))).doesNotThrowAnyException();
        }
    }


    @Test
    void aBodyNamedInsideACommitteeTitleBeforeASpeakerIsNoActor() {
        // "State Duma" lies inside "State Duma Committee on International Affairs": two mentions that overlap, which
        // once made the search for a second actor read the text between them backwards and throw.
        var graph = extract(" date 2025-09-23 MOSCOW, September 23. /TASS/. Moscow expects Washington to answer President Vladimir "
                + "Putin's proposal to keep to the central limits of the New START treaty for a year after it expires, Deputy "
                + "Foreign Minister Sergey Ryabkov said.\n\nChairman of the State Duma Committee on International Affairs Leonid "
                + "Slutsky called the initiative \"a hand extended to Washington\" and asked the Americans to accept it.\n\n"
                + "Senator Konstantin Kosachev said Moscow had extended an olive branch to the New START partner.");
        assertThat(speakerOf(graph, "a hand extended")).isEqualTo("person/leonid-slutsky");
        assertThat(facts(graph, RelationType.EXTENDED)).isEmpty();
    }

    @Test
    void aPageThatOpensAtAnActsVerbLosesNoEvent() {
        // The act's verb is the first character of the text: the search for a parenthesis before it once read index -1.
        var graph = extract("in force since 2002, the pact let more than 30 states fly over each other and photograph bases. It was "
                + "hailed as a way to build trust.\n\nWashington announced its withdrawal from the Treaty on Open Skies in May 2020 "
                + "and left in November.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-05");
    }

    @Test
    void noStageFailsOnCorpusArticlesCutAndReshaped() throws IOException {
        // Pages arrive cut, reflowed, stripped of quotes or commas, in capitals: every stage must take them as they come.
        var parser = new ArticleParser();
        List<Path> files;
        try (var listed = Files.list(Path.of("src/test/resources/corpus"))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i += 4) {
            var text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            var paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
            java.util.Collections.reverse(paragraphs);
            var variants = List.of(String.join("\n\n", paragraphs), text.replace("\"", ""), text.replace(",", ""),
                    text.replace(". ", ".\n\n"), text.toUpperCase(java.util.Locale.ROOT), text.toLowerCase(java.util.Locale.ROOT),
                    text.replace("the ", ""), text.substring(0, text.length() / 2), text.substring(text.length() / 3));
            for (var variant : variants) {
                var file = files.get(i);
                assertThatCode(() -> this.extractor.extract(parser.parse(RawArticle.ofText("reshaped", variant))))
                    .as(file.getFileName().toString()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aMoveThatFollowsASystemsDeploymentTellsThatDeploymentAsDone() {
        var graph = extract(" date 2025-07-20 SYDNEY, July 20. /TASS/. The US Army brought its Typhon launcher to Australia on Sunday. "
                + "The move follows the launcher's deployment to the Philippines in April last year. Plans for the system's "
                + "deployment to Japan remain open.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder(
                "missilesystem/typhon -> state/australia @2025-07-20", "missilesystem/typhon -> state/philippines @2024-04");
    }

    @Test
    void anAdverbOfTimeOrMannerMayStandBetweenASpeakerAndItsVerb() {
        var graph = extract(" date 2025-09-16 TOKYO, September 16. /TASS/. The launcher arrived on Monday.\n\n"
                + "Seoul initially said the battery would leave after the drills. The ministry officially stated that no decision "
                + "had been taken.");
        assertThat(speakerOf(graph, "battery would leave")).isEqualTo("state/south-korea");
    }

    @Test
    void aSecondSpeakerMayDescribeWhatTheFirstCharged() {
        var graph = extract(" date 2025-03-02 BERLIN, March 2. /TASS/. The battery arrived.\n\n"
                + "Minsk has accused Warsaw of staging provocations on the border, and Moscow has described the new battery as "
                + "a threat to the whole region.");
        assertThat(speakerOf(graph, "staging provocations")).isEqualTo("state/belarus");
        assertThat(speakerOf(graph, "threat to the whole region")).isEqualTo("state/russia");
    }

    @Test
    void aWeaponsCombatUseInAWarIsNoDeployment() {
        var graph = extract(" date 2023-05-16 MOSCOW, May 16. /TASS/. The jets were moved.\n\n"
                + "In May 2023, the military reported the first combat use of the Iskander-M during the fighting in Ukraine. "
                + "Later, the use of a Typhon during drills in Australia drew protests.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).noneMatch(fact -> fact.contains("state/ukraine"))
            .anyMatch(fact -> fact.startsWith("missilesystem/typhon -> state/australia"));
    }

    @Test
    void withRespectToATreatyIsNoKeepingToIt() {
        var graph = extract(" date 2023-11-03 VIENNA, November 3. /TASS/. The law was published.\n\n"
                + "The envoy said the move put Russia and the United States on an equal footing with respect to the CTBT. "
                + "Both countries continue to respect the moratorium on tests, he added.");
        assertThat(facts(graph, RelationType.OBSERVES)).isEmpty();
    }

    @Test
    void aListOfLinksUnderRelatedIsNoInterview() {
        var graph = extract(" date 2023-11-03 WASHINGTON, November 3. /TASS/. The law was published.\n\n"
                + "Spokeswoman Jane Doe said the United States was disappointed by the vote.\n\n"
                + "Related\n- Senate panel weighs test ban options\n- Who still tests nuclear weapons?\n");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .containsExactly("the United States was disappointed by the vote");
    }

    @Test
    void aHintIsReportedSpeechAndAnUnnamedSourcesReasonIsNoPartOfItsName() {
        var graph = extract(" date 2021-02-03 BEIJING, February 3. /TASS/. Talks went on.\n\n"
                + "Defense Minister Dong Jun hinted that more drills might follow. He also hinted at talks. "
                + "A Japanese defense ministry official who asked not to be named told Kyodo that the battery would stay until March.");
        assertThat(speakerOf(graph, "more drills might follow")).isEqualTo("person/dong-jun");
        assertThat(speakerOf(graph, "battery would stay")).isEqualTo("organization/japan-defense-ministry");
        assertThat(graph.statements()).noneMatch(statement -> statement.text().contains("talks"));
    }

    @Test
    void aThatClauseMayOpenWithAnAsideSetOffByCommas() {
        var graph = extract(" date 2025-11-06 ASTANA, November 6. /TASS/. Talks went on.\n\n"
                + "Foreign Minister Murat Nurtleu told the senators that, given the tensions, Kazakhstan would keep its test site closed.");
        assertThat(speakerOf(graph, "keep its test site closed")).isEqualTo("person/murat-nurtleu");
    }

    @Test
    void theSovietTochkaIsAKnownSystem() {
        var graph = extract(" date 2022-08-18 MOSCOW, August 18. /TASS/. The brigade moved.\n\n"
                + "Russia permanently stationed Iskander-M systems there in 2019, replacing the older Tochka-U systems. "
                + "The brigade had fired OTR-21 Tochka missiles in drills.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("missilesystem/tochka-u", "missilesystem/iskander")
            .doesNotContain("missilesystem/otr-21-tochka");
    }

    @Test
    void whereReportersWereToldMayStandBeforeAClauseWithoutThat() {
        var graph = extract(" date 2025-07-14 WELLINGTON, July 14. /TASS/. Drills went on.\n\n"
                + "Defence Minister Judith Collins told journalists in Auckland the launch proved the value of the partnership.");
        assertThat(speakerOf(graph, "proved the value")).isEqualTo("person/judith-collins");
    }

    @Test
    void aRoleWithAPossessiveOrAPartyBeforeTheNameInApposition() {
        var graph = extract(" date 2025-07-14 LONDON, July 14. /TASS/. Drills went on.\n\n"
                + "The party's defence spokesman, MP Julian Lewis, said he backed keeping the treaty alive as long as Moscow "
                + "kept to its limits and allowed inspections to resume. The committee's senior Democrat, Senator Jack Reed, said he "
                + "supported sending more launchers to the region provided that allies were consulted.");
        assertThat(speakerOf(graph, "backed keeping the treaty")).isEqualTo("person/julian-lewis");
        assertThat(speakerOf(graph, "more launchers")).isEqualTo("person/jack-reed");
    }

    @Test
    void aBodyStandingInMaySpeakAfterWith() {
        var graph = extract(" date 2024-11-26 VIENNA, November 26. /TASS/. Talks went on.\n\n"
                + "The OSCE convened its council on Tuesday after the launch, with the organization insisting the strike "
                + "would not change its course.");
        assertThat(speakerOf(graph, "would not change its course")).isEqualTo("organization/osce");
    }

    @Test
    void aPassiveActWithAnAgentOfItsOwnActsForThatAgent() {
        var graph = extract(" date 2025-10-06 MOSCOW, October 6. /TASS/. Talks went on.\n\n"
                + "START III was signed by both countries in Prague in 2010 and prolonged in 2021 by President Vladimir Putin for five years.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010",
                "state/united-states -> treaty/new-start @2010");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactly("state/russia -> treaty/new-start @2021");
    }

    @Test
    void aPlaceThatIsNoStateMayHostASystem() {
        var graph = extract(" date 2025-07-14 HAGATNA, July 14. /TASS/. Tests went on.\n\n"
                + "The island of Guam has hosted an Army THAAD battery since 2013, and Romania has hosted an Aegis Ashore site since 2016.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/thaad -> region/guam @2013",
                "missilesystem/aegis-ashore -> state/romania @2016");
    }

    @Test
    void anyNewDeploymentIsNoneInParticular() {
        var graph = extract(" date 2025-08-06 TOKYO, August 6. /TASS/. Moscow said it would no longer limit where it places "
                + "intermediate-range missiles.\n\nThe minister said any further deployment of such missiles in East Asia would "
                + "be met with concern.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void aSystemThatCameAlongsideAnotherWasDeployedWithIt() {
        var graph = extract(" date 2025-07-20 DARWIN, July 20. /TASS/. Drills began.\n\n"
                + "An NMESIS battery arrived in Australia last week, along with a pair of HIMARS launchers from the Marine regiment.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/nmesis -> state/australia @2025-07",
                "missilesystem/himars -> state/australia @2025-07");
    }

    @Test
    void aSpokespersonForAnInternationalOfficialSpeaksForTheBody() {
        var graph = extract(" date 2026-02-06 NEW YORK, February 6. /TASS/. The treaty lapsed.\n\n"
                + "A spokeswoman for UN Secretary-General Antonio Guterres said the secretary-general regretted that no follow-on "
                + "accord had been agreed.");
        assertThat(speakerOf(graph, "no follow-on accord")).isEqualTo("organization/united-nations");
    }

    @Test
    void aLeadDatedByTheDocumentThatMadeTheActPublic() {
        var graph = extract("Test ban ratification revoked\n\nPublished: 3 November 2023\n\n"
                + "Russian President Vladimir Putin has signed a law revoking Moscow's ratification of the Comprehensive Nuclear-Test-Ban "
                + "Treaty (CTBT), according to a document released on the government's legal information portal on Thursday.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11-02");
    }

    @Test
    void aPresidentNamedBillSignsNoBill() {
        var graph = extract(" date 2026-09-24 VIENNA, September 24. /TASS/. An anniversary passed.\n\n"
                + "The Comprehensive Nuclear-Test-Ban Treaty turned thirty on Thursday. US President Bill Clinton signed it in New York in 1996.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/united-states -> treaty/ctbt @1996");
    }

    @Test
    void aDayOfThatYearTakesTheYearToldJustBefore() {
        var graph = extract(" date 2026-09-24 VIENNA, September 24. /TASS/. An anniversary passed.\n\n"
                + "The CTBT was opened for signature in 1996, and Japan signed it on Sept. 24 of that year.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/japan -> treaty/ctbt @1996-09-24");
    }

    @Test
    void theBilateralStrategicArmsTreatyDescribedIsNewStart() {
        var graph = extract(" date 2026-02-07 MOSCOW, February 7. /TASS/. Limits are gone.\n\n"
                + "The last remaining US-Russian nuclear arms pact lapsed on Thursday, Senator Olga Vetrova said.\n\n"
                + "Both capitals say they want a new strategic arms treaty one day. START II, the strategic arms treaty signed "
                + "in January 1993, never took effect.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
        assertThat(facts(graph, RelationType.SIGNED)).noneMatch(fact -> fact.contains("new-start"));
        assertThat(graph.entities().stream().filter(e -> e.key().equals("treaty/new-start")).findFirst().orElseThrow().aliases())
            .noneMatch(alias -> alias.contains("pact"));
    }

    @Test
    void aNameOpeningWithAnAccentedCapitalIsAPerson() {
        var graph = extract(" date 2025-06-02 PARIS, June 2. /TASS/. Experts differ.\n\n"
                + "\"Nothing has been signed yet,\" said Ørjan Lindqvist, a fellow at a Nordic peace institute.");
        assertThat(speakerOf(graph, "Nothing has been signed yet")).isEqualTo("person/orjan-lindqvist");
    }

    @Test
    void aNameInAppositionMayCarryItsPartyBeforeTheClosingComma() {
        var graph = extract(" date 2025-06-02 SEOUL, June 2. /TASS/. Lawmakers differ.\n\n"
                + "A ruling-party legislator, Yoon Ha-jin of the People Power Party, said the launcher should leave after the drills.");
        assertThat(speakerOf(graph, "the launcher should leave")).isEqualTo("person/yoon-ha-jin");
    }

    @Test
    void aSecondTreatyLeftOutOfIsListedWithItsOwnDate() {
        var graph = extract(" date 2021-05-10 WASHINGTON, May 10. /TASS/. Records were reviewed.\n\n"
                + "Washington pulled out of the ABM Treaty in 2002 and out of the Open Skies Treaty last year.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM))
            .containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @2002", "state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void aDecisionAnnouncedThatTheWriterGoesOnAboutSaysNothing() {
        var graph = extract(" date 2020-11-23 WASHINGTON, November 23. /TASS/. The exit is complete.\n\n"
                + "The exit took effect on Sunday, half a year after the White House announced the move, leaving the other parties "
                + "to decide the pact's future.");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void aParticipleAfterACommaDeploysForTheClausesSubject() {
        var graph = extract(" date 2025-10-01 BEIJING, October 1. /TASS/. Beijing protested.\n\n"
                + "The ministry said Washington had gone further, shipping two Typhon launchers to Japan in September.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09");
    }

    @Test
    void whereTheDrillsWereIsWhereTheSecondSystemWent() {
        var graph = extract(" date 2025-08-01 CANBERRA, August 1. /TASS/. The drills ended.\n\n"
                + "In July, US troops fired a Tomahawk from a Typhon launcher in Australia during the Talisman Sabre drills, where "
                + "they also deployed the Dark Eagle.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/dark-eagle -> state/australia @2025-07");
    }

    @Test
    void anUnnamedVoiceOfABodyGoesOnSpeakingForIt() {
        var graph = extract(" date 2023-03-01 BRUSSELS, March 1. /TASS/. Allies reacted.\n\n"
                + "A NATO representative told reporters that the alliance regretted the decision. The alliance remains open to "
                + "dialogue on arms control, the representative added.");
        assertThat(speakerOf(graph, "remains open to")).isEqualTo("organization/nato");
    }

    @Test
    void whatADeploymentWillDoDoesNotSayItWasDone() {
        var graph = extract(" date 2024-12-12 MINSK, December 12. /TASS/. Officials spoke.\n\n"
                + "The deployment of the Iskander-M system in the Brest region will strengthen the western flank, the general said.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void aCensureToldInTheNarrationIsTheCensurersStatement() {
        var graph = extract(" date 2025-09-20 TOKYO, September 20. /TASS/. Plans advanced.\n\n"
                + "Seoul is studying longer-range versions of its own cruise missiles, a plan that Pyongyang has loudly condemned.");
        var censure = graph.statements().stream().filter(s -> s.speaker().equals("state/north-korea")).findFirst().orElseThrow();
        assertThat(censure.text()).isEqualTo("a plan that Pyongyang has loudly condemned");
    }

    @Test
    void theStatementSaidGoesOnWithTheVoicesOfTheJointStatement() {
        var graph = extract(" date 2024-07-11 BERLIN, July 11. /TASS/. Allies agreed.\n\n"
                + "Washington and Warsaw said in a joint statement on Wednesday, issued at the NATO summit, that the launchers "
                + "would arrive next year. The rotations would become permanent later, the statement said.");
        assertThat(graph.statements().stream().filter(s -> s.text().contains("permanent later")).map(ExtractedGraph.Statement::speaker))
            .containsExactlyInAnyOrder("state/united-states", "state/poland");
    }

    @Test
    void theDayADeploymentWasCondemnedIsNotTheDayOfTheDeployment() {
        var graph = extract(" date 2025-09-16 SEOUL, September 16. /TASS/. Neighbours protested.\n\n"
                + "Beijing and Pyongyang on Monday condemned the first deployment of a US Typhon launcher to South Korea, saying "
                + "the move raised tension. The launcher arrived at a base near Pohang earlier this month.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/south-korea @2025-09");
    }

    @Test
    void theMinistryOfAStateNamedAfterItReportsForThatState() {
        var graph = extract(" date 2021-01-22 MOSCOW, January 22. /TASS/. A treaty took effect.\n\n"
                + "The nuclear ban treaty took effect on Friday, the press service of the Foreign Ministry of Mongolia reports.");
        assertThat(speakerOf(graph, "took effect on Friday")).isEqualTo("organization/mongolia-foreign-ministry");
    }

    @Test
    void havingASayIsNoSaying() {
        var graph = extract(" date 2024-12-07 MINSK, December 7. /TASS/. Leaders met.\n\n"
                + "Putin said the launchers would stay under Russian command, while Minsk would have a say in choosing their targets.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).containsOnly("person/vladimir-putin");
    }

    @Test
    void leadersNamedInAppositionSignForTheStatesTheSubjectNames() {
        var graph = extract(" date 2010-04-09 PRAGUE, April 9. /TASS/. A treaty was signed.\n\n"
                + "The ceremony took place in the Spanish Hall of Prague Castle.\n\n"
                + "On April 8, the presidents of the United States and Russia, Barack Obama and Dmitry Medvedev, signed New START there.");
        assertThat(facts(graph, RelationType.SIGNED))
            .containsExactlyInAnyOrder("state/united-states -> treaty/new-start @2010-04-08", "state/russia -> treaty/new-start @2010-04-08");
    }

    @Test
    void theAgenciesThatQuotedTheSpeakerDoNotSpeak() {
        var graph = extract(" date 2024-07-12 MOSCOW, July 12. /TASS/. Moscow answered.\n\n"
                + "Deputy Foreign Minister Sergey Ryabkov commented on the plan.\n\n"
                + "\"We will respond without haste,\" Ryabkov was quoted as saying by Russian news agencies.");
        assertThat(speakerOf(graph, "respond without haste")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void hisMinistryIsTheMinistryOfTheManSpokenOf() {
        var graph = extract(" date 2024-07-12 WARSAW, July 12. /TASS/. Warsaw answered.\n\n"
                + "The Kremlin called the plan a threat.\n\n"
                + "Polish Defence Minister Tomasz Wolny told reporters the launchers were welcome. His ministry said in a statement "
                + "that the launchers would stay under US command.");
        assertThat(speakerOf(graph, "stay under US command")).isEqualTo("organization/poland-defense-ministry");
    }

    @Test
    void aMoveCriticisedInTheNarrationIsTheCriticsStatement() {
        var graph = extract(" date 2024-07-12 MANILA, July 12. /TASS/. Drills ended.\n\n"
                + "The launcher arrived in Luzon in April, a move Beijing criticised as provocative.");
        assertThat(speakerOf(graph, "criticised as provocative")).isEqualTo("state/china");
    }

    @Test
    void aDayInAnotherParticipleIsNotTheActsDay() {
        var graph = extract(" date 2025-07-20 CANBERRA, July 20. /TASS/. Drills began.\n\n"
                + "Exercises opened on the coast.\n\n"
                + "In early July the US Army brought a Typhon launcher to Australia, showing it to reporters on Friday.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/australia @2025-07");
    }

    @Test
    void thankingSomeoneSaysNothingUnlessItSaysWhatFor() {
        var graph = extract(" date 2024-12-06 MINSK, December 6. /TASS/. Leaders met.\n\n"
                + "Lukashenko thanked his Russian counterpart. Tokayev thanked Minsk for its support of the test-ban treaty.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).containsExactly("person/kassym-jomart-tokayev");
    }

    @Test
    void havingStoppedKeepingToATreatyIsNoKeepingToIt() {
        var graph = extract(" date 2023-11-08 BRUSSELS, November 8. /TASS/. Allies reacted.\n\n"
                + "NATO allies suspended the CFE Treaty on Tuesday. Russia stopped respecting this treaty long ago, "
                + "and Belarus ceased to comply with its limits last year.");
        assertThat(facts(graph, RelationType.OBSERVES)).isEmpty();
    }

    @Test
    void theSameDayIsTheDayJustToldWhenNoActWasToldWithIt() {
        var graph = extract(" date 2023-11-02 MOSCOW, November 2. /TASS/. A law was signed.\n\n"
                + "On October 5 Putin recalled that Washington had signed the CTBT without ratifying it.\n\n"
                + "The CTBT opened for signature on September 24, 1996. Russia signed it on the same day.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/russia -> treaty/ctbt @1996-09-24");
    }

    @Test
    void theDayOfRecallingIsNotTheDayOfWhatWasRecalled() {
        var graph = extract(" date 2023-11-02 MOSCOW, November 2. /TASS/. A law was signed.\n\n"
                + "A law was published.\n\n"
                + "On October 5 the Russian leader recalled that Washington had signed the CTBT without ratifying it.");
        assertThat(facts(graph, RelationType.SIGNED)).noneMatch(fact -> fact.endsWith("@2023-10-05"));
    }

    @Test
    void everyStateListedBeforeAndOtherAlliesActs() {
        var graph = extract(" date 2023-11-08 BRUSSELS, November 8. /TASS/. Allies reacted.\n\n"
                + "Russia left the CFE Treaty on Tuesday.\n\n"
                + "Hours later, Norway, Denmark, Canada and other NATO members suspended the treaty.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/norway -> treaty/cfe-treaty @2023-11-07",
                "state/denmark -> treaty/cfe-treaty @2023-11-07", "state/canada -> treaty/cfe-treaty @2023-11-07");
    }

    @Test
    void withdrawingAndTherebyTerminatingIsATermination() {
        var graph = extract(" date 2019-08-02 MOSCOW, August 2. /TASS/. A treaty ended.\n\n"
                + "Moscow said the pact was dead. Washington withdrew from the INF Treaty on Friday, thereby terminating it.");
        assertThat(facts(graph, RelationType.TERMINATED)).containsExactly("state/united-states -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void aSecurityCouncilMeetingALeaderHoldsIsHisStatesCouncil() {
        var graph = extract(" date 2024-06-29 MINSK, June 29. /TASS/. Minsk decided.\n\n"
                + "Belarusian President Alexander Lukashenko said at a Security Council meeting that the drills would go ahead.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/belarusian-security-council");
    }

    @Test
    void heAfterAnUnnamedSpokesmanIsThatSpokesmansBody() {
        var graph = extract(" date 2025-09-23 MOSCOW, September 23. /TASS/. The offer stands.\n\n"
                + "President Vladimir Putin made the offer last week.\n\n"
                + "On Monday, a Kremlin spokesman told reporters that Moscow was still waiting for a reply. "
                + "\"The offer is on the table,\" he said.");
        assertThat(speakerOf(graph, "The offer is on the table")).isEqualTo("organization/kremlin");
    }

    @Test
    void completingTheWithdrawalJustDecidedIsWithdrawing() {
        var graph = extract(" date 2020-12-01 GENEVA, December 1. /TASS/. A treaty lost a party.\n\n"
                + "Diplomats discussed the ABM Treaty.\n\n"
                + "In December 2001, Washington gave notice of its decision to leave and completed the withdrawal on June 13, 2002.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/abm-treaty @2002-06-13");
    }

    @Test
    void aRatificationCarriedOutIsARatification() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. A law took effect.\n\n"
                + "The new law cancels the ratification of the CTBT which Moscow carried out in June 2000.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/russia -> treaty/ctbt @2000-06");
    }

    @Test
    void missilesThatBeganArrivingAreDeployed() {
        var graph = extract(" date 2025-10-01 TOKYO, October 1. /TASS/. Drills ended.\n\n"
                + "American Typhon launchers began arriving in Japan in September 2025, officials recalled.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09");
    }

    @Test
    void aTransferOfMissilesToACountryIsADeployment() {
        var graph = extract(" date 2025-09-10 MOSCOW, September 10. /TASS/. Moscow protested.\n\n"
                + "Diplomats pointed to the transfer of US Dark Eagle launchers to Australia in July 2025.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/dark-eagle -> state/australia @2025-07");
    }

    @Test
    void aSayingASourceVouchesForIsTheSayersStatement() {
        var graph = extract(" date 2025-11-20 MOSCOW, November 20. /TASS/. The offer stands.\n\n"
                + "Moscow proposed in September to keep to the New START limits for another year. "
                + "US Secretary of State Marco Rubio told reporters last month that the proposal deserved a look, "
                + "but no written answer ever came, according to Russian diplomats.");
        assertThat(speakerOf(graph, "the proposal deserved a look")).isEqualTo("person/marco-rubio");
        assertThat(speakerOf(graph, "no written answer ever came")).isEqualTo("state/russia");
    }

    @Test
    void aSecondSettingBeforeTheSpeakerIsStillTheSetting() {
        var graph = extract(" date 2024-07-20 TOKYO, July 20. /TASS/. Plans were told.\n\n"
                + "On Tuesday, at a briefing in Tokyo, the Japanese Defense Ministry said that US launchers would take part in the drills.");
        assertThat(speakerOf(graph, "US launchers would take part in the drills")).isEqualTo("organization/japan-defense-ministry");
    }

    @Test
    void aChargeJoinedAfterAnotherSpeakerIsTheChargersStatement() {
        var graph = extract(" date 2023-03-02 WASHINGTON, March 2. /TASS/. Washington reacted.\n\n"
                + "The White House called the law a mistake, and the Pentagon has accused Moscow of hiding its warhead numbers.");
        assertThat(speakerOf(graph, "Moscow of hiding its warhead numbers")).isEqualTo("organization/pentagon");
    }

    @Test
    void aParticipleSettingTheSceneIsNoPartOfTheSpeaker() {
        var graph = extract(" date 2025-03-03 NEW YORK, March 3. /TASS/. The meeting opened.\n\n"
                + "Closing the debate, Austrian diplomat Miriam Holzner, who chairs the working group, said that the ban was gaining support.");
        assertThat(speakerOf(graph, "the ban was gaining support")).isEqualTo("person/miriam-holzner");
    }

    @Test
    void aSpeakerWhoHasNotSaidSaysNothing() {
        var graph = extract(" date 2025-03-03 MANILA, March 3. /TASS/. The launcher stayed.\n\n"
                + "The launcher is still on the island, and the Pentagon has not said when it will be taken home.");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void aLimitObservedIsNoRemark() {
        var graph = extract(" date 2025-03-03 SEOUL, March 3. /TASS/. Tests were discussed.\n\n"
                + "Beijing signed the CTBT in 1996 but never ratified it, and China has observed a halt to explosive tests since 1996. "
                + "Moscow maintained a freeze on such deployments until August.");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void defendingAStepAsSomethingSaysSomething() {
        var graph = extract(" date 2024-07-12 WARSAW, July 12. /TASS/. Warsaw reacted.\n\n"
                + "The plan drew criticism from Minsk, while Polish Defense Minister Tomasz Wrona defended it as a fair answer to Russian drills. "
                + "Prime Minister Ewa Lis defended the plan on Friday.");
        assertThat(speakerOf(graph, "a fair answer to Russian drills")).isEqualTo("person/tomasz-wrona");
        assertThat(graph.statements()).hasSize(1);
    }

    @Test
    void aWarningAfterWhichAnotherSpeaksIsTheWarnersOwn() {
        var graph = extract(" date 2024-07-12 TOKYO, July 12. /TASS/. Tokyo reacted.\n\n"
                + "Japan's government on Friday welcomed the drills with US forces, after the Chinese Foreign Ministry warned that the launchers "
                + "would raise tensions in the region.");
        assertThat(speakerOf(graph, "would raise tensions in the region")).isEqualTo("organization/chinese-foreign-ministry");
    }

    @Test
    void theAllianceIsNatoOnlyInAStoryThatNamesNato() {
        var other = extract(" date 2025-07-20 SYDNEY, July 20. /TASS/. Drills began.\n\n"
                + "Canberra said the US launchers in the drills showed the strength of the alliance with Washington.");
        assertThat(other.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("organization/nato");
        var nato = extract(" date 2025-07-20 BRUSSELS, July 20. /TASS/. Drills began.\n\n"
                + "NATO held drills in Poland. Moscow said the alliance was preparing for war.");
        assertThat(nato.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/nato");
    }

    @Test
    void anAbbreviatedMonthBeforeThatEndsNoClause() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. A test was reported.\n\n"
                + "Navy commander Alexander Moiseyev reported to the president on Nov. 2 that the Poseidon drone had passed its trials. "
                + "Defense Minister Andrei Belousov told the U.S. side on Nov. 3 that Moscow kept to its test moratorium.");
        assertThat(speakerOf(graph, "the Poseidon drone had passed its trials")).isEqualTo("person/alexander-moiseyev");
        assertThat(speakerOf(graph, "Moscow kept to its test moratorium")).isEqualTo("person/andrey-belousov");
    }

    @Test
    void aDefenceCommitteeIsKnownByBothSpellings() {
        var graph = extract(" date 2024-07-12 BERLIN, July 12. /TASS/. Lawmakers reacted.\n\n"
                + "Anke Vogel, a member of the Bundestag's defence committee, said the plan was sound.");
        var committee = graph.entities().stream().filter(e -> e.key().equals("organization/bundestag-defense-committee")).findFirst().orElseThrow();
        assertThat(committee.aliases()).contains("Bundestag Defence Committee");
    }

    @Test
    void theMinistryAfterOneOfItsDepartmentsIsTheMinistry() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. Moscow waits.\n\n"
                + "Igor Bulatov, who heads the Russian Foreign Ministry's Department for Non-Proliferation and Arms Control, spoke to TASS. "
                + "In a statement on Wednesday, the ministry said that Moscow was still waiting for an answer.");
        assertThat(speakerOf(graph, "Moscow was still waiting for an answer")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void respondingInKindIsTheSameAct() {
        var graph = extract(" date 2023-11-10 MOSCOW, November 10. /TASS/. A treaty recalled.\n\n"
                + "On July 14, 2007, Moscow suspended the CFE Treaty; Washington responded in kind in November 2023.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/russia -> treaty/cfe-treaty @2007-07-14",
                "state/united-states -> treaty/cfe-treaty @2023-11");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void anExtensionTakingEffectIsTheExtensionByTheParties() {
        var graph = extract(" date 2021-02-04 GENEVA, February 4. /TASS/. Diplomats welcomed it.\n\n"
                + "The extension of New START for another five years, until February 5, 2026, took effect on Wednesday, diplomats said.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void theTwoPresidentsSigningABilateralTreatyAreItsParties() {
        var graph = extract(" date 2010-04-09 PRAGUE, April 9. /TASS/. A treaty was signed.\n\n"
                + "On April 8, the two presidents signed New START in the Spanish Hall of Prague Castle.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2010-04-08",
                "state/united-states -> treaty/new-start @2010-04-08");
    }

    @Test
    void aParticipleTellingTheSameDeploymentGivesItsDate() {
        var graph = extract(" date 2025-07-24 SYDNEY, July 24. /TASS/. Drills began.\n\n"
                + "The US Army has deployed its Dark Eagle system to Australia, shipping two launchers last week to a training area in Queensland.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/dark-eagle -> state/australia @2025-07");
    }

    @Test
    void aHistorianIsATitleBeforeAName() {
        var graph = extract(" date 2025-11-05 ASTANA, November 5. /TASS/. Tests were discussed.\n\n"
                + "According to Almaty-based historian Aruzhan Temirova, a test anywhere would shake the whole region.");
        assertThat(speakerOf(graph, "a test anywhere would shake the whole region")).isEqualTo("person/aruzhan-temirova");
    }

    @Test
    void theRemitOfAnInstituteIsNoName() {
        var graph = extract(" date 2025-11-05 MINSK, November 5. /TASS/. Experts spoke.\n\n"
                + "Pavel Rudak, head of the Center for Military-Political Research, told TASS that the launchers were ready.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.Person).extracting(ExtractedGraph.Entity::name)
            .containsExactly("Pavel Rudak");
    }

    @Test
    void aNameAndItsBodyBeforeTheVerbIsASpeaker() {
        var graph = extract(" date 2025-11-05 WASHINGTON, November 5. /TASS/. Experts spoke.\n\n"
                + "Margaret Oduya of the Center for Arms Control Studies said the freeze would not last.");
        assertThat(speakerOf(graph, "the freeze would not last")).isEqualTo("person/margaret-oduya");
    }

    @Test
    void aShortQuoteOpeningItsSentenceBeforeTheAttributionIsAStatement() {
        var graph = extract(" date 2025-11-05 KYIV, November 5. /TASS/. Kyiv reacted.\n\n"
                + "\"Nothing has changed,\" said Iryna Bondar, a member of the parliament's defense committee. "
                + "Critics called it a \"paper tiger\" in the press.");
        assertThat(speakerOf(graph, "Nothing has changed")).isEqualTo("person/iryna-bondar");
        assertThat(graph.statements()).hasSize(1);
    }

    @Test
    void aNameAfterTheSettingWithARelativeClauseThenAVerbIsASpeaker() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Experts spoke.\n\n"
                + "In an interview with Izvestia, Timur Galiyev, who leads the arms control program at a Moscow think tank, "
                + "said the freeze would end soon.");
        assertThat(speakerOf(graph, "the freeze would end soon")).isEqualTo("person/timur-galiyev");
    }

    @Test
    void anOutletQuotingSomeoneAsSayingGivesThatPersonsWords() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Experts spoke.\n\n"
                + "The Izvestia daily quoted Viktor Murakhovsky, a military analyst, as saying that the launchers were combat-ready. "
                + "Deputy Foreign Minister Sergei Ryabkov was quoted by Interfax as saying that talks were frozen.");
        assertThat(speakerOf(graph, "the launchers were combat-ready")).isEqualTo("person/viktor-murakhovsky");
        assertThat(speakerOf(graph, "talks were frozen")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void aSourcesClauseRunningOnIntoAQuoteIsOneStatement() {
        var graph = extract(" date 2025-11-05 MINSK, November 5. /TASS/. Minsk set terms.\n\n"
                + "Belarusian Deputy Foreign Minister Igor Sadovsky spoke to reporters. According to Sadovsky, Minsk would join the "
                + "consultations \"only once the Western capitals drop their preconditions, and not a day before.\"");
        assertThat(graph.statements()).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("person/igor-sadovsky");
            assertThat(s.text()).startsWith("Minsk would join the consultations").contains("not a day before");
        });
    }

    @Test
    void aRelativeClauseWithItsOwnSubjectActsOnTheTreatyItHangsOn() {
        var graph = extract(" date 2026-02-06 GENEVA, February 6. /TASS/. Little is left.\n\n"
                + "Two older accords are gone as well: the ABM Treaty, which Washington quit in 2002, and the Treaty on Open Skies, "
                + "which it left in 2020.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/abm-treaty @2002", "state/united-states -> treaty/open-skies @2020");
    }

    @Test
    void ratificationsByLawAndAmongTheFirstAndNewStartDescribedByItsSubject() {
        var graph = extract(" date 2026-03-10 ALMATY, March 10. /TASS/. A look back.\n\n"
                + "The Russian-American treaty on strategic offensive arms lapsed on February 5. "
                + "The Treaty on the Prohibition of Nuclear Weapons was opened for signature in 2017. Mongolia signed it that autumn, "
                + "and Mongolian President Ganbold Erdene signed the law on its ratification on May 14, 2020. "
                + "Fiji was among the first states to ratify it, in 2018.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
        assertThat(facts(graph, RelationType.RATIFIED)).contains("state/mongolia -> treaty/tpnw @2020-05-14", "state/fiji -> treaty/tpnw @2018");
    }

    @Test
    void anActJoinedToAnEarlierAnnouncementIsNotInTheAnnouncementsScope() {
        var graph = extract(" date 2022-01-10 MOSCOW, January 10. /TASS/. Open Skies is history.\n\n"
                + "Moscow announced its intention to leave in January 2021 and formally withdrew from the Treaty on Open Skies "
                + "on December 18, 2021. If other states suspended and then left the CFE Treaty, Russia would respond.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021-12-18");
        assertThat(facts(graph, RelationType.SUSPENDED)).isEmpty();
    }

    @Test
    void partiesNamedAfterIncludingFollowBodiesNamedWithoutANumber() {
        var graph = extract(" date 2023-11-08 VIENNA, November 8. /TASS/. The CFE Treaty is gone.\n\n"
                + "The CFE Treaty was signed in Paris in November 1990 by NATO countries and Warsaw Pact members, "
                + "among them the Soviet Union and Germany.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/soviet-union -> treaty/cfe-treaty @1990-11", "state/germany -> treaty/cfe-treaty @1990-11");
    }

    @Test
    void withdrawingARatificationIsNoWithdrawalFromTheTreaty() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. The law is in force.\n\n"
                + "Putin signed a law revoking Russia's ratification of the CTBT on Thursday. "
                + "The new law withdraws Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty, and Moscow stays a signatory.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11-02");
    }

    @Test
    void aTitleWithoutItsStateTakesTheStateTheStoryGaveThePostBefore() {
        var graph = extract(" date 2025-11-05 ASTANA, November 5. /TASS/. Tension rose.\n\n"
                + "Belarus's foreign minister met his Kazakh hosts on Tuesday. "
                + "Foreign Minister Maxim Ryzhenkov said later that Minsk welcomed the talks.");
        assertThat(graph.entity("person/maxim-ryzhenkov").properties()).containsEntry("state", "state/belarus");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Belarusian Foreign Ministry")
            .doesNotContain("Kazakh Foreign Ministry");
    }

    @Test
    void parliamentsOfTheNordicAndBalticStatesAndJapanAreKnownBodies() {
        var graph = extract(" date 2025-11-05 STOCKHOLM, November 5. /TASS/. Lawmakers spoke.\n\n"
                + "Erik Holm, who chairs the Riksdag's defense committee, said the bill would pass. The Storting and the Saeima "
                + "debated similar bills, and in Tokyo the Diet took up the question. The North Atlantic Council met on Friday.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Riksdag", "Riksdag Defense Committee",
                "Storting", "Saeima", "National Diet", "North Atlantic Council");
    }

    @Test
    void britishTitlesWithoutAPeriodAreNoPartOfTheName() {
        var graph = extract(" date 2025-11-05 LONDON, November 5. /TASS/. Experts spoke.\n\n"
                + "Dr Helen Marsh, a fellow at a London think tank, told TASS that the base changed little. "
                + "Prof Aled Rhys said the opposite.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Helen Marsh", "Aled Rhys")
            .doesNotContain("Dr Helen Marsh", "Prof Aled Rhys");
    }

    @Test
    void aPartyMemberInAppositionIsAPerson() {
        var graph = extract(" date 2025-11-05 WASHINGTON, November 5. /TASS/. Congress reacted.\n\n"
                + "Dana Whitcombe, a Republican on the House intelligence committee, said the launchers should stay in Europe. "
                + "\"We cannot blink first,\" Whitcombe said.");
        assertThat(speakerOf(graph, "launchers should stay in Europe")).isEqualTo("person/dana-whitcombe");
        assertThat(speakerOf(graph, "cannot blink first")).isEqualTo("person/dana-whitcombe");
    }

    @Test
    void aBareExtensionTakingEffectDatesTheExtensionOfTheTreatySpokenOf() {
        var graph = extract(" date 2021-02-05 MOSCOW, February 5. /TASS/. New START lives on.\n\n"
                + "Moscow and Washington have finished the procedures to extend New START by five years. Diplomats said the sides "
                + "swapped notes on Wednesday, and that the extension took effect the same day.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/new-start @2021-02-03", "state/united-states -> treaty/new-start @2021-02-03");
    }

    @Test
    void aCommitteeWrittenInLowerCaseRightAfterItsBodyIsNamed() {
        var graph = extract(" date 2025-11-05 BERLIN, November 5. /TASS/. Lawmakers objected.\n\n"
                + "Greta Sommer, a member of the Bundestag foreign affairs committee, said the plan had never been debated.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Bundestag Foreign Affairs Committee");
    }

    @Test
    void theYearATreatyGoesByDatesItsSigningTold() {
        var graph = extract(" date 2025-11-05 BERLIN, November 5. /TASS/. History repeats.\n\n"
                + "Forces in Europe were capped by the 1990 Treaty on Conventional Armed Forces in Europe, signed by Moscow, "
                + "Washington and twenty other capitals, which Russia suspended in 2007.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/cfe-treaty @2007");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/soviet-union -> treaty/cfe-treaty @1990", "state/united-states -> treaty/cfe-treaty @1990");
    }

    @Test
    void aTreatyThatEndedAfterAStateWithdrewRecordsTheWithdrawal() {
        var graph = extract(" date 2025-11-05 GENEVA, November 5. /TASS/. Looking back.\n\n"
                + "The Treaty on Open Skies lost its meaning for Moscow in 2021 after Russia withdrew, blaming the West. "
                + "Talks resumed when Iran withdrew its objections.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021");
    }

    @Test
    void anActConcededWithDespiteIsDoneAndKeepsItsDate() {
        var graph = extract(" date 2025-11-05 VIENNA, November 5. /TASS/. The caps hold.\n\n"
                + "The envoy noted that Moscow, despite suspending its participation in New START in February 2023, "
                + "continues to observe the treaty's central limits.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
    }

    @Test
    void aBodysRemitOrSeatIsNoPersonsName() {
        var graph = extract(" date 2025-11-05 TOKYO, November 5. /TASS/. Experts spoke.\n\n"
                + "Aiko Mori, a fellow at the Kyoto-based Institute for Maritime Strategy, said the launchers would stay. "
                + "Paul Okafor, who directs research at the Lagos-based Forum for Peace Policy, said that talks were overdue.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.Person).extracting(ExtractedGraph.Entity::name)
            .containsExactlyInAnyOrder("Aiko Mori", "Paul Okafor");
    }

    @Test
    void aGerundOpeningASentenceIsNoMissileSystem() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Experts spoke.\n\n"
                + "\"Tracking launchers from orbit is now routine,\" the analyst said.");
        assertThat(graph.entities()).noneMatch(e -> e.label() == EntityLabel.MissileSystem);
    }

    @Test
    void anEmbassyInACapitalIsAlsoKnownByItsHostStateWithTheArticle() {
        var graph = extract(" date 2025-05-05 BEIJING, May 5. /TASS/. Diplomats protested.\n\n"
                + "The Japanese Embassy in Manila said the drills were routine.");
        assertThat(graph.entities()).filteredOn(e -> e.name().equals("Japanese Embassy in Manila")).singleElement()
            .satisfies(e -> assertThat(e.aliases()).contains("Japanese Embassy in the Philippines"));
    }

    @Test
    void aMirrorResponseRepeatsTheActForTheOneResponding() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Looking back.\n\n"
                + "In November 2007 Moscow suspended the CFE Treaty, and Washington answered with a reciprocal suspension "
                + "in November 2023. Belarus agreed with a similar idea.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/russia -> treaty/cfe-treaty @2007-11",
                "state/united-states -> treaty/cfe-treaty @2023-11");
    }

    @Test
    void aSigningParticipleOpeningTheSentenceIsByTheTreatysParties() {
        var graph = extract(" date 2026-02-06 SEOUL, February 6. /TASS/. An era ended.\n\n"
                + "New START lapsed on Thursday. Signed in Prague in April 2010, the pact limited both arsenals for fifteen years.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder(
                "state/russia -> treaty/new-start @2010-04", "state/united-states -> treaty/new-start @2010-04");
    }

    @Test
    void aDeploymentThatWasAgreedIsNotYetDone() {
        var graph = extract(" date 2025-11-05 MINSK, November 5. /TASS/. Plans moved on.\n\n"
                + "The deployment of Iskander launchers in Belarus was approved by both presidents in May. "
                + "The deployment of the Oreshnik in Belarus was completed in December.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/oreshnik -> state/belarus @2024-12");
    }

    @Test
    void aMonthOfSayingIsNotTheDateOfAnEarlierAct() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Claims flew.\n\n"
                + "The deputy minister said in March that Washington had already brought Dark Eagle launchers to Australia.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/dark-eagle -> state/australia @null");
    }

    @Test
    void aDefenseSecretaryWorksForHisStatesDefenseMinistryButSaysNothingOfTheStorysState() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Allies met.\n\n"
                + "Philippine Defense Secretary Arturo Lacson said the drills would go on. "
                + "Defense Secretary Mark Bellamy said Washington would keep its launchers in Luzon.");
        assertThat(graph.entity("person/arturo-lacson").properties()).containsEntry("organization",
                "organization/philippines-department-of-national-defense");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).doesNotContain("Russian Defense Ministry");
    }

    @Test
    void aMinisterNamedByPostAndStateIsTheKnownMinisterTheStoryNames() {
        var graph = extract(" date 2025-08-05 WARSAW, August 5. /TASS/. Poland reacted.\n\n"
                + "Poland's defence minister said on Tuesday that the new launchers changed nothing for Warsaw. "
                + "\"We saw this coming,\" Wladyslaw Kosiniak-Kamysz told reporters.");
        assertThat(speakerOf(graph, "changed nothing for Warsaw")).isEqualTo("person/wladyslaw-kosiniak-kamysz");
    }

    @Test
    void aChargeDeniedInARelativeClauseWithoutACommaIsTheDeniersStatement() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Looking back.\n\n"
                + "Washington left the Treaty on Open Skies in 2020, citing Russian breaches that Moscow has always rejected.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/united-states", "state/russia");
    }

    @Test
    void aSecondSpeakerWhoInformedAnotherSpeaksForItself() {
        var graph = extract(" date 2025-11-05 TOKYO, November 5. /TASS/. Talks stalled.\n\n"
                + "Beijing had said that it might join the talks if Tokyo asked, but the Kishida government informed Beijing last "
                + "week that the offer had lapsed.");
        assertThat(speakerOf(graph, "the offer had lapsed")).isEqualTo("state/japan");
    }

    @Test
    void aDateAfterAPlanListedWithAnActIsThePlansTime() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. The ministry explained.\n\n"
                + "The ministry pointed to the deployment of the Dark Eagle in Australia for drills, plans to bring Tomahawks to "
                + "Japan from 2027 and new tests in the Pacific.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/dark-eagle -> state/australia @null");
    }

    @Test
    void aLauncherSubjectIsTheSystemLastNamedWhenTheSentenceNamesOnlyWhatItFires() {
        var graph = extract(" date 2025-03-02 MANILA, March 2. /TASS/. The launcher stays.\n\n"
                + "The Typhon will stay in the country, the army said on Sunday. \"It is here for training,\" a spokesman said.\n\n"
                + "The launcher, which can fire SM-6 and Tomahawk missiles, was airlifted into the Philippines in April 2024.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/philippines @2024-04");
    }

    @Test
    void theTwoCountriesSayingAfterTheirWordsIsBothStatesNamed() {
        var graph = extract(" date 2025-07-10 TOKYO, July 10. /TASS/. Allies agreed.\n\n"
                + "Japan will host rotating Australian batteries of long-range missiles from next year, the two countries said "
                + "in a joint statement on Thursday.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker)
            .containsExactlyInAnyOrder("state/japan", "state/australia");
    }

    @Test
    void anAsideNamingTheOutletToldIsTheSpeakersAttribution() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. Talks stalled.\n\n"
                + "Deputy Foreign Minister Sergei Ryabkov spoke after the meeting. A new treaty, he told the Izvestia newspaper, "
                + "would have to count British and French warheads.");
        assertThat(speakerOf(graph, "count British and French warheads")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void aComplaintInAParticipleIsTheSubjectsStatement() {
        var graph = extract(" date 2025-11-05 VIENNA, November 5. /TASS/. The talks failed.\n\n"
                + "Minsk left the consultations in March, complaining that its observers had been refused visas twice.");
        assertThat(speakerOf(graph, "refused visas twice")).isEqualTo("state/belarus");
    }

    @Test
    void aBareChamberOrCongressInAStoryFromManilaIsThePhilippines() {
        var graph = extract(" date 2025-05-05 MANILA, May 5. /TASS/. Lawmakers weighed in.\n\n"
                + "The Senate backed the drills on Monday. Congress will hold hearings on buying a launcher, an aide said.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Philippine Senate", "Philippine Congress")
            .doesNotContain("US Senate", "US Congress");
    }

    @Test
    void whatIsHeardFromACapitalIsItsGovernment() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. The envoy spoke.\n\n"
                + "\"For months we heard from Riga about new bases,\" the envoy said.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("state/latvia");
    }

    @Test
    void extendedDeterrenceIsNoExtension() {
        var graph = extract(" date 2025-11-05 TOKYO, November 5. /TASS/. Tokyo reassured.\n\n"
                + "Japan relies on the NPT and on the extended deterrence that Washington has provided since 1960.");
        assertThat(facts(graph, RelationType.EXTENDED)).isEmpty();
    }

    @Test
    void aPlaceThatWasThenAnotherStateAndAStartingTimeDateTheDeployment() {
        var graph = extract(" date 2025-11-05 BERLIN, November 5. /TASS/. History repeats.\n\n"
                + "Washington placed Pershing II missiles in what was then West Germany, beginning in December 1983, and "
                + "protests followed.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/pershing-ii -> state/west-germany @1983-12");
    }

    @Test
    void continuingToObserveAfterAnActIsTheSameActorsUndatedState() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. The caps hold.\n\n"
                + "Moscow halted inspections under New START in February 2023, while still continuing to observe its central limits.");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
    }

    @Test
    void anUnnamedAdministrationOfficialSpeaksForTheStateAndGoesOnSpeaking() {
        var graph = extract(" date 2026-02-03 WASHINGTON, February 3. /TASS/. Washington set terms.\n\n"
                + "The United States could keep to the old ceilings if Moscow reopens its bases to inspectors, a senior administration "
                + "official told reporters on Tuesday.\n\n"
                + "\"We will not trade numbers for promises,\" the official said. A second official said the offer had been sent "
                + "through diplomatic channels. A senior Biden administration official had made a similar point in 2024.");
        assertThat(speakerOf(graph, "reopens its bases")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "trade numbers for promises")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "sent through diplomatic channels")).isEqualTo("state/united-states");
    }

    @Test
    void aGovernmentNamedAfterItsLeaderSpeaksForTheState() {
        var graph = extract(" date 2026-02-03 WASHINGTON, February 3. /TASS/. The record.\n\n"
                + "A senior Biden administration official said the extension had bought time. Former President Donald Trump "
                + "left office in 2021. His administration said the pact favoured Moscow.");
        assertThat(speakerOf(graph, "bought time")).isEqualTo("state/united-states");
        assertThat(speakerOf(graph, "favoured Moscow")).isEqualTo("state/united-states");
    }

    @Test
    void anInterviewPrintedAsQuestionsAndAnswersGivesTheAnswersToTheOneAnswering() {
        var graph = extract(" date 2025-10-02 MOSCOW, October 2. /TASS/. The diplomat answered.\n\n"
                + "Deputy Foreign Minister Sergei Ryabkov gave an interview to TASS on the eve of the review conference.\n\n"
                + "Question: Japanese officials say the launchers may stay for good. What will Moscow do?\n\n"
                + "Ryabkov: We will adjust our planning. Nobody should doubt that.\n\n"
                + "- Is a return to the old limits possible?\n\n"
                + "- Only on a basis of equality, and that basis is missing today.");
        assertThat(speakerOf(graph, "adjust our planning")).isEqualTo("person/sergey-ryabkov");
        assertThat(speakerOf(graph, "basis of equality")).isEqualTo("person/sergey-ryabkov");
        // The question is the interviewer's; what it reports others said is theirs.
        assertThat(graph.statements()).noneMatch(s -> s.text().contains("What will Moscow do") || s.text().contains("return to the old limits"));
        assertThat(speakerOf(graph, "may stay for good")).isEqualTo("state/japan");
    }

    @Test
    void answeringQuestionsIsTheOccasionNotWhatWasSaid() {
        var graph = extract(" date 2025-10-02 MOSCOW, October 2. /TASS/. A briefing.\n\n"
                + "Foreign Ministry Spokeswoman Maria Zakharova held her weekly briefing. She answered questions from foreign "
                + "reporters for an hour.");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void aDecadeLaterCountsTenYearsFromTheDateBefore() {
        var graph = extract(" date 2025-10-02 VIENNA, October 2. /TASS/. History.\n\n"
                + "The Open Skies pact was signed in 1992 and entered into force a decade later.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/open-skies -> treaty/open-skies @2002");
    }

    @Test
    void aRejectionIntroducedBySomethingIsTheRejectersOwnStatement() {
        var graph = extract(" date 2025-10-02 BEIJING, October 2. /TASS/. Beijing said no.\n\n"
                + "The talks stalled, as the US administration insisted that China join a three-way deal, something Beijing refused.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).contains("state/united-states", "state/china");
    }

    @Test
    void aStatementOfABodyFollowedByWhichSaidIsThatBodys() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. The moratorium is over.\n\n"
                + "The senator was reacting to a Foreign Ministry statement released on Monday, which said that Russia had "
                + "dropped its self-imposed limits on medium-range missiles.");
        assertThat(speakerOf(graph, "self-imposed limits")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void aDocumentPublishedByABodySpeaksForThatBody() {
        var graph = extract(" date 2024-07-11 WASHINGTON, July 11. /TASS/. Missiles for Germany.\n\n"
                + "NATO leaders met in Washington. The statement, released by the White House, says the rotations will begin "
                + "with Tomahawk missiles.");
        assertThat(speakerOf(graph, "rotations will begin")).isEqualTo("organization/white-house");
    }

    @Test
    void aNoticePeriodRunningOutDatesTheWithdrawalItEnds() {
        var graph = extract(" date 2019-08-02 MOSCOW, August 2. /TASS/. The INF Treaty is gone.\n\n"
                + "Washington gave notice in February. The notice period expired on Friday, and the US withdrawal from the INF "
                + "Treaty took effect.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void aTreatysNameHoldsNoModalOrActOfItsOwn() {
        var graph = extract(" date 2021-01-22 NEW YORK, January 22. /TASS/. The ban is law.\n\n"
                + "The UN treaty prohibiting nuclear weapons entered into force on Friday. Campaigners said the Nuclear Ban Treaty "
                + "came into force against the will of the nuclear powers.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/tpnw -> treaty/tpnw @2021-01-22");
    }

    @Test
    void theHeadOfStateOfAStateIsItsLeader() {
        var graph = extract(" date 2025-08-01 MINSK, August 1. /TASS/. Minsk agreed.\n\n"
                + "Belarusian President Aleksandr Lukashenko met the Russian delegation.\n\n"
                + "\"The systems will stand on our soil and we will choose the targets together,\" the Belarusian head of state said.");
        assertThat(speakerOf(graph, "stand on our soil")).isEqualTo("person/alexander-lukashenko");
    }

    @Test
    void theMembersIncludedInAPluralSubjectAreEachTheActor() {
        var graph = extract(" date 2023-11-07 BRUSSELS, November 7. /TASS/. Allies responded.\n\n"
                + "The alliance said its member states, including Norway, Denmark and the Netherlands, had suspended the CFE Treaty.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/norway -> treaty/cfe-treaty @null",
                "state/denmark -> treaty/cfe-treaty @null", "state/netherlands -> treaty/cfe-treaty @null");
    }

    @Test
    void theSameMonthAsALikeActDatedOnlyByItsYearIsTheMonthLastRead() {
        var graph = extract(" date 2024-01-10 WARSAW, January 10. /TASS/. The CFE Treaty is gone.\n\n"
                + "Russia suspended the CFE Treaty in 2007 and left it in November 2023. Several allies, among them Romania, "
                + "suspended the treaty the same month.");
        assertThat(facts(graph, RelationType.SUSPENDED)).contains("state/romania -> treaty/cfe-treaty @2023-11");
    }

    @Test
    void continuingToKeepToLimitsIsNoSpeech() {
        var graph = extract(" date 2026-02-20 MOSCOW, February 20. /TASS/. The caps held.\n\n"
                + "Until the pact lapsed on February 5, 2026, Moscow continued to respect the New START ceilings.");
        assertThat(graph.statements()).isEmpty();
    }

    @Test
    void anActThatBoundsTheSentenceWithUntilIsDoneAndEndsWhatWasKept() {
        var graph = extract(" date 2026-02-20 MOSCOW, February 20. /TASS/. The caps held.\n\n"
                + "Until New START expired on February 5, 2026, Russia continued to observe its central limits.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
    }

    @Test
    void aTimeCountedFromAnotherEventMayFollowTheFirstSetting() {
        var graph = extract(" date 2026-02-10 MOSCOW, February 10. /TASS/. Moscow spoke.\n\n"
                + "On February 3, two days before the pact ran out, the Russian Foreign Ministry said Moscow would no longer be bound by it.");
        assertThat(speakerOf(graph, "no longer be bound")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void anIdeaSomeoneWelcomedIsTheirApproval() {
        var graph = extract(" date 2026-02-10 MOSCOW, February 10. /TASS/. The offer lapsed.\n\n"
                + "Russian President Vladimir Putin proposed keeping to the caps for a year, an idea German Chancellor Olaf Scholz "
                + "backed at the time. NATO, which supports arms control, said nothing.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).contains("person/vladimir-putin", "person/olaf-scholz")
            .doesNotContain("organization/nato");
    }

    @Test
    void aPronounAfterASentenceAboutAStandInIsThatStandIn() {
        var graph = extract(" date 2025-08-01 MINSK, August 1. /TASS/. The general spoke.\n\n"
                + "Belarusian Defense Minister Viktor Khrenin said the site was ready. "
                + "Russian President Vladimir Putin said last week that the first unit would arrive soon.\n\n"
                + "The Belarusian minister also spoke about the crews. \"Our crews have finished their training,\" he said.");
        assertThat(speakerOf(graph, "finished their training")).isEqualTo("person/viktor-khrenin");
    }

    @Test
    void wordsADayAfterAnothersAreTheirsNotTheFirstSpeakers() {
        var graph = extract(" date 2019-08-05 SYDNEY, August 5. /TASS/. Canberra said no.\n\n"
                + "New Zealand will not host the launchers, Foreign Minister Winston Peters said on Monday, two days after US Defense "
                + "Secretary Mark Esper said Washington wanted to base such missiles in the region. Manila rejected the plan, a day after "
                + "President Rodrigo Duterte offered to host the launchers himself.");
        assertThat(speakerOf(graph, "wanted to base such missiles")).isEqualTo("person/mark-esper");
        assertThat(speakerOf(graph, "host the launchers himself")).isEqualTo("person/rodrigo-duterte");
    }

    @Test
    void aProtestIsAStatementAgainstWhatItNames() {
        var graph = extract(" date 2025-09-20 TOKYO, September 20. /TASS/. The launcher arrived.\n\n"
                + "The US Army brought a Typhon launcher to Japan for the drills. North Korea protested against the deployment.");
        assertThat(speakerOf(graph, "protested against the deployment")).isEqualTo("state/north-korea");
    }

    @Test
    void anExpiryDatedAfterTheTreatysNameIsDated() {
        var graph = extract(" date 2026-02-09 MOSCOW, February 9. /TASS/. The treaty is gone.\n\n"
                + "The diplomat said the expiry of the START III treaty on February 5 had left no limits at all.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-05");
    }

    @Test
    void earlierInTheDayIsTheDayOfTheNewsWhenNoDayWasToldBefore() {
        var graph = extract(" date 2024-12-06 MINSK, December 6. /TASS/. Allies met.\n\n"
                + "The systems could arrive next year, the Russian leader said. Earlier in the day, Russia and Belarus signed "
                + "the Treaty on Security Guarantees within the Union State.");
        assertThat(facts(graph, RelationType.SIGNED)).contains(
                "state/russia -> treaty/treaty-on-security-guarantees-within-the-union-state @2024-12-06");
    }

    @Test
    void aDemandIsNotTheNarrationsTimeClauseAfterIt() {
        var graph = extract(" date 2026-02-12 GENEVA, February 12. /TASS/. Delegates spoke.\n\n"
                + "Smaller states used the session to demand that both powers restore the caps, days after New START expired.");
        assertThat(facts(graph, RelationType.EXPIRED)).hasSize(1);
    }

    @Test
    void theDiplomatAfterAnUnnamedDelegateIsThatDelegatesSide() {
        var graph = extract(" date 2026-02-12 GENEVA, February 12. /TASS/. Delegates spoke.\n\n"
                + "Kazakh Ambassador Aidar Suleimenov called for restraint. A member of the Russian delegation, who asked not to be "
                + "named, told Reuters that the offer had been ignored. \"Nobody even wrote back to us,\" the diplomat said.");
        assertThat(speakerOf(graph, "Nobody even wrote back")).isEqualTo("state/russia");
    }

    @Test
    void theHouseAsWashingtonWritesItIsTheUsHouseAndItsCommittees() {
        var graph = extract(" date 2025-11-05 WASHINGTON, November 5. /TASS/. Lawmakers split.\n\n"
                + "Rep. Dana Whitfield, a Democrat on the House Foreign Affairs Committee, opposed the plan. The White House "
                + "did not comment. House Republicans backed the order.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("US House of Representatives", "US House of Representatives Foreign Affairs Committee", "White House");
        assertThat(graph.entity("organization/us-house-of-representatives-foreign-affairs-committee").aliases())
            .contains("House Foreign Affairs Committee");
    }

    @Test
    void aSystemsNameInThePluralIsThatSystem() {
        var graph = extract(" date 2025-11-05 TALLINN, November 5. /TASS/. Neighbours worry.\n\n"
                + "\"Iskanders have stood across the border for years,\" the minister said. Moscow also keeps Kinzhals in reserve.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Iskander", "Kinzhal");
    }

    @Test
    void aMoratoriumOnItsParticipationIsASuspension() {
        var graph = extract(" date 2025-11-05 MOSCOW, November 5. /TASS/. History.\n\n"
                + "Moscow declared a moratorium on its participation in the CFE Treaty on December 12, 2007.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/cfe-treaty @2007-12-12");
    }

    @Test
    void bothCountriesAreTheTwoTheParagraphJustNamed() {
        var graph = extract(" date 2025-03-06 PARIS, March 6. /TASS/. Europe debates.\n\n"
                + "Germany and Poland welcomed the debate. Berlin asked questions, and Warsaw asked more.\n\n"
                + "France and Britain are Europe's two nuclear powers. Both countries ratified the CTBT in April 1998.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/france -> treaty/ctbt @1998-04",
                "state/united-kingdom -> treaty/ctbt @1998-04");
    }

    @Test
    void anEarlierWithdrawalToldWithNoObjectIsFromTheSentencesTreaty() {
        var graph = extract(" date 2025-11-05 RIGA, November 5. /TASS/. History.\n\n"
                + "Moscow quit the Treaty on Open Skies in December 2021, after Washington had pulled out in November 2020.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/russia -> treaty/open-skies @2021-12",
                "state/united-states -> treaty/open-skies @2020-11");
    }

    @Test
    void theyAfterTheMembersOfABodyIsNoStateNamedBefore() {
        var graph = extract(" date 2023-11-08 BRUSSELS, November 8. /TASS/. The treaty is gone.\n\n"
                + "Russia left the CFE Treaty on Tuesday, while NATO countries said on the same day that they were suspending it.");
        assertThat(facts(graph, RelationType.SUSPENDED)).isEmpty();
    }

    @Test
    void dashedTurnsTakeTurnsAndTheInvertedLeadNamesWhoAnswers() {
        var graph = extract(" date 2025-11-18 VIENNA, November 18. /TASS/. Russia will not be the first to test, but the site is kept "
                + "ready. This was stated in an interview with TASS by Ivan Korolyov, Russia's deputy envoy to the organizations in "
                + "Vienna, who follows the work of the preparatory commission of the test-ban treaty organization in the Austrian capital.\n\n"
                + "- Is the test-ban treaty still alive?\n\n"
                + "- The norm still works, and nobody has tested in this century except one country.\n\n"
                + "- Moscow revoked its ratification. Critics call that a first step.\n\n"
                + "- That story is convenient and wrong. We only restored parity with Washington.");
        assertThat(speakerOf(graph, "kept ready")).isEqualTo("person/ivan-korolyov");
        assertThat(speakerOf(graph, "norm still works")).isEqualTo("person/ivan-korolyov");
        assertThat(speakerOf(graph, "restored parity")).isEqualTo("person/ivan-korolyov");
        assertThat(graph.statements()).noneMatch(s -> s.text().contains("Critics call"));
    }

    @Test
    void aQuoteAfterAnotherQuotesSentenceFindsItsOwnAttribution() {
        var graph = extract(" date 2025-09-19 WASHINGTON, September 19. /TASS/. Lawmakers asked.\n\n"
                + "Deputy Assistant Secretary of Defense Daniel Kessler said the launcher had been sent \"for drills, full stop.\" "
                + "Asked whether it could stay, he replied: \"That has not been decided, and I will not guess.\"");
        assertThat(speakerOf(graph, "has not been decided")).isEqualTo("person/daniel-kessler");
    }

    @Test
    void aClosingCurlyQuoteEndsTheTitleBeforeAName() {
        var graph = extract(" date 2024-12-07 WARSAW, December 7. /TASS/. Warsaw is calm.\n\n"
                + "“A launcher in Belarus is no closer than one in Russia,” Deputy Foreign Minister Ewa Zielinska told reporters.");
        assertThat(graph.entity("person/ewa-zielinska").properties()).containsEntry("role", "Deputy Foreign Minister")
            .doesNotContainEntry("state", "state/russia");
    }

    @Test
    void aLeadTitleWithItsStateIsThePersonNamedLaterWithThatTitle() {
        var graph = extract(" date 2024-12-07 LONDON, December 7. /TASS/. Poland is calm.\n\n"
                + "Poland's deputy foreign minister said Saturday that the plan changed little.\n\n"
                + "\"Nothing changes for us,\" Deputy Foreign Minister Ewa Zielinska told reporters.");
        assertThat(speakerOf(graph, "the plan changed little")).isEqualTo("person/ewa-zielinska");
        assertThat(graph.entity("person/ewa-zielinska").properties()).containsEntry("state", "state/poland");
    }

    @Test
    void anArgumentSomeoneRejectsIsTheirStatement() {
        var graph = extract(" date 2024-12-07 WARSAW, December 7. /TASS/. Moscow explained.\n\n"
                + "Moscow says the missiles answer NATO's build-up, an argument Warsaw rejects as absurd.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).contains("state/russia", "state/poland");
    }

    @Test
    void aSpeakerAfterARelativeAfterWhichIsTheClausesSubject() {
        var graph = extract(" date 2025-11-05 RIGA, November 5. /TASS/. History.\n\n"
                + "Washington left the INF Treaty in August 2019, after which Moscow declared that it would keep its own missiles "
                + "out of Europe for as long as American ones stayed away.");
        assertThat(speakerOf(graph, "keep its own missiles")).isEqualTo("state/russia");
    }

    @Test
    void aGovernmentNamedAfterItsLeaderSpeaksInAWithClause() {
        var graph = extract(" date 2025-11-05 RIGA, November 5. /TASS/. History.\n\n"
                + "Washington left the Open Skies pact in November 2020, with the administration of then-President Donald Trump "
                + "saying that Moscow had restricted flights for years.");
        assertThat(speakerOf(graph, "restricted flights")).isEqualTo("state/united-states");
    }

    @Test
    void asIfIsNoConditionOnAPosition() {
        // The rules' answer: "as if" compares, "if" alone would make the support conditional.
        var graph = Extractor.withRuleStances().extract(this.parser.parse(RawArticle.ofText("test",
                " date 2026-02-10 MOSCOW, February 10. /TASS/. Moscow waits.\n\n"
                + "Ryabkov said Moscow was ready to keep to the ceilings, as if the treaty were still in force.\n\n"
                + "Ryabkov said Moscow was ready to keep to the ceilings if Washington did the same.")));
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("as if"))
            .singleElement().satisfies(st -> assertThat(st.stance()).isEqualTo(Stance.supports));
        assertThat(graph.statements()).filteredOn(st -> st.text().contains("did the same"))
            .singleElement().satisfies(st -> assertThat(st.stance()).isEqualTo(Stance.conditional));
    }

    @Test
    void aClauseAfterButWithItsOwnSpeakerAtTheEndIsTheirStatement() {
        var graph = extract(" date 2026-01-20 LONDON, January 20. /TASS/. Waiting.\n\n"
                + "The US envoy Karen Holloway said in December that the proposal \"deserves a look\", but no written answer "
                + "has reached Moscow, Russian diplomats say.");
        assertThat(speakerOf(graph, "no written answer")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "deserves a look")).isEqualTo("person/karen-holloway");
    }

    @Test
    void aNameWithItsDelegationBeforeASpeechVerbIsAPerson() {
        var graph = extract(" date 2025-10-21 NEW YORK, October 21. /TASS/. The debate went on.\n\n"
                + "Tobias Wendlinger of the Austrian delegation said Vienna would keep pressing for the ban.");
        assertThat(graph.entity("person/tobias-wendlinger")).isNotNull();
        assertThat(speakerOf(graph, "keep pressing")).isEqualTo("person/tobias-wendlinger");
    }

    @Test
    void aCapitalsNameAfterTwoGivenNamesIsAFamilyName() {
        var graph = extract(" date 2025-10-21 NEW YORK, October 21. /TASS/. The debate went on.\n\n"
                + "Bolivian delegate Ana Lucia Lima said the region wanted no new missiles.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("person/ana-lucia-lima").doesNotContain("state/peru");
    }

    @Test
    void aPostsSeatBeforeTheNameBelongsToTheTitle() {
        var graph = extract(" date 2025-03-12 GENEVA, March 12. /TASS/. Russia calls for talks.\n\n"
                + "Moscow urges the conference to agree on a programme of work. This was stated at a plenary meeting by "
                + "Russian Permanent Representative to the UN Office in Geneva Oleg Zhdanov.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("person/oleg-zhdanov");
        assertThat(speakerOf(graph, "programme of work")).isEqualTo("person/oleg-zhdanov");
    }

    @Test
    void aParticipleAfterAPostAndTheNameSetOffByCommasIsThatPersons() {
        var graph = extract(" date 2025-05-02 NEW YORK, May 2. /TASS/. The conference ended.\n\n"
                + "Brazil's delegate, Rafael Monteiro, took another line, saying the nuclear powers had failed to disarm as promised.");
        assertThat(speakerOf(graph, "failed to disarm")).isEqualTo("person/rafael-monteiro");
    }

    @Test
    void aFiniteActInAListKeepsItsOwnClauseWhateverTheSentencePlans() {
        var graph = extract(" date 2025-05-02 WARSAW, May 2. /TASS/. Warsaw explained.\n\n"
                + "Warsaw called the planned US deployments a fair answer to Russian missiles, including the Iskander launchers "
                + "Moscow has deployed in the Kaliningrad Region.\n\n"
                + "Moscow reserved the right to respond, including the deployment of Oreshnik systems in Belarus.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/iskander -> region/kaliningrad @null");
    }

    @Test
    void herCountryWhichRatifiedIsTheSpeakersState() {
        var graph = extract(" date 2025-05-02 VIENNA, May 2. /TASS/. The meeting opened.\n\n"
                + "Irish Ambassador Orla Kennedy said her country, which ratified the TPNW in August 2020, would keep urging others to join.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/ireland -> treaty/tpnw @2020-08");
    }

    @Test
    void keepingToATreatyHasNoDayEvenWhenTheDayOfSayingIsGiven() {
        var graph = extract(" date 2025-05-02 MOSCOW, May 2. /TASS/. Moscow holds on.\n\n"
                + "\"Russia still keeps within the central limits of the treaty,\" Deputy Foreign Minister Sergey Ryabkov said on Wednesday "
                + "of New START.");
        assertThat(facts(graph, RelationType.OBSERVES)).containsExactly("state/russia -> treaty/new-start @null");
    }

    @Test
    void theLastUsRussianArmsControlPactIsNewStart() {
        var graph = extract(" date 2024-07-30 VIENNA, July 30. /TASS/. Talks opened.\n\n"
                + "Delegates met on Monday, with Russia's suspension of the last U.S.-Russian arms control pact weighing on the talks.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("treaty/new-start");
    }

    @Test
    void itsActAfterAPersonsClauseIsTheStateNamedThere() {
        var graph = extract(" date 2024-07-30 BRUSSELS, July 30. /TASS/. NATO spoke.\n\n"
                + "He faulted Moscow for the decline of arms control, pointing to its withdrawal from the CFE Treaty in 2023.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/cfe-treaty @2023");
    }

    @Test
    void aNavalRankIsPartOfTheTitleNotTheName() {
        var graph = extract(" date 2025-10-30 ARKHANGELSK, October 30. /TASS/. The site is ready.\n\n"
                + "Captain Second Rank Oleg Sedykh, an officer at the test site, said the crews were ready.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("person/oleg-sedykh");
    }

    @Test
    void repeatedThatReportsWhatWasSaid() {
        var graph = extract(" date 2020-06-23 VIENNA, June 23. /TASS/. Talks ended.\n\n"
                + "Ryabkov called the talks useful. He repeated that Moscow was ready to extend the treaty without preconditions.");
        assertThat(speakerOf(graph, "ready to extend")).isEqualTo("person/sergey-ryabkov");
    }

    @Test
    void aBodysReportWithWhatItIsOnAndWhenItCameOutSpeaksForTheBody() {
        var graph = extract(" date 2024-04-18 BEIJING, April 18. /TASS/. Beijing objected.\n\n"
                + "The Pentagon's yearly report on Chinese military power, published on Tuesday, said that Beijing was "
                + "expanding its arsenal faster than expected.");
        assertThat(speakerOf(graph, "expanding its arsenal")).isEqualTo("organization/pentagon");
    }

    @Test
    void theOfficialIsTheUnnamedVoiceThatOpenedTheSentenceBeforeEvenIfItSaidNothingYet() {
        var graph = extract(" date 2024-04-18 BEIJING, April 18. /TASS/. Beijing objected.\n\n"
                + "\"The accusations are groundless,\" Foreign Ministry spokeswoman Mao Ning said.\n\n"
                + "A senior Pentagon official, who spoke on condition of anonymity, disagreed. \"The satellite pictures speak for "
                + "themselves,\" the official said.");
        assertThat(speakerOf(graph, "pictures speak")).isEqualTo("organization/pentagon");
    }

    @Test
    void aSecondPartyFollowsTheActNotTheEntryIntoForceToldAfterIt() {
        var graph = extract(" date 2025-02-04 LONDON, February 4. /TASS/. History.\n\n"
                + "The US Senate ratified New START in December 2010, the Russian parliament followed in January 2011, and the treaty "
                + "entered into force on February 5, 2011.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/united-states -> treaty/new-start @2010-12",
                "state/russia -> treaty/new-start @2011-01");
    }

    @Test
    void flyingItsLauncherToACountryDeploysIt() {
        var graph = extract(" date 2025-02-04 MANILA, February 4. /TASS/. History.\n\n"
                + "The US Army flew its Typhon launcher, which can fire Tomahawk missiles, to the Philippines in April 2024.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/philippines @2024-04");
    }

    @Test
    void whatAnotherAskedForAfterWhichTheSpeakerSpokeIsTheirStatement() {
        var graph = extract(" date 2024-12-07 MINSK, December 7. /TASS/. Minsk waits.\n\n"
                + "Putin said the Oreshnik could be stationed in Belarus next year, after Belarusian President Alexander Lukashenko "
                + "asked for the system to be placed on Belarusian soil.");
        assertThat(speakerOf(graph, "placed on Belarusian soil")).isEqualTo("person/alexander-lukashenko");
    }

    @Test
    void aTreatyNamedBeforeWhichEnteredIntoForceIsWhatCameIntoForceWhateverTheClauseIsAbout() {
        var graph = extract(" date 2021-01-22 VIENNA, January 22. /TASS/. A treaty outlawing nuclear weapons entered into force on Friday.\n\n"
                + "Its backers say the ban strengthens the Nuclear Non-Proliferation Treaty, which entered into force in 1970.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactlyInAnyOrder("treaty/tpnw -> treaty/tpnw @2021-01-22",
                "treaty/npt -> treaty/npt @1970");
    }

    @Test
    void aNameWithTheAgeSetOffThenARelativeClauseAndASpeechVerbIsAPerson() {
        var graph = extract(" date 2026-02-06 TOKYO, February 6. /TASS/. Survivors spoke.\n\n"
                + "In Hiroshima, Sumiko Aoyagi, 91, who lost her family in 1945, said the treaty's end was a warning.");
        assertThat(speakerOf(graph, "was a warning")).isEqualTo("person/sumiko-aoyagi");
    }

    @Test
    void aLeadCountingDaysSinceAnActDatesTheActBackFromTheNews() {
        var graph = extract(" date 2026-02-09 WASHINGTON, February 9. /TASS/. Three days after New START expired, the White House "
                + "has still not said whether it will keep to its limits.");
        assertThat(facts(graph, RelationType.EXPIRED)).containsExactly("treaty/new-start -> treaty/new-start @2026-02-06");
    }

    @Test
    void capitalsInAUniversitysNameAndAReportingCreditNameNoGovernment() {
        var graph = extract(" date 2026-02-04 LONDON, February 4. /TASS/. The treaty lapses.\n\n"
                + "\"Nothing will be left,\" said Aino Virtanen, a researcher at the University of Helsinki.\n\n"
                + "(Reporting by Moscow bureau; additional reporting by Tokyo and Brussels bureaus)");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .doesNotContain("state/finland", "state/japan", "state/belgium", "state/russia");
    }

    @Test
    void anIslandOfTheFirstPlaceDoesNotEndTheListOfDestinations() {
        var graph = extract(" date 2025-09-20 MOSCOW, September 20. /TASS/. Moscow recalled.\n\n"
                + "The Typhon launcher was brought to the Danish island of Bornholm in September 2023 and to Australia in July 2025.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/denmark @2023-09",
                "missilesystem/typhon -> state/australia @2025-07");
    }

    @Test
    void whenTheReportCameOutIsASecondSettingBeforeItsAuthor() {
        var graph = extract(" date 2025-01-20 BEIJING, January 20. /TASS/. Beijing objected.\n\n"
                + "In its yearly report to Congress, published in December, the Pentagon estimated that China had over 600 warheads.");
        assertThat(speakerOf(graph, "over 600 warheads")).isEqualTo("organization/pentagon");
    }

    @Test
    void signingOnTheFirstDayIsTheDayTheTreatyWasOpenedForSignatureNotTheLastDateTold() {
        var graph = extract(" date 2025-06-16 LONDON, June 16. /TASS/. History.\n\n"
                + "The NPT was opened for signature on July 1, 1968 and entered into force on March 5, 1970. "
                + "Mexico signed the treaty on the first day.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/mexico -> treaty/npt @1968-07-01");
    }

    @Test
    void anActWhoseObjectIsADealIsNoActOnTheTreatyNamedLater() {
        var graph = extract(" date 2025-06-16 LONDON, June 16. /TASS/. History.\n\n"
                + "After Washington's exit from the nuclear deal in 2018, Tehran began to scale back its commitments under the NPT.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void parliamentsOfNorthKoreaAndBelarusAreKnownBodies() {
        var graph = extract(" date 2025-06-16 MINSK, June 16. /TASS/. Lawmakers met.\n\n"
                + "The Council of the Republic approved the treaty, and the Supreme People's Assembly met in Pyongyang.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("organization/belarusian-council-of-the-republic", "organization/supreme-peoples-assembly");
    }

    @Test
    void theWithdrawalThatTookEffectIsTheActOfTheStateItsClauseNames() {
        var graph = extract(" date 2022-03-24 MOSCOW, March 24. /TASS/. History.\n\n"
                + "Washington quit the Open Skies Treaty in November 2020, and the Russian withdrawal took effect on December 18, 2021.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder(
                "state/united-states -> treaty/open-skies @2020-11", "state/russia -> treaty/open-skies @2021-12-18");
    }

    @Test
    void aSecondPredicateAfterAFullDateKeepsTheSentencesSubject() {
        var graph = extract(" date 2022-03-24 MOSCOW, March 24. /TASS/. History.\n\n"
                + "Washington made its decision public on May 21, 2020 and left the Open Skies Treaty on November 22, 2020.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
    }

    @Test
    void anAnnouncedWithdrawalFollowedByTheLeavingIsDatedByTheLeaving() {
        var graph = extract(" date 2022-03-24 MOSCOW, March 24. /TASS/. History.\n\n"
                + "The United States announced its withdrawal from Open Skies on May 21, 2020 and left the treaty on November 22, 2020.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/open-skies @2020-11-22");
    }

    @Test
    void aLeadCountingDecadesSinceASigningInWordsDatesItBackEvenWithADayOfSaying() {
        var graph = extract(" date 2022-12-08 MOSCOW, December 8. /TASS/. Twenty-five years after Washington signed the CTBT, "
                + "Moscow sees no chance that it will ratify it, a Russian diplomat said on Thursday.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/united-states -> treaty/ctbt @1997");
    }

    @Test
    void yearsAgoCountedInWordsNameAYearUnlessTheCountIsRough() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. Moscow explained.\n\n"
                + "The United States signed the CTBT nearly thirty years ago and has never ratified it. "
                + "Russia ratified it twenty-three years ago.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/united-states -> treaty/ctbt @null");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/russia -> treaty/ctbt @2000");
    }

    @Test
    void aListOfOneSubjectsActsKeepsTheSubjectToTheLastAndThatMonthTakesTheYearToldBefore() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. History.\n\n"
                + "Moscow left Open Skies in December 2021, suspended New START in February 2023, revoked its ratification of the "
                + "CTBT that November and quit the CFE Treaty the same month.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/russia -> treaty/open-skies @2021-12",
                "state/russia -> treaty/cfe-treaty @2023-11");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11");
    }

    @Test
    void theSpokespersonIsTheUnnamedVoiceOfTheBodyTheArticleIntroducedWhenNoneIsNamed() {
        var graph = extract("Pyongyang, June 12 (KCNA) -- A spokesperson for the Foreign Ministry of the DPRK on Thursday issued a press "
                + "statement denouncing the remarks of the IAEA chief.\n\n"
                + "Rafael Grossi, the IAEA director general, had called a new building at the site a matter of concern.\n\n"
                + "\"This is an undisguised interference in our internal affairs,\" the spokesperson said.");
        assertThat(speakerOf(graph, "undisguised interference")).isEqualTo("organization/north-korea-foreign-ministry");
    }

    @Test
    void aRelativeClauseAfterAClosingQuoteHangsOnTheNameInsideIt() {
        var graph = extract(" date 2023-11-03 MOSCOW, November 3. /TASS/. Moscow explained.\n\n"
                + "The diplomat said the step only \"mirrors the stance of the United States,\" which signed the CTBT in 1996 "
                + "but never ratified it.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactly("state/united-states -> treaty/ctbt @1996");
    }

    @Test
    void quotedAsTellingReportersSomewhereAddsNoStatementOfPlaceAndTime() {
        var graph = extract(" date 2020-01-20 MOSCOW, January 20. /TASS/. Tehran warned.\n\n"
                + "Iranian Foreign Minister Mohammad Javad Zarif said Iran would leave the NPT if the dossier went to the Security Council.\n\n"
                + "\"This is not a threat, it is a reaction,\" the agency quoted the minister as telling reporters in Tehran on Monday.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text).noneMatch(t -> t.contains("in Tehran on Monday"));
    }

    @Test
    void pulledOutOfSomethingThatIsNoTreatyIsNoWithdrawal() {
        var graph = extract("WASHINGTON, Dec 13 (Reuters) - Ten years ago on Friday, President Barack Obama told Moscow that Washington "
                + "would leave the 1987 INF Treaty, a step that diplomats on both sides now describe as the first brick pulled out "
                + "of the old security wall.\n\nThe United States pulled out of the treaty in 2019.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019");
    }

    @Test
    void anAnniversaryCountedBackFromADayOfTheWeekNamesTheDayAndThisMonthTheMonth() {
        var graph = extract(" date 2025-05-23 MOSCOW, May 23. /TASS/. Looking back.\n\n"
                + "Four years ago on Wednesday, Russia formally withdrew from the Open Skies Treaty after a vote in the Duma. "
                + "Eleven years ago this month, Moscow suspended its participation in the CFE Treaty.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/russia -> treaty/open-skies @2021-05-21");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/cfe-treaty @2014-05");
    }

    @Test
    void formallyWithdrewClosingAClauseIsTheWithdrawalFromTheTreatySpokenOf() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "The ABM Treaty was signed in 1972. Washington announced its withdrawal from the treaty on December 13, 2001, and on June 13 of "
                + "the next year the United States formally withdrew.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/abm-treaty @2002-06-13");
    }

    @Test
    void aTimeWithThatBeforeTheSaidClauseIsNoPartOfWhatWasSaid() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Kazakhstan announced in May of that year that it would host the conference.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text).containsExactly("it would host the conference");
    }

    @Test
    void followingAnotherStateOutOfATreatyIsLeavingItAndOpensAListOfActs() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Washington left Open Skies in November 2020; Moscow followed it out of the treaty in December 2021 and suspended "
                + "New START in February 2023.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/open-skies @2020-11",
                "state/russia -> treaty/open-skies @2021-12");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactly("state/russia -> treaty/new-start @2023-02");
    }

    @Test
    void aDateBeforeASemicolonBelongsToItsOwnClause() {
        var graph = extract(" date 2025-09-19 TOKYO, September 19. /TASS/. Drills.\n\n"
                + "The Typhon launcher was shipped to Australia in July 2025 and stayed for the drills; it has now been brought to Japan.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactlyInAnyOrder("missilesystem/typhon -> state/australia @2025-07",
                "missilesystem/typhon -> state/japan @null");
    }

    @Test
    void aLauncherPresentSinceADateInThePlaceNamedBeforeWhereIsDeployedThere() {
        var graph = extract(" date 2025-10-02 BEIJING, October 2. /TASS/. Beijing objected.\n\n"
                + "China demanded that the Typhon system leave the region, including Japan, where a launcher of that type has been "
                + "present since September.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/japan @2025-09");
    }

    @Test
    void aNameSetOffAfterAnotherMemberOfABodyIsAPersonWhoSpeaksNext() {
        var graph = extract(" date 2025-11-12 MINSK, November 12. /TASS/. Lawmakers split.\n\n"
                + "One deputy, Pavel Sidorenko, backed the plan. Another member of the committee, Alesya Martsinkevich, was more "
                + "careful. She said Minsk would host the system only if the rules of its use were written down.");
        assertThat(speakerOf(graph, "rules of its use")).isEqualTo("person/alesya-martsinkevich");
    }

    @Test
    void aNameWithItsPartyAfterItIsAPerson() {
        var graph = extract("BERLIN, March 3 (dpa) - Parties differ on the missiles.\n\n"
                + "Henrike Vossberg of the Green Party saw it differently. \"Nobody explained the plan to us,\" she said.");
        assertThat(speakerOf(graph, "Nobody explained")).isEqualTo("person/henrike-vossberg");
    }

    @Test
    void aDescriptionSetOffAfterTheSubjectLeavesItTheActor() {
        var graph = extract(" date 2023-10-25 MOSCOW, October 25. /TASS/. The Federation Council, the upper house of the Russian "
                + "parliament, on Wednesday voted to approve the revocation of the ratification of the CTBT.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-10-25");
    }

    @Test
    void theYearATreatyIsCalledByDatesItsSigningEvenWhenItIsCalledTheTreaty() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Moscow left the ABM Treaty's successor talks long ago. The 1972 pact, signed by the United States and the Soviet "
                + "Union, limited missile defenses.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/united-states -> treaty/abm-treaty @1972",
                "state/soviet-union -> treaty/abm-treaty @1972");
    }

    @Test
    void theTestBanTreatyIsTheCtbtButThePartialOneIsItsOwn() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Kazakhstan ratified the test-ban treaty in 2002, long after the Partial Test Ban Treaty had ended tests in the air.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactly("state/kazakhstan -> treaty/ctbt @2002");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("treaty/ptbt");
    }

    @Test
    void aLongerNameInTheWrongCaseHidesNoShorterNameInsideIt() {
        var graph = extract(" date 2025-01-20 MINSK, January 20. /TASS/. Lukashenko spoke.\n\n"
                + "The leaders met at the supreme state council of the Union State in Minsk.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/union-state")
            .doesNotContain("organization/supreme-state-council");
    }

    @Test
    void aTreatyNamedInLowerCaseAfterAnArticleIsStillTheTreaty() {
        var graph = extract(" date 2025-01-20 MINSK, January 20. /TASS/. Lukashenko spoke.\n\n"
                + "In December 2024 the two presidents signed a treaty on security guarantees within the Union State.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key)
            .contains("treaty/treaty-on-security-guarantees-within-the-union-state");
    }

    @Test
    void whatAnotherSaidLastWeekAfterTwoActsIsTheirStatement() {
        var graph = extract("SEOUL, Nov. 6 (Yonhap) -- South Korea on Thursday urged both powers to refrain from nuclear tests, after "
                + "Moscow ordered its test site readied and U.S. Energy Secretary Chris Wright said last week that the tests would "
                + "involve no explosions.");
        assertThat(speakerOf(graph, "would involve no explosions")).isEqualTo("person/chris-wright");
    }

    @Test
    void extendingAStatesUmbrellaIsNoExtensionOfTheTreaty() {
        var graph = extract(" date 2025-01-20 MINSK, January 20. /TASS/. Lukashenko spoke.\n\n"
                + "The Union State security guarantees treaty, which extends Russia's nuclear umbrella to Belarus, took effect in March.");
        assertThat(facts(graph, RelationType.EXTENDED)).isEmpty();
    }

    @Test
    void takingAMirrorStepIsFollowingSuit() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "The treaty was long dead. On November 22, 2020, the United States left the Open Skies Treaty, and Russia took a "
                + "reciprocal step a year later.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactlyInAnyOrder("state/united-states -> treaty/open-skies @2020-11-22",
                "state/russia -> treaty/open-skies @2021");
    }

    @Test
    void anAbbreviationsPeriodsDoNotEndTheRelativeClauseOfAnAct() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Missile defense grew after the ABM Treaty, which the U.S. abandoned in 2002, was gone.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/abm-treaty @2002");
    }

    @Test
    void aPlaceOfTwoWordsBeforeItsKindIsNamedWhole() {
        var graph = extract("MANILA, April 9 (Reuters) - Farmers in Ilocos Sur province, on the coast of the South China Sea, watched the drills.");
        assertThat(graph.entities()).filteredOn(e -> e.label() == EntityLabel.Region).extracting(ExtractedGraph.Entity::name)
            .containsExactlyInAnyOrder("Ilocos Sur province", "South China Sea");
    }

    @Test
    void aRegionalDumaIsALocalBodyNotTheStateDuma() {
        var graph = extract(" date 2025-08-10 KALININGRAD, August 10. /TASS/. The region is ready.\n\n"
                + "Yelena Baranova, a deputy of the Kaliningrad Regional Duma, said the region could host new systems.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("organization/kaliningrad-regional-duma")
            .doesNotContain("organization/state-duma");
    }

    @Test
    void heAfterAPlainSpokesmanOfABodyIsThatBodysVoice() {
        var graph = extract(" date 2025-03-12 MOSCOW, March 12. /TASS/. Moscow objected.\n\n"
                + "Kremlin spokesman Dmitry Peskov called the plan dangerous.\n\n"
                + "In Oslo, a spokesman for the Norwegian Defense Ministry said no missiles had been requested. \"Norway hosts no such "
                + "weapons and has no plans to,\" he said.");
        assertThat(speakerOf(graph, "Norway hosts no such")).isEqualTo("organization/norway-defense-ministry");
    }

    @Test
    void whoAddedThatAfterAnInvertedAttributionIsAStatementOfTheSameSpeaker() {
        var graph = extract(" date 2025-06-03 MINSK, June 3. /TASS/. The crews are ready. This was stated by Major General Ivan Dolgov, "
                + "a spokesman for the Belarusian Defense Ministry, who added that the launchers would arrive by the end of the year.");
        assertThat(speakerOf(graph, "The crews are ready")).isEqualTo("person/ivan-dolgov");
        assertThat(speakerOf(graph, "launchers would arrive")).isEqualTo("person/ivan-dolgov");
    }

    @Test
    void aRatificationNamedWithItsYearIsStillTheOneRevoked() {
        var graph = extract(" date 2023-11-02 MOSCOW, November 2. /TASS/. Putin signed the law.\n\n"
                + "On Thursday Moscow cancelled its 2000 ratification of the CTBT, the Kremlin said.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11-02");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).isEmpty();
    }

    @Test
    void aDecisionToWithdrawThatTookEffectIsTheWithdrawalOfTheOneWhoDecided() {
        var graph = extract(" date 2024-02-02 MOSCOW, February 2. /TASS/. History.\n\n"
                + "Moscow still blames the American decision to withdraw from the ABM Treaty, which took effect in June 2002.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/abm-treaty @2002-06");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void statesListedWithOtherAlliesDescribedByARelativeClauseAllActAndItsOperationIsTheTreatys() {
        var graph = extract(" date 2023-11-08 BRUSSELS, November 8. /TASS/. NATO reacted.\n\n"
                + "Russia left the CFE Treaty on Tuesday. Italy, Spain and other members that were still parties to the treaty "
                + "suspended its operation.");
        assertThat(facts(graph, RelationType.SUSPENDED)).containsExactlyInAnyOrder("state/italy -> treaty/cfe-treaty @null",
                "state/spain -> treaty/cfe-treaty @null");
    }

    @Test
    void aNamedSubjectAndItsDescriptionBeforeAVerbAreNoStatementOfTheBodyDescribed() {
        var graph = extract("MANILA, April 9 (Reuters) - The debate went on.\n\n"
                + "Retired Vice Adm. Rolando Dizon, a former planner at the Armed Forces of the Philippines, offered a cautious view. "
                + "\"It helps, but it is not a shield,\" he said.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::speaker).doesNotContain("organization/armed-forces-of-the-philippines");
    }

    @Test
    void coldWarTreatiesAndNuclearFreeZonesAreKnownTreaties() {
        var graph = extract(" date 2024-06-18 MOSCOW, June 18. /TASS/. History.\n\n"
                + "Leonid Brezhnev and Jimmy Carter signed SALT II in Vienna on June 18, 1979, but the Senate never approved it. "
                + "On September 8, 2006, five Central Asian republics signed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/soviet-union -> treaty/salt-ii @1979-06-18",
                "state/united-states -> treaty/salt-ii @1979-06-18");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("treaty/treaty-on-a-nuclear-weapon-free-zone-in-central-asia");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::aliases).anySatisfy(names -> assertThat(names).contains("Central Asian Nuclear-Weapon-Free Zone Treaty"));
    }

    @Test
    void everyStateListedAfterTogetherWithSignsToo() {
        var graph = extract(" date 2022-05-23 ALMATY, May 23. /TASS/. An anniversary.\n\n"
                + "Ukraine gave up the warheads on its soil. On May 23, 1992, it signed the Lisbon Protocol together with Kazakhstan, "
                + "Belarus and the United States.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/ukraine -> treaty/lisbon-protocol @1992-05-23",
                "state/kazakhstan -> treaty/lisbon-protocol @1992-05-23", "state/belarus -> treaty/lisbon-protocol @1992-05-23",
                "state/united-states -> treaty/lisbon-protocol @1992-05-23");
    }

    @Test
    void theFirstAnswerOfAnInterviewIsTheOneQuotedBeforeTheQuestions() {
        var graph = extract(" date 2024-03-14 GENEVA, March 14. /TASS/. Moscow sees no reason to return to the treaty, Russia's envoy in Geneva "
                + "Gennady Orlov said in an interview with TASS.\n\n"
                + "Question: Will Russia take part in the next round?\n\n"
                + "Answer: Only if our concerns are heard. So far they have not been.\n\n"
                + "Question: And the verification regime?\n\n"
                + "Answer: It remains in place, and we keep our stations running.");
        assertThat(speakerOf(graph, "Only if our concerns are heard")).isEqualTo("person/gennady-orlov");
        assertThat(speakerOf(graph, "we keep our stations running")).isEqualTo("person/gennady-orlov");
    }

    @Test
    void aPossessiveEndsANameInATitleCaseLine() {
        var graph = extract(" date 2025-04-07 MOSCOW, April 7. /TASS/. A report came out.\n\n"
                + "Deputy Foreign Minister Lena Ortiz's Annual Review Of Arms Control was published on Monday.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name).contains("Lena Ortiz");
    }

    @Test
    void aPressConferenceTranscriptGivesEachAnswerToTheSpokespersonNamedBeforeItsColon() {
        var graph = extract("Regular press conference of the ministry\n\n"
                + "Reuters: The Pentagon says it may send more launchers to the region. Do you have a comment?\n\n"
                + "Li Wenbo: We have seen the reports. Such moves only raise tension, and China firmly opposes them.\n\n"
                + "NHK: Will China join talks on limiting nuclear arms?\n\n"
                + "Li Wenbo: Our arsenal is kept at the minimum level. The largest arsenals should be cut first.");
        assertThat(speakerOf(graph, "Such moves only raise tension")).isEqualTo("person/li-wenbo");
        assertThat(speakerOf(graph, "The largest arsenals should be cut first")).isEqualTo("person/li-wenbo");
        assertThat(speakerOf(graph, "may send more launchers")).isEqualTo("organization/pentagon");
    }

    @Test
    void whatAQuestionReportsOthersSaidIsTheirStatement() {
        var graph = extract(" date 2024-03-14 GENEVA, March 14. /TASS/. Moscow sees no reason to return to the treaty, Russia's envoy in Geneva "
                + "Gennady Orlov said in an interview with TASS.\n\n"
                + "Question: NATO Deputy Secretary General Anna Brandt said the alliance would answer any new deployment. How do you view this?\n\n"
                + "Answer: As another threat, and nothing more.");
        assertThat(speakerOf(graph, "the alliance would answer any new deployment")).isEqualTo("person/anna-brandt");
        assertThat(speakerOf(graph, "As another threat")).isEqualTo("person/gennady-orlov");
    }

    @Test
    void twoMiddleInitialsDoNotEndASentence() {
        var graph = extract(" date 2021-07-31 MOSCOW, July 31. /TASS/. An anniversary.\n\n"
                + "In 1991, President George H.W. Bush and Mikhail Gorbachev signed START I in Moscow.");
        assertThat(facts(graph, RelationType.SIGNED)).containsExactlyInAnyOrder("state/united-states -> treaty/start-i @1991",
                "state/soviet-union -> treaty/start-i @1991");
    }

    @Test
    void theStrategicArmsReductionTreatyOfSovietTimesIsTheFirstOne() {
        var graph = extract(" date 2021-07-31 MOSCOW, July 31. /TASS/. An anniversary.\n\n"
                + "Thirty years ago, Gorbachev and Bush signed the Strategic Arms Reduction Treaty in Moscow on July 31, 1991. "
                + "It entered into force on December 5, 1994.\n\n"
                + "Today the Strategic Arms Reduction Treaty, which replaced START I, is the last such agreement.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/soviet-union -> treaty/start-i @1991-07-31");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactly("treaty/start-i -> treaty/start-i @1994-12-05");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).contains("treaty/new-start");
    }

    @Test
    void bothAfterTwoTreatiesNamedIsEachOfThem() {
        var graph = extract(" date 2022-10-03 MOSCOW, October 3. /TASS/. An anniversary.\n\n"
                + "The two leaders put SALT I and the ABM Treaty into words in the spring of 1972. Both treaties came into force on October 3, 1972.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).containsExactlyInAnyOrder("treaty/salt-i -> treaty/salt-i @1972-10-03",
                "treaty/abm-treaty -> treaty/abm-treaty @1972-10-03");
    }

    @Test
    void statesSetOffByDashesAreTheSubjectAndOneDoingSoTakesTheDate() {
        var graph = extract(" date 2023-11-07 MOSCOW, November 7. /TASS/. History.\n\n"
                + "Just three states — Kazakhstan, Belarus and Russia — ratified the Adapted CFE Treaty, Belarus doing so in 2000.");
        assertThat(facts(graph, RelationType.RATIFIED)).containsExactlyInAnyOrder("state/belarus -> treaty/adapted-cfe-treaty @2000",
                "state/kazakhstan -> treaty/adapted-cfe-treaty @null", "state/russia -> treaty/adapted-cfe-treaty @null");
    }

    @Test
    void allOfWhichAfterAListOfStatesIsEachOfThem() {
        var graph = extract(" date 2021-01-22 VIENNA, January 22. /TASS/. The ban took effect.\n\n"
                + "Among the first to join the TPNW were Thailand, Cuba and Guyana, all of which ratified it in 2017 or soon after.");
        assertThat(facts(graph, RelationType.RATIFIED)).extracting(fact -> fact.substring(0, fact.indexOf(" @")))
            .containsExactlyInAnyOrder("state/thailand -> treaty/tpnw", "state/cuba -> treaty/tpnw", "state/guyana -> treaty/tpnw");
    }

    @Test
    void theSidesCompletingTheProceduresExtendTheTreatyBoth() {
        var graph = extract(" date 2021-02-04 MOSCOW, February 4. /TASS/. The treaty lives on.\n\n"
                + "On Wednesday the two sides finalized the paperwork, extending New START until 2026.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
    }

    @Test
    void itAfterALauncherDescribedByWhatItFiresIsTheLauncher() {
        var graph = extract(" date 2025-09-20 TOKYO, September 20. /TASS/. The US Army has moved its Typhon launcher to Japan.\n\n"
                + "The launcher, which can fire Tomahawk and SM-6 missiles, was designed after 2019. It was first sent abroad in "
                + "April 2024, to the Philippines.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/typhon -> state/philippines @2024-04")
            .noneMatch(fact -> fact.startsWith("missilesystem/sm-6") || fact.startsWith("missilesystem/tomahawk"));
    }

    @Test
    void aSystemThatHadBeenSomewhereSinceADateWasDeployedThere() {
        var graph = extract(" date 2025-08-01 MANILA, August 1. /TASS/. Lawmakers argued.\n\n"
                + "One senator recalled that the Typhon had been in the Philippines since April 2024.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).containsExactly("missilesystem/typhon -> state/philippines @2024-04");
    }

    @Test
    void theMainClausesSpeakerAfterARelativeClauseOfAnothersWordsSpeaksForHimself() {
        var graph = extract(" date 2026-03-05 MOSCOW, March 5. /TASS/. A briefing took place.\n\n"
                + "Commenting on the words of NATO Secretary General Mark Rutte, who said on Monday that the alliance must rearm, "
                + "Deputy Foreign Minister Alexander Grushko said the bloc was preparing for confrontation.");
        assertThat(speakerOf(graph, "the alliance must rearm")).isEqualTo("person/mark-rutte");
        assertThat(speakerOf(graph, "the bloc was preparing for confrontation")).isEqualTo("person/alexander-grushko");
        assertThat(graph.statements()).noneMatch(s -> s.text().contains("rearm") && s.text().contains("confrontation"));
    }

    @Test
    void afterItsDeploymentInAPlaceTheSystemWasThere() {
        var graph = extract(" date 2025-10-02 BEIJING, October 2. /TASS/. China protested.\n\n"
                + "The ministry noted that the Typhon had gone on to Japan after its deployment in the Philippines. Sites for "
                + "its deployment in Guam are still being studied.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).extracting(fact -> fact.substring(0, fact.indexOf(" @")))
            .contains("missilesystem/typhon -> state/philippines").noneMatch(fact -> fact.contains("guam"));
    }

    @Test
    void revokingItsOwnRatificationIsADeratification() {
        var graph = extract(" date 2025-11-06 WASHINGTON, November 6. /TASS/. Testing was discussed.\n\n"
                + "The CTBT has never entered into force. Moscow rescinded its own ratification in November 2023.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11");
    }

    @Test
    void anAsClauseAfterACommaHasItsOwnSubjectAndAct() {
        var graph = extract(" date 2019-08-02 MOSCOW, August 2. /TASS/. An era ended.\n\n"
                + "Moscow called the INF Treaty dead on Friday, as the United States formally pulled out of the pact.");
        assertThat(facts(graph, RelationType.WITHDREW_FROM)).containsExactly("state/united-states -> treaty/inf-treaty @2019-08-02");
    }

    @Test
    void aNameDescribedThenSpeakingIsAPersonButNotACompany() {
        var graph = extract(" date 2025-06-12 STRASBOURG, June 12. /TASS/. The debate went on.\n\n"
                + "Ingrid Solberg, a veteran Norwegian Green, said the talks had to resume. Nordic Dynamics, a Swedish defense "
                + "contractor, said its launchers were ready.");
        assertThat(speakerOf(graph, "the talks had to resume")).isEqualTo("person/ingrid-solberg");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("person/nordic-dynamics");
    }

    @Test
    void theSidesAfterAnotherClauseWithOneLeaderStillMeanBothParties() {
        var graph = extract(" date 2021-02-04 MOSCOW, February 4. /TASS/. The treaty lives on.\n\n"
                + "Joe Biden agreed to it in a call, and on Wednesday the sides finalized the paperwork, extending New START until 2026.");
        assertThat(facts(graph, RelationType.EXTENDED)).containsExactlyInAnyOrder("state/russia -> treaty/new-start @2021-02-03",
                "state/united-states -> treaty/new-start @2021-02-03");
    }

    @Test
    void aDepartmentOpeningTheSentenceIsNamedWithoutItsArticle() {
        var graph = extract(" date 2025-08-29 ASTANA, August 29. /TASS/. A day against tests.\n\n"
                + "The Arms Control Department at the Kazakh Foreign Ministry said the treaty must enter into force.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::name)
            .contains("Kazakh Foreign Ministry Arms Control Department").doesNotContain("Kazakh Foreign Ministry The Arms Control Department");
    }

    @Test
    void sanctionsThatTookEffectAreNoTreatyEnteringIntoForce() {
        var graph = extract(" date 2025-09-29 TEHRAN, September 29. /TASS/. Iran protested.\n\n"
                + "The spokesman said Iran remains in the NPT, and called the UN sanctions that took effect on Sunday illegal.");
        assertThat(facts(graph, RelationType.ENTERED_INTO_FORCE)).isEmpty();
    }

    @Test
    void aQuoteAfterAColonClosingAStanceTakenIsTheWordsOfTheOneTakingIt() {
        var graph = extract(" date 2025-05-02 NEW YORK, May 2. /TASS/. The review conference went on.\n\n"
                + "Ambassador Lucie Marchand spoke for France. She flatly rejected the proposal: \"Our deterrent is not on the table. "
                + "It never will be.\"");
        assertThat(speakerOf(graph, "It never will be")).isEqualTo("person/lucie-marchand");
    }

    @Test
    void aLongRoleOpeningTheSentenceNamesThePersonAfterIt() {
        var graph = extract(" date 2024-03-02 VIENNA, March 2. /TASS/. Talks resumed.\n\n"
                + "Head of the Belarusian delegation at the Vienna talks on confidence-building measures Andrei Varenik "
                + "gave his view to reporters. The diplomat said the forum had lost its purpose.");
        assertThat(graph.entity("person/andrey-varenik").properties()).containsEntry("state", "state/belarus");
        assertThat(speakerOf(graph, "lost its purpose")).isEqualTo("person/andrey-varenik");
    }

    @Test
    void aLongRoleDoesNotRunPastTheVerbOfItsPerson() {
        var graph = extract(" date 2024-03-02 MOSCOW, March 2. /TASS/. Lawmakers spoke.\n\n"
                + "Deputy Chairman of the State Duma Security Committee Pavel Orekhov said in an interview with Rossiiskaya "
                + "Vesti that Moscow would keep its options open.");
        assertThat(graph.entities()).extracting(ExtractedGraph.Entity::key).doesNotContain("person/rossiiskaya-vesti");
    }

    @Test
    void weaponsMovedCloserToAStateAreNotDeployedThere() {
        var graph = extract(" date 2024-06-28 MOSCOW, June 28. /TASS/. The council met.\n\n"
                + "Putin said Russia should resume making intermediate-range missiles, arguing that Washington had already "
                + "moved such weapons closer to Russia and Iran.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).isEmpty();
    }

    @Test
    void officialsOfACapitalAfterWhileAreASecondSpeaker() {
        var graph = extract(" date 2024-05-10 MOSCOW, May 10. /TASS/. The launcher stayed.\n\n"
                + "Russian Foreign Ministry spokeswoman Maria Zakharova said the launcher endangered the whole region, while "
                + "officials in Canberra insisted that it had come only for a training cycle.");
        assertThat(speakerOf(graph, "endangered the whole region")).isEqualTo("person/maria-zakharova");
        assertThat(speakerOf(graph, "only for a training cycle")).isEqualTo("state/australia");
    }

    @Test
    void itsMinistryOpeningASentenceBelongsToTheStateTheSentenceBeforeOpenedWith() {
        var graph = extract(" date 2024-05-10 MOSCOW, May 10. /TASS/. Reactions came in.\n\n"
                + "Russian Deputy Foreign Minister Sergey Ryabkov criticized the drills.\n\n"
                + "Japan has also voiced doubts. Its Foreign Ministry said the launcher should leave after the drills.");
        assertThat(speakerOf(graph, "should leave after the drills")).isEqualTo("organization/japan-foreign-ministry");
    }

    @Test
    void aClauseAfterTheListenerIsWhatWasToldEvenWithARelativeThatInsideIt() {
        var graph = extract(" date 2020-11-22 WASHINGTON, November 22. /TASS/. The aircraft are idle.\n\n"
                + "Three US officials told Reuters the Pentagon intended to scrap the two observation planes that the Air "
                + "Force had flown over Russia.\n\n"
                + "A Pentagon spokesman told a briefing the planes were obsolete and that their crews had been reassigned.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .anySatisfy(text -> assertThat(text).startsWith("the Pentagon intended to scrap"))
            .anySatisfy(text -> assertThat(text).startsWith("the planes were obsolete"));
    }

    @Test
    void aQuoteWhoseNextParagraphClosesItRunsOnWithoutTheReopeningMark() {
        var graph = extract(" date 2022-08-27 NEW YORK, August 27. /TASS/. The conference ended.\n\n"
                + "\"The text was lopsided from the start. It served a few capitals.\n\n"
                + "We were not the only ones to object. We simply said so aloud,\" said Pavel Dolgorukov, deputy head of "
                + "the Russian delegation.");
        assertThat(speakerOf(graph, "lopsided from the start")).isEqualTo("person/pavel-dolgorukov");
        assertThat(speakerOf(graph, "simply said so aloud")).isEqualTo("person/pavel-dolgorukov");
        assertThat(graph.statements()).noneMatch(statement -> statement.text().contains("said Pavel"));
    }

    @Test
    void aCapitalisedTitleAfterTheSetOffByCommasNamesThePerson() {
        var graph = extract(" date 2022-08-27 NEW YORK, August 27. /TASS/. The conference ended.\n\n"
                + "The US Deputy Assistant Secretary for Nuclear Affairs, Laura Whitcombe, blamed Moscow, telling the hall "
                + "that one delegation had blocked the text.");
        assertThat(graph.entity("person/laura-whitcombe")).isNotNull();
        assertThat(speakerOf(graph, "one delegation had blocked")).isEqualTo("person/laura-whitcombe");
    }

    @Test
    void aPassiveDescriptionBySomeoneAndANoteAtABodyAreTheirStatements() {
        var graph = extract(" date 2024-07-12 MOSCOW, July 12. /TASS/. Reactions followed.\n\n"
                + "The decision was described by Kremlin spokesman Dmitry Peskov as a grave challenge to European security.\n\n"
                + "Meanwhile, it was stressed at the Russian Foreign Ministry that Moscow would answer any deployment in kind.");
        assertThat(speakerOf(graph, "a grave challenge")).isEqualTo("person/dmitry-peskov");
        assertThat(speakerOf(graph, "answer any deployment in kind")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void thisOpinionWasVoicedByAPersonWhoseSeatAndChannelFollowTheName() {
        var graph = extract(" date 2025-10-30 VIENNA, October 30. /TASS/. A test would cost dearly. "
                + "This opinion was voiced by Russia's Permanent Representative to international organizations in Vienna "
                + "Mikhail Ulyanov on his Telegram channel.");
        assertThat(speakerOf(graph, "would cost dearly")).isEqualTo("person/mikhail-ulyanov");
    }

    @Test
    void theBodysRepresentativeIsItsNamedSpokesman() {
        var graph = extract(" date 2025-10-30 MOSCOW, October 30. /TASS/. The Kremlin reacted.\n\n"
                + "Kremlin spokesman Dmitry Peskov told journalists that Moscow had received no notice. \"We are following "
                + "this closely,\" the Kremlin representative stressed.");
        assertThat(speakerOf(graph, "following this closely")).isEqualTo("person/dmitry-peskov");
    }

    @Test
    void revokingAStatesRatificationWithNoTreatyNamedRevokesTheOneSpokenOf() {
        var graph = extract(" date 2025-10-30 VIENNA, October 30. /TASS/. Background.\n\n"
                + "Russia ratified the CTBT in 2000. In November 2023, the Russian leader signed a law revoking Russia's "
                + "ratification to match the American position.");
        assertThat(facts(graph, RelationType.DERATIFIED)).containsExactly("state/russia -> treaty/ctbt @2023-11");
    }

    @Test
    void aQuoteClosedBySaidThenIsTheWordsOfTheOneNamed() {
        var graph = extract(" date 2025-09-15 MOSCOW, September 15. /TASS/. Two capitals protested.\n\n"
                + "Chinese Foreign Ministry spokesman Wen Baoshan said on Monday that the launcher undermined stability and "
                + "\"threatens every neighbor of Japan,\" while Russian "
                + "Foreign Ministry spokeswoman Maria Zakharova argued that Tokyo was becoming a firing range.\n\n"
                + "Zakharova had raised the matter a week before. \"We warned our colleagues in Tokyo,\" she said then.");
        assertThat(speakerOf(graph, "We warned our colleagues")).isEqualTo("person/maria-zakharova");
    }

    @Test
    void aPersonsOfficeAndItsStatementSpeakForThePerson() {
        var graph = extract(" date 2025-09-15 TOKYO, September 15. /TASS/. The drills began.\n\n"
                + "The launcher arrived with the Japan Self-Defense Forces watching. Japanese Defense Minister Gen "
                + "Nakatani's office said the system would leave after the drills. \"There is no plan to keep it here,\" the "
                + "office said. According to the statement, local mayors were told in advance.");
        assertThat(speakerOf(graph, "no plan to keep it here")).isEqualTo("person/gen-nakatani");
        assertThat(speakerOf(graph, "local mayors were told")).isEqualTo("person/gen-nakatani");
    }

    @Test
    void aViewToldWithoutThatIsTheStatement() {
        var graph = extract(" date 2021-02-04 WASHINGTON, February 4. /TASS/. The pact lives on.\n\n"
                + "Press secretary Jen Psaki told journalists the White House viewed the extension as a first step only.");
        assertThat(speakerOf(graph, "viewed the extension")).isEqualTo("person/jen-psaki");
    }

    @Test
    void aLeadersEnvoySpeaksForTheLeadersState() {
        var graph = extract(" date 2021-02-04 WASHINGTON, February 4. /TASS/. Looking back.\n\n"
                + "Former President Donald Trump's arms control envoy had insisted that Beijing join any future talks.");
        assertThat(speakerOf(graph, "Beijing join any future talks")).isEqualTo("state/united-states");
    }

    @Test
    void aDayEarlierOpensTheSentenceWithoutHidingItsSpeaker() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The treaty is gone.\n\n"
                + "A day earlier, the Russian Foreign Ministry said in a statement that neither side was bound any longer.");
        assertThat(speakerOf(graph, "neither side was bound")).isEqualTo("organization/russian-foreign-ministry");
    }

    @Test
    void officialsSayClosingTheSentenceAttributeIt() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The treaty is gone.\n\n"
                + "The offer was never formally answered, Russian officials say. Philippine officials deny making any promise.");
        assertThat(speakerOf(graph, "never formally answered")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "deny making any promise")).isEqualTo("state/philippines");
    }

    @Test
    void saidAtTheTimeIsNoPartOfWhatWasSaid() {
        var graph = extract(" date 2026-02-06 MOSCOW, February 6. /TASS/. The treaty is gone.\n\n"
                + "Moscow halted inspections in 2023, but said at the time it would keep within the central limits.");
        assertThat(graph.statements()).extracting(ExtractedGraph.Statement::text)
            .anySatisfy(text -> assertThat(text).startsWith("it would keep within the central limits"));
    }

    @Test
    void thisMonthNamedIsInTheArticlesYear() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. The ministry listed its grievances.\n\n"
                + "It cited the shipment of the Typhon system to the Philippines in April 2024 and the use of the system during "
                + "drills in Australia this July.");
        assertThat(facts(graph, RelationType.DEPLOYED_IN)).contains("missilesystem/typhon -> state/australia @2025-07");
    }

    @Test
    void aTreatyNamedWithItsYearWhichWasSignedIsSignedThatYear() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. A moratorium ended.\n\n"
                + "Moscow had kept the moratorium for six years. It goes back to the end of the 1987 Intermediate-Range "
                + "Nuclear Forces Treaty, which was signed by Ronald Reagan and Mikhail Gorbachev.");
        assertThat(facts(graph, RelationType.SIGNED)).contains("state/united-states -> treaty/inf-treaty @1987",
                "state/soviet-union -> treaty/inf-treaty @1987");
    }

    @Test
    void aPresentDescriptionAndAJustificationBySayingAreStatements() {
        var graph = extract(" date 2025-08-05 MOSCOW, August 5. /TASS/. A moratorium ended.\n\n"
                + "Moscow describes the step as an answer to American plans for Germany. Washington had justified its exit "
                + "by saying that Russia had broken the treaty first.");
        assertThat(speakerOf(graph, "an answer to American plans")).isEqualTo("state/russia");
        assertThat(speakerOf(graph, "Russia had broken the treaty first")).isEqualTo("state/united-states");
    }

    @Test
    void aWhenClauseOpensTheSentenceWithoutHidingItsSpeaker() {
        var graph = extract(" date 2021-06-07 MOSCOW, June 7. /TASS/. The law was signed.\n\n"
                + "When Washington announced its exit last year, Norway's Foreign Ministry said it deplored the decision.");
        assertThat(speakerOf(graph, "deplored the decision")).isEqualTo("organization/norway-foreign-ministry");
    }

    @Test
    void thereOpensAClauseToldWithoutThat() {
        var graph = extract(" date 2025-09-12 TOKYO, September 12. /TASS/. The drills began.\n\n"
                + "Defense Minister Gen Nakatani told reporters there was no plan to keep the launcher in Japan.");
        assertThat(speakerOf(graph, "no plan to keep the launcher")).isEqualTo("person/gen-nakatani");
    }

    @Test
    void aQuestionAskedOrAMemoryRecalledAfterTheQuoteIsTheWordsOfTheOneNamed() {
        var graph = extract(" date 2025-09-12 MOSCOW, September 12. /TASS/. Experts doubted.\n\n"
                + "\"What would such a treaty even limit?\" asked Fyodor Ushakin, a researcher at the Institute of Strategic "
                + "Studies.\n\n"
                + "\"We inspected their bases, they inspected ours,\" recalled Oleg Mirnov, a retired inspector.");
        assertThat(speakerOf(graph, "What would such a treaty")).isEqualTo("person/fyodor-ushakin");
        assertThat(speakerOf(graph, "they inspected ours")).isEqualTo("person/oleg-mirnov");
    }
}
