package io.mtdetect.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code mtdetect <command> [options]}. */
@Command(
    name = "mtdetect",
    description = "Spot machine-translated (round-trip) English news, sentence by sentence.",
    mixinStandardHelpOptions = true,
    version = "mtdetect 0.1.0",
    subcommands = {CommandLine.HelpCommand.class})
public final class MtDetect {

  public static void main(String[] args) {
    System.exit(run(Console.system(), args));
  }

  /** Runs a command line against the given streams and returns the exit code. */
  public static int run(Console console, String... args) {
    CommandLine cli = new CommandLine(new MtDetect());
    cli.addSubcommand("score", new ScoreCommand(console));
    cli.addSubcommand("train-tokenizer", new TrainTokenizerCommand(console));
    cli.addSubcommand("train-lm", new TrainLmCommand(console));
    cli.addSubcommand("count-tokens", new CountTokensCommand(console));
    cli.addSubcommand("train-word-order", new TrainWordOrderCommand(console));
    cli.addSubcommand("train-imagery", new TrainImageryCommand(console));
    cli.addSubcommand("train-classifier", new TrainClassifierCommand(console));
    cli.addSubcommand("perplexity", new PerplexityCommand(console));
    cli.addSubcommand("bench", new BenchCommand(console));
    cli.addSubcommand("bench-lm", new BenchLmCommand(console));
    cli.addSubcommand("export-lm", new ExportLmCommand(console));
    cli.addSubcommand("eval", new EvalCommand(console));
    cli.addSubcommand("train-scorer", new TrainScorerCommand(console));
    cli.addSubcommand("train-ngram", new TrainNgramCommand(console));
    cli.addSubcommand("refresh-signals", new RefreshSignalsCommand(console));
    cli.addSubcommand("artefact-rates", new ArtefactRatesCommand(console));
    cli.addSubcommand("screen", new ScreenCommand(console));
    cli.addSubcommand("extract", new ExtractCommand(console));
    cli.addSubcommand("report", new ReportCommand(console));
    cli.addSubcommand("index", new IndexCommand(console));
    cli.addSubcommand("eval-originals", new EvalOriginalsCommand(console));
    cli.addSubcommand("bench-index", new BenchIndexCommand(console));
    cli.addSubcommand("compare", new CompareCommand(console));
    cli.addSubcommand("serve", new ServeCommand(console));
    cli.addSubcommand("bench-serve", new BenchServeCommand(console));
    cli.addSubcommand("soak-serve", new SoakServeCommand(console));
    cli.setOut(new java.io.PrintWriter(console.out(), true));
    cli.setErr(new java.io.PrintWriter(console.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      console.err().println("mtdetect: error: " + e);
      if (System.getenv("MTDETECT_DEBUG") != null) {
        e.printStackTrace(console.err());
      }
      return ExitCodes.NOTHING_SCORED_OR_USAGE;
    });
    return cli.execute(args);
  }
}
