/** The curated sectors of cooperation (energy, transport, trade, ...), named in three languages. */
package org.silkway.core.sector;
