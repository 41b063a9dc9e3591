package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The topics of sentences, from the reference lexicon as shipped (topic_keywords.csv, organizations.csv). */
class TopicClassifierTests {

    private static TopicClassifier topics;

    @BeforeAll
    static void load() {
        topics = new TopicClassifier(ReferenceData.load());
    }

    @Test
    void aStemMatchesEveryWordThatStartsWithItAndAKeywordItsPlural() {
        assertThat(topics.topics("The two countries will manage migratory flows together.")).containsExactly("MIGRATION");
        assertThat(topics.topics("Japan will continue to support the countries hosting refugees.")).contains("MIGRATION");
        assertThat(topics.topics("They pledged to combat terrorists and violent extremists.")).containsExactly("SECURITY_DEFENSE");
    }

    @Test
    void aKeywordMatchesOnlyWholeWordsAndCapitalizedKeywordsOnlyAsWritten() {
        // "aid" in "said", "war" in "toward", "port" in "support", "AI" in "said"
        assertThat(topics.topics("He said they would work toward the support he offered.")).containsExactly("POLITICAL");
        assertThat(topics.topics("They will cooperate on AI.")).containsExactly("TECHNOLOGY");
    }

    @Test
    void theLongestMatchDecidesAndBlocksNameNoTopic() {
        assertThat(topics.topics("The leaders committed to strengthen energy security.")).containsExactly("ENERGY");
        assertThat(topics.topics("They will address global food security.")).containsExactly("HUMANITARIAN_DEVELOPMENT");
        assertThat(topics.topics("The National Security Advisor will travel to Paris.")).containsExactly("POLITICAL");
        assertThat(topics.topics("The United States will support the Democratic Republic of the Congo in its health response."))
                .containsExactly("HEALTH");
    }

    @Test
    void aKeywordOfSeveralTopicsGivesAll() {
        assertThat(topics.topics("They resolved to strengthen the alliance.")).containsExactlyInAnyOrder("POLITICAL", "SECURITY_DEFENSE");
    }

    @Test
    void organizationsCountForTheirKindOrForWhatTheLexiconListsAndBesideTheKeywordsInTheirNames() {
        assertThat(topics.topics("They will coordinate closely at ASEAN.")).containsExactly("MULTILATERAL");
        assertThat(topics.topics("They support the work of the UN Human Rights Council."))
                .containsExactlyInAnyOrder("MULTILATERAL", "GOVERNANCE_RIGHTS");
        // the EU is a side of the talks, listed as no topic: none of its names makes a sentence multilateral
        assertThat(topics.topics("The European Union will deepen its cooperation with Chile.")).containsExactly("POLITICAL");
        assertThat(topics.topics("Japan will work with the EU.")).containsExactly("POLITICAL");
    }

    @Test
    void aSentenceThatNamesNoSubjectTakesItsTitlesTopicsThenPolitical() {
        String s = "They agreed to remain in close touch in the coming days.";
        assertThat(topics.topics(s, "Readout of the Trilateral Meeting on Fentanyl")).containsExactly("SECURITY_DEFENSE");
        assertThat(topics.topics(s, "Readout of the President's Call with Prime Minister Modi")).containsExactly("POLITICAL");
        assertThat(topics.topics(s, null)).containsExactly("POLITICAL");
        // a sentence with a subject of its own keeps it
        assertThat(topics.topics("They will expand trade.", "Readout of the Trilateral Meeting on Fentanyl")).containsExactly("TRADE");
    }

    @Test
    void theStrongestTopicsFirstEachWithAThirdOfTheStrongestsHits() {
        List<String> t = topics.topics("The leaders will cooperate on climate, clean energy, emissions and biodiversity, "
                + "and on trade, health, migration and cyber security.");
        assertThat(t).hasSizeLessThanOrEqualTo(TopicClassifier.MAX_TOPICS);
        assertThat(t.get(0)).isEqualTo("CLIMATE_ENVIRONMENT");
        // a list of areas gives every one of them, more than four too
        assertThat(topics.topics("They reaffirmed the importance of sustained cooperation across trade, migration, human rights, "
                + "health and energy.")).containsExactlyInAnyOrder("TRADE", "MIGRATION", "GOVERNANCE_RIGHTS", "HEALTH", "ENERGY");
        // one hit against six is less than a third
        assertThat(topics.topics("They committed to cut emissions, protect forests, the ocean, biodiversity and wildlife, "
                + "and act on climate, in line with the Paris Agreement, in their trade.")).containsExactly("CLIMATE_ENVIRONMENT");
    }

