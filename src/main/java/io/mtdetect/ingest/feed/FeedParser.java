package io.mtdetect.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.mtdetect.core.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads RSS 0.9x–2.0 and Atom 0.3/1.0 feeds with ROME; DOCTYPEs are refused (no external entities). */
public final class FeedParser {

  /** A feed that cannot be read; the message is one line for users. */
  public static final class MalformedFeedException extends Exception {
    public MalformedFeedException(String message) {
      super(message, null, false, false);
    }
  }

  public List<FeedItem> parse(byte[] bytes) throws MalformedFeedException {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IllegalArgumentException e) {
      throw new MalformedFeedException("not a readable RSS or Atom feed: " + Messages.of(e));
    } catch (IOException e) {
      throw new MalformedFeedException("cannot read the feed: " + Messages.of(e));
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String content = null;
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank()) {
          content = content == null ? c.getValue() : content + "\n" + c.getValue();
        }
      }
      String summary = entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
      String link = blankToNull(entry.getLink());
      String title = blankToNull(entry.getTitle());
      String key = firstNonBlank(entry.getUri(), link, title);
      items.add(new FeedItem(key, title, link, content, summary));
    }
    return items;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
