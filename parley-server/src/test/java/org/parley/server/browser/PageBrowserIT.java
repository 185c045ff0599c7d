package org.parley.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web page over the demo corpus in headless Chromium, checked for what a person sees: the
 * timeline in date order with the annual review's date-conflict marker, the story's disagreement
 * with who said what, the evidence sentence highlighted in the article text, search narrowed by a
 * facet, the commitments' amounts, and keyboard use. Saves a screenshot of each main view to
 * target/screenshots.
 */
class PageBrowserIT extends SiteInBrowser {

    @Override
    DemoSite startSite(Path dir) throws IOException {
        return DemoSite.start(dir);
    }

    @Test
    void timelineOfTheBusiestDyadListsEventsInDateOrderWithTheDateConflictMarked() throws IOException {
        open("#/timeline");
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#timeline-list tbody tr"), 3)).stream().filter(WebElement::isDisplayed).toList();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("USA – VNM");
        // acts said during a meeting are folded beneath it until its button opens them
        WebElement fold = browser.findElement(By.cssSelector("#timeline-list button.fold"));
        List<WebElement> acts = browser.findElements(By.cssSelector("#timeline-list tr.act"));
        assertThat(acts).isNotEmpty().noneMatch(WebElement::isDisplayed);
        fold.click();
        assertThat(fold.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(acts).anyMatch(WebElement::isDisplayed);
        fold.click();
        assertThat(acts).noneMatch(WebElement::isDisplayed);
        // opened, every record is a row again
        browser.findElements(By.cssSelector("#timeline-list button.fold")).forEach(WebElement::click);
        rows = browser.findElements(By.cssSelector("#timeline-list tbody tr"));
        assertThat(rows).allMatch(WebElement::isDisplayed);
        // the meetings and unfolded records in date order (an act follows the meeting it was said during)
        List<String> dates = rows.stream().filter(r -> !r.getAttribute("class").contains("act"))
                .map(r -> r.getAttribute("data-date")).toList();
        assertDateOrder(dates);
        for (WebElement r : rows) {
            assertThat(r.findElement(By.cssSelector("td.date")).getText()).startsWith(r.getAttribute("data-date"));
        }
        WebElement disputed = rows.stream()
                .filter(r -> !r.findElements(By.cssSelector(".conflict")).isEmpty())
                .filter(r -> r.getText().contains("date"))
                .findFirst().orElseThrow(() -> new AssertionError("no timeline row shows a date conflict"));
        assertThat(disputed.findElement(By.cssSelector(".conflict")).isDisplayed()).isTrue();
        assertThat(disputed.findElement(By.cssSelector(".conflict")).getText()).isEqualTo("⚠");
        assertThat(disputed.getAttribute("data-date")).isEqualTo("2024-06-20");
        String disputedId = disputed.getAttribute("data-event-id");
        // both charts drew: ECharts renders into a canvas of the container's size
        for (String chart : List.of("#timeline-chart canvas", "#months-chart canvas")) {
            WebElement canvas = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(chart)));
            assertThat(canvas.getSize().getWidth()).isGreaterThan(600);
        }
        Path png = HeadlessChromium.screenshot(browser, "timeline");
        assertNotBlank(png);

