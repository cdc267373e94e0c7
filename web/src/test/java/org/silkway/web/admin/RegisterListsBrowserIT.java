package org.silkway.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * An editor works through the register's lists in Chromium: filters narrow the list and survive a
 * visit to an entry and back; sorting and the row count follow; the source form refuses a wrong
 * field at the field and keeps what was typed.
 */
@OnSilkway
class RegisterListsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PIPELINES = "China–Kazakhstan oil and gas pipelines";
  private static final String RAILWAY = "China–Kyrgyzstan–Uzbekistan railway";

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver browser;

  RegisterListsBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void signIn() {
    browser = browsers.open();
    Browser.signIn(browser, base, Accounts.editor(base));
    Browser.waiting(browser, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
  }

  @Test
  void a_filter_narrows_the_list_and_survives_going_to_an_entry_and_back() {
    browser.get(url("admin/entries.xhtml?type=project&clear=true"));
    int all = rowCount();
    assertTrue(table().contains(RAILWAY), table());

    new Select(browser.findElement(By.id("country"))).selectByValue("country/KZ");
    browser.findElement(By.id("apply-filters")).click();
    waitFor(By.id("row-count"));
    Browser.screenshot(browser, "lists-1-projects-in-kazakhstan");
    assertTrue(table().contains(PIPELINES), table());
    assertFalse(table().contains(RAILWAY), table());
    int filtered = rowCount();
    assertTrue(filtered < all, filtered + " of " + all);

    browser.findElement(By.linkText(PIPELINES)).click();
    waitFor(By.id("entry-name"));
    browser.navigate().back();
    waitFor(By.id("row-count"));
    assertEquals("country/KZ", selected("country"));
    assertEquals(filtered, rowCount());

    browser.get(url("admin/entries.xhtml?type=project"));
    waitFor(By.id("row-count"));
    assertEquals("country/KZ", selected("country"), "the list remembers its filter");
    assertEquals(filtered, rowCount());

    browser.get(url("admin/entries.xhtml?type=project&stage=UNDER_CONSTRUCTION&name=railway"));
    assertEquals(1, rowCount(), table());
    assertTrue(table().contains(RAILWAY), table());
  }

  @Test
  void sorting_by_name_turns_the_list_round() {
    browser.get(url("admin/entries.xhtml?type=project&clear=true"));
    String first = firstName();
    By nameHeader = By.cssSelector("th.ui-sortable-column");
    // The list starts in name order; the table's first click asks for that again, the second
    // for the reverse. Each click is an ajax request: wait for the table to say it is sorted.
    sortBy(nameHeader, "ascending");
    assertEquals(first, firstName());
    sortBy(nameHeader, "descending");
    Browser.waiting(browser, WAIT).until(d -> !firstName().equals(first));
    Browser.screenshot(browser, "lists-3-by-name-descending");
    sortBy(nameHeader, "ascending");
    Browser.waiting(browser, WAIT).until(d -> firstName().equals(first));
  }

  private void sortBy(By header, String order) {
    browser.findElement(header).click();
    Browser.waiting(browser, WAIT)
        .until(d -> order.equals(d.findElement(header).getAttribute("aria-sort")));
  }

  @Test
  void the_source_form_refuses_a_wrong_field_and_keeps_what_was_typed() {
    browser.get(url("admin/source.xhtml"));
    browser.findElement(By.id("source-form:title")).sendKeys("Astana Times, summit issue");
    WebElement language = browser.findElement(By.id("source-form:language"));
    language.clear();
    language.sendKeys("english-and-russian");
    browser.findElement(By.id("source-form:retrieved")).sendKeys("20th June");
    browser.findElement(By.id("source-form:save")).click();
    waitFor(By.id("source-form:title"));
    Browser.screenshot(browser, "lists-2-source-form-refused");

    String page = browser.findElement(By.id("source-form")).getText();
    assertTrue(page.contains("at most 10"), page);
    assertEquals(
        "Astana Times, summit issue",
        browser.findElement(By.id("source-form:title")).getAttribute("value"));
    assertEquals(
        "english-and-russian",
        browser.findElement(By.id("source-form:language")).getAttribute("value"));
  }

  private int rowCount() {
    String text = waitFor(By.id("row-count")).getText();
    return Integer.parseInt(text.replaceAll("\\D", ""));
  }

  private String firstName() {
    return browser
        .findElement(By.cssSelector("[id$='entries_data'] > tr:first-child td:first-child"))
        .getText();
  }

  private String table() {
    return browser.findElement(By.cssSelector("[id$='entries_data']")).getText();
  }

  private String selected(String id) {
    return new Select(browser.findElement(By.id(id)))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  private WebElement waitFor(By by) {
    return Browser.waiting(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String url(String path) {
    return Http.resolve(base, path).toString();
  }
}
