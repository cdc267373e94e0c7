package org.silkway.core.actor;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.envers.Audited;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/**
 * A person quoted about the framework (Lin Jian, Sun Weidong, Cui Zheng): positions and
 * affiliations are claims, and so is each statement, dated when the source dates it.
 */
@Entity
@Audited
@DiscriminatorValue("ACTOR")
public class Actor extends Entry {

  public static final String SAID = "said";

  protected Actor() {}

  public Actor(String key, LocalizedName name) {
    super(key, name);
  }

  @Override
  public EntryType type() {
    return EntryType.ACTOR;
  }

  /** What this person said, in the order recorded. */
  public List<Claim> statements() {
    return claimsAbout(SAID);
  }
}
