/** The editors' dashboard and the review queues: my drafts, and what waits for a reviewer. */
package org.silkway.web.admin.review;
