package io.mtdetect.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an interrupted JSON Lines run stopped: the ids of the records it wrote completely, in order,
 * and how many of them were errors. A run killed mid-write leaves at most one unfinished last line;
 * {@link #read} drops it from the file, so appending continues at a record boundary.
 */
public record ResumePoint(List<String> ids, int failed) {
  /** The output cannot be continued (a complete line that is not a mtdetect record). */
  public static final class NotResumable extends IOException {
    NotResumable(String message) {
      super(message);
    }
  }

  /** Reads the finished records of {@code file} and cuts off an unfinished last line; a missing file is a fresh start. */
  public static ResumePoint read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new ResumePoint(List.of(), 0);
    }
    byte[] bytes = Files.readAllBytes(file);
    int complete = bytes.length;
    while (complete > 0 && bytes[complete - 1] != '\n') {
      complete--;
    }
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    int failed = 0;
    String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode record;
      try {
        record = json.readTree(line);
      } catch (IOException e) {
        record = null;
      }
      if (record == null || !record.isObject() || !record.hasNonNull("id")) {
        throw new NotResumable(file + ":" + lineNumber + " is not a mtdetect result record: cannot resume into it");
      }
      ids.add(record.get("id").asText());
      failed += record.hasNonNull("error") ? 1 : 0;
    }
    if (complete < bytes.length) {
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(complete);
      }
    }
    return new ResumePoint(List.copyOf(ids), failed);
  }

  public int done() {
    return ids.size();
  }
}
