package org.silkway.web.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by its chromedriver, as the CI machine installs them. */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /**
   * Starts Chromium, or skips the calling test with the reason when this machine has no Chromium
   * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs both).
   */
  public static WebDriver start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows under {@code target/screenshots/}, for people to look at. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = dir.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      return Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs in on Silkway's sign-in page, as a person does, and waits for the page after it. */
  public static void signIn(WebDriver driver, java.net.URL base, Accounts.Login login) {
    driver.get(base.toExternalForm() + "login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(login.username());
    driver.findElement(By.id("login:password")).sendKeys(login.password());
    clickThrough(driver, By.id("login:signIn"));
  }

  /**
   * A wait that looks again every 50 ms rather than Selenium's 500: a browser test waits after
   * nearly every step, and on a quick page the default half second was most of the step.
   */
  public static WebDriverWait waiting(WebDriver driver, Duration timeout) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
  }

  /**
   * Clicks what submits the page or leads away from it, and waits until the next page has loaded: a
   * click returns before the browser has navigated, and a busy machine shows the difference. The
   * old page is marked in its window, which a new document does not inherit; asking while the
   * browser is between documents may fail, and is asked again.
   */
  public static void clickThrough(WebDriver driver, By what) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.silkwayOldPage = true");
    driver.findElement(what).click();
    waiting(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.silkwayOldPage !== true"
                            + " && document.readyState === 'complete'")));
  }
}
