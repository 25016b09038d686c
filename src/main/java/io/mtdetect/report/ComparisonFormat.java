package io.mtdetect.report;

import io.mtdetect.match.Comparison;
import io.mtdetect.match.align.WordChange;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** How {@code mtdetect compare} writes two articles side by side: a text table, JSON, or an HTML page. */
public enum ComparisonFormat {
  TABLE,
  JSON,
  HTML;

  private static final int COLUMN = 60;

  public void write(Comparison c, Writer out) throws IOException {
    switch (this) {
      case TABLE -> table(c, out);
      case JSON -> {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, c);
        out.write('\n');
      }
      case HTML -> out.write(html(c));
    }
    out.flush();
  }

  private static String summary(Comparison c) {
    return String.format(Locale.ROOT, "relation %s, similarity %.3f, coverage %.3f",
        c.relation() == null ? "none" : c.relation().label(), c.similarity(), c.coverage());
  }

  private static void table(Comparison c, Writer out) throws IOException {
    out.write("A: " + c.a().id() + "\nB: " + c.b().id() + "\n" + summary(c) + "\n\n");
    out.write(String.format(Locale.ROOT, "%-5s %-" + COLUMN + "s | %-5s %-" + COLUMN + "s %s%n", "A", "TEXT", "B", "TEXT", "SIM"));
    for (Comparison.Row row : c.rows()) {
      out.write(String.format(Locale.ROOT, "%-5s %-" + COLUMN + "s | %-5s %-" + COLUMN + "s %s%n", indices(row.aSentences()),
          clip(row.aText()), indices(row.bSentences()), clip(row.bText()),
          row.similarity() == null ? "" : String.format(Locale.ROOT, "%.2f", row.similarity())));
      for (WordChange change : row.wordChanges()) {
        out.write("      " + change.describe() + "\n");
      }
    }
  }

  private static String indices(java.util.List<Integer> list) {
    return list.isEmpty() ? "-" : list.size() == 1 ? String.valueOf(list.get(0)) : list.get(0) + "-" + list.get(list.size() - 1);
  }

  private static String clip(String text) {
    return text.length() <= COLUMN ? text : text.substring(0, COLUMN - 1) + "…";
  }

  private static final String STYLE = """
      body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:1rem 1.5rem;color:#1f2328}
      h1{font-size:1.3rem}.summary{color:#57606a}table{border-collapse:collapse;width:100%}
      td,th{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de;text-align:left}
      td.n{color:#8c959f;font-size:.8rem;white-space:nowrap}td.sim{font-variant-numeric:tabular-nums;color:#57606a}
      tr.unaligned td.text{color:#8c959f;font-style:italic}mark{background:#fde68a;border-radius:3px;cursor:help}
      mark.selected{outline:2px solid #1f2328}
      """;
  private static final String SCRIPT = """
      document.querySelectorAll('mark').forEach(function (m) {
        m.addEventListener('click', function () {
          document.querySelectorAll('mark.selected').forEach(function (o) { o.classList.remove('selected'); });
          m.classList.add('selected');
          document.getElementById('change').textContent = m.getAttribute('data-change');
        });
      });
      document.body.setAttribute('data-ready', 'true');
      """;

  private static String html(Comparison c) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
        .append("<title>mtdetect compare</title><style>").append(STYLE).append("</style></head>\n<body>\n<h1>")
        .append(HtmlReportFormat.escape(c.a().id())).append(" ↔ ").append(HtmlReportFormat.escape(c.b().id()))
        .append("</h1><p class=\"summary\" data-relation=\"").append(c.relation() == null ? "none" : c.relation().label())
        .append("\">").append(HtmlReportFormat.escape(summary(c)))
        .append(". Changed words in A are marked; hover or click one for what B has instead.</p>")
        .append("<p class=\"summary\" id=\"change\"></p>\n<table><thead><tr><th></th><th>A: ")
        .append(HtmlReportFormat.escape(c.a().title() == null ? c.a().id() : c.a().title())).append("</th><th></th><th>B: ")
        .append(HtmlReportFormat.escape(c.b().title() == null ? c.b().id() : c.b().title()))
        .append("</th><th>sim</th></tr></thead><tbody>\n");
    for (Comparison.Row row : c.rows()) {
      html.append("<tr class=\"").append(row.similarity() == null ? "unaligned" : "aligned").append("\"><td class=\"n\">")
          .append(indices(row.aSentences())).append("</td><td class=\"text a\">").append(marked(row))
          .append("</td><td class=\"n\">").append(indices(row.bSentences())).append("</td><td class=\"text b\">")
          .append(HtmlReportFormat.escape(row.bText())).append("</td><td class=\"sim\">")
          .append(row.similarity() == null ? "" : String.format(Locale.ROOT, "%.2f", row.similarity()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    return html.toString();
  }

  /** A's text with each changed run in a mark whose title says what B has there. */
  private static String marked(Comparison.Row row) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (WordChange change : row.wordChanges()) {
      if (change.isDeletion() || change.queryStart() < at) {
        continue;
      }
      b.append(HtmlReportFormat.escape(row.aText().substring(at, change.queryStart())));
      String note = change.describe();
      b.append("<mark title=\"").append(HtmlReportFormat.escape(note)).append("\" data-change=\"")
          .append(HtmlReportFormat.escape(note)).append("\">")
          .append(HtmlReportFormat.escape(row.aText().substring(change.queryStart(), change.queryEnd()))).append("</mark>");
      at = change.queryEnd();
    }
    b.append(HtmlReportFormat.escape(row.aText().substring(at)));
    return b.toString();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
