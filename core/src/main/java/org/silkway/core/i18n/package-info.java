/**
 * The three languages Silkway speaks (English, Russian, Chinese) and names given in all of them.
 */
package org.silkway.core.i18n;
