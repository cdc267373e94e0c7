package org.silkway.core.claim;

/**
 * The currencies the register's sources state money in (ISO 4217): the US dollar and the euro, and
 * the currencies of the framework's countries and of Russia. A figure keeps the currency its source
 * gave; nothing is converted.
 */
public enum CurrencyCode {
  USD,
  CNY,
  EUR,
  RUB,
  KZT,
  UZS,
  KGS,
  TJS,
  TMT
}
