package org.silkway.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.time.TimeSpan;

/**
 * Claims that say different things about the same single-valued property of an entry for the same
 * time: the Astana summit "held" 16–18 June in two articles and 16–17 June in a third.
 */
public record Disagreement(String property, TimeSpan appliesTo, List<Claim> claims) {

  /** Groups the claims by what they are about and keeps the groups whose values differ. */
  public static List<Disagreement> among(List<Claim> claims) {
    Map<List<Object>, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim claim : claims) {
      if (PropertySchema.isSingleValued(claim.property())) {
        groups
            .computeIfAbsent(
                java.util.Arrays.asList(claim.property(), claim.appliesTo()),
                k -> new ArrayList<>())
            .add(claim);
      }
    }
    List<Disagreement> disagreements = new ArrayList<>();
    for (List<Claim> group : groups.values()) {
      if (valuesDiffer(group)) {
        Claim first = group.get(0);
        disagreements.add(
            new Disagreement(first.property(), first.appliesTo(), List.copyOf(group)));
      }
    }
    return disagreements;
  }

  private static boolean valuesDiffer(List<Claim> group) {
    ClaimValue first = group.get(0).value();
    return group.stream().anyMatch(c -> !c.value().sameAs(first));
  }

  /** The preferred claim of the group, if an editor chose one. */
  public java.util.Optional<Claim> preferred() {
    return claims.stream().filter(Claim::isPreferred).findFirst();
  }
}
