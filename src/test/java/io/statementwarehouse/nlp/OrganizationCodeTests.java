package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One code per organization or initiative, on made-up sentences, with the real reference data. */
class OrganizationCodeTests {

    static EntityExtractor extractor;
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @BeforeAll
    static void load() {
        extractor = new EntityExtractor(ReferenceData.load());
    }

    static List<Mention> organizations(String body) {
        return extractor.extract("Readout", SPLITTER.split(body, 0), LocalDate.of(2024, 3, 1), "USA").stream()
                .filter(m -> m.kind() == MentionKind.ORGANIZATION).toList();
    }

    @Test
    void aNamedInitiativeHasOneCodeWhateverItIsCalled() {
        assertThat(organizations("Angola joined the Partnership for Atlantic Cooperation. The Arctic Council met. OPEC + agreed. "
                + "The Five Eyes partners and 5 Eyes allies spoke."))
                .extracting(Mention::normalized, Mention::resolved)
                .containsExactly(tuple("PARTNERSHIP FOR ATLANTIC COOPERATION", true), tuple("ARCTIC COUNCIL", true), tuple("OPEC+", true),
                        tuple("FVEY", true), tuple("FVEY", true));
    }

    @Test
    void aGoverningBodyCountsAsItsOrganizationAndAParliamentAsNone() {
        assertThat(organizations("The European Commission and the AU Commission met. Congress passed the bill."))
                .extracting(Mention::normalized).containsExactly("EU", "AU");
    }

    @Test
    void aCountrysOwnPartyOrGovernmentBodyIsNoOrganization() {
        // EXTRACTION.md section 5 counts international organizations, groups and initiatives: a party or a government body of one
        // country is known (no unresolved name) but not counted, whether in a person's title or acting
        assertThat(organizations("Wang Yi, a member of the Political Bureau of the CPC Central Committee, met the NATO envoy. "
                + "Premier Li Qiang of the State Council will attend. The Palestinian Authority and the Communist Party of China "
                + "welcomed the 20th CPC National Congress."))
                .extracting(Mention::normalized).containsExactly("NATO");
    }

    @Test
    void anAcronymTheReleaseDefinesIsThatOrganizationThroughout() {
        assertThat(organizations("The Coastal Fisheries Dialogue (CFD) met in Suva. The next CFD meeting is in May."))
                .extracting(Mention::surface, Mention::normalized, Mention::resolved)
                .containsExactly(tuple("Coastal Fisheries Dialogue", "CFD", false), tuple("CFD", "CFD", false),
                        tuple("CFD", "CFD", false));
    }

    @Test
    void anAcronymDefinedAsSomethingElseIsNotTheKnownOrganization() {
        // PCA is also the Permanent Court of Arbitration; an agreement is not an organization
        assertThat(organizations("They reviewed the Partnership and Cooperation Agreement (PCA). The PCA entered into force."))
                .isEmpty();
        // a spelling of a known one keeps its code
        assertThat(organizations("The Mineral Security Partnership (MSP) met.")).extracting(Mention::normalized)
                .containsOnly("MSP");
    }

    @Test
    void anInitiativeNamedByCountriesNamesThemToo() {
        List<Mention> all = extractor.extract("Readout", SPLITTER.split("They welcomed the India-Middle East-Europe Economic Corridor.", 0),
                LocalDate.of(2024, 3, 1), "USA");
        assertThat(all).extracting(Mention::kind, Mention::normalized)
                .containsExactly(tuple(MentionKind.ORGANIZATION, "IMEC"), tuple(MentionKind.COUNTRY, "IND"));
    }

    @Test
    void theCommonwealthButNotAUkMinistryOrAStateNamedSo() {
        assertThat(organizations("Commonwealth values unite us. The Foreign, Commonwealth and Development Office said so. "
                + "The Commonwealth of Australia agreed.")).extracting(Mention::normalized).containsExactly("COMMONWEALTH");
    }
}
