/**
 * Claims: what one or more sources say about an entry (a date, an amount, a stage, a membership),
 * each with the citations it rests on. Several claims about the same thing coexist; an editor may
 * mark one preferred, and the others stay visible.
 */
package org.silkway.core.claim;
