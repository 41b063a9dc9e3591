package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Persons the reference data does not know, on made-up sentences, with the real reference data. */
class PersonNameTests {

    static EntityExtractor extractor;
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @BeforeAll
    static void load() {
        extractor = new EntityExtractor(ReferenceData.load());
    }

    static List<Mention> persons(String title, String body) {
        return persons(title, body, LocalDate.of(2024, 3, 1));
    }

    static List<Mention> persons(String title, String body, LocalDate date) {
        List<Mention> all = extractor.extract(title, SPLITTER.split(body, 0), date, "USA");
        return all.stream().filter(m -> m.kind() == MentionKind.PERSON).toList();
    }

    static List<String> names(String body) {
        return persons("Readout", body).stream().map(Mention::normalized).distinct().toList();
    }

    @Test
    void theNameAfterALongTitleIsTheLastRunOfNameWords() {
        assertThat(names("Deputy Assistant Secretary for International Narcotics and Law Enforcement Affairs Marlow Quenby met "
                + "officials from Mexico."))
                .containsExactly("Marlow Quenby");
        assertThat(names("Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Tavi Renholm met on June 24 with "
                + "Deputy Secretary General of ASEAN for Political-Security Community Orrin Delacasse."))
                .containsExactly("Tavi Renholm", "Orrin Delacasse");
        // a second title after "and" starts the next person; a name ends before "on", "in"
        assertThat(names("Special Representative for Afghanistan Pell Warrick and Under Secretary of the Treasury Dana Ostrova "
                + "met in Doha. Press Secretary Lia Brandt on the visit."))
                .containsExactly("Pell Warrick", "Dana Ostrova", "Lia Brandt");
    }

    @Test
    void militaryCommandsAreTitlesNotNames() {
        assertThat(names("His Highness Sheikh Tahnoun Al Saleh, Crown Prince and Deputy Supreme Commander of the Armed Forces, "
                + "and Minister Lu Tanshu discussed ties.")).doesNotContain("Commander");
    }

    @Test
    void aRoleWrittenInLowerCaseBeforeAName() {
        assertThat(names("Foreign Ministry spokesperson Lu Tanshu told a daily news briefing so. The French ambassador to Lebanon, "
                + "Anne Vollard, attended. Hamas leader Sarwani spoke."))
                .containsExactly("Lu Tanshu", "Anne Vollard", "Sarwani");
        // after "for" or "of", a lower-case role's name is a full one: "Girls" is a word of the envoy's remit
        assertThat(names("Our special envoy for Afghan Women, Girls, and Human Rights spoke. You may contact the Miami Media Hub."))
                .isEmpty();
    }

    @Test
    void officeWordsPlacesAndTopicsAreNoNames() {
        assertThat(names("The Minister for Health and Medical Services; and a delegation. The Special Representative on Sexual "
                + "Violence in Conflict spoke in New York. Special Envoy in New York said so.")).isEmpty();
    }

    @Test
    void aNameFollowedByItsTitleInApposition() {
        List<Mention> found = persons("Readout", "Loren Vasquetti, Minister of Transport of Chile, visited Tokyo. The delegation met "
                + "Brin Oakhart, a renowned Irish journalist.");
        assertThat(found).extracting(Mention::normalized, Mention::country)
                .containsExactly(tuple("Loren Vasquetti", "CHL"), tuple("Brin Oakhart", null));
    }

    @Test
    void aCounterpartNamedAfterTheRoleAndANameInAppositionAfterATitlesComma() {
        assertThat(persons("Readout", "The minister met his Turkmen counterpart Rashid Meredov in Ankara. The premier wrote to his "
                + "Algerian counterpart, Ahmed Ouyahia, to express condolences. Central Bank Governor, Hafize Gaye Erkan, also attended."))
                .extracting(Mention::normalized, Mention::country)
                .containsExactly(tuple("Rashid Meredov", "TKM"), tuple("Ahmed Ouyahia", "DZA"), tuple("Hafize Gaye Erkan", null));
        // a list of titles is no apposition, nor an office's field after its comma
        // ("the President", "the Secretary": their holders, read from the bare titles)
        assertThat(persons("Readout", "The President, Vice President Kamala Harris and the Secretary met. The Minister, Foreign "
                + "Affairs and Trade, spoke.")).extracting(Mention::surface).containsExactly("President", "Kamala Harris", "Secretary");
    }

    @Test
    void anUnknownPersonNamedInFullAgainWithoutATitleIsTheSamePerson() {
        assertThat(persons("Readout", "Foreign Minister Wang Yi met South Korea's Foreign Minister Yu Myung-hwan. For his part, "
                + "Yu Myung-hwan said South Korea is willing to keep exchanges. Yu added more."))
                .filteredOn(m -> m.surface().startsWith("Yu")).extracting(Mention::surface, Mention::normalized, Mention::country)
                .containsExactly(tuple("Yu Myung-hwan", "Yu Myung-hwan", "KOR"), tuple("Yu Myung-hwan", "Yu Myung-hwan", "KOR"),
                        tuple("Yu", "Yu Myung-hwan", "KOR"));
    }

    @Test
    void namesThatOpenWithACapitalOutsideAsciiAndTheAbbreviatedPrimeMinister() {
        assertThat(names("The forum opens on Friday, spokesperson Öncü Keçeli said. Foreign Minister Çağatay Kılıç met them."))
                .containsExactly("Öncü Keçeli", "Çağatay Kılıç");
        assertThat(persons("Readout", "Messages came from PM of Belarus Roman Golovchenko.")).extracting(Mention::normalized,
                Mention::country).containsExactly(tuple("Roman Golovchenko", "BLR"));
    }

