/** Documents signed or announced: declarations, treaties, agreements, memoranda. */
package org.silkway.core.document;
