/** What every integration test shares: the deployment, the database it runs on, the HTTP client. */
package org.silkway.web.support;
