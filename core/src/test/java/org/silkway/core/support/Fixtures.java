package org.silkway.core.support;

import java.math.BigDecimal;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.event.Event;
import org.silkway.core.event.EventKind;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.project.Project;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceKind;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/** Small domain objects for unit tests, shaped like the seed's. */
public final class Fixtures {

  private Fixtures() {}

  public static Source article(String key) {
    return new Source(key, SourceKind.ARTICLE, "An article", "en");
  }

  public static Event astanaSummit() {
    return new Event(
        "event/astana-summit-2025",
        new LocalizedName("Astana summit", null, null),
        EventKind.SUMMIT);
  }

  public static Project railway() {
    return new Project("project/cku-railway", new LocalizedName("CKU railway", null, null));
  }

  public static ClaimValue days(String start, String end) {
    return ClaimValue.time(new TimeSpan(start, end, Precision.DAY));
  }

  public static ClaimValue billionUsd(String amount, Bound bound) {
    return ClaimValue.amount(new BigDecimal(amount), Unit.USD_BILLION, bound);
  }
}
