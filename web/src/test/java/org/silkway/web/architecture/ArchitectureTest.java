package org.silkway.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules the module boundaries cannot enforce by themselves. The modules already keep {@code
 * core} from seeing {@code reports} or {@code web}; these keep each module to its job.
 */
@AnalyzeClasses(packages = "org.silkway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_domain_knows_nothing_of_http_pages_or_reports =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "net.sf.jasperreports..");

  @ArchTest
  static final ArchRule reports_know_nothing_of_http_or_pages =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.reports..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..");

  @ArchTest
  static final ArchRule web_beans_and_resources_go_through_services_not_the_entity_manager =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.web..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  @ArchTest
  static final ArchRule admin_pages_and_the_api_do_not_depend_on_each_other =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.web.admin..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.silkway.web.api..");
}
