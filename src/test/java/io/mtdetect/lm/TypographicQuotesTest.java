package io.mtdetect.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TypographicQuotesTest {
  @Test
  void quotesAndApostrophesBecomeAsciiCharacterForCharacter() {
    String typeset = "\u201eNein\u201c, \u00abnon\u00bb, \u201cyes,\u201d she\u2019s \u2018sure\u2019 \u2014 \u201Bit\u201A";
    String ascii = TypographicQuotes.toAscii(typeset);
    assertEquals("\"Nein\", \"non\", \"yes,\" she's 'sure' \u2014 'it'", ascii);
    assertEquals(typeset.length(), ascii.length());
  }

  @Test
  void textWithoutTypographicQuotesIsReturnedAsItIs() {
    String plain = "He said \"no\" \u2014 it's final.";
    assertSame(plain, TypographicQuotes.toAscii(plain));
  }
}
