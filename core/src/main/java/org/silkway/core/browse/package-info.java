/**
 * The register as editors browse it: plain read models of entries, claims, citations,
 * disagreements, lifecycles and history, assembled inside one transaction for the admin pages.
 */
package org.silkway.core.browse;
