package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateExtractorTests {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 11, 14);
    private final DateExtractor dates = new DateExtractor();

    private List<String> values(String sentence) {
        return dates.extract(sentence, 0, 0, THURSDAY).stream().map(Mention::normalized).toList();
    }

    @Test
    void relativeDaysResolveAgainstThePublicationDate() {
        assertThat(values("Today the minister spoke; yesterday he met the envoy.")).containsExactly("2024-11-14", "2024-11-13");
        assertThat(values("He held talks this afternoon.")).containsExactly("2024-11-14");
    }

    @Test
    void weekdaysFollowTheTenseRule() {
        assertThat(values("Ding Xuexiang on Wednesday held talks with Shahin Mustafayev.")).containsExactly("2024-11-13");
        assertThat(values("The Secretary will travel to Berlin on Monday.")).containsExactly("2024-11-18");
        assertThat(values("They spoke on Thursday.")).containsExactly("2024-11-14");
    }

    @Test
    void monthsAndDaysWithAndWithoutYear() {
        assertThat(values("In July this year, the two heads of state announced it.")).containsExactly("2024-07");
        assertThat(values("BAKU, Nov. 14 is the dateline and on May 21, 2021 they met.")).containsExactly("2024-11-14", "2021-05-21");
        assertThat(values("He recalled their meeting last April.")).containsExactly("2024-04");
        assertThat(values("The talks will take place August 3-5.")).containsExactly("2024-08-03");
        assertThat(values("The summit next year and the report last month.")).containsExactly("2025", "2024-10");
        assertThat(values("Elections are planned in 2026.")).containsExactly("2026");
    }

    @Test
    void durationsWeeksVagueExpressionsAndYearsInNamesAreLeftAlone() {
        assertThat(values("They agreed to cooperate for two years, to meet next week and recently at the 2022 AU Summit.")).isEmpty();
        assertThat(values("In the near term the commission may act.")).isEmpty();
    }
}
