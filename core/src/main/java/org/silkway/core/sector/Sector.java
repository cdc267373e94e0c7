package org.silkway.core.sector;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/**
 * A sector of cooperation from Silkway's curated list; projects, documents and facts point to it.
 */
@Entity
@Audited
@DiscriminatorValue("SECTOR")
public class Sector extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "code", length = 40)
  private SectorCode code;

  protected Sector() {}

  public Sector(String key, LocalizedName name, SectorCode code) {
    super(key, name);
    if (code == null) {
      throw new IllegalArgumentException("A sector needs a code");
    }
    this.code = code;
  }

  @Override
  public EntryType type() {
    return EntryType.SECTOR;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("code", code.name());
    return attributes;
  }

  public SectorCode code() {
    return code;
  }

  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    attribute(SectorCode.class, attributes, "code");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    code = attribute(SectorCode.class, attributes, "code");
  }
}
