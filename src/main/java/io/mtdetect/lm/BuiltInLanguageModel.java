package io.mtdetect.lm;

import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The built-in causal transformer as a scorer: every token's log-probability and rank given the
 * text before it (and an optional context, such as the paragraph so far). Texts that fit the window
 * are scored in padded batches; right-padding cannot change earlier positions of a causal model, so
 * batched and one-by-one scores agree. Thread-safe: DJL Predictors are pooled, one per caller.
 */
public final class BuiltInLanguageModel implements LanguageModel {
  private static final int MAX_BATCH = 16;
  private static final double MAX_PADDING_SHARE = 0.15;

  private final Model model;
  private final HuggingFaceTokenizer tokenizer;
  private final LmConfig config;
  private final boolean owned;
  private final PredictorPool<Window, Scores> predictors;

  private final LmRuntime runtime;
  private final TokenUnigrams unigrams;

  /** A DJL Predictor is not thread-safe: each of {@code threads} callers borrows one from the pool. */
  BuiltInLanguageModel(Model model, HuggingFaceTokenizer tokenizer, LmConfig config, boolean owned, int threads) {
    this(model, tokenizer, config, owned, threads, LmRuntime.PYTORCH, null);
  }

  private BuiltInLanguageModel(Model model, HuggingFaceTokenizer tokenizer, LmConfig config, boolean owned, int threads,
      LmRuntime runtime, TokenUnigrams unigrams) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.config = config;
    this.owned = owned;
    this.runtime = runtime;
    this.unigrams = unigrams;
    NoBatchifyTranslator<Window, Scores> translator =
        runtime == LmRuntime.PYTORCH ? new WindowTranslator() : new OnnxWindowTranslator();
    this.predictors = new PredictorPool<>(threads, () -> model.newPredictor(translator));
  }

  /** Loads {@code dir/config.json}, {@code dir/tokenizer.json} and the weights, to run on PyTorch. */
  public static BuiltInLanguageModel load(Path dir, int threads) throws IOException {
    return load(dir, threads, LmRuntime.PYTORCH);
  }

  /**
   * Loads the model in {@code dir} to run on {@code runtime}: the DJL weights on PyTorch, or the ONNX
   * export beside them on OnnxRuntime (one intra-op thread per call, as {@link Djl#singleThreadedOpsByDefault}
   * gives PyTorch: scoring already runs one article per core).
   */
  public static BuiltInLanguageModel load(Path dir, int threads, LmRuntime runtime) throws IOException {
    Djl.offlineByDefault();
    LmConfig config = LmConfig.load(dir.resolve("config.json"));
    Model model;
    try {
      if (runtime == LmRuntime.PYTORCH) {
        model = Model.newInstance(LmTrainer.MODEL_NAME, "PyTorch");
        model.setBlock(new CausalTransformer(config));
        loadOrClose(model, dir, LmTrainer.MODEL_NAME, null);
      } else {
        String file = runtime.onnxPrecision().fileName();
        if (!Files.exists(dir.resolve(file))) {
          throw new IOException(dir + " has no " + file + " (write it with: mtdetect export-lm " + dir + ")");
        }
        model = Model.newInstance(LmTrainer.MODEL_NAME, "OnnxRuntime");
        loadOrClose(model, dir, file.substring(0, file.length() - ".onnx".length()),
            Map.of("interOpNumThreads", "1", "intraOpNumThreads", "1"));
      }
    } catch (ai.djl.engine.EngineException e) {
      throw new IOException("cannot start the " + runtime.optionName() + " engine: " + e.getMessage(), e);
    }
    TokenUnigrams unigrams;
    try {
      unigrams = TokenUnigrams.loadIfPresent(dir);
    } catch (IOException e) {
      model.close();
      throw e;
    }
    return new BuiltInLanguageModel(model, LanguageModels.tokenizer(dir.resolve("tokenizer.json")), config, true, threads,
        runtime, unigrams);
  }

  private static void loadOrClose(Model model, Path dir, String prefix, Map<String, ?> options)
      throws IOException {
    try {
      model.load(dir, prefix, options);
    } catch (ai.djl.MalformedModelException | IOException | RuntimeException e) {
      model.close();
      throw new IOException("cannot load the model in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "built-in causal transformer " + config + (runtime == LmRuntime.PYTORCH ? "" : " on " + runtime.optionName());
  }

  public LmRuntime runtime() {
    return runtime;
  }

  @Override
  public TokenUnigrams unigrams() {
    return unigrams;
  }

  @Override
  public boolean hasClassifier() {
    return config.hasClassifier();
  }

  public LmConfig config() {
    return config;
  }

  /** A request turned into ids: [EOT, context…, text…], scoring from {@code firstTarget}. */
  private record Prepared(Encoding encoding, int shift, long[] sequence, int firstTarget) {
    int tokens() {
      return sequence.length - firstTarget;
    }
  }

  private Prepared prepare(Request request) {
    return prepare(tokenizer, config.context(), request);
  }

  private static Prepared prepare(HuggingFaceTokenizer tokenizer, int window, Request request) {
    Joined joined = Joined.of(new Request(TypographicQuotes.toAscii(request.context()),
        TypographicQuotes.toAscii(request.text())));
    Encoding encoding = tokenizer.encode(joined.text(), false, false);
    long[] ids = encoding.getIds();
    long[] contextIds =
        joined.context().isEmpty() ? new long[0] : tokenizer.encode(joined.context(), false, false).getIds();
    // Keep as much of the context as fits in one window together with the text.
    int room = Math.max(0, window - 1 - ids.length);
    int keep = Math.min(contextIds.length, room);
    long[] sequence = new long[1 + keep + ids.length];
    System.arraycopy(contextIds, contextIds.length - keep, sequence, 1, keep);
    System.arraycopy(ids, 0, sequence, 1 + keep, ids.length);
    return new Prepared(encoding, joined.shift(), sequence, 1 + keep);
  }

  /**
   * The token ids the model sees for a request, {@code [EOT, context…, text…]}, and where the text
   * starts: the one encoding shared by scoring and classifier training, so both see the same input.
   */
  public record Encoded(long[] sequence, int firstTarget) {}

  public static Encoded encode(HuggingFaceTokenizer tokenizer, int window, Request request) {
    Prepared p = prepare(tokenizer, window, request);
    return new Encoded(p.sequence(), p.firstTarget());
  }

  @Override
  public TokenScores score(String context, String text) {
    return scoreAll(List.of(new Request(context, text))).get(0);
  }

  @Override
  public List<TokenScores> scoreAll(List<Request> requests) {
    List<Prepared> prepared = new ArrayList<>(requests.size());
    for (Request r : requests) {
      prepared.add(prepare(r));
    }
    double[][] logProb = new double[prepared.size()][];
    int[][] rank = new int[prepared.size()][];
    double[] machineLogit = new double[prepared.size()];
    Arrays.fill(machineLogit, Double.NaN);
    // Batch texts of similar length together, so little of each batch is padding.
    List<Integer> byLength = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      Prepared p = prepared.get(i);
      logProb[i] = new double[p.tokens()];
      rank[i] = new int[p.tokens()];
      if (p.sequence().length <= config.context()) {
        byLength.add(i);
      } else {
        machineLogit[i] = scoreLong(p, logProb[i], rank[i]);
      }
    }
    byLength.sort(java.util.Comparator.comparingInt(i -> prepared.get(i).sequence().length));
    int from = 0;
    while (from < byLength.size()) {
      int to = batchEnd(prepared, byLength, from);
      scoreBatch(prepared, byLength.subList(from, to), logProb, rank, machineLogit);
      from = to;
    }
    List<TokenScores> out = new ArrayList<>(prepared.size());
    for (int i = 0; i < prepared.size(); i++) {
      out.add(toScores(prepared.get(i).encoding(), prepared.get(i).shift(), logProb[i], rank[i], machineLogit[i]));
    }
    return out;
  }

  /**
   * End (exclusive) of the batch that starts at {@code from} in the length-sorted order: at most
   * {@link #MAX_BATCH} texts, and padding (every row is as long as the longest) at most
   * {@link #MAX_PADDING_SHARE} of the tokens computed. One article's sentences range from 5 to 60
   * tokens; padding them all to the longest doubled the model's work, while a batch of one costs
   * barely more per token than a full one on a CPU (bench-lm: 8,145 vs 8,946 tokens/s).
   */
  static int batchEnd(List<Prepared> prepared, List<Integer> byLength, int from) {
    long real = 0;
    int to = from;
    while (to < byLength.size() && to - from < MAX_BATCH) {
      int length = prepared.get(byLength.get(to)).sequence().length;
      long padded = (long) length * (to - from + 1); // sorted: this text is the longest so far
      if (to > from && padded - (real + length) > MAX_PADDING_SHARE * padded) {
        break;
      }
      real += length;
      to++;
    }
    return to;
  }

  private void scoreBatch(List<Prepared> prepared, List<Integer> members, double[][] logProb, int[][] rank,
      double[] machineLogit) {
    int width = 0;
    for (int i : members) {
      width = Math.max(width, prepared.get(i).sequence().length);
    }
    long[] ids = new long[members.size() * width]; // padded with end-of-text (0) on the right
    for (int b = 0; b < members.size(); b++) {
      long[] seq = prepared.get(members.get(b)).sequence();
      System.arraycopy(seq, 0, ids, b * width, seq.length);
    }
    Scores scores = forward(ids, members.size(), width);
    for (int b = 0; b < members.size(); b++) {
      Prepared p = prepared.get(members.get(b));
      for (int t = p.firstTarget(); t < p.sequence().length; t++) {
        int at = b * width + t - 1; // position t-1 predicts token t
        logProb[members.get(b)][t - p.firstTarget()] = scores.logProb()[at];
        rank[members.get(b)][t - p.firstTarget()] = (int) scores.rank()[at];
      }
      machineLogit[members.get(b)] = scores.pooledMachineLogit(b * width, p.firstTarget(), p.sequence().length);
    }
  }

  /**
   * Texts longer than the window slide over it, each window predicting only its new tokens. The
   * classifier reads the first window, as it was trained to.
   */
  private double scoreLong(Prepared p, double[] logProb, int[] rank) {
    long[] sequence = p.sequence();
    int target = p.firstTarget();
    double machineLogit = Double.NaN;
    while (target < sequence.length) {
      int to = Math.min(sequence.length, target + config.context() - 1);
      int from = Math.max(0, to - config.context());
      long[] window = Arrays.copyOfRange(sequence, from, to);
      Scores scores = forward(window, 1, window.length);
      for (int t = target; t < to; t++) {
        logProb[t - p.firstTarget()] = scores.logProb()[t - 1 - from];
        rank[t - p.firstTarget()] = (int) scores.rank()[t - 1 - from];
      }
      if (from == 0) {
        machineLogit = scores.pooledMachineLogit(0, p.firstTarget(), to);
      }
      target = to;
    }
    return machineLogit;
  }

  /** A padded batch of id rows, {@code [batch, width]} row-major. */
  record Window(long[] ids, int batch, int width) {
    /** Each position's next id (what it predicts); the last position of a row gets padding. */
    long[] nextIds() {
      long[] next = new long[ids.length];
      for (int b = 0; b < batch; b++) {
        System.arraycopy(ids, b * width + 1, next, b * width, width - 1);
      }
      return next;
    }
  }

  /**
   * Per position p of each row: log-probability and rank of the token at p+1 (the last position is
   * padding), and the classifier branch's logit at p ({@code null} without a branch).
   */
  record Scores(float[] logProb, long[] rank, float[] machineLogit) {
    /** The mean classifier logit over positions [from, to) of the row starting at {@code rowStart}: training's pooling. */
    double pooledMachineLogit(int rowStart, int from, int to) {
      if (machineLogit == null || to <= from) {
        return Double.NaN;
      }
      double sum = 0;
      for (int t = from; t < to; t++) {
        sum += machineLogit[rowStart + t];
      }
      return sum / (to - from);
    }
  }

  private Scores forward(long[] ids, int batch, int width) {
    return predictors.predict(new Window(ids, batch, width));
  }

  /**
   * Runs the transformer on a window and reduces its logits to the figures scoring needs, on the
   * native side: only two small arrays leave native memory, not {@code batch × width × vocabulary} floats.
   */
  private static final class WindowTranslator implements NoBatchifyTranslator<Window, Scores> {
    private static final String TARGETS = "targets";

    @Override
    public NDList processInput(TranslatorContext ctx, Window window) {
      long[] next = window.nextIds();
      NDManager manager = ctx.getNDManager();
      ctx.setAttachment(TARGETS, manager.create(next, new Shape(window.batch(), window.width(), 1)));
      return new NDList(manager.create(window.ids(), new Shape(window.batch(), window.width())));
    }

    @Override
    public Scores processOutput(TranslatorContext ctx, NDList list) {
      NDArray logSoftmax = list.get(0).logSoftmax(-1);
      NDArray actual = logSoftmax.gather((NDArray) ctx.getAttachment(TARGETS), -1);
      long[] higher = logSoftmax.gt(actual).sum(new int[] {-1}).toType(DataType.INT64, false).toLongArray();
      return new Scores(actual.toFloatArray(), higher, list.size() > 1 ? list.get(1).toFloatArray() : null);
    }
  }

  /**
   * Context and text as the tokenizer should see them. A byte-level BPE tokenizer glues a word's
   * leading space to the word (" Russia"), so text that follows context is encoded with its
   * separating space in front and the context without a trailing one; otherwise every sentence
   * would start with a rare space-less token and look surprising. {@code shift} maps offsets back.
   */
  record Joined(String context, String text, int shift) {
    static Joined of(Request request) {
      String context = request.context().stripTrailing();
      if (context.isEmpty()) {
        return new Joined("", request.text(), 0);
      }
      return new Joined(context, " " + request.text(), 1);
    }
  }

  /** Token scores with spans in the caller's text: {@code shift} leading characters were added for encoding. */
  static TokenScores toScores(Encoding encoding, int shift, double[] logProb, int[] rank, double machineLogit) {
    CharSpan[] spans = encoding.getCharTokenSpans();
    String[] tokens = encoding.getTokens();
    int n = logProb.length;
    int[] start = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      start[i] = spans[i] == null ? -1 : Math.max(0, spans[i].getStart() - shift);
      end[i] = spans[i] == null ? -1 : Math.max(0, spans[i].getEnd() - shift);
    }
    return new TokenScores(tokens, start, end, logProb, rank, machineLogit);
  }

  @Override
  public void close() {
    predictors.close();
    if (owned) {
      tokenizer.close();
      model.close();
    }
  }
}
