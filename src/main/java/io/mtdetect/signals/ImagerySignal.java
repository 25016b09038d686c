package io.mtdetect.signals;

import io.mtdetect.core.Evidence;
import io.mtdetect.core.SegmentedArticle;
import io.mtdetect.core.Sentence;
import io.mtdetect.core.SentenceFindings;
import io.mtdetect.imagery.ContentWords;
import io.mtdetect.imagery.PictureModel;
import java.util.List;
import java.util.Locale;

/**
 * Literal idioms: a concrete picture that no other word of the sentence explains ("the minister has been hanging
 * <em>noodles</em> on the ears of voters"), where English idioms use pictures English news uses ("pulling the wool over
 * voters' eyes"). The feature is the strongest unexplained picture's rarity; the evidence points at each. Not in
 * the default pipeline (one sentence in five of plain English holds a picture its corpus never pairs:
 * models/imagery/MODEL_CARD.md); {@code refresh-signals --signals imagery} adds it to saved results.
 */
public final class ImagerySignal implements SentenceSignal {
  public static final String UNEXPLAINED_PICTURE = "imagery.unexplainedPicture";

  private final PictureModel model;

  public ImagerySignal(PictureModel model) {
    this.model = model;
  }

  /** The signal with the bundled model, or null when this build has none. */
  public static ImagerySignal bundled() {
    PictureModel model = PictureModel.bundled();
    return model == null ? null : new ImagerySignal(model);
  }

  @Override
  public String name() {
    return "imagery";
  }

  @Override
  public List<String> features() {
    return List.of(UNEXPLAINED_PICTURE);
  }

  @Override
  public void analyse(SegmentedArticle article, List<SentenceFindings> findings) {
    for (Sentence s : article.sentences()) {
      List<PictureModel.Picture> pictures = model.unexplained(ContentWords.of(s.text(), model.nouns()));
      if (pictures.isEmpty()) {
        continue;
      }
      SentenceFindings f = findings.get(s.index());
      f.set(UNEXPLAINED_PICTURE, pictures.get(0).weight());
      for (PictureModel.Picture p : pictures) {
        int start = s.start() + p.word().start();
        int end = s.start() + p.word().end();
        f.addEvidence(new Evidence(name(), "unexplained-picture", String.format(Locale.ROOT,
            "\"%s\" (%s) is a picture no other word of the sentence is found with in English news: a literal idiom?",
            s.text().substring(p.word().start(), p.word().end()), p.kind()), start, end));
      }
    }
  }
}
