package org.silkway.core.corridor;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/**
 * A transport or economic corridor, such as the Trans-Caspian International Transport Route. Its
 * facts are claims.
 */
@Entity
@Audited
@DiscriminatorValue("CORRIDOR")
public class Corridor extends Entry {

  protected Corridor() {}

  public Corridor(String key, LocalizedName name) {
    super(key, name);
  }

  @Override
  public EntryType type() {
    return EntryType.CORRIDOR;
  }
}