    @Test
    void familyNamesInCapitalsAreWrittenGivenNameFirstExceptWhereNamesKeepTheirOrder() {
        assertThat(names("Mr. TANAKA Kenji, State Minister, welcomed the delegation.")).containsExactly("Kenji Tanaka");
        assertThat(persons("Readout", "Foreign Minister PARK Minsoo of the Republic of Korea met the delegation."))
                .extracting(Mention::normalized, Mention::country).containsExactly(tuple("Park Minsoo", "KOR"));
        // a known person written so is the known person
        List<Mention> known = persons("Readout", "Prime Minister KISHIDA Fumio visited India.", LocalDate.of(2023, 3, 20));
        assertThat(known).extracting(Mention::normalized, Mention::resolved).containsExactly(tuple("Fumio Kishida", true));
    }

    @Test
    void japaneseNamesWrittenFamilyNameFirstWithoutCapitals() {
        // the release uses the family name alone
        assertThat(names("Japanese Vice Foreign Minister Hoshizora Ren met the delegation. Vice Minister Hoshizora said so."))
                .containsExactly("Ren Hoshizora");
        // a common Japanese family name
        assertThat(names("Japanese Ambassador Yamada Kiyoto attended.")).containsExactly("Kiyoto Yamada");
        // a Korean name keeps its order
        assertThat(names("Republic of Korea Special Representative Noh Kyu-bin met Special Representative Noh.")).containsExactly(
                "Noh Kyu-bin");
    }

    @Test
    void theCountryTheTitleNamesNotThePlaceOfTheOffice() {
        assertThat(persons("Readout", "She met the Bulgarian Ambassador to the United States Tomas Velichkov at the Department."))
                .extracting(Mention::normalized, Mention::country).containsExactly(tuple("Tomas Velichkov", "BGR"));
        assertThat(persons("Readout", "He met Minister of Foreign Affairs of Peru Ilda Carrasquel."))
                .extracting(Mention::normalized, Mention::country).containsExactly(tuple("Ilda Carrasquel", "PER"));
        assertThat(persons("Readout", "Prime Minister Aldo Feruzzi of Italy spoke."))
                .extracting(Mention::normalized, Mention::country).containsExactly(tuple("Aldo Feruzzi", "ITA"));
    }

    @Test
    void laterShortMentionsTakeTheFullName() {
        List<Mention> found = persons("Special Envoy Quillon’s Travel to Peru",
                "Special Envoy Zara Quillon will travel to Lima. Envoy Quillon will meet officials.");
        assertThat(found).extracting(Mention::surface, Mention::normalized).containsExactly(
                tuple("Quillon", "Zara Quillon"), tuple("Zara Quillon", "Zara Quillon"), tuple("Quillon", "Zara Quillon"));
        // an unknown Kim named in full is the later "Vice Minister Kim", not a known Kim
        assertThat(names("Vice Minister of Foreign Affairs Kim Doyun met the ambassador. Vice Minister Kim expressed sympathy."))
                .containsExactly("Kim Doyun");
        // a two-part family name: "State Secretary Reyes Montalvo" is "Inés Reyes Montalvo"
        assertThat(names("Spanish State Secretary for Global Affairs Inés Reyes Montalvo met the Deputy Secretary. State Secretary "
                + "Reyes Montalvo thanked her.")).containsExactly("Inés Reyes Montalvo");
    }

    @Test
    void aPartOfAKnownPersonsNameNamedEarlierIsThatPerson() {
        // "President Joko" after "President Joko Widodo": the given name a release uses alone, with the person's country
        List<Mention> found = persons("Japan-Indonesia Summit Meeting",
                "Prime Minister Kishida held a meeting with President Joko Widodo. In response, President Joko stated that he would visit.",
                LocalDate.of(2023, 5, 20));
        assertThat(found).filteredOn(m -> m.surface().equals("Joko")).extracting(Mention::normalized, Mention::country, Mention::resolved)
                .containsExactly(tuple("Joko Widodo", "IDN", true));
    }

    @Test
    void aKnownFamilyNameInsideAnotherNameIsNotThatPerson() {
        // Alberto Fernández was in office in 2022; "Jose Fernandez" is someone else (the Under Secretary, whom the reference
        // data knows too), "Sun Africa" a company
        List<Mention> found = persons("Readout", "Under Secretary for Economic Growth, Energy, and the Environment Jose Fernandez "
                + "will attend. Investments such as Sun Africa produce results.", LocalDate.of(2022, 7, 1));
        assertThat(found).extracting(Mention::normalized, Mention::resolved).containsExactly(tuple("Jose Fernandez", true));
    }

    @Test
    void knownPersonsUnderOtherSpellingsAndWithMiddleNames() {
        List<Mention> found = persons("Readout", "President Abdel Fattah Al Sisi spoke with President João Manuel Gonçalves Lourenço.",
                LocalDate.of(2023, 11, 30));
        assertThat(found).extracting(Mention::normalized, Mention::resolved)
                .containsExactly(tuple("Abdel Fattah el-Sisi", true), tuple("João Lourenço", true));
    }

    @Test
    void initialsAreKeptWhenTheNameStartsWithThem() {
        assertThat(names("Principal Secretary P.K. Mishra met the delegation.")).containsExactly("P. K. Mishra");
    }

    @Test
    void aProfessionalHonorificBeforeTheNameIsNoPartOfIt() {
        // "Federal Minister Engineer Khurram Dastgir Khan", "Professor Ibrahim Gambari": the honorific is a title word
        assertThat(names("Federal Minister Engineer Khurram Dastgir Khan met Special Adviser Professor Ibrahim Gambari."))
                .containsExactly("Khurram Dastgir Khan", "Ibrahim Gambari");
    }
}
