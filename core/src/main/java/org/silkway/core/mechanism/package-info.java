/**
 * The mechanisms of the framework: the summit mechanism, the foreign ministers' meetings, the
 * Secretariat.
 */
package org.silkway.core.mechanism;
