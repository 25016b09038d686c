package io.mtdetect.ingest.feed;

/**
 * One item of an RSS or Atom feed, as the feed carries it.
 *
 * @param key      what identifies the item across runs: its guid/id, else its link, else its title
 * @param title    the item's title, or {@code null}
 * @param link     the linked page, or {@code null}
 * @param content  the full content (HTML) when the feed carries it ({@code content:encoded}, Atom
 *                 {@code content}), else {@code null}
 * @param summary  the description or summary (HTML), or {@code null}
 */
public record FeedItem(String key, String title, String link, String content, String summary) {}
