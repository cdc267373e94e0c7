package org.silkway.core.organization;

/** What sort of organization. */
public enum OrganizationKind {
  INTERNATIONAL_ORGANIZATION,
  COMPANY,
  GOVERNMENT_BODY,
  UNIVERSITY,
  MEDIA,
  /** Several countries spoken of together: "the Arab countries of the Persian Gulf". */
  COUNTRY_GROUP,
  INITIATIVE
}
