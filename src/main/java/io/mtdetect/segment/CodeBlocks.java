package io.mtdetect.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines of a block of code that do not show it on their own: a comment, a shell keyword, a configuration key,
 * an argument continued from the line above ("--dev data/dev.jsonl"), a statement too short for {@link
 * NonProseLines} to be sure of ("count++;", "for line in f:"). Scored as English they are clauses cut in two
 * with odd tokens everywhere, and a script or a configuration file read as an article reads as garbled
 * machine translation. Such a line is set aside as code when a line next to it is code, or when it is one of
 * at least {@value #MIN_RUN} such lines in a row (a configuration file, where no one line is sure); between
 * fences of a Markdown code block ("```") every line is code.
 */
final class CodeBlocks {
  static final String KIND = "code";
  /** This many code-like lines in a row are code on their own. */
  static final int MIN_RUN = 3;

  /** A comment: "# …", "// …", "/* …", "-- …", "<!-- …"; never "* …", a bullet of a list. */
  private static final Pattern COMMENT = Pattern.compile("^(?:#(?![#\\w])|#!|//|/\\*|\\*/|--\\s|<!--)");
  /**
   * A line that opens or closes a block, or a statement of a shell script ("fi", "done", "then", "esac"), or an
   * import of several modules.
   */
  private static final Pattern SHELL = Pattern.compile(
      "^(?:if \\[|if ! |elif \\[|else$|fi$|then$|for \\w+ in .*; do$|while (?:\\[|read |true)|do$|done\\b|case .* in$|esac$"
          + "|\\w+\\)$|;;$|local \\w+=|set -[euxo]|unset \\w+$|shift$|exit \\d|echo [\"'$-]|printf [\"']|mkdir -|rm -|EOF$"
          + "|(?:import|from) \\w+(?:[.,]\\s*\\w+)+)");
  /**
   * A key of YAML, TOML or an INI file ("runs-on: ubuntu-latest", "- uses: actions/checkout@v4", "[tool.poetry]"),
   * a shell or make assignment ("IN=\"data/…\"", "CFLAGS := -O2"), a command-line flag or a line continued with a
   * backslash, a command with a flag or a file ("grep -r …", "touch notes.txt"), a heredoc, a command run by its path.
   */
  private static final Pattern CONFIG_OR_SHELL = Pattern.compile(
      "^(?:-\\s+)?[a-z_][\\w.-]*:(?:\\s+\\S+(?:\\s\\S+){0,4})?$|^\\[[\\w .\"-]+]$|^[A-Za-z_]\\w*\\+?:?=|^--?[a-z][\\w-]*(?:[ =]|$)|^[a-z][\\w.-]*\\s+(?:--?[a-zA-Z]|\\S*[./]\\w)"
          + "|\\\\$|<<-?\\s*'?\\w+'?|^(?:\\.{0,2}/)?[a-z][\\w.-]*/[\\w./-]+\\s"
          + "|\\$\\(|\\$\\{|\"\\$\\w");
  /** A compound statement of Python, Ruby or the like: it opens with a keyword and ends with a colon. */
  private static final Pattern COMPOUND_STATEMENT = Pattern.compile(
      "^(?:for|if|elif|else|while|with|def|class|try|except|finally|async|lambda)\\b.*:$");
  private static final Pattern FENCE = Pattern.compile("^(?:```|~~~)");

  private CodeBlocks() {}

  /**
   * Marks, in {@code kinds} (one entry per non-blank line, a line's kind or empty where it is prose), the lines
   * that are code by their neighbours, by a run of code-like lines, or by a fenced block.
   */
  static void markCode(List<String> lines, List<Optional<String>> kinds) {
    int n = lines.size();
    boolean[] code = new boolean[n];
    boolean[] codeLike = new boolean[n];
    boolean anyFence = false;
    for (int i = 0; i < n; i++) {
      String line = lines.get(i).strip();
      code[i] = kinds.get(i).filter(KIND::equals).isPresent();
      codeLike[i] = BoilerplateFilter.proseOrSectionLabel(kinds.get(i)) && looksLikeCode(line);
      anyFence |= FENCE.matcher(line).lookingAt();
    }
    if (anyFence) {
      markFenced(lines, code, codeLike);
    }
    boolean[] runs = LineRuns.runsOf(codeLike, MIN_RUN);
    for (int i = 0; i < n; i++) {
      code[i] |= runs[i];
    }
    // Outward from every code line, in both directions, through the code-like lines beside it.
    for (int i = 0; i < n; i++) {
      if (code[i]) {
        for (int j = i + 1; j < n && codeLike[j] && !code[j]; j++) {
          code[j] = true;
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      if (code[i]) {
        for (int j = i - 1; j >= 0 && codeLike[j] && !code[j]; j--) {
          code[j] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (code[i] && BoilerplateFilter.proseOrSectionLabel(kinds.get(i))) {
        kinds.set(i, Optional.of(KIND));
      }
    }
  }

  private static void markFenced(List<String> lines, boolean[] code, boolean[] codeLike) {
    int open = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (FENCE.matcher(lines.get(i).strip()).lookingAt()) {
        if (open < 0) {
          open = i;
        } else {
          for (int j = open; j <= i; j++) {
            code[j] = true;
          }
          open = -1;
        }
      }
    }
    // An unclosed fence marks only itself: a stray "```" must not swallow the article below it.
    if (open >= 0) {
      code[open] = true;
      codeLike[open] = true;
    }
  }

  /**
   * Whether a line could be code beside code. A sentence (a capital first, its end punctuated) could not, unless
   * it is a comment.
   */
  static boolean looksLikeCode(String line) {
    if (line.isEmpty()) {
      return false;
    }
    if (COMMENT.matcher(line).lookingAt()) {
      return true;
    }
    if (readsAsSentence(line) || isWordy(line, LONG_LINE, LONG_LINE_WORDS)) {
      return false;
    }
    if (SHELL.matcher(line).lookingAt() || COMPOUND_STATEMENT.matcher(line).matches()) {
      return true;
    }
    // "- Choosing the right review team members;" is an item of a list, not a statement.
    return !isWordy(line, SHORT_LINE, SHORT_LINE_WORDS)
        && (CONFIG_OR_SHELL.matcher(line).find() || NonProseLines.looksLikeStatement(line));
  }

  /**
   * A line of at least {@value #LONG_LINE} tokens, {@value #LONG_LINE_WORDS} of them plain words, is prose whatever
   * it holds besides ("where L_geo keeps the merge close to its experts…"); a shorter one of at least {@value
   * #SHORT_LINE} tokens needs more than {@value #SHORT_LINE_WORDS} ("return number * number;" is not prose).
   */
  private static boolean isWordy(String line, int minTokens, double minShare) {
    String[] tokens = line.split("\\s+");
    if (tokens.length < minTokens) {
      return false;
    }
    int words = 0;
    for (String token : tokens) {
      if (PLAIN_WORD.matcher(token).matches()) {
        words++;
      }
    }
    return words >= minShare * tokens.length;
  }

  static final int LONG_LINE = 10;
  static final double LONG_LINE_WORDS = 0.7;
  static final int SHORT_LINE = 4;
  static final double SHORT_LINE_WORDS = 0.8;
  private static final Pattern PLAIN_WORD = Pattern.compile("[(\"“‘']?\\p{L}[\\p{L}'’-]*[.,;:!?)\"”’]{0,2}");

  private static boolean readsAsSentence(String line) {
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    boolean opens = Character.isUpperCase(first) || first == '"' || first == '“' || first == '‘' || first == '\'';
    boolean ends = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '’';
    int space = line.indexOf(' ');
    return opens && ends && space > 0 && FIRST_WORD.matcher(line.substring(0, space)).matches();
  }

  /** The first token of a sentence: a word, perhaps quoted or followed by punctuation; never "FIT_IN=\"$IN". */
  private static final Pattern FIRST_WORD = Pattern.compile("[\"“‘']?[\\p{L}\\d][\\p{L}\\d'’.-]*[,:;\"”’]?");
}
