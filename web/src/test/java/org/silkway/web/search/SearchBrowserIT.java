package org.silkway.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.OnSilkway;

/**
 * Search in Chromium: a reader asks the briefs page about the Kashgar line and follows a hit to the
 * brief that covers it; an editor types into the header's box on another page and lands on the
 * entry.
 */
@OnSilkway
class SearchBrowserIT {

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver browser;

  SearchBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void openBrowser() {
    browser = browsers.open();
  }

  @Test
  void a_reader_finds_the_kashgar_line_and_goes_to_the_brief_of_a_country_it_crosses() {
    browser.get(base.toExternalForm() + "briefs");
    WebElement box = browser.findElement(By.id("search-q"));
    box.sendKeys("Kashgar", Keys.ENTER);

    String summary = browser.findElement(By.id("search-summary")).getText();
    Browser.screenshot(browser, "search-briefs-kashgar");
    assertTrue(summary.contains("for “Kashgar”"), summary);
    WebElement hit = browser.findElement(By.cssSelector("#search-results tr.sw-hit"));
    assertTrue(hit.getText().contains("China–Kyrgyzstan–Uzbekistan railway"), hit.getText());
    assertTrue(hit.getText().contains("Fact"), hit.getText());

    hit.findElement(By.linkText("Kyrgyzstan")).click();
    assertTrue(browser.getCurrentUrl().endsWith("#brief-country-KG"), browser.getCurrentUrl());
    WebElement row = browser.findElement(By.id("brief-country-KG"));
    assertEquals(3, row.findElements(By.cssSelector("a[type='application/pdf']")).size());
  }

  @Test
  void an_editor_searches_from_the_header_of_any_page_and_opens_the_entry() {
    Browser.signIn(browser, base, Accounts.editor(base));
    browser.get(base.toExternalForm() + "admin/sources.xhtml");
    browser.findElement(By.id("header-search")).sendKeys("中吉乌", Keys.ENTER);

    Browser.screenshot(browser, "search-admin-railway");
    String summary = browser.findElement(By.id("search-summary")).getText();
    assertTrue(summary.contains("for “中吉乌”"), summary);
    WebElement railway =
        browser.findElements(By.cssSelector("#search-hits tr.sw-hit")).stream()
            .filter(row -> row.getText().contains("中吉乌铁路"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(browser.getPageSource()));
    assertTrue(railway.getText().contains("Published"), railway.getText());
    railway.findElement(By.partialLinkText("China–Kyrgyzstan–Uzbekistan railway")).click();
    assertTrue(
        browser.getCurrentUrl().contains("admin/entry.xhtml?key=project%2Fcku-railway"),
        browser.getCurrentUrl());
  }
}
