package io.mtdetect.imagery;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A dozen nouns and a few explained pairs: enough to read the test sentences of the imagery tests. */
public final class PictureFixtures {
  public static final ConcreteNouns NOUNS = new ConcreteNouns(kinds("tomato food, eye body, regulator -, merger -,"
      + " towel artifact, defeat -, ox animal, plough artifact, orchid plant, cactus plant, heather plant, dye substance"),
      Map.of("oxen", "ox", "cacti", "cactus"));

  private PictureFixtures() {}

  private static Map<String, String> kinds(String pairs) {
    Map<String, String> kinds = new java.util.HashMap<>();
    for (String pair : pairs.split(", *")) {
      kinds.put(pair.split(" ")[0], pair.split(" ")[1]);
    }
    return kinds;
  }

  /** A model that explains exactly the given (noun, partner) pairs. */
  public static PictureModel model(String... explainedPairs) {
    BloomFilter<CharSequence> explained = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), 100, 0.001);
    for (int i = 0; i < explainedPairs.length; i += 2) {
      explained.put(PictureModel.pairKey(explainedPairs[i], explainedPairs[i + 1]));
    }
    return new PictureModel(NOUNS, explained, Map.of("tomato", 60, "eye", 1800, "towel", 80), 19_000_000);
  }
}
