/** Sources: the articles, statements, datasets and reports every claim is cited to. */
package org.silkway.core.source;
