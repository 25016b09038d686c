package io.mtdetect.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonGenerator.Feature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;

/** The one JSON configuration every output uses, so all formats agree on numbers and order. */
public final class Json {
  /** Probabilities and features are estimates; more than 4 decimals is noise in the output. */
  private static final double ROUNDING = 1e4;

  private Json() {}

  public static ObjectMapper mapper() {
    SimpleModule rounding = new SimpleModule("mtdetect-rounding");
    rounding.addSerializer(Double.class, new RoundedDouble());
    rounding.addSerializer(double.class, new RoundedDouble());
    return new ObjectMapper()
        .registerModule(rounding)
        .registerModule(new Jdk8Module())
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(Feature.AUTO_CLOSE_TARGET, false);
  }

  static double round(double value) {
    return Math.round(value * ROUNDING) / ROUNDING;
  }

  private static final class RoundedDouble extends StdSerializer<Double> {
    RoundedDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isNaN() || value.isInfinite()) {
        gen.writeNull();
      } else {
        gen.writeNumber(round(value));
      }
    }
  }
}
