package org.silkway.core.country;

import java.util.Locale;
import java.util.regex.Pattern;
import org.silkway.core.text.Text;

/** An ISO 3166-1 alpha-2 country code, upper case: {@code KZ}, {@code CN}. */
public record CountryCode(String value) {

  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  public CountryCode {
    if (value == null || !ALPHA_2.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A country code is two letters (ISO 3166-1 alpha-2), not " + Text.quote(value));
    }
  }

  /** Parses user input such as {@code kz} or {@code " KZ "}. */
  public static CountryCode parse(String text) {
    return new CountryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
