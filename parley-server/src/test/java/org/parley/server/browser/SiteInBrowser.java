package org.parley.server.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test class shares: the site its subclass starts ({@link #startSite}) and headless
 * Chromium, both once per class and closed after it; {@link #open} loads a page afresh. Skips the
 * class when Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SiteInBrowser {
    @TempDir
    static Path dir;
    DemoSite site;
    ChromeDriver browser;
    WebDriverWait wait;

    /** The site the tests look at, its store under {@code dir}. */
    abstract DemoSite startSite(Path dir) throws IOException;

    @BeforeAll
    void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        site = startSite(dir);
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /** Loads the page afresh at a hash route (a hash change alone would not reload it). */
    void open(String route) {
        browser.get("about:blank");
        browser.get(site.url() + route);
    }
}
