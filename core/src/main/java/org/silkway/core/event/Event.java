package org.silkway.core.event;

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
 * An event of the framework: a summit, a ministers' meeting, talks, a launch. When and where it was
 * held, who took part and what came of it are claims.
 */
@Entity
@Audited
@DiscriminatorValue("EVENT")
public class Event extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 40)
  private EventKind kind;

  protected Event() {}

  public Event(String key, LocalizedName name, EventKind kind) {
    super(key, name);
    if (kind == null) {
      throw new IllegalArgumentException("A event needs a kind");
    }
    this.kind = kind;
  }

  @Override
  public EntryType type() {
    return EntryType.EVENT;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("kind", kind.name());
    return attributes;
  }

  public EventKind kind() {
    return kind;
  }

  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    attribute(EventKind.class, attributes, "kind");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    kind = attribute(EventKind.class, attributes, "kind");
  }
}
