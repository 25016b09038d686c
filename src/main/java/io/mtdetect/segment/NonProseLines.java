package io.mtdetect.segment;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that are not prose although they are the page's content: source code, shell commands, style
 * sheets, and entries of a reference list. Scored as sentences they read as clauses cut in two, spelling
 * and punctuation errors on every line — the signs of garbled translation — so they are set aside with
 * their kind ({@code code}, {@code reference}) before any signal sees them.
 */
final class NonProseLines {
  /** A statement or block that ends or opens like code: "foo();", "if (x) {", "}". */
  private static final Pattern CODE_ENDING = Pattern.compile(".*(?:[;{}]|\\)\\s*:|=>)\\s*$|^\\s*[}\\])]+.*");
  /** Lines that are a command or an import whatever follows: a prompt, an installer, a version-control verb. */
  private static final Pattern COMMAND = Pattern.compile(
      "^\\s*(?:\\$ |>>> |#\\s?include\\b|pip3? install\\b|npm (?:install|run|i)\\b|npx |git (?:clone|commit|push|pull"
          + "|checkout|add)\\b|sudo |apt(?:-get)? install\\b|import [\\w.]+(?: as \\w+)?\\s*;?$|from [\\w.]+ import\\b)");
  /** Only brackets and separators: the closing lines of a block ("});"). */
  private static final Pattern BRACKETS = Pattern.compile("^[\\s{}()\\[\\];,]+$");
  /** How code lines begin: a keyword or a prompt and then code, never an English sentence's capital. */
  private static final Pattern CODE_START = Pattern.compile(
      "^\\s*(?:\\$ |> |>>> |# ?include\\b|import \\S|from \\S+ import\\b|const |let |var |def |class \\w+[(:{]|return\\b"
          + "|function\\b|public |private |async |await |pip3? install\\b|npm (?:install|run|i)\\b|npx |git "
          + "(?:clone|commit|push|pull|checkout)\\b|sudo |apt(?:-get)? install\\b|docker |curl |wget |cd |export \\w+="
          + "|SELECT |INSERT INTO |UPDATE \\w+ SET |CREATE (?:TABLE|INDEX|VIEW) |DROP TABLE )");
  /** Code tokens: a call, a member access or an assignment, an identifier in snake_case. */
  private static final Pattern CODE_TOKEN = Pattern.compile(
      "\\w+\\.\\w+\\(|\\w\\(\\)|\\b\\w+_\\w+\\b|\\s(?:=|==|!=|\\+=|->|&&|\\|\\||[<>]=?)\\s|[\\w\\]]\\[\\w*\\]|</?\\w+>"
          + "|\\b(?:if|for|while|switch|catch)\\s*\\(");
  /** A style-sheet rule or declaration: "section { display: flex; }", "color: red;". */
  private static final Pattern CSS = Pattern.compile("^\\s*[\\w.#:>\\-\\s,\\[\\]=\"]+\\{[^}]*\\}?\\s*$|^\\s*[a-z-]+\\s*:\\s*[^;.]+;\\s*$");
  private static final String CODE_PUNCTUATION = "{}[]()<>=;_$#|&*`\\";

  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}[a-z]?\\b");
  private static final Pattern REFERENCE_MARK = Pattern.compile(
      "\\bdoi(?::|\\.org/)|\\barXiv:|\\bISBN\\b|\\bPMID\\b|\\bet al\\.|\\b\\d+\\s*\\(\\d+\\)\\s*[:,]\\s*\\d+\\s*[-–]\\s*\\d+"
          + "|\\bpp?\\.\\s*\\d+\\s*[-–]\\s*\\d+|\\bvol\\.\\s*\\d+");
  /** A numbered bibliography entry or one that opens with "Surname, A. B." */
  private static final Pattern REFERENCE_START = Pattern.compile(
      "^\\s*(?:\\[\\d+\\]|\\d+\\.)\\s+\\p{Lu}|^\\s*\\p{Lu}[\\p{L}'-]+,\\s+(?:\\p{Lu}\\.\\s*){1,3}(?:,|&|and\\b|\\()");

  Optional<String> classify(String line) {
    if (isCode(line)) {
      return Optional.of("code");
    }
    if (isReference(line)) {
      return Optional.of("reference");
    }
    return Optional.empty();
  }

  static boolean isCode(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    if (COMMAND.matcher(trimmed).find() || BRACKETS.matcher(trimmed).matches() || CSS.matcher(trimmed).matches()
        || CODE_START.matcher(trimmed).find() && CODE_TOKEN.matcher(trimmed).find()) {
      return true;
    }
    long punctuation = trimmed.chars().filter(c -> CODE_PUNCTUATION.indexOf(c) >= 0).count();
    long visible = trimmed.chars().filter(c -> !Character.isWhitespace(c)).count();
    boolean dense = punctuation >= 3 && punctuation >= 0.08 * visible;
    return CODE_TOKEN.matcher(trimmed).find() && (dense || CODE_ENDING.matcher(trimmed).matches());
  }

  static boolean isReference(String line) {
    String trimmed = line.strip();
    if (!YEAR.matcher(trimmed).find()) {
      return false;
    }
    return REFERENCE_MARK.matcher(trimmed).find() || REFERENCE_START.matcher(trimmed).find();
  }
}
