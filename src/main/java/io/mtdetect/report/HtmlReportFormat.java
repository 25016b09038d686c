package io.mtdetect.report;

import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Evidence;
import io.mtdetect.core.ScoredSentence;
import io.mtdetect.core.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A single self-contained HTML page (no external resources, works from a file): articles worst
 * first, each opening to its text with every sentence shaded by its probability and its evidence
 * shown on hover (title) or click (a panel under the text). Results are held until
 * {@link #finish()}, because the page is sorted.
 */
public final class HtmlReportFormat implements OutputFormat {
  private static final String STYLE = """
      body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1f2328}
      h1{font-size:1.4rem;margin:.2rem 0}.summary{color:#57606a}
      details.article{border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0;background:#fff}
      details.article>summary{cursor:pointer;padding:.5rem .75rem;display:flex;gap:.75rem;align-items:baseline}
      .quality{font-weight:700;min-width:2.2rem;text-align:right}.verdict{min-width:10.5rem;white-space:nowrap;font-size:.85rem;
      text-transform:uppercase;letter-spacing:.03em}.machine-translated .verdict{color:#b91c1c}.suspect .verdict{color:#b45309}
      .clean .verdict{color:#15803d}.prob{font-variant-numeric:tabular-nums;color:#57606a}.id{color:#8c959f;font-size:.8rem;margin-left:auto}
      .body{padding:0 1rem .5rem 1rem}.body p{margin:.5rem 0}.s{border-radius:3px;cursor:help;padding:0 1px}
      .s.selected{outline:2px solid #1f2328}.panel{margin:.25rem 0 .75rem;padding:.5rem .75rem;background:#f6f8fa;
      border-left:3px solid #b91c1c;white-space:pre-wrap;font-size:.9rem}.errors li{color:#b91c1c}
      .original{color:#57606a;font-size:.9rem}.legend span{padding:0 .4rem;border-radius:3px;margin-right:.3rem}
      """;
  private static final String SCRIPT = """
      document.querySelectorAll('details.article').forEach(function (article) {
        var panel = article.querySelector('.panel');
        article.querySelectorAll('.s').forEach(function (s) {
          s.addEventListener('click', function () {
            article.querySelectorAll('.s.selected').forEach(function (o) { o.classList.remove('selected'); });
            s.classList.add('selected');
            panel.textContent = s.getAttribute('data-evidence');
            panel.hidden = false;
            s.closest('p').after(panel); // the evidence opens under the sentence's paragraph
          });
        });
      });
      document.body.setAttribute('data-ready', 'true');
      """;

  private final Writer out;
  private final List<ArticleResult> results = new ArrayList<>();

  public HtmlReportFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) {
    results.add(result);
  }

  @Override
  public void finish() throws IOException {
    List<ArticleResult> scored = results.stream().filter(r -> !r.isError())
        .sorted(Comparator.comparingDouble(ArticleResult::mtProbability).reversed()).toList();
    List<ArticleResult> failed = results.stream().filter(ArticleResult::isError).toList();
    Map<Verdict, Long> counts = scored.stream().collect(Collectors.groupingBy(ArticleResult::verdict, TreeMap::new,
        Collectors.counting()));
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<link rel=\"icon\" href=\"data:,\"><title>mtdetect report</title><style>").append(STYLE)
        .append("</style></head>\n<body>\n<header><h1>mtdetect report</h1><p class=\"summary\">")
        .append(scored.size()).append(" article").append(scored.size() == 1 ? "" : "s").append(" scored");
    for (Map.Entry<Verdict, Long> e : counts.entrySet()) {
      html.append(", ").append(e.getValue()).append(' ').append(e.getKey().label());
    }
    if (!failed.isEmpty()) {
      html.append(", ").append(failed.size()).append(" not scored");
    }
    html.append(". Worst first: open an article to read it; each sentence is shaded by its probability of machine")
        .append(" translation; hover or click a sentence for its evidence.</p>")
        .append("<p class=\"legend\">Sentence shading: <span style=\"").append(shade(0.3)).append("\">0.3</span><span style=\"")
        .append(shade(0.6)).append("\">0.6</span><span style=\"").append(shade(0.9)).append("\">0.9</span></p></header>\n<main>\n");
    for (int i = 0; i < scored.size(); i++) {
      article(html, scored.get(i), i == 0); // the worst article opens with the page
    }
    if (!failed.isEmpty()) {
      html.append("<section class=\"errors\"><h2>Not scored</h2><ul>");
      for (ArticleResult r : failed) {
        html.append("<li><b>").append(escape(r.id())).append("</b>: ").append(escape(r.error())).append("</li>");
      }
      html.append("</ul></section>\n");
    }
    html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    out.write(html.toString());
    out.flush();
  }

  private static void article(StringBuilder html, ArticleResult r, boolean open) {
    html.append("<details class=\"article ").append(r.verdict().label()).append(open ? "\" open data-id=\"" : "\" data-id=\"").append(escape(r.id()))
        .append("\" data-mt-probability=\"").append(String.format(Locale.ROOT, "%.4f", r.mtProbability())).append("\">")
        .append("<summary><span class=\"quality\" title=\"quality (100 = no sign of machine translation)\">")
        .append(r.quality()).append("</span><span class=\"verdict\">").append(r.verdict().label())
        .append("</span><span class=\"prob\">").append(String.format(Locale.ROOT, "%.3f", r.mtProbability()))
        .append("</span><span class=\"title\">").append(escape(r.title() == null ? r.id() : r.title()))
        .append("</span><span class=\"id\">").append(escape(r.id()))
        .append(r.textFrom() == null ? "" : " (" + escape(r.textFrom()) + ")").append("</span></summary>\n<div class=\"body\">");
    if (r.original() != null) {
      html.append("<p class=\"original\" data-relation=\"")
          .append(r.original().map(o -> o.relation().label()).orElse("none")).append("\">")
          .append(r.original().map(o -> String.format(Locale.ROOT, "Original: %s (%s, similarity %.2f, coverage %.2f)",
              o.title() == null ? o.id() : o.title() + " — " + o.id(), o.relation().label(), o.similarity(), o.coverage()))
              .map(HtmlReportFormat::escape).orElse("No indexed original matches this article."))
          .append("</p>");
    }
    int paragraph = Integer.MIN_VALUE;
    for (ScoredSentence s : r.sentences()) {
      if (s.paragraph() != paragraph) {
        if (paragraph != Integer.MIN_VALUE) {
          html.append("</p>");
        }
        html.append("<p>");
        paragraph = s.paragraph();
      } else {
        html.append(' ');
      }
      String evidence = evidenceText(s);
      html.append("<span class=\"s\" tabindex=\"0\" data-p=\"").append(String.format(Locale.ROOT, "%.3f", s.mtProbability()))
          .append("\" style=\"").append(shade(s.mtProbability())).append("\" title=\"").append(escape(evidence))
          .append("\" data-evidence=\"").append(escape(evidence)).append("\">").append(escape(s.text())).append("</span>");
    }
    if (paragraph != Integer.MIN_VALUE) {
      html.append("</p>");
    }
    html.append("</div><div class=\"panel\" hidden></div></details>\n");
  }

  private static String evidenceText(ScoredSentence s) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "sentence probability %.2f", s.mtProbability()));
    if (s.alignedTo() != null) {
      text.append("\naligned to original sentence ").append(s.alignedTo().index()).append(": ").append(s.alignedTo().text());
    }
    if (s.evidence().isEmpty()) {
      text.append("\nno evidence");
    }
    for (Evidence e : s.evidence()) {
      text.append('\n').append(TableFormat.describe(e, s));
    }
    return text.toString();
  }

  /** Red with opacity growing with the probability; faint below 0.2 so clean text reads as clean. */
  static String shade(double p) {
    double alpha = p < 0.2 ? 0 : 0.08 + 0.6 * p;
    return String.format(Locale.ROOT, "background-color:rgba(220,38,38,%.2f)", alpha);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
