package io.statementwarehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.statementwarehouse.TestWarehouses;

class ReleaseParserTests {

    private final ReleaseParser parser = new ReleaseParser();

    @Test
    void theSeedReleaseHeaderAndDateline() throws Exception {
        String text = TestWarehouses.resource("fixtures/input/000_30a1220df6893c8b.txt");
        ReleaseParser.Result result = parser.parse(new RawRelease("000_30a1220df6893c8b.txt", 1, InputFormat.TXT,
                "000_30a1220df6893c8b", null, null, null, null, text));
        Release r = ((ReleaseParser.Parsed) result).release();
        assertThat(r.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(r.title()).isEqualTo("Chinese vice premier holds talks with Azerbaijani deputy PM");
        assertThat(r.source()).isEqualTo("Xinhua");
        assertThat(r.datelinePlace()).isEqualTo("Baku");
        assertThat(r.body().substring(r.bodyStart())).startsWith("Chinese Vice Premier Ding Xuexiang on Wednesday");
        assertThat(r.body()).startsWith("BAKU, Nov. 14 (Xinhua) -- ");
    }

    @Test
    void metadataDatesInSeveralForms() {
        for (String date : new String[] {"2024-11-14", "2024-11-14T09:30:00Z", "November 14, 2024", "14 Nov 2024", "2024/11/14"}) {
            Release r = ((ReleaseParser.Parsed) parser.parse(new RawRelease("f.jsonl", 1, InputFormat.JSONL, "id", "White House", date,
                    "Title", null, "Body text."))).release();
            assertThat(r.publishedDate()).as(date).isEqualTo(LocalDate.of(2024, 11, 14));
        }
    }

    @Test
    void aReleaseWithNoRecognizableDateIsRejectedWithItsReason() {
        ReleaseParser.Result result = parser.parse(new RawRelease("f.csv", 7, InputFormat.CSV, "id", "State", "sometime soon",
                "Title", null, "Body text."));
        RejectedRecord reject = ((ReleaseParser.Rejected) result).reject();
        assertThat(reject.recordNo()).isEqualTo(7);
        assertThat(reject.reason()).contains("unrecognized publication date");
    }

    @Test
    void releaseKeysAreDeterministicAndTextHashesFoldCaseAndSpace() {
        assertThat(ReleaseKeys.releaseKey("Xinhua", "a")).isEqualTo(ReleaseKeys.releaseKey("xinhua ", "a")).isPositive();
        assertThat(ReleaseKeys.textHash("Both  sides\nagreed.")).isEqualTo(ReleaseKeys.textHash(" both sides agreed. "));
    }
}
