package org.silkway.web.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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

/**
 * A translator's path in Chromium: the desk's count of texts to translate into Chinese, that
 * language's queue, the form with the original beside the translation, and the translation saved
 * and shown on the entry page as proposed, waiting for review. Screenshots in {@code
 * target/screenshots}. Review and the brief are {@link TranslationIT}'s.
 */
@OnSilkway
class TranslationBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ENTRY = "actor/cui-zheng";
  private static final String CLAIM = "cui-zheng-position-000";
  private static final String CHINESE = "辽宁大学学者（教授）";

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();

  TranslationBrowserIT(URL base) {
    this.base = base;
  }

  @Test
  void a_translator_finds_a_text_in_the_queue_and_proposes_its_translation() {
    WebDriver editor = browsers.open();
    Browser.signIn(editor, base, Accounts.secondEditor(base));
    editor.get(url("admin/index.xhtml"));
    WebElement chinese = waitFor(editor, By.cssSelector("#to-translate a.sw-translations-zh"));
    assertTrue(chinese.getText().contains("into Chinese"), chinese.getText());
    Browser.screenshot(editor, "translation-1-desk");
    Browser.clickThrough(editor, By.cssSelector("#to-translate a.sw-translations-zh"));
    assertTrue(
        waitFor(editor, By.tagName("h1")).getText().contains("Texts to translate into Chinese"));
    assertTrue(
        !editor.findElements(By.cssSelector("#translations-form a.sw-translate-link")).isEmpty(),
        "the queue offers nothing to translate");
    Browser.screenshot(editor, "translation-2-queue");

    editor.get(url("admin/translate.xhtml?entry=" + ENTRY + "&claim=" + CLAIM + "&lang=zh"));
    assertTrue(waitFor(editor, By.id("original")).getText().contains("Liaoning University"));
    WebElement box = waitFor(editor, By.id("translate-form:translation"));
    box.clear();
    box.sendKeys(CHINESE);
    Browser.screenshot(editor, "translation-3-form");
    Browser.clickThrough(editor, By.id("translate-form:save"));

    assertTrue(
        waitFor(editor, By.id("messages")).getText().contains("Saved the Chinese translation"),
        "the translator is not told it was saved");
    Browser.screenshot(editor, "translation-4-saved");
    editor.get(url("admin/entry.xhtml?key=" + ENTRY));
    WebElement row = waitFor(editor, By.cssSelector(".sw-translation-zh"));
    ((org.openqa.selenium.JavascriptExecutor) editor)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
    String proposed = row.getText();
    assertTrue(proposed.contains("proposed") && proposed.contains(CHINESE), proposed);
    Browser.screenshot(editor, "translation-5-entry");
    String brief = frameworkBriefInChinese();
    assertTrue(brief.contains("LiaoningUniversity"), "the brief does not print the original");
    assertEquals(-1, brief.indexOf(CHINESE), "a translation nobody reviewed reached a brief");
  }

  private String frameworkBriefInChinese() {
    var response = Http.get(base, "api/briefs/framework.pdf?lang=zh");
    assertEquals(200, response.statusCode());
    // Without any white space: a Chinese line may end between any two characters.
    return org.silkway.web.support.Pdfs.text(response.body()).replaceAll("\\s", "");
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return Browser.waiting(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String url(String path) {
    return Http.resolve(base, path).toString();
  }
}
