/**
 * Reviewed translations of the texts sources state (agendas, outcomes, descriptions, roles): the
 * queue per language of published texts that lack one, and what the translation form shows beside
 * the translation. Translating is a change to an entry ({@link
 * org.silkway.core.curation.EntryEditing#translate}), reviewed like any other; briefs print what
 * was approved.
 */
package org.silkway.core.translation;
