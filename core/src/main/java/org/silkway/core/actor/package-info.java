/**
 * People who speak for the framework or about it: officials and experts, and what they said when.
 */
package org.silkway.core.actor;
