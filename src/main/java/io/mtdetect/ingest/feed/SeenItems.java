package io.mtdetect.ingest.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The items a repeated screening has already seen: item key (guid or link) → hash of the item's
 * title, content and summary. An item is skipped only when both match, so an edited article is
 * screened again. Saved as a small JSON object, replaced atomically so a crash never corrupts it.
 */
public final class SeenItems {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, String> hashes;

  private SeenItems(Map<String, String> hashes) {
    this.hashes = hashes;
  }

  public static SeenItems empty() {
    return new SeenItems(new TreeMap<>());
  }

  /** Loads a state file; a missing file is an empty state (the first run). */
  public static SeenItems load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      Map<String, String> read = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() {});
      return new SeenItems(read == null ? new TreeMap<>() : read);
    } catch (IOException e) {
      throw new IOException("not a mtdetect state file (expected a JSON object of item → hash)", e);
    }
  }

  public boolean seen(FeedItem item) {
    return item.key() != null && hash(item).equals(hashes.get(item.key()));
  }

  public void remember(FeedItem item) {
    if (item.key() != null) {
      hashes.put(item.key(), hash(item));
    }
  }

  public int size() {
    return hashes.size();
  }

  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".mtdetect-state", ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), hashes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String hash(FeedItem item) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {item.title(), item.content(), item.summary()}) {
        sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
