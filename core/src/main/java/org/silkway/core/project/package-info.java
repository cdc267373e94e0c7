/**
 * Projects (railways, pipelines, plants, factories, workshops), their figures and their dated
 * lifecycle.
 */
package org.silkway.core.project;
