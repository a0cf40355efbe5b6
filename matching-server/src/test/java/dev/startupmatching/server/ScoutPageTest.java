package dev.startupmatching.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.sample.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scouts' page in real headless Chromium, driven through chromedriver (Debian's chromium and
 * chromium-driver packages, which {@code .ci/run} installs). Screenshots go to {@code
 * target/screenshots}. Skipped, saying so, where either program is missing.
 */
class ScoutPageTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static MatchingServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages"
            + " chromium and chromium-driver); skipped");
    StartupIndex index = StartupIndex.inMemory();
    index.upsertAll(SampleData.startups());
    index.commit();
    server =
        MatchingServer.builder()
            .index(index)
            .port(0)
            .needs(SampleData.needs())
            .units(SampleData.units())
            .start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static List<WebElement> awaitResults() {
    return waiting()
        .until(
            driver -> {
              List<WebElement> cards = driver.findElements(By.cssSelector("#results li.match"));
              return cards.isEmpty() ? null : cards;
            });
  }

  private static void open() {
    browser.get("http://localhost:" + server.port() + "/");
    waiting().until(driver -> driver.findElements(By.cssSelector("#need option")).size() > 0);
  }

  @Test
  void aUnitsNeedListsRankedStartupsWithTheirExplanations() throws Exception {
    open();
    new Select(browser.findElement(By.id("unit"))).selectByIndex(0);
    new Select(browser.findElement(By.id("need"))).selectByIndex(0);
    browser.findElement(By.id("match")).click();

    List<WebElement> cards = awaitResults();
    screenshot("unit-need");

    assertThat(cards).hasSizeGreaterThan(3);
    WebElement first = cards.get(0);
    assertThat(first.findElement(By.cssSelector(".fit")).getText()).matches("fit \\d+%");
    assertThat(first.findElements(By.cssSelector(".bars .bar"))).hasSizeGreaterThan(2);
    assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
  }

  @Test
  void aNeedTypedInGermanFindsStartups() throws Exception {
    open();
    browser.findElement(By.id("text")).sendKeys("Wir suchen Schnellladesäulen für Elektro-Lkw");
    browser.findElement(By.id("match")).click();

    List<WebElement> cards = awaitResults();
    screenshot("german-need");

    assertThat(cards).isNotEmpty();
    assertThat(browser.findElement(By.id("summary")).getText()).contains("Schnellladesäulen");
  }

  @Test
  void aNeedTypedInChineseFindsStartups() throws Exception {
    open();
    browser.findElement(By.id("text")).sendKeys("寻找电动卡车的快速充电站");
    browser.findElement(By.id("match")).click();

    List<WebElement> cards = awaitResults();
    screenshot("chinese-need");

    assertThat(cards).isNotEmpty();
    assertThat(browser.findElement(By.id("summary")).getText()).contains("快速充电站");
  }

  @Test
  void aStartupOpensWithItsProfileAndTheNeedsItFits() throws Exception {
    open();
    browser.findElement(By.id("text")).sendKeys("fast charging stations for electric trucks");
    browser.findElement(By.id("match")).click();
    WebElement first = awaitResults().get(0);
    String name = first.findElement(By.cssSelector("h3 a")).getText();
    first.findElement(By.cssSelector("h3 a")).click();

    WebElement heading =
        waiting().until(driver -> driver.findElement(By.cssSelector("#startup h2")));
    screenshot("startup");

    assertThat(heading.getText()).isEqualTo(name);
    assertThat(browser.findElement(By.id("startup-section")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#fits li"))).isNotEmpty();
  }
}
