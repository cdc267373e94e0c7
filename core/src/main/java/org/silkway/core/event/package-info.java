/**
 * Events: summits, ministerial meetings, talks, launches; when and where, who took part, what came
 * of them.
 */
package org.silkway.core.event;
