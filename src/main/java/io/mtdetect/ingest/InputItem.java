package io.mtdetect.ingest;

import io.mtdetect.core.Article;

/** One item read from the inputs: an article, or the reason an item could not be read. */
public sealed interface InputItem {

  /** Identity used in messages and output records. */
  String id();

  String source();

  /** A readable article. */
  record Readable(Article article) implements InputItem {
    @Override
    public String id() {
      return article.id();
    }

    @Override
    public String source() {
      return article.source();
    }
  }

  /** An item that could not be read; {@code reason} is one line, meant for users. */
  record Unreadable(String id, String source, String reason) implements InputItem {}
}
