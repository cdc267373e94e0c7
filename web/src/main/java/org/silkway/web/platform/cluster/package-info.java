/**
 * What keeps the nodes of a cluster agreeing (Payara's data grid, README "Running a cluster"): a
 * publish on one node moves the published revision on every other, through a clustered CDI event,
 * and each node also asks the database now and then, so that a lost event cannot leave it behind.
 */
package org.silkway.web.platform.cluster;