        // another pair from the "most active pairs" links: the page shows that pair's events instead
        browser.executeScript("window.scrollTo(0, 0)");   // the folds opened above scrolled the page
        WebElement other = browser.findElements(By.cssSelector(".controls a")).get(1);
        String pair = other.getText().replaceAll("\\s*\\(\\d+\\)$", "");
        other.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), pair.replace("–", " – ")));
        List<WebElement> otherRows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#timeline-list tbody tr"), 0));
        assertDateOrder(otherRows.stream().map(r -> r.getAttribute("data-date")).toList());
        assertThat(otherRows.stream().map(r -> r.getAttribute("data-event-id")).toList()).doesNotContain(disputedId);
    }

    @Test
    void storyShowsWhoSaidWhichDateAndHighlightsTheEvidenceSentence() throws Exception {
        open("#/");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='stories']//tr[.//span[contains(@class,'conflict')]]")));
        row.findElement(By.tagName("a")).click();
        WebElement dateConflict = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#disagreements li.disagreement[data-field='date']")));
        String said = dateConflict.getText();
        assertThat(said).contains("2024-06-20").contains("2024-06-21");
        // who said what: the outlet that dated it by its own UTC+7 clock stands beside June 21
        assertThat(said.substring(said.indexOf("2024-06-21"))).containsIgnoringCase("mekong");
        String eventId = dateConflict.findElement(By.xpath("ancestor::li[@data-event-id][1]")).getAttribute("data-event-id");

        JsonNode event = site.api("/api/events/" + eventId);
        List<String> sentences = new ArrayList<>();
        event.get("mentions").forEach(m -> sentences.add(m.get("sentence").asText()));
        // each side of the disagreement in its outlet's own words
        List<WebElement> saidSentences = dateConflict.findElements(By.cssSelector("li.said-sentence"));
        assertThat(saidSentences.stream().map(s -> s.getAttribute("data-value")).distinct().toList())
                .contains("2024-06-20", "2024-06-21");
        for (WebElement s : saidSentences) {
            assertThat(sentences).as(s.getText()).anyMatch(x -> s.getText().contains(x));
        }
        List<WebElement> marks = browser.findElements(By.cssSelector("#columns mark[data-event-ids~='" + eventId + "']"));
        assertThat(marks).as("highlights of " + eventId).isNotEmpty();
        for (WebElement mark : marks) {
            assertThat(sentences).contains(mark.getAttribute("textContent"));
        }
        assertThat(browser.findElements(By.cssSelector("#columns article.column"))).hasSizeGreaterThanOrEqualTo(3);
        assertNotBlank(HeadlessChromium.screenshot(browser, "story"));

        browser.findElement(By.cssSelector("#disagreements a[href$='" + eventId + "']")).click();
        WebElement conflicts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-conflicts")));
        assertThat(conflicts.getText()).contains("date").contains("2024-06-21");
        assertThat(browser.findElements(By.cssSelector("#event-sources > li"))).hasSize(event.get("mentions").size());
        assertThat(browser.findElement(By.id("event-fields")).getText()).contains("Date").contains("Place").contains("Source");
        assertNotBlank(HeadlessChromium.screenshot(browser, "event"));
    }

    @Test
    void slashFocusesSearchAndAnOutletFacetNarrowsTheResults() throws IOException {
        open("#/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stories")));
        new Actions(browser).sendKeys("/").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        browser.switchTo().activeElement().sendKeys("minerals", Keys.ENTER);
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-summary")));
        int before = count(summary.getText());
        assertThat(before).isGreaterThan(1);
        assertThat(browser.findElements(By.cssSelector("#hits > li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#hits mark"))).isNotEmpty();

        WebElement facet = browser.findElements(By.cssSelector("#facets .facet[data-dim='outlet'] a")).stream()
                .filter(a -> count(a.getText()) < before)
                .findFirst().orElseThrow(() -> new AssertionError("no outlet facet narrower than all results"));
        int expected = count(facet.getText());
        String outlet = facet.getAttribute("data-value");
        facet.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-summary"), "outlet " + outlet));
        int after = count(browser.findElement(By.id("search-summary")).getText());
        assertThat(after).isEqualTo(expected).isLessThan(before);
        assertThat(browser.findElements(By.cssSelector("#hits > li"))).hasSize(Math.min(after, 20));
        assertNotBlank(HeadlessChromium.screenshot(browser, "search"));
    }

    @Test
    void commitmentsTableShowsThePledgeInDollars() throws IOException {
        open("#/commitments");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commitments tbody tr")));
        assertThat(table).isNotNull();
        List<String> amounts = browser.findElements(By.cssSelector("#commitments td.amount")).stream()
                .map(WebElement::getText).toList();
        assertThat(amounts).contains("$120,000,000");
        assertThat(browser.findElement(By.id("commitments")).getText()).contains("United States");
        assertNotBlank(HeadlessChromium.screenshot(browser, "commitments"));
    }

    @Test
    void keyboardAloneOpensAStoryAndTheBackButtonReturns() {
        open("#/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stories tbody a")));
        WebElement first = browser.findElement(By.cssSelector("#stories tbody a"));
        // Tab from the skip link until the first story link has the focus, as a keyboard user would
        browser.executeScript("document.activeElement && document.activeElement.blur()");
        for (int i = 0; i < 30 && !first.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(first);
        String outline = first.getCssValue("outline-style");
        assertThat(outline).as("visible focus").isNotEqualTo("none");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("#/story/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("columns")));
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stories")));
        assertThat(browser.getCurrentUrl()).doesNotContain("#/story/");
    }

    @Test
    void everyViewLoadsOnlyFromThisServerWithoutScriptErrors() {
        List<String> routes = List.of("#/", "#/timeline", "#/search?q=Blinken", "#/commitments", "#/story/"
                + site.api("/api/stories?limit=1").get("items").get(0).get("id").asText());
        for (String route : routes) {
            open(route);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            wait.until(d -> ((ChromeDriver) d).executeScript("return document.getElementById('main').hasAttribute('aria-busy')")
                    .equals(Boolean.FALSE));
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(loaded).as("resources of " + route).isNotEmpty().allMatch(u -> u.startsWith(site.url()));
            assertThat(browser.findElements(By.cssSelector("main .error"))).as("error shown on " + route).isEmpty();
        }
        open("api/docs/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText()).contains("/api/timeline");
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).as("console errors").isEmpty();

        // an unknown id: the page says what the API said instead of going blank
        open("#/event/ev-0000000000000000");
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main [role='alert']")));
        assertThat(alert.getText()).contains("no event ev-0000000000000000");
    }

    /** Dated rows in ISO order (a month sorts before its days), the undated ones (empty) last. */
    private static void assertDateOrder(List<String> dates) {
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        assertThat(dated).as("dated rows").isNotEmpty().isSorted();
        assertThat(dates.subList(0, dated.size())).as("undated rows come last").isEqualTo(dated);
    }

    /** The first whole number in a text ("16 result(s)", "capital-wire 5" → last number for facets). */
    private static int count(String text) {
        Matcher m = Pattern.compile("(\\d+)\\s*$").matcher(text.strip());
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher first = Pattern.compile("(\\d+)").matcher(text);
        if (!first.find()) {
            throw new AssertionError("no number in: " + text);
        }
        return Integer.parseInt(first.group(1));
    }

    /** A screenshot of a broken page is one colour: this one must have many. */
    private static void assertNotBlank(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1366);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(20);
    }
}
