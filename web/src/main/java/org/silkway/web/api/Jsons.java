package org.silkway.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Writer;

/**
 * JSON for Silkway's HTTP answers, from one provider looked up once. {@code Jsons.object()} and its
 * kin look the provider up with a ServiceLoader on every call, scanning the class path: under load
 * that lookup was 94 % of the brief index's time.
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonWriter writer(Writer out) {
    return PROVIDER.createWriter(out);
  }

  public static JsonReader reader(InputStream in) {
    return PROVIDER.createReader(in);
  }
}
