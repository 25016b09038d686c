package io.mtdetect.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The pages of an extraction benchmark folder — {@code ground-truth.json} (id → url, articleBody,
 * and WCXB's pageType and with/without snippets) and {@code html/<id>.html.gz} or {@code .html} —
 * optionally only those of one {@link DomainHalf}.
 */
public final class BenchmarkPages {
  private BenchmarkPages() {}

  /** One page: its id, its ground-truth object and where its HTML is. */
  public record Page(String id, JsonNode truth, Path html) {
    public String url() {
      return truth.path("url").asText(null);
    }

    public String articleBody() {
      return truth.path("articleBody").asText("");
    }

    /** WCXB's page type; pages of benchmarks without one are articles. */
    public String pageType() {
      return truth.path("pageType").asText("article");
    }
  }

  public static Path truthFile(Path dir) {
    return dir.resolve("ground-truth.json");
  }

  /** The pages in ground-truth order; {@code half} null for all of them. */
  public static List<Page> read(Path dir, DomainHalf half) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile(dir).toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path html = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) {
        html = dir.resolve("html").resolve(entry.getKey() + ".html");
      }
      Page page = new Page(entry.getKey(), entry.getValue(), html);
      if (half == null || DomainHalf.of(page.url()) == half) {
        pages.add(page);
      }
    }
    return pages;
  }
}
