package org.silkway.core.browse;

/** One entry in a list: what it is, where it stands, how much evidence it holds. */
public record EntrySummary(
    String key,
    String type,
    String nameEn,
    String nameRu,
    String nameZh,
    String status,
    int claims,
    int citations,
    int disagreements) {}
