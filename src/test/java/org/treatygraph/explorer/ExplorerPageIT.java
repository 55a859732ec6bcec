package org.treatygraph.explorer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.treatygraph.support.ResearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in Debian's headless Chromium, driven by Selenium through Debian's chromedriver
 * (given explicitly, so Selenium Manager never downloads a browser or driver). In CI, where
 * {@code .ci/run} installs Chromium, a missing browser fails the test; elsewhere it skips it.
 */
class ExplorerPageIT extends ResearchIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String NEIGHBOURS = "MATCH (c {key: $key})--(n) WHERE n <> c AND any(l IN labels(n) WHERE l IN "
            + "['Person','State','Organization','Treaty','MissileSystem','Region','Statement','Article']) ";

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium and chromedriver are not installed (.ci/run installs them in CI)");
        }
        assertThat(installed).as("CI must provide " + CHROMIUM + " and " + CHROMEDRIVER + " (see .ci/run)").isTrue();
        System.setProperty("SE_OFFLINE", "true");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=1400,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        this.browser = new ChromeDriver(service, options);
        // A script waits for the page's one thread; drawing a large neighbourhood holds it for a while.
        this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    @AfterEach
    void stopBrowser() {
        if (this.browser != null) {
            this.browser.quit();
        }
    }

    @Test
    void drawsNewStartExpandsANodeOpensAStatementAndFiltersByDate() throws Exception {
        this.browser.get("http://localhost:" + this.port + "/");
        waitFor("return document.body.dataset.ready === 'true'");

        // The seeded view: New START and its direct neighbours, as the database has them.
        long newStartNeighbourhood = count(NEIGHBOURS + "RETURN count(DISTINCT n) + 1", Map.of("key", "treaty/new-start"));
        assertThat(nodeCount()).isEqualTo(newStartNeighbourhood);
        assertThat(js("return cy.getElementById('treaty/new-start').hasClass('expanded')")).isEqualTo(true);

        // Clicking Russia (a real mouse click on its drawn position) adds Russia's neighbours.
        js("cy.fit(cy.getElementById('state/russia').closedNeighborhood(), 200)");
        click("state/russia");
        waitFor("return cy.getElementById('state/russia').hasClass('expanded')");
        long union = count("MATCH (c) WHERE c.key IN ['treaty/new-start', 'state/russia'] MATCH (c)--(n) WHERE any(l IN labels(n) WHERE l IN "
                + "['Person','State','Organization','Treaty','MissileSystem','Region','Statement','Article']) "
                + "WITH collect(DISTINCT n) + collect(DISTINCT c) AS ns UNWIND ns AS n RETURN count(DISTINCT n)");
        assertThat(nodeCount()).isGreaterThan(newStartNeighbourhood).isEqualTo(union);

        // Clicking a statement shows the quote, its speaker, date and source article.
        var statement = "MATCH (:Person {key: 'person/sergey-ryabkov'})-[:SAID]->(s:Statement)-[:ABOUT]->(:Treaty {key: 'treaty/new-start'}) "
                + "WHERE s.text CONTAINS 'expires soon' ";
        String key;
        String text;
        try (var session = this.driver.session()) {
            var row = session.run(statement + "RETURN s.key AS key, s.text AS text").single();
            key = row.get("key").asString();
            text = row.get("text").asString();
        }
        js("cy.fit(cy.getElementById(arguments[0]).closedNeighborhood(), 250)", key);
        click(key);
        var quote = new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("quote")));
        assertThat(quote.getText()).isEqualTo(text);
        assertThat(this.browser.findElement(By.id("speaker")).getText()).isEqualTo("Sergey Ryabkov");
        assertThat(this.browser.findElement(By.id("statement-date")).getText()).isEqualTo("2024-07-08");
        assertThat(this.browser.findElements(By.cssSelector("#sources li")).stream().map(WebElement::getText))
            .anyMatch(source -> source.contains("TASS") && source.contains("2024-07-08"));

        // The date filter hides what is dated after the chosen year, and nothing undated.
        js("const to = document.getElementById('to-year'); to.value = 2020; to.dispatchEvent(new Event('input'))");
        assertThat(js("return cy.elements('.out-of-range').length")).asString().isNotEqualTo("0");
        assertThat(js("return cy.elements('.out-of-range').filter(e => !(e.data('sortDate') || e.data('published'))).length")).isEqualTo(0L);
        assertThat(js("return cy.getElementById(arguments[0]).visible()", key)).isEqualTo(false);
        js("const to = document.getElementById('to-year'); to.value = to.max; to.dispatchEvent(new Event('input'))");

        // Searching by part of a name and picking the result re-centres the view on that entity.
        this.browser.findElement(By.id("search")).sendKeys("ryab");
        var result = new WebDriverWait(this.browser, Duration.ofSeconds(30))
            .until(b -> b.findElement(By.cssSelector("#search-results li[data-key='person/sergey-ryabkov']")));
        result.click();
        waitFor("return cy.getElementById('person/sergey-ryabkov').hasClass('expanded') && !cy.getElementById('treaty/new-start').hasClass('expanded')");
        assertThat(nodeCount()).isEqualTo(count(NEIGHBOURS + "RETURN count(DISTINCT n) + 1", Map.of("key", "person/sergey-ryabkov")));

        js("cy.fit(undefined, 30)");
        var screenshot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(screenshot.toPath(), Path.of("target/explorer-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void graphiqlOpensFromTheJarOnExampleTabsAndRunsThem() {
        this.browser.get("http://localhost:" + this.port + "/graphiql");
        new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector(".graphiql-container")).isEmpty());
        // Offline machine, background networking off: the page can only have loaded from the jar.
        assertThat(this.browser.findElements(By.cssSelector(".graphiql-tab"))).hasSize(8);
        this.browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        var result = new WebDriverWait(this.browser, Duration.ofSeconds(20))
            .until(b -> {
                var text = b.findElement(By.cssSelector(".result-window")).getText();
                return text.contains("\"data\"") ? text : null;
            });
        // The result editor draws only its visible lines: the top of the answer is enough.
        assertThat(result).contains("\"name\": \"New START\"").contains("START III");
    }

    /**
     * Clicks where Cytoscape drew the node, as a user would. The force layout starts from random positions and
     * may draw a neighbour over the node; first the node is set apart from the others, as a user would drag it.
     */
    private void click(String nodeId) {
        js("const node = cy.getElementById(arguments[0]); const others = cy.nodes().not(node).boundingBox();"
                + "node.position({ x: others.x2 + 120, y: (others.y1 + others.y2) / 2 }); cy.zoom(1.5); cy.center(node);", nodeId);
        @SuppressWarnings("unchecked")
        var position = (Map<String, Number>) js("return cy.getElementById(arguments[0]).renderedPosition()", nodeId);
        var graph = this.browser.findElement(By.id("graph"));
        var size = graph.getSize();
        new Actions(this.browser)
            .moveToElement(graph, (int) Math.round(position.get("x").doubleValue() - size.getWidth() / 2.0),
                    (int) Math.round(position.get("y").doubleValue() - size.getHeight() / 2.0))
            .click()
            .perform();
    }

    private long nodeCount() {
        return ((Number) js("return cy.nodes().length")).longValue();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
    }

    /**
     * The research graph is the whole evaluation corpus: expanding a state draws thousands of nodes, which takes
     * seconds on a loaded two-core CI machine. The wait is generous; it bounds a hang, it does not time the page.
     */
    private void waitFor(String condition) {
        new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(b -> Boolean.TRUE.equals(js(condition)));
    }

}
