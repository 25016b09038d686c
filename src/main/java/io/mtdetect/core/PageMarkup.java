package io.mtdetect.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a web page's markup says about its text that the text alone cannot: which blocks are code
 * ({@code <pre>}, blocks made of {@code <code>}), which are list items or table cells rather than sentences,
 * and which words the page sets as code ({@code <code>onopen</code>}: identifiers, not misspellings).
 * Texts are as extracted: whitespace collapsed, one paragraph per line.
 *
 * @param codeBlocks  the text of every code block; a line inside one is code
 * @param listItems   list items and table cells that are not sentences (short, or no final punctuation)
 * @param identifiers words the page marks up as code, lower-cased
 * @param posts       on a forum thread or a Q&amp;A page, the text of each post's body in page order (a reply quoting
 *     another post holds the quote too); empty elsewhere
 */
public record PageMarkup(List<String> codeBlocks, Set<String> listItems, Set<String> identifiers, List<String> posts) {
  public static final PageMarkup NONE = new PageMarkup(List.of(), Set.of(), Set.of(), List.of());

  public PageMarkup {
    codeBlocks = List.copyOf(codeBlocks);
    listItems = Set.copyOf(listItems);
    identifiers = Set.copyOf(identifiers);
    posts = posts == null ? List.of() : List.copyOf(posts);
  }

  public PageMarkup(List<String> codeBlocks, Set<String> listItems, Set<String> identifiers) {
    this(codeBlocks, listItems, identifiers, List.of());
  }

  /**
   * The post each line belongs to, in order: a line is in the first post, from the previous line's place on,
   * whose body holds it (so a reply's quote of the line before stays in the reply); -1 for a line in no post
   * (the thread's title, a header, text around the posts).
   */
  public int[] postsOf(List<String> lines) {
    int[] post = new int[lines.size()];
    int from = 0;
    int after = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      post[i] = -1;
      for (int p = from; p < posts.size() && !text.isEmpty(); p++) {
        int at = posts.get(p).indexOf(text, p == from ? after : 0);
        if (at >= 0) {
          post[i] = p;
          from = p;
          after = at + text.length();
          break;
        }
      }
    }
    return post;
  }

  /** Whether the page sets this word in code (case ignored). */
  public boolean isIdentifier(String word) {
    return !identifiers.isEmpty() && identifiers.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether every word of {@code text} is one the page sets in code: "onopen", "tokio::fs", "hostname". */
  public boolean allIdentifiers(String text) {
    if (identifiers.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (String word : text.split("[^\\p{L}\\p{N}_]+")) {
      if (!word.isEmpty()) {
        if (!isIdentifier(word)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** {@code code} or {@code list-item} when the markup says the line is not prose. */
  public Optional<String> kindOf(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (listItems.contains(text)) {
      return Optional.of("list-item");
    }
    for (String block : codeBlocks) {
      // A highlighter may split a block into one line per row: each is a piece of the block's text.
      if (block.contains(text)) {
        return Optional.of("code");
      }
    }
    return Optional.empty();
  }
}
