package org.silkway.web.api.user;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;

/** The small JSON bodies of the user endpoints: read bounded, fields as text, problems as 400. */
final class JsonBodies {

  /** A user body is a few names and passwords: anything longer is not one. */
  private static final int MAX_BYTES = 4096;

  private JsonBodies() {}

  /** The body as a JSON object, or an {@link InvalidFieldException} naming {@code body}. */
  static JsonObject read(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InvalidFieldException("body", "The body could not be read");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidFieldException("body", "The body is longer than " + MAX_BYTES + " bytes");
    }
    try (JsonReader reader = Jsons.reader(new ByteArrayInputStream(bytes))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidFieldException("body", "Send a JSON object");
      }
      return value.asJsonObject();
    } catch (jakarta.json.JsonException e) {
      throw new InvalidFieldException("body", "The body is not JSON");
    }
  }

  /** A text field, or null when absent; anything else than text is refused. */
  static String text(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new InvalidFieldException(field, "Give " + field + " as text");
    }
    return text.getString();
  }

  /** 400 naming the field and saying what is wrong. */
  static Response invalid(InvalidFieldException e) {
    String body =
        Jsons.object()
            .add("status", 400)
            .add("title", "Invalid " + e.field())
            .add("detail", e.getMessage())
            .add("field", e.field())
            .build()
            .toString();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(body)
        .build();
  }
}
