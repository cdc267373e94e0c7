package org.silkway.core.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.silkway.core.claim.Unit;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/**
 * A time series such as China–Central Asia trade by year. Each observation is a claim: a value for
 * a period, of a kind (actual, estimate, forecast, derived), with its bound.
 */
@Entity
@Audited
@DiscriminatorValue("INDICATOR")
public class Indicator extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "unit", length = 40)
  private Unit unit;

  protected Indicator() {}

  public Indicator(String key, LocalizedName name, Unit unit) {
    super(key, name);
    if (unit == null) {
      throw new IllegalArgumentException("A indicator needs a unit");
    }
    this.unit = unit;
  }

  @Override
  public EntryType type() {
    return EntryType.INDICATOR;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("unit", unit.name());
    return attributes;
  }

  public Unit unit() {
    return unit;
  }

  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    attribute(Unit.class, attributes, "unit");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    unit = attribute(Unit.class, attributes, "unit");
  }
}
