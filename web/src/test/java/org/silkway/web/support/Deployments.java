package org.silkway.web.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just packaged, exactly as an
 * operator deploys it, plus this support package for in-container tests.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive silkwayWar() {
    File war = new File(System.getProperty("silkway.test.war", "target/silkway.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " is missing: run the integration tests with mvn verify");
    }
    return ShrinkWrap.create(ZipImporter.class, "silkway.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(Deployments.class.getPackage());
  }
}
