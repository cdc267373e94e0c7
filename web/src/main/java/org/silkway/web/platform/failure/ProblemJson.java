package org.silkway.web.platform.failure;

import jakarta.json.JsonObjectBuilder;
import org.silkway.web.api.Jsons;

/** A failure as an RFC 9457 problem document: {@code status}, {@code title}, {@code detail}. */
public final class ProblemJson {

  private ProblemJson() {}

  public static String of(Failure failure) {
    JsonObjectBuilder body =
        Jsons.object()
            .add("status", failure.status())
            .add("title", failure.title())
            .add("detail", failure.detail());
    if (failure.id() != null) {
      body.add("errorId", failure.id());
    }
    return body.build().toString();
  }
}
