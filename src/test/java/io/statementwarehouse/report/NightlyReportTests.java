package io.statementwarehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;
import io.statementwarehouse.warehouse.Warehouse;

/** What the report makes of hostile input: release fields are text, and only web addresses become links. */
class NightlyReportTests {

    @TempDir
    Path dir;

    @Test
    void releaseFieldsAreEscapedAndOnlyWebAddressesBecomeLinks() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/hostile", dir.resolve("input"));
        Path w = dir.resolve("w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(),
                "--run-date", "2026-11-28")).isZero();
        // the three releases' commitments are in the run's table, so their titles and urls are in the report
        assertThat(TestWarehouses.count(w, "SELECT count(DISTINCT source_id) FROM v_commitment")).isEqualTo(3);

        String html;
        try (Connection c = new Warehouse(w).openReadOnly()) {
            html = new NightlyReport(c).render();
        }
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:alert(1)\"")
                .doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data")
                .doesNotContain("<img src=x").doesNotContain("onerror=alert(2)>");
        assertThat(html).contains("Joint statement &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; on aid <span class=\"muted\">javascript:alert(1)</span>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("<span class=\"muted\">data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;</span>")
                .contains("<a href=\"HTTPS://example.org/readout?a=1&amp;b=2\">Readout of a call &amp; &quot;quotes&quot;</a>");
        // every link in the report is a web address
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertThat(href.group(1)).matches("(?i)https?://[^/]+.*");
        }
        assertThat(links).isEqualTo(1);
    }

    @Test
    void onlyHttpAndHttpsWithAHostAreWebAddresses() {
        assertThat(NightlyReport.isWebAddress("https://www.state.gov/a?b=1")).isTrue();
        assertThat(NightlyReport.isWebAddress("HtTp://example.org")).isTrue();
        for (String notOne : new String[] {"javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)", "data:text/html,x", "//example.org/a",
                "/relative/path", "https:///no-host", "https://", " https://example.org", "https://exa mple.org", "ftp://example.org/f",
                "vbscript:msgbox(1)", ""}) {
            assertThat(NightlyReport.isWebAddress(notOne)).as(notOne).isFalse();
        }
        assertThat(NightlyReport.link("javascript:alert(1)", "<b>t</b>")).isEqualTo("&lt;b&gt;t&lt;/b&gt; <span class=\"muted\">javascript:alert(1)</span>");
        assertThat(NightlyReport.link(null, "t")).isEqualTo("t");
    }
}
