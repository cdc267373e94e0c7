/**
 * Search across the register: entries by their names in three languages, by the texts of their
 * claims and the excerpts cited for them, and sources by title. Readers find only what is
 * published; editors find everything that is not retracted, with its status.
 */
package org.silkway.core.search;