    @Test
    void aKeywordInTheNameOfAnOfficeNamesAPortfolioNotTheSubjectMatter() {
        assertThat(topics.topics("Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to Mozambique."))
                .containsExactly("POLITICAL");
        assertThat(topics.topics("The Secretary, accompanied by Under Secretary for Economic Growth, Energy, and the Environment "
                + "Jose Fernandez, will discuss the future of semiconductors.")).containsExactly("TECHNOLOGY");
        assertThat(topics.topics("We will work with the Department of Homeland Security to process the applications of refugees."))
                .containsExactly("MIGRATION");
        // the same words outside a name, or after a word that opens none, count
        assertThat(topics.topics("The Minister reaffirmed their commitment to defense cooperation.")).containsExactly("SECURITY_DEFENSE");
        assertThat(topics.topics("Special Envoy for Climate John Kerry will travel to Sweden.")).containsExactly("CLIMATE_ENVIRONMENT");
        assertThat(topics.topics("Energy security is their first priority.")).containsExactly("ENERGY");
    }

    @Test
    void aGeneralNounAfterAKeywordOfAnotherTopicIsThatTopicsMatter() {
        assertThat(topics.topics("They agreed to deepen their strategic energy partnership.")).containsExactly("ENERGY");
        assertThat(topics.topics("They will modernize the energy infrastructure of the region.")).containsExactly("ENERGY");
        assertThat(topics.topics("They will expand their digital infrastructure.")).containsExactly("TECHNOLOGY");
        assertThat(topics.topics("They agreed to create global health partnerships.")).containsExactly("HEALTH");
        assertThat(topics.topics("She will advance partnerships on food security.")).containsExactly("HUMANITARIAN_DEVELOPMENT");
        assertThat(topics.topics("They reaffirmed their partnership on space exploration.")).containsExactly("TECHNOLOGY");
        // "to" and "for" name the recipient: assistance to a country at war is still aid
        assertThat(topics.topics("They will increase humanitarian assistance to Gaza.")).contains("HUMANITARIAN_DEVELOPMENT");
        // alone, or after a word of no topic, the noun counts as usual
        assertThat(topics.topics("They will deepen their partnership.")).containsExactly("POLITICAL");
        assertThat(topics.topics("They will build new infrastructure.")).containsExactly("CONNECTIVITY_INFRASTRUCTURE");
    }

    @Test
    void relationsOrTiesAfterAKeywordOfAnotherTopicAreThatTopicsMatter() {
        assertThat(topics.topics("They agreed to deepen their trade relations.")).containsExactly("TRADE");
        assertThat(topics.topics("He intends to strengthen trade and investment relations of the two countries."))
                .containsExactlyInAnyOrder("TRADE", "INVESTMENT_FINANCE");
        assertThat(topics.topics("They welcomed deeper commercial ties.")).containsExactly("TRADE");
        assertThat(topics.topics("They agreed to build on their long-standing defence relationship.")).containsExactly("SECURITY_DEFENSE");
        // alone, after a word of no topic or after two countries' names, they are the relations between the sides
        assertThat(topics.topics("They agreed to deepen bilateral relations.")).containsExactly("POLITICAL");
        assertThat(topics.topics("He reaffirmed his support for robust U.S.-German relations.")).containsExactly("POLITICAL");
        assertThat(topics.topics("They celebrated the strong ties between their peoples.")).containsExactly("POLITICAL");
    }

    @Test
    void bilateralCooperationOnOrInAKeywordOfAnotherTopicIsThatTopicsMatter() {
        assertThat(topics.topics("They called for closer cooperation between the two countries on defense industry."))
                .containsExactly("SECURITY_DEFENSE");
        assertThat(topics.topics("They agreed to strengthen bilateral cooperation in the international arena.")).containsExactly("MULTILATERAL");
        // alone it is the relations between the sides
        assertThat(topics.topics("They agreed to strengthen bilateral cooperation.")).containsExactly("POLITICAL");
        assertThat(topics.topics("They welcomed the substantive cooperation between the two countries.")).containsExactly("POLITICAL");
    }

