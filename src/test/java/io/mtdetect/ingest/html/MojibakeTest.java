package io.mtdetect.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void utf8ReadAsWindows1252OrLatin1IsRepaired() {
    assertEquals("we’ve narrowed it down", Mojibake.repair("weâ€™ve narrowed it down")); // via Windows-1252
    assertEquals("we’ve narrowed it down", Mojibake.repair("we\u00e2\u0080\u0099ve narrowed it down")); // via Latin-1
    assertEquals("café — “quoted”", Mojibake.repair("cafÃ© â€” â€œquotedâ€\u009d"));
    assertEquals("© 2025", Mojibake.repair("Â© 2025"));
  }

  @Test
  void textThatIsNotMojibakeIsLeftAlone() {
    assertEquals("Café, naïve, déjà vu — “fine”", Mojibake.repair("Café, naïve, déjà vu — “fine”"));
    assertEquals("Ãx", Mojibake.repair("Ãx"), "a lead character without its continuation");
    assertEquals("", Mojibake.repair(""));
  }
}
