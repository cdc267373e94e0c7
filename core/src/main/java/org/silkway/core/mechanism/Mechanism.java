package org.silkway.core.mechanism;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/** A mechanism of the framework, such as the Foreign Ministers' Meeting. Its facts are claims. */
@Entity
@Audited
@DiscriminatorValue("MECHANISM")
public class Mechanism extends Entry {

  protected Mechanism() {}

  public Mechanism(String key, LocalizedName name) {
    super(key, name);
  }

  @Override
  public EntryType type() {
    return EntryType.MECHANISM;
  }
}
