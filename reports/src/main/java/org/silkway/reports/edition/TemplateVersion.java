package org.silkway.reports.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.silkway.reports.template.BriefTemplate;

/**
 * The version of the brief templates, taken from their bytes: a changed template makes new editions
 * by itself, so nobody has to remember to bump a number.
 */
public final class TemplateVersion {

  private static final String VERSION = compute();

  private TemplateVersion() {}

  public static String current() {
    return VERSION;
  }

  private static String compute() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (BriefTemplate template : BriefTemplate.values()) {
        try (InputStream in =
            TemplateVersion.class.getClassLoader().getResourceAsStream(template.resource())) {
          if (in == null) {
            throw new IllegalStateException("No template at " + template.resource());
          }
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
