package io.statementwarehouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.statementwarehouse.TestWarehouses;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * An analyst's path in a real Chromium: Statements, filter by a committer, follow a row to its release, find the
 * sentence highlighted. Uses the operating system's Chromium and chromedriver (.ci/run installs them); skipped where
 * they are absent.
 */
class ExplorerBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void filterByACommitterFollowARowAndFindTheHighlightedSentence() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no /usr/bin/chromium and /usr/bin/chromedriver here (apt-get install chromium chromium-driver; .ci/run does)");
        Path warehouse = ExplorerClient.loadFixtureWarehouse(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        try (ExplorerServer server = ExplorerServer.start(new Warehouse(warehouse), WarehouseAccess.Mode.READ_ONLY, "127.0.0.1", 0)) {
            WebDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(server.address() + "statements");
                new Select(browser.findElement(By.name("committer"))).selectByValue("CHN");
                browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("committer=CHN"));

                List<WebElement> rows = browser.findElements(By.cssSelector("table#statements tbody tr"));
                assertThat(rows).hasSize((int) TestWarehouses.count(warehouse, "select count(*) from v_statement where list_contains(committers, 'CHN')"));
                rows.forEach(r -> assertThat(r.findElements(By.tagName("td")).get(2).getText()).contains("CHN"));
                WebElement row = rows.get(0);
                String sentence = row.findElements(By.tagName("td")).get(6).getText();
                String cls = row.findElement(By.cssSelector(".cls")).getText();
                row.findElement(By.cssSelector("a.release-link")).click();
                wait.until(ExpectedConditions.urlContains("/release/"));

                WebElement marked = browser.findElement(By.cssSelector(".stmt.target"));
                assertThat(browser.getCurrentUrl()).endsWith("#" + marked.getAttribute("id"));
                assertThat(marked.getAttribute("class")).contains(cls);
                assertThat(marked.getText().replaceAll(" ?\\d{4}-\\d\\d(-\\d\\d)?", "").replace("  ", " "))
                        .isEqualTo(sentence.replaceAll(" ?\\d{4}-\\d\\d(-\\d\\d)?", "").replace("  ", " "));
                assertThat(marked.isDisplayed()).isTrue();
                // Highlighted in its class's colour (the stylesheet's background for the class), and scrolled into view.
                assertThat(marked.getCssValue("background-color")).isEqualTo(switch (cls) {
                    case "PLEDGE" -> "rgba(200, 230, 201, 1)";
                    case "INTENT" -> "rgba(187, 222, 251, 1)";
                    case "APPEAL" -> "rgba(255, 224, 178, 1)";
                    default -> "rgba(255, 205, 210, 1)";
                });
                Object top = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return arguments[0].getBoundingClientRect().top", marked);
                assertThat(((Number) top).doubleValue()).isBetween(-1.0, 1000.0);
            } finally {
                browser.quit();
            }
        }
    }
}
