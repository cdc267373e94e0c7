package org.silkway.web.spreadsheet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.silkway.web.security.CurrentUser;

/** The imports the signed-in editor started, newest first: for the desk and the import page. */
@Named
@RequestScoped
public class MyImports {

  @Inject ImportJobs jobs;
  @Inject CurrentUser currentUser;

  /** The last ten. */
  public List<ImportJob> getJobs() {
    return currentUser.isSignedIn()
        ? jobs.startedBy(currentUser.name()).stream().limit(10).toList()
        : List.of();
  }
}
