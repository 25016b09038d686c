package io.mtdetect.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mtdetect.cli.BuiltInModels;
import io.mtdetect.core.ArticleResult;
import io.mtdetect.core.Messages;
import io.mtdetect.ingest.InputItem;
import io.mtdetect.ingest.JsonLinesRecord;
import io.mtdetect.lm.LanguageModel;
import io.mtdetect.match.OriginalMatcher;
import io.mtdetect.pipeline.ArticleAnalyzer;
import io.mtdetect.pipeline.DefaultPipeline;
import io.mtdetect.report.Json;
import io.mtdetect.score.ScorerModel;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * mtdetect on Apache Spark: reads articles (JSON Lines like the CLI's, or Parquet with columns
 * {@code id}, {@code text}, optional {@code title}), scores every partition with the same pipeline
 * as the CLI — models loaded once per partition, in {@code mapPartitions} — and writes one record
 * per article with the CLI's output fields, as JSON Lines or Parquet.
 *
 * <pre>
 * spark-submit --class io.mtdetect.spark.SparkScoreJob --jars "$(ls target/lib/*.jar | paste -sd,)" \
 *   --conf spark.executorEnv.MTDETECT_MODELS=/shared/mtdetect/models target/mtdetect.jar IN OUT [options]
 * </pre>
 */
public final class SparkScoreJob {
  private SparkScoreJob() {}

  /** What a run reads and writes, and with which models. */
  public record Options(String input, String output, String outputFormat, String lm, Double threshold,
      String originals) implements Serializable {
    public Options(String input, String output, String outputFormat, String lm, Double threshold) {
      this(input, output, outputFormat, lm, threshold, null);
    }

    boolean parquetInput() {
      return input.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Command());
    // A missing input or an existing output is the user's to fix: one line, not Spark's stack trace.
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      System.err.println("mtdetect-spark: error: " + Messages.of(e));
      return 2;
    });
    System.exit(cli.execute(args));
  }

  /** The job's command line (picocli, like the CLI's). */
  @CommandLine.Command(name = "mtdetect-spark", mixinStandardHelpOptions = true,
      description = "Score articles on Apache Spark with mtdetect's pipeline; write one record per article.")
  static final class Command implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "INPUT",
        description = "JSON Lines ({\"id\", \"text\", \"title\"?} per line) or Parquet (*.parquet, same columns).")
    String input;

    @CommandLine.Parameters(index = "1", paramLabel = "OUTPUT", description = "A new directory for the results.")
    String output;

    @CommandLine.Option(names = "--format", defaultValue = "jsonl", description = "jsonl or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Option(names = "--lm", paramLabel = "DIR|none", description = "Language model (default: the built-in models/lm).")
    String lm;

    @CommandLine.Option(names = "--threshold", paramLabel = "P", description = "Verdict threshold (default: the scorer's).")
    Double threshold;

    @CommandLine.Option(names = "--originals", paramLabel = "DIR",
        description = "Match every article against this index of originals (mtdetect index). Each executor opens"
            + " it read-only at this path: put it on storage every executor mounts, or ship it with --files/--archives"
            + " and give the path it unpacks to.")
    String originals;

    @CommandLine.Option(names = "--master", paramLabel = "URL",
        description = "Spark master when not run by spark-submit, e.g. local[4].")
    String master;

    @Override
    public Integer call() {
      if (!format.equals("jsonl") && !format.equals("parquet")) {
        System.err.println("mtdetect-spark: error: --format must be jsonl or parquet, got " + format);
        return 2;
      }
      if (originals != null && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(originals))) {
        System.err.println("mtdetect-spark: error: no index of originals at " + originals);
        return 2;
      }
      Options options = new Options(input, output, format, lm, threshold, originals);
      SparkSession.Builder builder = SparkSession.builder().appName("mtdetect");
      if (master != null) {
        builder.master(master);
      }
      SparkSession spark = builder.getOrCreate();
      try {
        long written = run(spark, options);
        System.err.printf(Locale.ROOT, "mtdetect-spark: scored %d items into %s%n", written, options.output());
        return 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** Scores {@code options.input()} into {@code options.output()}; returns the number of records written. */
  public static long run(SparkSession spark, Options options) {
    Dataset<String> results = score(spark, options);
    results.cache();
    long count = results.count();
    if (options.outputFormat().equals("parquet")) {
      spark.read().json(results).write().mode(SaveMode.ErrorIfExists).parquet(options.output());
    } else {
      results.write().mode(SaveMode.ErrorIfExists).text(options.output());
    }
    results.unpersist();
    return count;
  }

  /** One JSON result per input article, in input order within each partition. */
  public static Dataset<String> score(SparkSession spark, Options options) {
    JavaRDD<ArticleInput> inputs;
    if (options.parquetInput()) {
      inputs = spark.read().parquet(options.input()).toJavaRDD().zipWithIndex()
          .map(pair -> ArticleInput.fromRow(pair._1(), options.input() + ":" + (pair._2() + 1)));
    } else {
      // The CLI's source for a JSON Lines record is path:line; zipWithIndex numbers lines in file order.
      inputs = spark.read().textFile(options.input()).toJavaRDD().zipWithIndex()
          .filter(pair -> !pair._1().isBlank())
          .map(pair -> new ArticleInput(options.input() + ":" + (pair._2() + 1), pair._1(), null, null, null));
    }
    JavaRDD<String> scored = inputs.mapPartitions(new ScorePartition(options));
    return spark.createDataset(scored.rdd(), Encoders.STRING());
  }

  /** A record to score: a JSON line, or a Parquet row's fields. */
  record ArticleInput(String where, String jsonLine, String id, String title, String text) implements Serializable {
    static ArticleInput fromRow(Row row, String where) {
      String id = field(row, "id");
      return new ArticleInput(where, null, id == null ? where : id, field(row, "title"), field(row, "text"));
    }

    private static String field(Row row, String name) {
      int i = row.schema().getFieldIndex(name).isDefined() ? row.fieldIndex(name) : -1;
      return i < 0 || row.isNullAt(i) ? null : String.valueOf(row.get(i));
    }

    InputItem toItem(ObjectMapper json) {
      return jsonLine != null ? JsonLinesRecord.parse(json, where, jsonLine) : JsonLinesRecord.fields(id, where, title, text);
    }
  }

  /** Scores one partition with one pipeline, built when the partition starts and closed when it ends. */
  static final class ScorePartition implements FlatMapFunction<Iterator<ArticleInput>, String> {
    private final Options options;

    ScorePartition(Options options) {
      this.options = options;
    }

    @Override
    public Iterator<String> call(Iterator<ArticleInput> articles) throws IOException {
      ScorerModel model = ScorerModel.bundled();
      if (options.threshold() != null) {
        model = model.withThreshold(options.threshold());
      }
      LanguageModel languageModel = BuiltInModels.languageModel(options.lm(), 1);
      ArticleAnalyzer plain = DefaultPipeline.create(model, 1, languageModel);
      ArticleAnalyzer analyzer = options.originals() == null ? plain
          : plain.withOriginals(OriginalMatcher.open(java.nio.file.Path.of(options.originals())));
      ObjectMapper json = Json.mapper();
      ObjectWriter writer = Json.mapper().writer();
      return new Iterator<>() {
        private boolean closed;

        @Override
        public boolean hasNext() {
          boolean more = articles.hasNext();
          if (!more && !closed) {
            analyzer.close(); // the partition is done: free LanguageTool and the model
            closed = true;
          }
          return more;
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          ArticleResult result = analyzer.analyse(articles.next().toItem(json));
          try {
            return writer.writeValueAsString(result);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }
  }
}
