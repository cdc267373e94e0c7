/**
 * The countries of the framework (China and the five Central Asian states) and the actors around
 * it.
 */
package org.silkway.core.country;
