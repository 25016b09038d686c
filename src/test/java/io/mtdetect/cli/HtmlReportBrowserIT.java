package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The HTML report in a real browser: Debian's headless Chromium opens the page from a file, and
 * the test checks what a reader sees. Needs {@code chromium} and {@code chromium-driver}
 * (installed by .ci/run). Leaves a screenshot in target/report-it/ (copied to docs/report.png).
 */
class HtmlReportBrowserIT {
  private final Path dir = Path.of("target/report-it");
  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    Files.createDirectories(dir);
    browser = HeadlessChromium.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void reportShowsFiveArticlesWorstFirstWithEvidenceAndNoConsoleErrors() throws Exception {
    Path report = dir.resolve("report.html").toAbsolutePath();
    Cli.Run run = Cli.run("score", "--quiet", "--format", "html", "--out", report.toString(), "seeds/");
    assertEquals(0, run.exit(), run.err());

    browser.get(report.toUri().toString());
    // get() returns once the page has loaded; its script, at the end of <body>, has run by then.
    assertEquals("true", browser.findElement(By.tagName("body")).getAttribute("data-ready"));

    List<WebElement> articles = browser.findElements(By.cssSelector("details.article"));
    assertEquals(5, articles.size());
    for (WebElement article : articles) {
      assertTrue(article.findElement(By.tagName("summary")).isDisplayed());
    }
    List<String> ids = articles.stream().map(a -> a.getAttribute("data-id").substring(0, 3)).toList();
    assertEquals(List.of("000", "001"), ids.subList(0, 2).stream().sorted().toList(), ids.toString());
    assertTrue(articles.get(0).getAttribute("open") != null, "the worst article opens with the page");

    WebElement suspicious = articles.get(0).findElements(By.cssSelector(".s")).stream()
        .filter(s -> Double.parseDouble(s.getAttribute("data-p")) > 0.5).findFirst().orElseThrow();
    assertTrue(suspicious.getCssValue("background-color").startsWith("rgba(220, 38, 38"), suspicious.getCssValue("background-color"));
    assertTrue(suspicious.getAttribute("title").contains("sentence probability"));
    suspicious.click();
    WebElement panel = articles.get(0).findElement(By.cssSelector(".panel"));
    assertTrue(panel.isDisplayed());
    assertTrue(panel.getText().startsWith("sentence probability"), panel.getText());

    WebElement last = articles.get(4);
    assertFalse(last.findElement(By.cssSelector(".body")).isDisplayed());
    last.findElement(By.tagName("summary")).click();
    assertTrue(last.findElement(By.cssSelector(".body")).isDisplayed());

    List<LogEntry> errors = HeadlessChromium.consoleProblems(browser);
    assertTrue(errors.isEmpty(), errors.toString());

    articles.get(4).findElement(By.tagName("summary")).click(); // close it again for the screenshot
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", suspicious);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, dir.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
