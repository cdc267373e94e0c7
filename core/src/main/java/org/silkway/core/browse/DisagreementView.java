package org.silkway.core.browse;

import java.util.List;

/** Claims about the same thing that give different values, side by side. */
public record DisagreementView(String property, String appliesTo, List<ClaimView> claims) {}
