package org.silkway.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.security.enterprise.SecurityContext;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.user.UserRepository;

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

  /**
   * Who calls comes from the container: a {@link Caller} is made only in {@code core.access}, from
   * the security context, so that no page, resource or service can claim to be someone.
   */
  @ArchTest
  static final ArchRule only_the_access_package_makes_a_caller =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.silkway.core.access")
          .should()
          .callCodeUnitWhere(
              describe(
                  "a constructor or factory of " + Caller.class.getSimpleName(),
                  ArchitectureTest::makesACaller));

  /**
   * Nor does web code build an identity another way: it implements no source of callers and no
   * security context of its own, and it constructs no service (it injects them), so it cannot hand
   * one a caller source of its making.
   */
  @ArchTest
  static final ArchRule web_code_builds_no_identity =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.web..")
          .should()
          .implement(Callers.class)
          .orShould()
          .implement(SecurityContext.class)
          .orShould()
          .callConstructorWhere(
              describe(
                  "a constructor that takes " + Callers.class.getSimpleName(),
                  call ->
                      call.getTarget().getRawParameterTypes().stream()
                          .anyMatch(type -> type.isEquivalentTo(Callers.class))));

  /**
   * Web code changes the register and the users only through the services that check the caller's
   * role, never through the repositories or the import's transaction beneath them.
   */
  @ArchTest
  static final ArchRule web_code_changes_data_only_through_services_that_check_the_caller =
      noClasses()
          .that()
          .resideInAPackage("org.silkway.web..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              EntryRepository.class,
              SourceRepository.class,
              UserRepository.class,
              RegisterStore.class);

  private static boolean makesACaller(JavaCall<?> call) {
    if (!call.getTargetOwner().isEquivalentTo(Caller.class)) {
      return false;
    }
    return call.getName().equals("<init>")
        || call.getTarget()
            .resolveMember()
            .map(member -> member.getModifiers().contains(JavaModifier.STATIC))
            .orElse(false);
  }
}
