package io.mtdetect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/** {@code compare --format html} in headless Chromium, as the report test does: what a reader sees. */
class CompareBrowserIT {
  private final Path dir = Path.of("target/compare-it");
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
  void sideBySideViewShowsAlignedRowsAndTheChangedWords() throws Exception {
    Path[] files = CompareCommandTest.fixture(dir);
    Path page = dir.resolve("compare.html").toAbsolutePath();
    Cli.Run run = Cli.run("compare", "--format", "html", "--out", page.toString(), files[0].toString(), files[1].toString());
    assertEquals(0, run.exit(), run.err());

    browser.get(page.toUri().toString());
    assertEquals("true", browser.findElement(By.tagName("body")).getAttribute("data-ready"));
    assertEquals("round-trip", browser.findElement(By.cssSelector(".summary")).getAttribute("data-relation"));
    List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr.aligned"));
    assertEquals(4, rows.size());
    for (WebElement row : rows) {
      assertTrue(row.findElement(By.cssSelector("td.a")).isDisplayed() && row.findElement(By.cssSelector("td.b")).isDisplayed());
    }
    WebElement poutin = rows.get(0).findElements(By.tagName("mark")).stream()
        .filter(m -> m.getText().equals("Poutin")).findFirst().orElseThrow();
    assertEquals("rgba(253, 230, 138, 1)", poutin.getCssValue("background-color"));
    poutin.click();
    assertEquals("\"Poutin\" was \"Putin\"", browser.findElement(By.id("change")).getText());
    assertTrue(rows.get(0).findElement(By.cssSelector("td.b")).getText().contains("Vladimir Putin"));

    List<LogEntry> errors = HeadlessChromium.consoleProblems(browser);
    assertTrue(errors.isEmpty(), errors.toString());
  }
}
