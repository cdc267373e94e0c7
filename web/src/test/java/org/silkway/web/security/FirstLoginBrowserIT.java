package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Browser;
import org.silkway.web.support.Browsers;
import org.silkway.web.support.OnSilkway;

/**
 * A new user's first sign-in in Chromium: the password an administrator set works once, the user is
 * made to choose their own, and then reaches the admin pages with their name in the header.
 */
@OnSilkway
class FirstLoginBrowserIT {

  private final URL base;
  @RegisterExtension final Browsers browsers = new Browsers();
  private WebDriver browser;

  FirstLoginBrowserIT(URL base) {
    this.base = base;
  }

  @BeforeEach
  void openBrowser() {
    browser = browsers.open();
  }

  @Test
  void a_new_user_signs_in_is_made_to_change_the_password_and_then_reaches_the_register() {
    Accounts.Login fresh = Accounts.fresh(base, "reviewer");

    browser.get(base.toExternalForm() + "admin/countries.xhtml");
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml?next="), browser.getCurrentUrl());
    Browser.screenshot(browser, "first-login-1-sign-in");
    browser.findElement(By.id("login:username")).sendKeys(fresh.username());
    browser.findElement(By.id("login:password")).sendKeys(fresh.password());
    Browser.clickThrough(browser, By.id("login:signIn"));

    assertTrue(browser.getCurrentUrl().endsWith("/admin/password.xhtml"), browser.getCurrentUrl());
    Browser.screenshot(browser, "first-login-2-must-change");
    browser.findElement(By.id("password:current")).sendKeys(fresh.password());
    browser.findElement(By.id("password:newPassword")).sendKeys("short");
    browser.findElement(By.id("password:repeat")).sendKeys("short");
    Browser.clickThrough(browser, By.id("password:change"));
    assertTrue(browser.getPageSource().contains("at least 12 characters"));
    Browser.screenshot(browser, "first-login-3-too-short");

    browser.findElement(By.id("password:current")).sendKeys(fresh.password());
    browser.findElement(By.id("password:newPassword")).sendKeys("a reviewer's own password");
    browser.findElement(By.id("password:repeat")).sendKeys("a reviewer's own password");
    Browser.clickThrough(browser, By.id("password:change"));

    assertTrue(browser.getCurrentUrl().endsWith(Landing.START), browser.getCurrentUrl());
    assertTrue(
        browser.findElement(By.className("sw-account")).getText().contains(fresh.username()));
    Browser.screenshot(browser, "first-login-4-desk");

    Browser.clickThrough(browser, By.id("logout"));
    assertTrue(browser.findElement(By.className("sw-account")).getText().contains("Sign in"));
  }
}
