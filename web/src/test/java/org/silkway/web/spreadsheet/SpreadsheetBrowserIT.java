package org.silkway.web.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SheetLayout;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * A desk's list of projects in Chromium, from upload to the briefs: the check shows its progress
 * and names the bad row; the fixed file checks out and is imported from the check; the rows are
 * drafts on the desk; an editor submits one, a reviewer approves it, and a reader finds it by
 * search on the briefs page.
 */
@OnSilkway
class SpreadsheetBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver editor;
  private WebDriver reviewer;

  SpreadsheetBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void openBrowsers() {
    editor = browsers.open();
    reviewer = browsers.open();
  }

  @Test
  void an_editor_fixes_a_row_imports_the_list_and_a_reader_finds_a_project_once_reviewed()
      throws IOException {
    String suffix = String.valueOf(System.nanoTime() % 1_000_000);
    String port = "Zhezkazgan rail yard " + suffix;
    String depot = "Balkhash fuel depot " + suffix;
    Browser.signIn(editor, base, Accounts.editor(base));
    editor.get(base.toExternalForm() + "admin/imports.xhtml");

    // A long list first: the page follows the check's progress while it runs.
    List<Map<String, String>> longList = new java.util.ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      longList.add(project("Karaganda siding " + suffix + " no. " + i, String.valueOf(i)));
    }
    upload(workbook(longList), "Check");
    // The poll replaces the element each second: ask for its text, not for a reference to it.
    assertTrue(
        Browser.waiting(editor, WAIT)
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("rows-done"), "of 2000 rows checked")));
    Browser.screenshot(editor, "import-0-progress");
    String longCheck = waitFor(editor, By.id("job-result")).getText();
    assertTrue(longCheck.contains("would create 2000 draft entries"), longCheck);

    upload(workbook(List.of(project(port, "75"), project(depot, "forty"))), "Check");
    String problems = waitFor(editor, By.id("job-problems")).getText();
    Browser.screenshot(editor, "import-1-problems");
    assertTrue(problems.contains("project 3 cost 'forty' is not a number"), problems);
    assertTrue(
        editor.findElement(By.id("job-problems-summary")).getText().contains("nothing was stored"));

    upload(workbook(List.of(project(port, "75"), project(depot, "40"))), "Check");
    String checked = waitFor(editor, By.id("job-result")).getText();
    assertTrue(checked.contains("importing it would create 2 draft entries"), checked);
    Browser.clickThrough(editor, By.id("job-form:import-checked"));
    String imported = waitFor(editor, By.id("job-result")).getText();
    Browser.screenshot(editor, "import-2-imported");
    assertTrue(imported.contains("Imported: created 2 draft entries"), imported);

    editor.get(base.toExternalForm() + "admin/index.xhtml");
    String desk = waitFor(editor, By.id("imports")).getText();
    assertTrue(desk.contains("created 2"), desk);

    editor.get(base.toExternalForm() + "admin/imports.xhtml");
    editor.findElement(By.cssSelector(".sw-import-jobs a")).click();
    WebElement entry = waitFor(editor, By.linkText("project/zhezkazgan-rail-yard-" + suffix));
    Browser.clickThrough(editor, By.linkText(entry.getText()));
    Browser.clickThrough(editor, By.id("review-form:submit"));

    Browser.signIn(reviewer, base, Accounts.reviewer(base));
    reviewer.get(
        base.toExternalForm() + "admin/entry.xhtml?key=project/zhezkazgan-rail-yard-" + suffix);
    Browser.clickThrough(reviewer, By.id("review-form:approve"));
    assertTrue(waitFor(reviewer, By.id("messages")).getText().contains("Approved and published"));

    String found = Answer.text(Http.get(base, "briefs?q=zhezkazgan+rail+yard+" + suffix));
    assertTrue(found.contains(port), "a reader finds the approved project");
    String notYet = Answer.text(Http.get(base, "briefs?q=balkhash+fuel+depot+" + suffix));
    assertFalse(notYet.contains(depot), "but not the draft");
  }

  private void upload(Path file, String button) {
    WebElement input = editor.findElement(By.cssSelector("#upload input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    Browser.clickThrough(
        editor, By.xpath("//form[@id='upload']//button[.//span[text()='" + button + "']]"));
    assertTrue(editor.getCurrentUrl().contains("imports.xhtml?job="), editor.getCurrentUrl());
  }

  private static Map<String, String> project(String name, String cost) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("name_en", name);
    row.put("country", "country/KZ");
    row.put("sector", "sector/transport");
    row.put("cost", cost);
    row.put("cost_unit", "USD_MILLION");
    row.put("stage", "PREPARATION");
    row.put("applies_to", "2025-06");
    row.put("source", "seed-002");
    row.put("excerpt", "new rail and fuel works in central Kazakhstan");
    return row;
  }

  private static Path workbook(List<Map<String, String>> rows) throws IOException {
    Path file = Files.createTempFile("desk-list-", ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      SpreadsheetWriter.xlsx(
          List.of(new SpreadsheetWriter.SheetData(SheetLayout.of(EntryType.PROJECT), rows)), out);
    }
    file.toFile().deleteOnExit();
    return file;
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return Browser.waiting(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
