package io.mtdetect.match.index;

import io.mtdetect.match.analysis.OriginalFields;
import io.mtdetect.match.analysis.SurvivingTerms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Converts between an original and its Lucene document. */
final class OriginalDocuments {
  private OriginalDocuments() {}

  static Document toDocument(IndexedOriginal original) {
    Document doc = new Document();
    doc.add(new StringField(OriginalFields.ID, original.id(), Field.Store.YES));
    if (original.url() != null) {
      doc.add(new StoredField(OriginalFields.URL, original.url()));
    }
    if (original.title() != null) {
      doc.add(new StoredField(OriginalFields.TITLE, original.title()));
    }
    // Sentences never contain a line break (the segmenter splits paragraphs at them).
    doc.add(new StoredField(OriginalFields.SENTENCES, String.join("\n", original.sentences())));
    List<String> withTitle = new ArrayList<>(original.sentences());
    if (original.title() != null) {
      withTitle.add(0, original.title());
    }
    doc.add(new TextField(OriginalFields.BODY, String.join("\n", withTitle), Field.Store.NO));
    SurvivingTerms terms = SurvivingTerms.of(original.sentences());
    doc.add(new TextField(OriginalFields.NAMES, terms.namesField(), Field.Store.NO));
    doc.add(new TextField(OriginalFields.NUMBERS, terms.numbersField(), Field.Store.NO));
    return doc;
  }

  static IndexedOriginal fromDocument(Document doc) {
    String sentences = doc.get(OriginalFields.SENTENCES);
    return new IndexedOriginal(doc.get(OriginalFields.ID), doc.get(OriginalFields.URL), doc.get(OriginalFields.TITLE),
        sentences == null || sentences.isEmpty() ? List.of() : Arrays.asList(sentences.split("\n")));
  }
}
