package org.silkway.core.persistence;

/**
 * How much the register's columns hold (see {@code db/migration/V2__register.sql}), in one place:
 * the entity mappings declare their columns with these numbers and the domain refuses longer values
 * with them, so a value the database would refuse never reaches it. Change a column here and in a
 * new migration, nowhere else.
 *
 * <p>Lengths count UTF-16 units ({@link String#length()}), which is at least the number of
 * characters either database counts, so a value that passes always fits.
 */
public final class ColumnLimits {

  /** Keys of entries, sources and claims. */
  public static final int KEY = 100;

  public static final int NAME = 255;
  public static final int PROPERTY = 60;
  public static final int CODE = 40;

  public static final int SOURCE_TITLE = 500;
  public static final int SOURCE_OUTLET = 200;
  public static final int SOURCE_AUTHOR = 200;
  public static final int SOURCE_PUBLISHED_NOTE = 500;
  public static final int SOURCE_URL = 1000;
  public static final int SOURCE_LANGUAGE = 10;
  public static final int SOURCE_FILE = 200;
  public static final int SOURCE_PROPOSED_CHANGE = 3000;

  public static final int CLAIM_TEXT = 2000;
  public static final int CLAIM_AS_STATED = 1000;
  public static final int CLAIM_NOTE = 2000;
  public static final int CITATION_EXCERPT = 2000;

  public static final int PROPOSED_ATTRIBUTES = 400;
  public static final int CONTRIBUTORS = 1000;
  public static final int USER_NAME = 100;
  public static final int CHANGE_SUMMARY = 300;
  public static final int REVIEW_COMMENT = 2000;

  /** An amount is {@code numeric(20,6)}: 20 digits in all, 6 of them after the point. */
  public static final int AMOUNT_DIGITS = 20;

  public static final int AMOUNT_DECIMALS = 6;
  public static final int AMOUNT_INTEGER_DIGITS = AMOUNT_DIGITS - AMOUNT_DECIMALS;

  private ColumnLimits() {}
}
