/** Small rules for text that several parts of the model share. */
package org.silkway.core.text;
