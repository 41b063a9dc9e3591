package io.statementwarehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVReader;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * Every page and filter of the explorer, over real HTTP, on a warehouse made by running the job on the fixtures. What
 * a page shows is checked against the public views, queried directly.
 */
class ExplorerPagesTests {

    @TempDir
    static Path dir;

    static Path warehouse;
    static ExplorerServer server;
    static ExplorerClient client;

    @BeforeAll
    static void serveTheFixtureWarehouse() throws Exception {
        warehouse = ExplorerClient.loadFixtureWarehouse(dir);
        server = ExplorerServer.start(new Warehouse(warehouse), WarehouseAccess.Mode.READ_ONLY, "127.0.0.1", 0);
        client = new ExplorerClient(server.address());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static long sql(String query) throws Exception {
        // Read-only from the same JVM while the explorer holds its read-only database: DuckDB shares it.
        return TestWarehouses.count(warehouse, query);
    }

    static long shownTotal(Document page) {
        String text = page.selectFirst(".pager strong").text();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    static Elements rows(Document page) {
        return page.select("table#statements tbody tr");
    }

    @Nested
    class Statements {

        @Test
        void listsEveryStatementNewestFirst() throws Exception {
            Document page = client.page("/statements");
            assertThat(shownTotal(page)).isEqualTo(sql("select count(*) from v_statement")).isEqualTo(38);
            List<String> shown = rows(page).stream().map(r -> r.child(0).text()).toList();
            assertThat(shown).hasSize(38).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        void filtersByClass() throws Exception {
            Document page = client.page("/statements?cls=APPEAL");
            assertThat(shownTotal(page)).isEqualTo(sql("select count(*) from v_statement where class = 'APPEAL'")).isPositive();
            assertThat(rows(page).select(".cls").eachText()).containsOnly("APPEAL");
        }

        @Test
        void filtersByCommitterAndCounterpart() throws Exception {
            Document chn = client.page("/statements?committer=CHN");
            assertThat(shownTotal(chn)).isEqualTo(sql("select count(*) from v_statement where list_contains(committers, 'CHN')")).isPositive();
            rows(chn).forEach(r -> assertThat(r.child(2).text()).contains("CHN"));

            Document pair = client.page("/statements?committer=CHN&counterpart=AZE");
            assertThat(shownTotal(pair)).isEqualTo(sql(
                    "select count(*) from v_statement where list_contains(committers, 'CHN') and list_contains(counterparts, 'AZE')")).isEqualTo(4);
            rows(pair).forEach(r -> assertThat(r.child(3).text()).contains("AZE"));
            assertThat(pair.select("select[name=committer] option[selected]").attr("value")).isEqualTo("CHN");
        }

        @Test
        void filtersByTopicSpeakerAndDates() throws Exception {
            assertThat(shownTotal(client.page("/statements?topic=ENERGY")))
                    .isEqualTo(sql("select count(*) from v_statement where list_contains(topics, 'ENERGY')")).isPositive();
            assertThat(shownTotal(client.page("/statements?speaker=ding")))
                    .isEqualTo(sql("select count(*) from v_statement where speaker ilike '%ding%'")).isPositive();
            Document dated = client.page("/statements?from=2024-01-01&to=2024-06-30");
            assertThat(shownTotal(dated))
                    .isEqualTo(sql("select count(*) from v_statement where published_date between '2024-01-01' and '2024-06-30'")).isPositive();
            rows(dated).forEach(r -> assertThat(r.child(0).text()).isBetween("2024-01-01", "2024-06-30"));
        }

        @Test
        void filtersByWordsAndQuotedPhrases() throws Exception {
            Document words = client.page("/statements?q=critical+minerals");
            assertThat(shownTotal(words)).isEqualTo(sql(
                    "select count(*) from v_statement where sentence_text ilike '%critical%' and sentence_text ilike '%minerals%'")).isEqualTo(1);
            assertThat(shownTotal(client.page("/statements?q=%22minerals+and+energy%22"))).isEqualTo(1);
            assertThat(shownTotal(client.page("/statements?q=%22energy+and+minerals%22"))).isZero();
            // A wildcard typed by the user is a character, not a wildcard.
            assertThat(shownTotal(client.page("/statements?q=%25"))).isEqualTo(sql("select count(*) from v_statement where contains(sentence_text, '%')"));
        }

        @Test
        void sortsAndPages() throws Exception {
            Document byConfidence = client.page("/statements?sort=confidence&dir=asc");
            List<Double> confidences = rows(byConfidence).stream().map(r -> Double.parseDouble(r.child(7).text())).toList();
            assertThat(confidences).isSorted().hasSize(38);

            Document first = client.page("/statements?size=25");
            Document second = client.page("/statements?size=25&page=2");
            assertThat(rows(first)).hasSize(25);
            assertThat(rows(second)).hasSize(13);
            List<String> firstLinks = rows(first).select("a.release-link").eachAttr("href");
            List<String> secondLinks = rows(second).select("a.release-link").eachAttr("href");
            assertThat(firstLinks).doesNotContainAnyElementsOf(secondLinks);
            assertThat(first.select("a[rel=next]").attr("href")).contains("page=2").contains("size=25");
        }

        @Test
        void saysWhichInputsItIgnored() throws Exception {
            Document page = client.page("/statements?from=yesterday&cls=PROMISE");
            assertThat(page.select(".problem").eachText()).anySatisfy(p -> assertThat(p).contains("yesterday"))
                    .anySatisfy(p -> assertThat(p).contains("PROMISE"));
            assertThat(shownTotal(page)).isEqualTo(38);
        }

        @Test
        void eachRowLinksToItsSentenceInItsRelease() throws Exception {
            Element row = rows(client.page("/statements?committer=CHN&counterpart=AZE&sort=confidence")).first();
            String href = row.selectFirst("a.release-link").attr("href");
            assertThat(href).matches("/release/-?\\d+\\?s=\\d+#s\\d+");
            Document release = client.page(href.substring(0, href.indexOf('#')));
            Element marked = release.getElementById(href.substring(href.indexOf('#') + 1));
            assertThat(marked.hasClass("target")).isTrue();
            marked.select(".val").remove();
            assertThat(row.child(6).text()).isEqualTo(marked.text());
        }

        @Test
        void exportsTheFilteredRowsAsCsv() throws Exception {
            HttpResponse<String> csv = client.get("/statements.csv?committer=AZE");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            List<String[]> lines;
            try (CSVReader reader = new CSVReader(new StringReader(csv.body()))) {
                lines = reader.readAll();
            }
            assertThat(lines.get(0)).startsWith("source_id", "release_key", "sentence_no");
            assertThat(lines).hasSize(1 + (int) sql("select count(*) from v_statement where list_contains(committers, 'AZE')"));
            int committers = List.of(lines.get(0)).indexOf("committers");
            lines.subList(1, lines.size()).forEach(l -> assertThat(l[committers]).contains("AZE"));
            // A cell that a spreadsheet would run as a formula is prefixed so that it stays text.
            int text = List.of(lines.get(0)).indexOf("sentence_text");
            assertThat(lines.subList(1, lines.size())).extracting(l -> l[text]).anySatisfy(t -> assertThat(t).startsWith("'=HYPERLINK"))
                    .noneSatisfy(t -> assertThat(t).startsWith("="));
        }
    }

    @Nested
    class Release {

        @Test
        void showsTheTextExactlyAsReadWithEachStatementHighlightedInItsClass() throws Exception {
            long key = sql("select release_key from v_release where source_id = '000_30a1220df6893c8b'");
            Document page = client.page("/release/" + key);
            String body = (String) TestWarehouses.query(warehouse, "select body from v_release_text where release_key = " + key).get(0).get(0);
            Element text = page.getElementById("text");
            assertThat(text.select(".val")).isNotEmpty(); // the resolved dates, written after them
            text.select(".val").remove();
            assertThat(text.wholeText()).isEqualTo(body);
            for (List<Object> s : TestWarehouses.query(warehouse,
                    "select sentence_no, class, sentence_text, cue, rule from v_statement where release_key = " + key)) {
                Element marked = page.getElementById("s" + s.get(0));
                assertThat(marked.classNames()).contains("stmt", (String) s.get(1));
                assertThat(marked.attr("title")).contains((String) s.get(1), "cue “" + s.get(3) + "”", "rule " + s.get(4), "confidence");
                assertThat(marked.wholeText()).isEqualTo(s.get(2));
            }
            assertThat(page.select(".side .item")).hasSize((int) sql("select count(*) from v_statement where release_key = " + key));
        }

        @Test
        void marksMentionsWithTheirKindAndResolvedValue() throws Exception {
            long key = sql("select release_key from v_release where source_id = '000_30a1220df6893c8b'");
            Document page = client.page("/release/" + key);
            assertThat(page.select("#text .m.COUNTRY").eachText()).contains("Chinese", "Azerbaijani", "China");
            assertThat(page.select("#text .m.PERSON").eachText()).contains("Ding Xuexiang", "Shahin Mustafayev");
            Element wednesday = page.select("#text .m.DATE").stream().filter(e -> e.text().equals("Wednesday")).findFirst().orElseThrow();
            String value = (String) TestWarehouses.query(warehouse, "select normalized from v_mention where kind = 'DATE' and surface = 'Wednesday'"
                    + " and release_key = " + key).get(0).get(0);
            assertThat(wednesday.attr("title")).contains(value);
            assertThat(wednesday.nextElementSibling().hasClass("val")).isTrue();
            assertThat(wednesday.nextElementSibling().text()).isEqualTo(value);
            assertThat(page.select("h1 .m.COUNTRY").eachText()).containsExactly("Chinese", "Azerbaijani");
        }

        @Test
        void escapesEverythingFromTheReleaseAndLinksOnlyHttpUrls() throws Exception {
            long key = sql("select release_key from v_release where source = 'Test Wire'");
            HttpResponse<String> response = client.get("/release/" + key);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
            Document page = org.jsoup.Jsoup.parse(response.body());
            assertThat(page.select("script, img, b:containsOwn(pact)")).isEmpty();
            assertThat(page.selectFirst("h1").text()).isEqualTo("<script>alert('title')</script> China and Azerbaijan sign <b>pact</b>");
            assertThat(page.getElementById("text").text()).contains("<img src=x onerror=alert('body')>");
            assertThat(page.select("a[href^=javascript]")).isEmpty();
            assertThat(page.select("dl.meta").text()).contains("javascript:alert('url') (not an http(s) link, shown as text)");

            long kazakh = sql("select release_key from v_release where url like 'https://www.state.gov/%' limit 1");
            Document linked = client.page("/release/" + kazakh);
            assertThat(linked.select("dl.meta a[href^=https://www.state.gov/]")).hasSize(1);
        }

        @Test
        void anUnknownReleaseIsNotFound() throws Exception {
            HttpResponse<String> r = client.get("/release/42");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("no release with the key 42");
            assertThat(client.get("/release/not-a-number").statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Pair {

        @Test
        void showsTheCommitmentsEachWayOverTimeByTopicWithTheSentences() throws Exception {
            Document page = client.page("/pair?a=CHN&b=AZE");
            List<String> cards = page.select(".card b").eachText();
            long chnToAze = sql("""
                    select count(*) from v_commitment where list_contains(committers, 'CHN') and list_contains(counterparts, 'AZE')
                    and not list_contains(committers, 'AZE')""");
            long azeToChn = sql("""
                    select count(*) from v_commitment where list_contains(committers, 'AZE') and list_contains(counterparts, 'CHN')
                    and not list_contains(committers, 'CHN')""");
            long together = sql("select count(*) from v_commitment where list_contains(committers, 'AZE') and list_contains(committers, 'CHN')");
            assertThat(cards).containsExactly(String.valueOf(chnToAze), String.valueOf(azeToChn), String.valueOf(together));
            assertThat(chnToAze + azeToChn + together).isEqualTo(10);
            assertThat(page.select("table#pair-statements tbody tr")).hasSize(10);
            assertThat(page.select("svg.chart rect title").eachText()).contains("2024-11: CHN → AZE: 3", "2024-03: CHN → AZE: 1");
            assertThat(page.select("table.topics tbody tr td:first-child").eachText()).contains("POLITICAL", "ENERGY");
            page.select("table#pair-statements a.release-link").eachAttr("href")
                    .forEach(href -> assertThat(href).matches("/release/-?\\d+\\?s=\\d+#s\\d+"));
        }

        @Test
        void withoutAPairListsTheBusiestOnes() throws Exception {
            Document page = client.page("/pair");
            assertThat(page.select("ul.pairs a").eachText()).contains("China → Azerbaijan", "United States → Ukraine");
            Document since = client.page("/pair?a=CHN&b=AZE&from=2024-06-01");
            assertThat(since.select("table#pair-statements tbody tr")).hasSize(7);
        }
    }

    @Nested
    class Bookkeeping {

        @Test
        void listsUnresolvedNamesMostFrequentFirstWithAnExampleSentence() throws Exception {
            Document page = client.page("/unresolved");
            Elements rows = page.select("table#unresolved tbody tr");
            assertThat(rows).hasSize((int) sql("select count(*) from etl_unresolved_name"));
            List<Long> mentions = rows.stream().map(r -> Long.parseLong(r.child(2).text())).toList();
            assertThat(mentions).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            Element first = rows.first();
            assertThat(first.child(1).text()).isEqualTo("DFC");
            assertThat(first.child(4).selectFirst("span").text()).contains("DFC");
            assertThat(first.child(4).selectFirst("a").attr("href")).startsWith("/release/");
            assertThat(client.page("/unresolved?kind=COUNTRY").select("table#unresolved tbody tr"))
                    .hasSize((int) sql("select count(*) from etl_unresolved_name where kind = 'COUNTRY'"));
        }

        @Test
        void listsRunsAndARunsRejects() throws Exception {
            Document runs = client.page("/runs");
            Elements rows = runs.select("table#runs tbody tr");
            assertThat(rows).hasSize(1);
            assertThat(rows.first().child(2).text()).isEqualTo("COMPLETED");
            assertThat(rows.first().child(7).text()).isEqualTo("14");
            assertThat(rows.first().child(13).text()).isEqualTo("1");
            Document run = client.page(rows.first().selectFirst("a").attr("href"));
            assertThat(run.select("table#rejects tbody tr")).hasSize(1);
            assertThat(run.select("table#rejects tbody tr td").eachText()).anySatisfy(t -> assertThat(t).contains("not valid JSON"));
            assertThat(client.get("/runs/99").statusCode()).isEqualTo(404);
        }

        @Test
        void theStartPageLeadsToThePairs() throws Exception {
            Document home = client.page("/");
            assertThat(home.select(".card b").first().text()).isEqualTo("14");
            Element pair = home.select("ul#pairs a").stream().filter(a -> a.text().equals("China → Azerbaijan")).findFirst().orElseThrow();
            assertThat(pair.attr("href")).isEqualTo("/pair?a=CHN&b=AZE");
        }
    }
}
