package io.statementwarehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.cli.StatementWarehouseCommand;

/** The nightly report, rendered from the explorer's templates: self-contained, untrusted text escaped, only http(s) links. */
class NightlyReportTests {

    @TempDir
    Path dir;

    @Test
    void isOneSelfContainedFileThatEscapesTheReleasesAndLinksOnlyHttpUrls() throws Exception {
        Path input = TestWarehouses.copyFixtures("fixtures/input", dir.resolve("input"));
        Path hostile = TestWarehouses.copyFixtures("fixtures/hostile", dir.resolve("hostile"));
        Path w = dir.resolve("w.duckdb");
        assertThat(StatementWarehouseCommand.execute("run", "--warehouse", w.toString(), "--input", input.toString(), hostile.toString())).isZero();
        Path out = dir.resolve("report.html");
        assertThat(StatementWarehouseCommand.execute("report", "--warehouse", w.toString(), "--out", out.toString())).isZero();

        String html = Files.readString(out);
        Document report = Jsoup.parse(html);
        assertThat(report.select("script, link, iframe, object")).isEmpty();
        assertThat(report.select("img")).hasSize(3).allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        assertThat(report.select("style")).hasSize(1);
        // Every commitment of the run is listed, the hostile one with its markup as text and its javascript: URL not a link.
        assertThat(report.select("table#new-commitments tbody tr")).hasSize((int) TestWarehouses.count(w, "select count(*) from v_commitment"));
        assertThat(report.select("table#new-commitments td").eachText())
                .contains("<script>alert('title')</script> China and Azerbaijan sign <b>pact</b>");
        assertThat(report.select("a[href]")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
        assertThat(html).doesNotContain("javascript:alert").doesNotContain("<img src=x");
        assertThat(report.select("table.figures td").eachText()).contains("14", "1");
    }
}
