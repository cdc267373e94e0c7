package org.silkway.web.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The Chromium sessions of a browser test: each opened in a test (or its set-up) and quit after it,
 * whatever the test did, so that no test leaves a browser running for the next.
 *
 * <pre>
 * &#64;RegisterExtension final Browsers browsers = new Browsers();
 * ...
 * WebDriver editor = browsers.open();
 * </pre>
 */
public final class Browsers implements AfterEachCallback {

  private final List<WebDriver> open = new ArrayList<>();

  /** A new headless Chromium ({@link Browser#start}), quit after the test. */
  public WebDriver open() {
    WebDriver browser = Browser.start();
    open.add(browser);
    return browser;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      open.forEach(WebDriver::quit);
    } finally {
      open.clear();
    }
  }
}
