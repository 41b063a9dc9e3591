package io.statementwarehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatelineDatesTests {

    @Test
    void theDatelineYearIsTheOneClosestToPublication() {
        assertThat(DatelineDates.resolve("Nov. 14", LocalDate.of(2024, 11, 14))).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(DatelineDates.resolve("Sept. 20", LocalDate.of(2024, 9, 22))).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(DatelineDates.resolve("Dec. 31", LocalDate.of(2025, 1, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(DatelineDates.resolve("May 4", LocalDate.of(2023, 5, 5))).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(DatelineDates.resolve("Feb. 30", LocalDate.of(2023, 2, 5))).isNull();
    }

    @Test
    void xinhuaWritesWeekdaysRelativeToTheDateline() {
        String text = " date 2024-05-17 Xi holds talks\nXinhua) 09:22, May 17, 2024\n\nBEIJING, May 16 (Xinhua) -- Xi on Thursday held talks.\n";
        Release r = ((ReleaseParser.Parsed) new ReleaseParser().parse(new RawRelease("x.txt", 1, InputFormat.TXT, "x", null, null,
                null, null, text))).release();
        assertThat(r.publishedDate()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(r.datelineDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(r.referenceDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(r.source()).isEqualTo("Xinhua");
    }

    @Test
    void headerVariants() {
        String china = " date 2023-12-06 Title\n(Xinhua) 16:45, December 06, 2023\n\nBEIJING - China will work with all sides.\n";
        Release r = ((ReleaseParser.Parsed) new ReleaseParser().parse(new RawRelease("c.txt", 1, InputFormat.TXT, "c", null, null,
                null, null, china))).release();
        assertThat(r.source()).isEqualTo("Xinhua");
        assertThat(r.datelinePlace()).isEqualTo("Beijing");
        assertThat(r.body().substring(r.bodyStart())).startsWith("China will work");
        String monthOnly = " date 2018-09 Title\n\nBEIJING, Sept. 7 (Xinhua) -- Talks were held.\n";
        Release m = ((ReleaseParser.Parsed) new ReleaseParser().parse(new RawRelease("m.txt", 1, InputFormat.TXT, "m", null, null,
                null, null, monthOnly))).release();
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2018, 9, 7));
    }
}