    @Test
    void aKeywordInThePossessiveSaysWhoseNotWhat() {
        assertThat(topics.topics("He reaffirmed the United States' unwavering commitment to Ukraine's sovereignty and territorial integrity."))
                .containsExactly("POLITICAL");
        assertThat(topics.topics("He reaffirmed the United States' ironclad commitment to NATO\u2019s Article 5."))
                .containsExactly("SECURITY_DEFENSE");
        // a name in the possessive before words of no topic names no topic either: whose needs, not what
        assertThat(topics.topics("They support Ukraine\u2019s long-term needs, including efforts to modernize its energy infrastructure."))
                .containsExactly("ENERGY");
        assertThat(topics.topics("They welcomed Ukraine's reform ambitions and its fight against corruption.")).containsExactly("GOVERNANCE_RIGHTS");
        assertThat(topics.topics("The ROK Air Force's acquisition of cargo aircraft shows the growth of trade.")).containsExactly("TRADE");
        // not in the possessive it counts as usual, and so does a keyword in lower case ("the alliance's work")
        assertThat(topics.topics("He reaffirmed the commitment to the sovereignty of Ukraine.")).containsExactlyInAnyOrder("POLITICAL", "CONFLICT_PEACE");
        assertThat(topics.topics("He thanked Estonia for its support of Ukraine.")).containsExactly("CONFLICT_PEACE");
        assertThat(topics.topics("They will guide the alliance's work.")).containsExactlyInAnyOrder("POLITICAL", "SECURITY_DEFENSE");
    }

    @Test
    void aGroupsNameBeforeANounOfItsMembersNamesASideNotMultilateralAffairs() {
        assertThat(topics.topics("Mr. Sullivan reaffirmed the unwavering U.S. support for the security of Estonia and our other NATO Allies."))
                .containsExactly("SECURITY_DEFENSE");
        assertThat(topics.topics("President Biden and other G7 Leaders reiterated their commitment to support Ukraine."))
                .containsExactly("CONFLICT_PEACE");
        // a meeting of the group, or the group itself, is multilateral affairs
        assertThat(topics.topics("The President looked forward to visiting Hiroshima for the G7 Leaders\u2019 Summit."))
                .containsExactly("MULTILATERAL");
        assertThat(topics.topics("They agreed to coordinate closely in the G7.")).containsExactly("MULTILATERAL");
    }

    @Test
    void supportForAStateItsGovernmentOrItsPeopleIsAboutTheRelations() {
        assertThat(topics.topics("They reaffirmed their strong support for the government and people of Ukraine and condemned the war."))
                .containsExactlyInAnyOrder("CONFLICT_PEACE", "POLITICAL");
        assertThat(topics.topics("The Deputy Secretary reiterated the United States' unwavering support to the Tunisian government "
                + "at a crucial time for its democratic transition.")).containsExactlyInAnyOrder("GOVERNANCE_RIGHTS", "POLITICAL");
        assertThat(topics.topics("After decades of atrocities, we stand with the people of Syria."))
                .containsExactlyInAnyOrder("CONFLICT_PEACE", "POLITICAL");
        assertThat(topics.topics("The President pledged his full support for the Government and people of Israel against terrorism."))
                .containsExactlyInAnyOrder("SECURITY_DEFENSE", "POLITICAL");
        // support for a state's leader or for a government, whichever, is support for the state
        assertThat(topics.topics("They expressed the U.S. Government's support for President-elect Arevalo following efforts to "
                + "undermine democracy.")).containsExactlyInAnyOrder("GOVERNANCE_RIGHTS", "POLITICAL");
        assertThat(topics.topics("They reaffirmed their support for the interim government in Libya as it works towards democratic elections."))
                .containsExactlyInAnyOrder("GOVERNANCE_RIGHTS", "POLITICAL");
        assertThat(topics.topics("They will fully support a future Syrian government that respects human rights."))
                .containsExactlyInAnyOrder("GOVERNANCE_RIGHTS", "POLITICAL");
        // support for what a government does is not support for the government
        assertThat(topics.topics("They will provide $500,000 to support the Government of Honduras\u2019 COVID-19 vaccine campaign."))
                .containsExactly("HEALTH");
        assertThat(topics.topics("They will support the government's efforts to fight corruption.")).containsExactly("GOVERNANCE_RIGHTS");
        // support for an effort, or for people of no state, is not support for a state
        assertThat(topics.topics("They reaffirmed their support for efforts to end the war.")).containsExactly("CONFLICT_PEACE");
        assertThat(topics.topics("We must also stand with the people suffering atrocities in the war.")).containsExactly("CONFLICT_PEACE");
    }

