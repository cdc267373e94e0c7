/**
 * Briefs for policy staff: each is assembled as a plain read model from the register, then filled
 * into its compiled template.
 */
package org.silkway.reports.brief;
