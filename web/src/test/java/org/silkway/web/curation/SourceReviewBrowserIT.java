package org.silkway.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.Pdfs;

/**
 * A source that briefs cite goes through review, in Chromium: an editor corrects it and is told the
 * change waits; the brief keeps the approved source; a reviewer finds it on the desk, sees the
 * approved version beside the change and approves it; then the brief prints it. Screenshots in
 * {@code target/screenshots}.
 */
@OnSilkway
class SourceReviewBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String SOURCE = "seed-003";
  private static final String OUTLET = "Silkway review desk";

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver editor;
  private WebDriver reviewer;

  SourceReviewBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void openBrowsers() {
    editor = browsers.open();
    reviewer = browsers.open();
  }

  @Test
  void a_correction_of_a_cited_source_reaches_the_brief_only_once_a_reviewer_approves_it()
      throws IOException {
    Browser.signIn(editor, base, Accounts.editor(base));
    editor.get(url("admin/source.xhtml?key=" + SOURCE));
    WebElement outlet = waitFor(editor, By.id("source-form:outlet"));
    outlet.clear();
    outlet.sendKeys(OUTLET);
    Browser.clickThrough(editor, By.id("source-form:save"));

    assertTrue(
        text(editor, "messages").contains("waits for a reviewer"),
        "the editor is not told that the change waits");
    assertTrue(text(editor, "source-change").contains("A change waits for review"));
    assertEquals(OUTLET, waitFor(editor, By.id("source-form:outlet")).getAttribute("value"));
    Browser.screenshot(editor, "source-review-1-waiting");
    assertFalse(frameworkBrief().contains(OUTLET), "an unreviewed source change reached a brief");

    Browser.signIn(reviewer, base, Accounts.reviewer(base));
    reviewer.get(url("admin/index.xhtml"));
    assertTrue(
        waitFor(reviewer, By.id("sources-waiting")).getText().contains("Russia"),
        "the desk does not list the source waiting for review");
    Browser.screenshot(reviewer, "source-review-2-desk");
    Browser.clickThrough(reviewer, By.cssSelector("#sources-waiting a"));
    assertTrue(text(reviewer, "source-change").contains("Approved, what readers see"));
    Browser.screenshot(reviewer, "source-review-3-side-by-side");
    Browser.clickThrough(reviewer, By.id("source-review:approve-change"));

    assertTrue(text(reviewer, "messages").contains("Approved"));
    assertTrue(reviewer.findElements(By.id("source-change")).isEmpty(), "the change still waits");
    assertTrue(frameworkBrief().contains(OUTLET), "the approved source is not in the brief");
  }

  private String frameworkBrief() throws IOException {
    var response = Http.get(base, "api/briefs/framework.pdf?lang=en");
    assertEquals(200, response.statusCode());
    return Pdfs.text(response.body());
  }

  private static String text(WebDriver browser, String id) {
    return waitFor(browser, By.id(id)).getText();
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return Browser.waiting(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String url(String path) {
    return Http.resolve(base, path).toString();
  }
}
