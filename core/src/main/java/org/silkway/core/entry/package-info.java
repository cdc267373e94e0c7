/**
 * Entries of the register (countries, projects, documents, ...): what they have in common, their
 * editorial life (draft, in review, published, archived) and the claims they hold.
 */
package org.silkway.core.entry;
