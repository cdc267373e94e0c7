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
import org.openqa.selenium.support.ui.Select;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.Pdfs;

/**
 * The editors' desk in Chromium, as a person uses it: an editor creates a project in Kazakhstan
 * with two cited claims and submits it; a reviewer sends it back with a comment; the editor fixes
 * it; the reviewer publishes it and it appears in the Kazakhstan brief; a later change stays out of
 * the brief until approved; two editors save the same entry and the second keeps their input;
 * markup typed into a name is shown as text. Screenshots in {@code target/screenshots}.
 */
@OnSilkway
class CurationBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PROJECT = "Aral green hydrogen plant";

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver editor;
  private WebDriver reviewer;

  CurationBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void openBrowsers() {
    editor = browsers.open();
    reviewer = browsers.open();
  }

  @Test
  void a_project_goes_from_an_editors_draft_through_review_into_the_kazakhstan_brief()
      throws IOException {
    signIn(editor, Accounts.editor(base));
    String editions = Answer.text(Http.get(base, "api/briefs"));
    String etag = kazakhstanEtag();
    String key = createProject(editor, PROJECT);

    addClaimAboutCountry(editor, "Kazakh", "Kazakhstan [country/KZ]");
    addCostClaim(editor, "1.2");
    assertEquals(editions, Answer.text(Http.get(base, "api/briefs")), "a draft moved the editions");
    assertEquals(etag, kazakhstanEtag(), "a draft gave the Kazakhstan brief a new ETag");
    Browser.screenshot(editor, "curation-1-draft-with-two-claims");
    assertTrue(
        editor.findElements(By.id("review-form:approve")).isEmpty(), "an editor cannot approve");
    click(editor, "review-form:submit");
    assertEquals("in review", text(editor, "entry-stage"));

    signIn(reviewer, Accounts.reviewer(base));
    reviewer.get(url("admin/queue.xhtml?of=review"));
    waitFor(reviewer, By.linkText(PROJECT));
    Browser.screenshot(reviewer, "curation-2-waiting-for-review");
    reviewer.findElement(By.linkText(PROJECT)).click();
    type(reviewer, "review-form:comment", "Cite the ministry's figure as well");
    click(reviewer, "review-form:send-back");
    assertEquals("draft", text(reviewer, "entry-stage"));

    editor.get(url("admin/entry.xhtml?key=" + key));
    assertTrue(text(editor, "review-comment").contains("Cite the ministry"));
    Browser.screenshot(editor, "curation-3-sent-back");
    addCostClaim(editor, "1.3");
    click(editor, "review-form:submit");

    reviewer.get(url("admin/entry.xhtml?key=" + key));
    assertTrue(text(reviewer, "disagreements").contains("1.3"), "two costs disagree, side by side");
    assertTrue(
        reviewer.findElements(By.cssSelector("#disagreements .sw-prefer")).isEmpty(),
        "a draft claim is offered to be preferred before anyone approved it");
    click(reviewer, "review-form:approve");
    assertEquals("published", text(reviewer, "entry-stage"));
    assertFalse(etag.equals(kazakhstanEtag()), "publishing left the Kazakhstan brief's ETag");
    Browser.screenshot(reviewer, "curation-4-published");
    assertTrue(kazakhstanBrief().contains(PROJECT), "the published project is in the brief");
    reviewer.findElement(By.cssSelector("#disagreements .sw-prefer")).click();
    waitFor(reviewer, By.cssSelector("#disagreements .sw-preferred-card"));
    Browser.screenshot(reviewer, "curation-4-preferred");

    editor.get(url("admin/entry.xhtml?key=" + key));
    type(editor, "entry-form:name-en", PROJECT + " (phase 2)");
    click(editor, "entry-form:save-names");
    click(editor, "review-form:submit");
    String brief = kazakhstanBrief();
    assertFalse(brief.contains("(phase 2)"), "a change waiting for review stays out of the brief");
    assertTrue(brief.contains(PROJECT));

    reviewer.get(url("admin/entry.xhtml?key=" + key));
    click(reviewer, "review-form:approve");
    assertTrue(
        kazakhstanBrief().contains(PROJECT + " (phase 2)"), "approved, it reaches the brief");
  }

  @Test
  void the_second_of_two_editors_saving_the_same_entry_is_told_and_keeps_what_they_typed() {
    signIn(editor, Accounts.editor(base));
    String key = createProject(editor, "Caspian ferry terminal");
    signIn(reviewer, Accounts.secondEditor(base));

    editor.get(url("admin/entry.xhtml?key=" + key));
    reviewer.get(url("admin/entry.xhtml?key=" + key));
    assertEquals(
        "",
        waitFor(reviewer, By.id("entry-form:name-zh")).getAttribute("value"),
        "a name not given in Chinese starts empty, not as the English shown in its place");
    type(editor, "entry-form:name-ru", "Паромный терминал");
    click(editor, "entry-form:save-names");
    type(reviewer, "entry-form:name-zh", "里海轮渡码头");
    click(reviewer, "entry-form:save-names");

    String conflict = text(reviewer, "conflict");
    Browser.screenshot(reviewer, "curation-5-conflict");
    assertTrue(conflict.contains(Accounts.editor(base).username()), conflict);
    assertEquals(
        "里海轮渡码头",
        reviewer.findElement(By.id("entry-form:name-zh")).getAttribute("value"),
        "what the second editor typed is still there");

    click(reviewer, "conflict-form:apply-mine");
    assertEquals(
        "Паромный терминал",
        reviewer.findElement(By.id("entry-form:name-ru")).getAttribute("value"));
    assertEquals("里海轮渡码头", reviewer.findElement(By.id("entry-form:name-zh")).getAttribute("value"));
  }

  @Test
  void markup_typed_into_a_name_is_shown_as_text() {
    signIn(editor, Accounts.editor(base));
    String name = "<b>Bold</b> <script>window.pwned=1</script> depot";
    createProject(editor, name);

    assertEquals(name, text(editor, "entry-name"));
    assertEquals(
        Boolean.FALSE,
        ((org.openqa.selenium.JavascriptExecutor) editor)
            .executeScript("return window.pwned === 1"));
    Browser.screenshot(editor, "curation-6-markup-as-text");
  }

  @Test
  void an_editor_corrects_a_published_cost_and_the_reviewer_sees_old_and_new_with_its_sources() {
    signIn(editor, Accounts.editor(base));
    String key = createProject(editor, "Tashkent metro depot", "Uzbek", "Uzbekistan [country/UZ]");
    assertKeepsKey(editor, key);
    assertTrue(
        text(editor, "messages").contains("Created “Tashkent metro depot” as a draft"),
        "no confirmation of the new entry");

    // The country from the new-entry form is a claim to cite: said in words, no submit yet.
    String uncited = text(editor, "uncited");
    assertTrue(uncited.contains("Country: Uzbekistan"), uncited);
    assertFalse(uncited.contains("tashkent-metro-depot-country"), "a claim key: " + uncited);
    assertTrue(
        editor.findElements(By.id("review-form:submit")).isEmpty(),
        "submit offered while a claim has no citation");
    Browser.screenshot(editor, "desk-1-uncited-country");
    Browser.clickThrough(editor, By.cssSelector("#uncited a.sw-cite"));
    cite(editor, "Uzbekistan");
    assertKeepsKey(editor, key);
    addCostClaim(editor, "1.2");
    click(editor, "review-form:submit");
    assertKeepsKey(editor, key);
    assertTrue(text(editor, "messages").contains("Submitted “Tashkent metro depot” for review"));

    signIn(reviewer, Accounts.reviewer(base));
    reviewer.get(url("admin/entry.xhtml?key=" + key));
    click(reviewer, "review-form:approve");
    assertKeepsKey(reviewer, key);
    assertTrue(text(reviewer, "messages").contains("Approved and published"));
    reviewer.navigate().refresh();
    assertKeepsKey(reviewer, key);
    assertEquals("published", text(reviewer, "entry-stage"), "a reload posted the form again");

    // The editor corrects the published cost: the form starts from its citation.
    editor.get(url("admin/entry.xhtml?key=" + key));
    costRow(editor, "1.2 billion US dollars");
    Browser.clickThrough(
        editor,
        By.xpath(
            "//*[@id='claims-form:claims']//tr[contains(., '1.2 billion US dollars')]"
                + "//a[contains(@class, 'sw-correct')]"));
    String source = waitFor(editor, By.id("claim-form:rows:0:source_input")).getAttribute("value");
    assertTrue(source.contains("[seed-"), "the correction lost the claim's source: " + source);
    assertEquals(
        "$1.2 billion",
        editor.findElement(By.id("claim-form:rows:0:excerpt")).getAttribute("value"),
        "the correction lost the claim's excerpt");
    assertTrue(text(editor, "claim-form:property-help").contains("never converted"));
    type(editor, "claim-form:value-amount", "350");
    new Select(editor.findElement(By.id("claim-form:value-scale"))).selectByValue("MILLION");
    new Select(editor.findElement(By.id("claim-form:value-currency"))).selectByValue("CNY");
    Browser.screenshot(editor, "desk-2-correction-prefilled");
    click(editor, "claim-form:save");
    waitFor(editor, By.id("entry-name"));
    assertKeepsKey(editor, key);
    assertTrue(text(editor, "messages").contains("Saved the correction"));
    click(editor, "review-form:submit");
    assertKeepsKey(editor, key);

    reviewer.get(url("admin/entry.xhtml?key=" + key));
    WebElement proposed = costRow(reviewer, "Proposed change");
    assertTrue(
        proposed.getText().contains("Proposed change: 1.2 billion US dollars → 350 million yuan"),
        proposed.getText());
    assertTrue(proposed.getText().contains("[seed-"), "the change shows no source");
    assertTrue(
        reviewer.findElements(By.id("disagreements")).isEmpty()
            || !text(reviewer, "disagreements").contains("350"),
        "a pending correction shown as a disagreement");
    scrollTo(reviewer, proposed);
    Browser.screenshot(reviewer, "desk-3-proposed-change");
    click(reviewer, "review-form:approve");
    assertKeepsKey(reviewer, key);
    String claims = text(reviewer, "claims-form:claims");
    assertTrue(claims.contains("350 million yuan"), claims);
    assertFalse(claims.contains("1.2 billion US dollars"), "the corrected cost is still shown");
    scrollTo(reviewer, costRow350(reviewer));
    Browser.screenshot(reviewer, "desk-4-correction-published");

    // Readers: today's changes for Uzbekistan have the cost as published now, in three languages
    // (the register's history starts today, so all of today is new: ChangesSinceTest shows a
    // correction against an earlier day as before and now), and the feed of changes has the
    // correction as one publication, old → new.
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    for (String[] expected :
        new String[][] {
          {"en", "350 million yuan", "Added."},
          {"ru", "350 млн юаней", "Добавлено."},
          {"zh", "3.5亿元人民币", "已新增。"}
        }) {
      var changes =
          Http.get(
              base, "api/briefs/countries/UZ/changes.pdf?lang=" + expected[0] + "&since=" + today);
      assertEquals(200, changes.statusCode(), Answer.text(changes));
      String pdf = Pdfs.text(changes.body());
      assertTrue(pdf.contains(expected[1]) && pdf.contains(expected[2]), expected[0] + ": " + pdf);
    }
    String feed =
        Answer.text(Http.get(base, "api/changes.atom?subject=countries/UZ&since=" + today));
    assertTrue(
        feed.contains("Tashkent metro depot")
            && feed.contains("1.2 billion US dollars → 350 million yuan"),
        feed);

    // The history says it in words, in each reader's language; the diff shows it side by side.
    Browser.clickThrough(reviewer, By.id("history"));
    String history = text(reviewer, "history");
    assertTrue(
        history.contains("Cost changed: 1.2 billion US dollars → 350 million yuan"), history);
    assertTrue(history.contains("test-editor"), "who changed it: " + history);
    assertTrue(history.contains("published"), history);
    assertFalse(history.contains("T0") || history.contains("Z "), "a raw timestamp: " + history);
    Browser.screenshot(reviewer, "desk-6-history-en");
    reviewer.get(url("admin/history.xhtml?lang=ru&key=" + key));
    assertTrue(text(reviewer, "history").contains("350 млн юаней"));
    Browser.screenshot(reviewer, "desk-6-history-ru");
    reviewer.get(url("admin/history.xhtml?lang=zh&key=" + key));
    assertTrue(text(reviewer, "history").contains("3.5亿元人民币"));
    Browser.screenshot(reviewer, "desk-6-history-zh");
    reviewer.get(url("admin/diff.xhtml?key=" + key));
    String diff = text(reviewer, "diff");
    assertTrue(diff.contains("Cost"), diff);
    assertTrue(diff.contains("350 million yuan"), diff);
    assertTrue(diff.contains("Country"), "the first revision against the last: " + diff);
    Browser.screenshot(reviewer, "desk-7-diff-en");
    reviewer.get(url("admin/diff.xhtml?lang=ru&key=" + key));
    Browser.screenshot(reviewer, "desk-7-diff-ru");
    reviewer.get(url("admin/diff.xhtml?lang=zh&key=" + key));
    Browser.screenshot(reviewer, "desk-7-diff-zh");
    var json = Http.get(base, "api/desk/diff?key=" + key, Accounts.reviewer(base));
    assertEquals(200, json.statusCode());
    String body = Answer.text(json);
    assertTrue(body.contains("\"kind\":\"ADDED\""), body);
    assertTrue(body.contains("350 million yuan"), body);

    // Restoring the old cost is a change like any other: it waits for review.
    editor.get(url("admin/history.xhtml?key=" + key));
    Browser.clickThrough(
        editor,
        By.xpath(
            "//div[contains(@class, 'sw-step')][contains(., 'Cost changed')]"
                + "//a[contains(., 'Compare with the revision before')]"));
    Browser.clickThrough(editor, By.cssSelector("#diff .sw-restore"));
    assertKeepsKey(editor, key);
    assertTrue(text(editor, "messages").contains("Restored Cost"), text(editor, "messages"));
    WebElement restore = costRow(editor, "Proposed change");
    assertTrue(
        restore.getText().contains("Proposed change: 350 million yuan → 1.2 billion US dollars"),
        restore.getText());
    click(editor, "review-form:submit");
    reviewer.get(url("admin/entry.xhtml?key=" + key));
    click(reviewer, "review-form:approve");
    String restored = text(reviewer, "claims-form:claims");
    assertTrue(restored.contains("1.2 billion US dollars"), restored);
    assertFalse(restored.contains("350 million yuan"), restored);

    // The whole entry can be restored too, from the diff of any two revisions.
    editor.get(url("admin/diff.xhtml?key=" + key));
    assertTrue(
        text(editor, "restore-form:restore-entry").startsWith("Restore the whole entry as at"),
        "no whole-entry restore on the diff page");
    Browser.screenshot(editor, "desk-8-diff-restore-entry");
  }

  @Test
  void the_same_editor_in_two_tabs_is_told_it_was_they_with_what_they_changed() {
    signIn(editor, Accounts.editor(base));
    String key = createProject(editor, "Bishkek logistics hub");
    String first = editor.getWindowHandle();
    editor.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    editor.get(url("admin/entry.xhtml?key=" + key));
    String second = editor.getWindowHandle();
    editor.switchTo().window(first);
    editor.get(url("admin/entry.xhtml?key=" + key));
    type(editor, "entry-form:name-ru", "Бишкекский логистический центр");
    click(editor, "entry-form:save-names");
    editor.switchTo().window(second);
    type(editor, "entry-form:name-zh", "比什凯克物流中心");
    click(editor, "entry-form:save-names");

    String conflict = text(editor, "conflict");
    Browser.screenshot(editor, "desk-5-conflict-you");
    assertTrue(conflict.contains("You changed this entry in another tab or window"), conflict);
    assertTrue(
        conflict.contains("Russian name: “” → “Бишкекский логистический центр”"),
        "the banner does not show the other change's values: " + conflict);
    assertKeepsKey(editor, key);
  }

  @Test
  void the_new_user_form_states_the_user_name_rule_before_anyone_types_one() {
    signIn(editor, Accounts.admin(base));
    editor.get(url("admin/user.xhtml"));
    assertTrue(
        text(editor, "username-rule").contains("2 to 40 letters (a to z), digits or hyphens"),
        "the rule is shown only after a refusal");
  }

  // Steps a person takes.

  private void assertKeepsKey(WebDriver browser, String key) {
    String address = browser.getCurrentUrl();
    assertTrue(
        address.contains(
                "key=" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8))
            || address.contains("key=" + key),
        "the address lost ?key=: " + address);
  }

  private static void scrollTo(WebDriver browser, WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private static WebElement costRow350(WebDriver browser) {
    return waitFor(
        browser, By.xpath("//*[@id='claims-form:claims']//tr[contains(., '350 million yuan')]"));
  }

  /** The row of the claims table that holds this text. */
  private static WebElement costRow(WebDriver browser, String holding) {
    return waitFor(
        browser, By.xpath("//*[@id='claims-form:claims']//tr[contains(., '" + holding + "')]"));
  }

  private String createProject(WebDriver browser, String name, String typed, String country) {
    browser.get(url("admin/new-entry.xhtml?type=project"));
    type(browser, "new-entry:name-en", name);
    WebElement picker = waitFor(browser, By.id("new-entry:country_input"));
    picker.sendKeys(typed);
    Browser.waiting(browser, WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[id='new-entry:country_panel'] li.ui-autocomplete-item[data-item-value='"
                        + country
                        + "']")))
        .click();
    Browser.screenshot(browser, "desk-0-new-entry-with-country");
    click(browser, "new-entry:create");
    waitFor(browser, By.id("entry-name"));
    String current = browser.getCurrentUrl();
    return java.net.URLDecoder.decode(
        current.substring(current.indexOf("key=") + 4), java.nio.charset.StandardCharsets.UTF_8);
  }

  private void signIn(WebDriver browser, Accounts.Login account) {
    Browser.signIn(browser, base, account);
    Browser.waiting(browser, WAIT).until(d -> !d.getCurrentUrl().contains("login"));
  }

  private String createProject(WebDriver browser, String name) {
    browser.get(url("admin/new-entry.xhtml?type=project"));
    type(browser, "new-entry:name-en", name);
    click(browser, "new-entry:create");
    waitFor(browser, By.id("entry-name"));
    String current = browser.getCurrentUrl();
    return java.net.URLDecoder.decode(
        current.substring(current.indexOf("key=") + 4), java.nio.charset.StandardCharsets.UTF_8);
  }

  private void addClaimAboutCountry(WebDriver browser, String typed, String choice) {
    browser.findElement(By.id("add-claim")).click();
    new Select(waitFor(browser, By.id("claim-form:property"))).selectByValue("country");
    WebElement picker = waitFor(browser, By.id("claim-form:value-entry_input"));
    picker.sendKeys(typed);
    WebElement item =
        Browser.waiting(browser, WAIT)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(
                        "[id='claim-form:value-entry_panel'] li.ui-autocomplete-item[data-item-value='"
                            + choice
                            + "']")));
    item.click();
    cite(browser, "Kazakhstan");
  }

  private void addCostClaim(WebDriver browser, String billions) {
    browser.findElement(By.id("add-claim")).click();
    new Select(waitFor(browser, By.id("claim-form:property"))).selectByValue("cost");
    WebElement amount = waitFor(browser, By.id("claim-form:value-amount"));
    amount.sendKeys(billions);
    new Select(browser.findElement(By.id("claim-form:value-scale"))).selectByValue("BILLION");
    new Select(browser.findElement(By.id("claim-form:value-currency"))).selectByValue("USD");
    cite(browser, "$" + billions + " billion");
  }

  private void cite(WebDriver browser, String excerpt) {
    WebElement source = waitFor(browser, By.id("claim-form:rows:0:source_input"));
    source.sendKeys("seed");
    Browser.waiting(browser, WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='claim-form:rows:0:source_panel'] li.ui-autocomplete-item")))
        .click();
    type(browser, "claim-form:rows:0:excerpt", excerpt);
    Browser.screenshot(browser, "curation-claim-form");
    click(browser, "claim-form:save");
    waitFor(browser, By.id("entry-name"));
  }

  private String kazakhstanBrief() throws IOException {
    var response = Http.get(base, "api/briefs/countries/KZ.pdf?lang=en");
    assertEquals(200, response.statusCode());
    return Pdfs.text(response.body());
  }

  private String kazakhstanEtag() {
    var response = Http.get(base, "api/briefs/countries/KZ.pdf?lang=en");
    assertEquals(200, response.statusCode());
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static void type(WebDriver browser, String id, String text) {
    WebElement field = waitFor(browser, By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Every button these steps press posts the whole page: wait for the next one. */
  private static void click(WebDriver browser, String id) {
    waitFor(browser, By.id(id));
    Browser.clickThrough(browser, By.id(id));
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