    @Test
    void aMeetingWithAStatesLeaderByTitleAndNameOrBilateralMeetingsAreAboutTheRelations() {
        assertThat(topics.topics("The Secretary will co-lead a Ministerial Conference on Migration and meet with President Laurentino "
                + "Cortizo Cohen.")).containsExactlyInAnyOrder("MIGRATION", "POLITICAL");
        assertThat(topics.topics("In Ramallah, he will meet with Palestinian Authority President Mahmoud Abbas to discuss the ceasefire."))
                .containsExactlyInAnyOrder("CONFLICT_PEACE", "POLITICAL");
        assertThat(topics.topics("He was pleased to meet Prime Minister Morawiecki again to discuss energy security."))
                .containsExactlyInAnyOrder("ENERGY", "POLITICAL");
        assertThat(topics.topics("Mr Peters will hold bilateral meetings with his counterparts on trade.")).containsExactlyInAnyOrder("TRADE",
                "POLITICAL");
        // a title without a name, leaders of no state named, and "meet" as "satisfy" are no meeting with a state's leader
        assertThat(topics.topics("In his meeting with the President of Indonesia, he stressed the importance of free trade."))
                .containsExactly("TRADE");
        assertThat(topics.topics("They will meet with business leaders to discuss trade.")).containsExactly("TRADE");
        assertThat(topics.topics("We will enhance interoperability to meet shared security challenges.")).containsExactly("SECURITY_DEFENSE");
    }

    @Test
    void aPhrasePointingBackToWhatWasSaidBeforeRefersBack() {
        assertThat(topics.refersBack("The leaders agreed to remain in close touch on these matters.")).isTrue();
        assertThat(topics.refersBack("They committed to continuing these discussions at the next meeting.")).isTrue();
        // a reply or a connective to the sentence before: what it answers or refers to is its subject matter
        assertThat(topics.refersBack("In response, Minister Faisal expressed that Saudi Arabia intends to continue its cooperation with Japan."))
                .isTrue();
        assertThat(topics.refersBack("In this respect, the Minister expressed his hope to cooperate with Egypt.")).isTrue();
        assertThat(topics.refersBack("In this regard, they agreed to work together.")).isTrue();
        assertThat(topics.refersBack("To that end, the leaders welcomed the launch of a dialogue.")).isTrue();
        assertThat(topics.refersBack("The two leaders agreed to speak again soon.")).isFalse();
        assertThat(topics.refersBack("They will respond to the request by the end of the year.")).isFalse();
    }

    @Test
    void aKeywordInATimeFrameSaysWhenNotWhat() {
        assertThat(topics.topics("They noted the growth of trade between Korea and Viet Nam amid the COVID-19 pandemic.")).containsExactly("TRADE");
        assertThat(topics.topics("They will work together to promote human rights during the pandemic.")).containsExactly("GOVERNANCE_RIGHTS");
        assertThat(topics.topics("Amid the ongoing pandemic, they agreed to expand trade.")).containsExactly("TRADE");
        // elsewhere it counts as usual
        assertThat(topics.topics("They agreed to end the COVID-19 pandemic and expand trade.")).containsExactlyInAnyOrder("HEALTH", "TRADE");
        assertThat(topics.topics("During the visit, they will discuss the pandemic response.")).containsExactly("HEALTH");
    }

    @Test
    void strategicPartnersAreTheRelationsAsAStrategicPartnershipIs() {
        assertThat(topics.topics("The Minister stated that Japan and Argentina are \"strategic partners\" that share values.")).containsExactly("POLITICAL");
        assertThat(topics.topics("India is a strategic partner of the United States in the fight against terrorism."))
                .containsExactlyInAnyOrder("POLITICAL", "SECURITY_DEFENSE");
        // partners alone name the sides
        assertThat(topics.topics("They will work with partners to expand trade.")).containsExactly("TRADE");
    }

    @Test
    void aLeadersOwnElectionIsNoMatterOfGovernance() {
        assertThat(topics.topics("He congratulated him on his election as Prime Minister and looked forward to working closely together."))
                .containsExactly("POLITICAL");
        assertThat(topics.topics("The Prime Minister congratulated President Boric on his election, and they agreed to expand trade."))
                .containsExactly("TRADE");
        // elections as such are
        assertThat(topics.topics("They reaffirmed their support for free and fair elections.")).containsExactly("GOVERNANCE_RIGHTS");
    }

    @Test
    void aTopicOutsideTheClosedListIsRejected() {
        assertThatThrownBy(() -> new TopicClassifier(List.of("POLITICAL"), Map.of("ECONOMY", List.of("economy")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ECONOMY");
    }

    @Test
    void regularPlurals() {
        assertThat(TopicClassifier.plural("policy")).isEqualTo("policies");
        assertThat(TopicClassifier.plural("day")).isEqualTo("days");
        assertThat(TopicClassifier.plural("gas")).isEqualTo("gases");
        assertThat(TopicClassifier.plural("approach")).isEqualTo("approaches");
        assertThat(TopicClassifier.plural("LGBTQI+")).isNull();
    }
}
