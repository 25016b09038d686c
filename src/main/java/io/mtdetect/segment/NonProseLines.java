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
  /**
   * A statement or block that ends or opens like code: "foo();", "if (x) {", "}", "return count;", "def load(path):".
   * ({@link #isCode} also takes a call or list left open with a comma for the next line: "model='llama3',".)
   */
  private static final Pattern STATEMENT_ENDING = Pattern.compile(".*(?:[;{}(\\[]|\\)\\s*:|=>)\\s*$|^\\s*[}\\])]+.*");
  /** Lines that are a command or an import whatever follows: a prompt, an installer, a version-control verb. */
  private static final Pattern COMMAND = Pattern.compile(
      "^\\s*(?:\\$ |>>> |#\\s?include\\b|pip3? install\\b|npm (?:install|run|i)\\b|npx |git (?:clone|commit|push|pull"
          + "|checkout|add|status|log|diff|init|branch|merge|rebase|fetch|stash)\\b|sudo |apt(?:-get)? install\\b|import [\\w.]+(?: as \\w+)?\\s*;?$|from [\\w.]+ import\\b)");
  /**
   * One token that is a path, a file name or colon-separated fields ("/boot/firmware/config.txt", "~/.vimrc",
   * "id:5:initdefault:"), or a line of JSON ({"a": …).
   */
  private static final Pattern PATH_OR_FIELDS = Pattern.compile(
      "^(?:[~.]?/[\\w./~-]+|[\\w.-]+\\.(?:txt|conf|cfg|ini|json|ya?ml|toml|xml|sh|py|js|ts|rs|go|java|c|h|md)|[\\w.-]*(?::[\\w.-]*){2,}"
          + "|\\{\\s*\"[^\"]*\"\\s*:.*)$");
  /** Only brackets and separators: the closing lines of a block ("});"). */
  private static final Pattern BRACKETS = Pattern.compile("^[\\s{}()\\[\\];,]+$");
  /**
   * How code lines begin: a keyword or a prompt and then code, never an English sentence's capital. (Prompts,
   * installers and version control are {@link #COMMAND}s, code whatever follows.)
   */
  private static final Pattern CODE_START = Pattern.compile(
      "^\\s*(?:> |import \\S|from \\S+ import\\b|const |let |var |def |class \\w+[(:{]|return\\b"
          + "|function\\b|public |private |async |await |docker |curl |wget |cd |export \\w+="
          + "|SELECT |INSERT INTO |UPDATE \\w+ SET |CREATE (?:TABLE|INDEX|VIEW) |DROP TABLE )");
  /** Code tokens: a call, a member access or an assignment, an identifier in snake_case. */
  private static final Pattern CODE_TOKEN = Pattern.compile(
      "\\w+\\.\\w+\\(|\\w\\(\\)|\\w<[\\w&!?,\\s]*>|\\b\\w+=['\"\\w(\\[{]|\\b\\w+_\\w+\\b|\\s(?:=|==|!=|\\+=|->|&&|\\|\\||[<>]=?)\\s|[\\w\\]]\\[\\w*\\]|</?\\w+>"
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

  /** A price on its own line, as shops print them: "$195.00", "Save $130.00", "Now €12,99", "£4.50 / month". */
  private static final Pattern PRICE = Pattern.compile(
      "(?i)^\\W*(?:(?:save|from|only|now|was|price|sale|list|our price|per)\\W+)?(?:[$€£¥]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:[$€£¥]|usd|eur|gbp))"
          + "(?:\\s*(?:/|per)\\s*\\w+)?(?:\\W+(?:[$€£¥]\\s?\\d[\\d.,]*|\\d+%\\s*off))*\\W*$");

  /**
   * A forum post's header or the attribution of a quoted post: "Originally Posted by lowjhg", "khixxx said:",
   * "On 10/29/2025 at 2:07 PM, GrinGEO said:", "badz wrote: ↑", "Post by ant » 12."
   */
  private static final Pattern POST_HEADER = Pattern.compile(
      "(?i)^(?:originally posted by|quote from|quoting|post by)\\b.{0,60}$|^on\\b.{0,40}\\b(?:am|pm),\\s*\\S+\\s(?:said|wrote):\\s*$"
          // A user name alone: lower case, digits, underscores or camel case ("khixxx", "GrinGEO"), not "Trump said:".
          + "|^(?-i:\\S*[\\d_]\\S*|[a-z]\\S*|\\S*[a-z][A-Z]\\S*)\\s(?:said|wrote):\\s*[↑^]?\\s*$");

  /**
   * An activity line of a forum, tracker or feed: who did what, then when ("karri · 4 min ago", "jori connected
   * Codex · just now", "Posted by ant | 2 hours ago"); a separator before the time, at most twelve words.
   */
  private static final Pattern ACTIVITY = Pattern.compile(
      "(?i)^(?:\\S+\\s+){0,10}?\\S*\\s*[·•|]\\s*(?:(?:about\\s+)?(?:\\d+|an?)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
          + "|d|days?|w|weeks?|mo|months?|y|yrs?|years?)\\s+ago|just now|yesterday)\\s*$");

  /** A version annotation of reference documentation: "1.0.0 (const: 1.48.0) · Source", "1.70.0 · Source". */
  private static final Pattern VERSION = Pattern.compile(
      // Never a date ("25.05.2024 07:43" is a date strip), and words after the number.
      "^(?!\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b)v?\\d+\\.\\d+(?:\\.\\d+)+\\b(?=.*\\p{L})(?:\\s+\\S+){0,5}$");

  /** A reference of an encyclopedia page, after its back-link caret: "^ a b "The Nobel Prize"." */
  private static final Pattern BACKLINK_REFERENCE = Pattern.compile("^\\^\\s");

  Optional<String> classify(String line) {
    String trimmed = line.strip();
    if (PRICE.matcher(trimmed).matches()) {
      return Optional.of("price");
    }
    if (POST_HEADER.matcher(trimmed).lookingAt() || ACTIVITY.matcher(trimmed).lookingAt()) {
      return Optional.of("post-header");
    }
    if (VERSION.matcher(trimmed).matches()) {
      return Optional.of("code");
    }
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
    if (COMMAND.matcher(trimmed).lookingAt() || BRACKETS.matcher(trimmed).matches() || CSS.matcher(trimmed).matches()
        || PATH_OR_FIELDS.matcher(trimmed).matches()
        || CODE_START.matcher(trimmed).lookingAt() && CODE_TOKEN.matcher(trimmed).find()) {
      return true;
    }
    long punctuation = trimmed.chars().filter(c -> CODE_PUNCTUATION.indexOf(c) >= 0).count();
    long visible = trimmed.chars().filter(c -> !Character.isWhitespace(c)).count();
    boolean dense = punctuation >= 3 && punctuation >= 0.08 * visible;
    // The token search last: it is the costly test, and a line of prose fails the shape tests first (with it
    // first the segmenter split 166 news articles a second on one thread, 219 without; docs/benchmark.md).
    boolean endsLikeCode = trimmed.endsWith(",") || STATEMENT_ENDING.matcher(trimmed).matches();
    return (dense || endsLikeCode) && CODE_TOKEN.matcher(trimmed).find();
  }

  /**
   * Whether a line that is not surely code ({@link #isCode}) opens, ends or contains what code does; beside code
   * it is code ({@link CodeBlocks}). A line that only ends with a comma is not: wrapped prose does that too.
   */
  static boolean looksLikeStatement(String line) {
    String trimmed = line.strip();
    return STATEMENT_ENDING.matcher(trimmed).matches() || CODE_START.matcher(trimmed).lookingAt()
        || CODE_TOKEN.matcher(trimmed).find();
  }

  static boolean isReference(String line) {
    String trimmed = line.strip();
    if (BACKLINK_REFERENCE.matcher(trimmed).lookingAt()) {
      return true;
    }
    if (trimmed.chars().noneMatch(Character::isDigit) || !YEAR.matcher(trimmed).find()) {
      return false;
    }
    return REFERENCE_MARK.matcher(trimmed).find() || REFERENCE_START.matcher(trimmed).lookingAt();
  }
}
