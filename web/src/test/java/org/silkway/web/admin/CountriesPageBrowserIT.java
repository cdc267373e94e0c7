package org.silkway.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.OnSilkway;

/** An editor opens Silkway in Chromium and finds the countries of the framework. */
@OnSilkway
class CountriesPageBrowserIT {

  private final URL base;

  CountriesPageBrowserIT(URL base) {
    this.base = base;
  }

  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.open();
    Browser.signIn(browser, base, Accounts.editor(base));
  }

  @Test
  void from_the_home_page_an_editor_reaches_the_countries_with_their_names_and_briefs() {
    browser.get(base.toExternalForm());
    Browser.screenshot(browser, "home");
    browser.findElement(By.linkText("Countries of the framework")).click();

    List<WebElement> rows = browser.findElements(By.cssSelector("[id$='countries_data'] > tr"));
    Browser.screenshot(browser, "admin-countries");
    assertEquals(12, rows.size(), browser.getPageSource());
    String table = browser.findElement(By.cssSelector("[id$='countries']")).getText();
    for (String name :
        List.of("China", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")) {
      assertTrue(table.contains(name), table);
    }
    assertTrue(table.contains("Казахстан") && table.contains("哈萨克斯坦"), table);
    assertTrue(
        browser
                .findElements(By.cssSelector("a[href*='api/briefs/countries/KZ.pdf?lang=zh']"))
                .size()
            == 1,
        "no Chinese brief link for Kazakhstan");
  }

  @Test
  void an_editor_sees_where_sources_disagree_about_the_railway_and_the_evidence_for_each_claim() {
    browser.get(base.toExternalForm() + "admin/entries.xhtml?type=project");
    browser.findElement(By.linkText("China–Kyrgyzstan–Uzbekistan railway")).click();

    String disagreements = browser.findElement(By.id("disagreements")).getText();
    String lifecycle = browser.findElement(By.id("lifecycle")).getText();
    String claims = browser.findElement(By.cssSelector("[id$='claims']")).getText();
    Browser.screenshot(browser, "admin-entry-cku-railway");

    assertTrue(
        disagreements.contains("Cost")
            && disagreements.contains("cku-railway-cost-002")
            && disagreements.contains("cku-railway-cost-003"),
        disagreements);
    assertTrue(lifecycle.contains("Conflict"), lifecycle);
    assertTrue(
        claims.contains("began in December of last year"), "the excerpt of 003 is not shown");
    assertTrue(claims.contains("as stated"), claims);
  }
}
