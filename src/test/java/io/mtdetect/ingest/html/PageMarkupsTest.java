package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mtdetect.core.Article;
import io.mtdetect.core.PageMarkup;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.SkippedLine;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.segment.BoilerplateFilter;
import io.mtdetect.segment.Segmenter;
import io.mtdetect.segment.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class PageMarkupsTest {
  private static final String PAGE = """
      <html><head><title>Using the client</title><meta property="og:type" content="article"></head><body><article>
      <h1>Using the client</h1>
      <p>The client library sends each request to the service and waits for the answer before it returns.
      Most programs create one client when they start and keep it until they stop.</p>
      <pre>response = client.generate(
          model='small_model',
          prompt=prompt,
      )</pre>
      <p>Set the <code>onopen</code> handler before the connection opens, or the first event is lost.</p>
      <ul><li>No credit card required</li><li>Free for ten users</li>
      <li>The service keeps every request for thirty days and then deletes it for good.</li></ul>
      <p>Each answer carries the model's name and the time it took, so that programs can log both.</p>
      </article></body></html>""";

  @Test
  void readsCodeBlocksListItemsAndIdentifiers() {
    PageMarkup markup = PageMarkups.of(Jsoup.parse(PAGE));
    assertEquals(Optional.of("code"), markup.kindOf("model='small_model',"));
    assertEquals(Optional.of("code"), markup.kindOf("response = client.generate( model='small_model', prompt=prompt, )"));
    assertEquals(Optional.of("list-item"), markup.kindOf("No credit card required"));
    assertEquals(Optional.empty(), markup.kindOf("The service keeps every request for thirty days and then deletes it for good."));
    assertEquals(Optional.empty(), markup.kindOf("Each answer carries the model's name and the time it took, so that programs can log both."));
    assertTrue(markup.isIdentifier("onopen"));
    assertTrue(markup.allIdentifiers("onopen"));
    assertFalse(markup.allIdentifiers("onopen handler"));
  }

  @Test
  void segmentationSetsCodeAndListItemsAsideAsSkippedLines() {
    InputItem item = new WebArticles().fromPage("p", "p.html", PAGE.getBytes(StandardCharsets.UTF_8), "UTF-8", null);
    Article article = ((InputItem.Readable) item).article();
    assertEquals("article", article.pageType());
    SegmentedArticle segmented = io.mtdetect.pipeline.DefaultPipeline.segmenter()
        .segment(article);
    Map<String, String> skipped = segmented.skipped().stream()
        .collect(Collectors.toMap(SkippedLine::text, SkippedLine::reason, (a, b) -> a));
    assertEquals("code", skipped.get("response = client.generate( model='small_model', prompt=prompt, )"), skipped.toString());
    assertEquals("list-item", skipped.get("No credit card required"), skipped.toString());
    assertEquals("list-item", skipped.get("Free for ten users"), skipped.toString());
    assertTrue(segmented.sentences().stream().anyMatch(s -> s.text().startsWith("The service keeps every request")));
    assertTrue(segmented.sentences().stream().noneMatch(s -> s.text().contains("client.generate")));
  }

  private static final String THREAD = """
      <html><head><title>Screen flickers after update</title><meta name="generator" content="XenForo"></head><body>
      <h1>Screen flickers after update</h1>
      <article class="message"><div class="message-body"><div class="bbWrapper">Since the last driver update my screen
      flickers at 144 Hz. It did not do that before.<br>Has anyone seen this?</div></div></article>
      <article class="message"><div class="message-body"><div class="bbWrapper"><blockquote>Has anyone seen this?</blockquote>
      Yes, roll back to the previous driver. The new one has a known bug with high refresh rates.</div></div></article>
      </body></html>""";

  @Test
  void readsEachPostBodyOnceInPageOrderAndPlacesLinesInThem() {
    PageMarkup markup = PageMarkups.of(Jsoup.parse(THREAD));
    assertEquals(2, markup.posts().size(), markup.posts().toString());
    assertTrue(markup.posts().get(0).startsWith("Since the last driver update"), markup.posts().get(0));
    assertTrue(markup.posts().get(1).contains("roll back to the previous driver"), markup.posts().get(1));
    int[] posts = markup.postsOf(java.util.List.of("Screen flickers after update", "Has anyone seen this?",
        "Has anyone seen this?", "Yes, roll back to the previous driver.", "Since the last driver update"));
    // The quote in the reply stays in the reply; a line after it cannot go back to an earlier post.
    assertEquals(java.util.List.of(-1, 0, 1, 1, -1), java.util.Arrays.stream(posts).boxed().toList());
    assertEquals(0, PageMarkups.of(Jsoup.parse(PAGE)).posts().size(), "an article has no posts");
  }
}
