package org.silkway.core.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A register of 100,000 projects for benchmarks, made quickly: the synthetic register's projects
 * copied with SQL, each copy's keys and names ending in its number. The copies bypass the audit
 * tables, so they are part of the current register only, not of its history.
 */
public final class ProjectCopies {

  private ProjectCopies() {}

  /** Adds {@code copies} copies of every project of the register stored first. */
  public static void add(Connection connection, int copies) throws SQLException {
    for (int copy = 1; copy <= copies; copy++) {
      copyOnce(connection, "~" + copy, " " + copy);
    }
  }

  /**
   * One more copy of every imported project: its entry (key and names ending in the copy's number),
   * its claims and their citations, through the keys, in three statements.
   */
  private static void copyOnce(Connection connection, String keySuffix, String nameSuffix)
      throws SQLException {
    List<String> statements = new ArrayList<>();
    statements.add(
        "insert into entry (entry_key, entry_type, name_en, name_ru, name_zh, status, code,"
            + " country_role, kind, unit, version, change_status)"
            + " select entry_key || ?, entry_type, name_en || ?, name_ru || ?, name_zh || ?,"
            + " status, code, country_role, kind, unit, 0, change_status from entry"
            + " where entry_key like 'project/%' and entry_key not like '%~%'");
    statements.add(
        "insert into claim (claim_key, entry_id, property, val_kind, val_text, val_entry_id,"
            + " val_amount, val_unit, val_bound, val_time_start, val_time_end, val_time_precision,"
            + " val_code, applies_start, applies_end, applies_precision, as_stated, claim_kind,"
            + " preferred, note, sort_order, status)"
            + " select c.claim_key || ?, copy.id, c.property, c.val_kind, c.val_text,"
            + " c.val_entry_id, c.val_amount, c.val_unit, c.val_bound, c.val_time_start,"
            + " c.val_time_end, c.val_time_precision, c.val_code, c.applies_start, c.applies_end,"
            + " c.applies_precision, c.as_stated, c.claim_kind, c.preferred, c.note, c.sort_order,"
            + " c.status from claim c join entry e on e.id = c.entry_id"
            + " join entry copy on copy.entry_key = e.entry_key || ?"
            + " where e.entry_key like 'project/%' and e.entry_key not like '%~%'");
    statements.add(
        "insert into citation (claim_id, source_id, excerpt, sort_order)"
            + " select copy.id, ct.source_id, ct.excerpt, ct.sort_order from citation ct"
            + " join claim c on c.id = ct.claim_id join entry e on e.id = c.entry_id"
            + " join claim copy on copy.claim_key = c.claim_key || ?"
            + " where e.entry_key like 'project/%' and e.entry_key not like '%~%'");
    try (PreparedStatement entries = connection.prepareStatement(statements.get(0));
        PreparedStatement claims = connection.prepareStatement(statements.get(1));
        PreparedStatement citations = connection.prepareStatement(statements.get(2))) {
      entries.setString(1, keySuffix);
      entries.setString(2, nameSuffix);
      entries.setString(3, nameSuffix);
      entries.setString(4, nameSuffix);
      entries.executeUpdate();
      claims.setString(1, keySuffix);
      claims.setString(2, keySuffix);
      claims.executeUpdate();
      citations.setString(1, keySuffix);
      citations.executeUpdate();
    }
  }
}
