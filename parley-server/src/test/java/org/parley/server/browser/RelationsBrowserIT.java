package org.parley.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Relationship view over the five seeds in headless Chromium (issue 15's done-when as a person
 * sees it): US–Vietnam a Comprehensive Strategic Partnership since September 2023 after a
 * Comprehensive Partnership of 2013, the Foreign Ministers' Dialogue's first edition linked to the
 * Washington meeting, the "30th of normalization (2024)" claim beside the 1995 side with both
 * sentences, the cooperation series whose counts name their events, and the events per year.
 * Skips without Chromium or ../shared.
 */
class RelationsBrowserIT extends SiteInBrowser {
    private static final String ROUTE = "#/relations?between=USA,VNM&asOf=2024-04-01";

    @Override
    DemoSite startSite(Path dir) throws IOException {
        return DemoSite.seeds(dir);
    }

    @Test
    void showsTheCurrentLevelItsHistoryAndTheDialoguesFirstEditionLinkedToItsEvent() throws IOException {
        open(ROUTE);
        WebElement current = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-level")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Relationship USA – VNM");
        assertThat(current.getText()).startsWith("Comprehensive Strategic Partnership since 2023-09-10");
        List<String> levels = browser.findElements(By.cssSelector("#levels tbody tr")).stream()
                .map(r -> r.getAttribute("data-level")).toList();
        assertThat(levels).containsExactly("Comprehensive Partnership", "Comprehensive Strategic Partnership");
        assertThat(browser.findElement(By.cssSelector("#levels tbody tr:first-child td")).getText()).startsWith("2013");
        JsonNode card = site.api("/api/relations?between=USA,VNM&asOf=2024-04-01");
        String visit = card.get("current").get("event").asText();
        assertThat(browser.findElement(By.cssSelector("#levels tbody tr:last-child a")).getAttribute("href"))
                .endsWith("#/event/" + visit);

        WebElement dialogue = browser.findElement(By.cssSelector("#mechanisms .mechanism[data-key='foreign-ministers-dialogue']"));
        assertThat(dialogue.findElement(By.tagName("h3")).getText()).contains("Foreign Ministers' Dialogue")
                .contains("annual").contains("next expected 2025-03");
        WebElement first = dialogue.findElement(By.cssSelector("tr.edition[data-ordinal='1']"));
        assertThat(first.getText()).contains("#1").contains("2024-03-2").contains("Washington");
        String meeting = card.get("mechanisms").get(0).get("editions").get(0).get("event").asText();
        first.findElement(By.linkText("event")).click();
        wait.until(ExpectedConditions.urlContains("#/event/" + meeting));
        WebElement fields = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-fields")));
        assertThat(fields.getText()).contains("CONSULT");
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-level")));
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("1994-02-03").contains("1995-07-11");
        HeadlessChromium.screenshot(browser, "relations");
    }

    @Test
    void thePlansShowBidensInvitationHeldAsHisVisitAndThePartyChiefsStillInvited() throws IOException {
        open(ROUTE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plans tbody tr")));
        JsonNode card = site.api("/api/relations?between=USA,VNM&asOf=2024-04-01");
        String visit = card.get("current").get("event").asText();
        WebElement held = browser.findElement(By.cssSelector("#plans tr[data-status='held']"));
        assertThat(held.getText()).contains("Joe Biden (USA) to visit").contains("2023-09").contains("Hanoi");
        assertThat(held.findElement(By.linkText("event")).getAttribute("href")).endsWith("#/event/" + visit);
        WebElement invited = browser.findElement(By.cssSelector("#plans tr[data-status='invited']"));
        assertThat(invited.getText()).contains("(VNM) to visit").contains("not yet");
    }

    @Test
    void theAnniversaryConflictShowsBothSidesWithTheirSentences() {
        open(ROUTE);
        WebElement conflict = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@id='claim-conflicts']/div[contains(@class,'claim-conflict')][h3[contains(.,'Relations normalized')]]")));
        List<WebElement> sides = conflict.findElements(By.cssSelector(".side"));
        assertThat(sides).extracting(s -> s.getAttribute("data-value")).containsExactly("1994", "1995");
        // side by side: the two columns share a row
        assertThat(sides.get(0).getLocation().getY()).isEqualTo(sides.get(1).getLocation().getY());
        assertThat(sides.get(1).getLocation().getX()).isGreaterThan(sides.get(0).getLocation().getX());
        assertThat(sides.get(0).findElement(By.tagName("q")).getText()).contains("the 30th of normalization of relations (2024)");
        assertThat(sides.get(1).getText()).contains("reference table");
    }

    @Test
    void theCooperationSeriesAndEventsPerYearMatchTheCard() {
        open(ROUTE);
        JsonNode card = site.api("/api/relations?between=USA,VNM&asOf=2024-04-01");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cooperation-years")));
        JsonNode years = card.get("cooperation").get("years");
        List<WebElement> rows = browser.findElements(By.cssSelector("#cooperation-years tbody tr"));
        assertThat(rows).hasSize(years.size()).isNotEmpty();
        for (int i = 0; i < years.size(); i++) {
            JsonNode year = years.get(i);
            WebElement row = rows.get(i);
            assertThat(row.getAttribute("data-period")).isEqualTo(year.get("period").asText());
            WebElement coop = row.findElement(By.cssSelector("td.verbal_cooperation"));
            assertThat(coop.getText()).isEqualTo(year.get("verbal_cooperation").get("count").asText());
            List<String> ids = new ArrayList<>();
            year.get("verbal_cooperation").get("events").forEach(id -> ids.add(id.asText()));
            String shown = coop.getAttribute("data-events");
            assertThat(shown.isEmpty() ? List.of() : Arrays.asList(shown.split(" "))).isEqualTo(ids);
            assertThat(row.findElement(By.cssSelector("td.net")).getText())
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", year.get("net_cooperation").asDouble()));
        }
        JsonNode charted = card.get("cooperation").get("quarters").size() > 0 ? card.get("cooperation").get("quarters") : years;
        assertThat(browser.findElements(By.cssSelector("#cooperation-chart rect.bar"))).hasSize(charted.size());
        List<String> perYear = browser.findElements(By.cssSelector("#events-per-year tbody tr")).stream()
                .map(r -> r.getAttribute("data-year")).toList();
        assertThat(perYear).isNotEmpty().isSorted().contains("2024");
        assertThat(browser.findElement(By.cssSelector("#events-per-year tr[data-year='2024']")).getText()).contains("CONSULT");
    }

    @Test
    void thePickerOpensAnotherPairWithoutScriptErrors() {
        open("#/relations");
        WebElement select = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("between")));
        assertThat(new Select(select).getFirstSelectedOption().getText()).startsWith("USA–VNM");
        new Select(select).selectByValue("JPN,VNM"); // a pair the reference table knows
        browser.findElement(By.cssSelector("#relation-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "JPN – VNM"));
        assertThat(browser.findElement(By.id("current-level")).getText()).contains("Partnership");
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).as("console errors").isEmpty();
        assertThat(browser.findElements(By.cssSelector("main .error"))).isEmpty();
    }

}
