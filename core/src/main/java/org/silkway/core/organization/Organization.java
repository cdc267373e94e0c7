package org.silkway.core.organization;

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

/** An organization: the CSTO, a ministry, BYD, a university. Its members and facts are claims. */
@Entity
@Audited
@DiscriminatorValue("ORGANIZATION")
public class Organization extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 40)
  private OrganizationKind kind;

  protected Organization() {}

  public Organization(String key, LocalizedName name, OrganizationKind kind) {
    super(key, name);
    if (kind == null) {
      throw new IllegalArgumentException("A organization needs a kind");
    }
    this.kind = kind;
  }

  @Override
  public EntryType type() {
    return EntryType.ORGANIZATION;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("kind", kind.name());
    return attributes;
  }

  public OrganizationKind kind() {
    return kind;
  }

  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    attribute(OrganizationKind.class, attributes, "kind");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    kind = attribute(OrganizationKind.class, attributes, "kind");
  }
}
