package org.silkway.core.country;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CountryCode} as its two letters. */
@Converter(autoApply = true)
public class CountryCodeConverter implements AttributeConverter<CountryCode, String> {

  @Override
  public String convertToDatabaseColumn(CountryCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public CountryCode convertToEntityAttribute(String value) {
    return value == null ? null : new CountryCode(value);
  }
}
