package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.OnSilkway;

/**
 * An administrator sets up a desk in Chromium: creates an editor and a reviewer on the user page;
 * the new editor signs in, must choose a password, and reaches the desk.
 */
@OnSilkway
class UserAdministrationBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver browser;

  UserAdministrationBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void open() {
    browser = browsers.open();
  }

  @Test
  void an_administrator_creates_an_editor_and_a_reviewer_who_then_sign_in() {
    String suffix = String.valueOf(System.nanoTime() % 100000);
    String editor = "desk-editor-" + suffix;
    String reviewer = "desk-reviewer-" + suffix;
    Browser.signIn(browser, base, Accounts.admin(base));
    Browser.waiting(browser, WAIT).until(d -> !d.getCurrentUrl().contains("login"));

    create(editor, "editor");
    create(reviewer, "reviewer");
    browser.get(base.toExternalForm() + "admin/users.xhtml");
    Browser.screenshot(browser, "users-1-desk-created");
    String users = browser.findElement(By.tagName("main")).getText();
    assertTrue(users.contains(editor) && users.contains(reviewer), users);
    Browser.clickThrough(browser, By.id("logout"));

    Browser.signIn(browser, base, new Accounts.Login(editor, "an initial password " + suffix));
    Browser.waiting(browser, WAIT).until(d -> d.getCurrentUrl().endsWith("/admin/password.xhtml"));
    browser.findElement(By.id("password:current")).sendKeys("an initial password " + suffix);
    browser.findElement(By.id("password:newPassword")).sendKeys("the editor's own password");
    browser.findElement(By.id("password:repeat")).sendKeys("the editor's own password");
    Browser.clickThrough(browser, By.id("password:change"));
    Browser.waiting(browser, WAIT).until(d -> d.getCurrentUrl().endsWith(Landing.START));
    assertTrue(browser.findElement(By.className("sw-account")).getText().contains(editor));
  }

  private void create(String name, String role) {
    browser.get(base.toExternalForm() + "admin/user.xhtml");
    browser.findElement(By.id("user:username")).sendKeys(name);
    new Select(browser.findElement(By.id("user:newRole"))).selectByVisibleText(role);
    browser
        .findElement(By.id("user:initialPassword"))
        .sendKeys("an initial password " + name.replaceAll("\\D", ""));
    Browser.clickThrough(browser, By.id("user:create"));
    Browser.waiting(browser, WAIT).until(d -> d.getPageSource().contains(name));
  }
}
