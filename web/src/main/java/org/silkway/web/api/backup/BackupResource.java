package org.silkway.web.api.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.backup.RegisterBackup;
import org.silkway.web.api.Problem;
import org.silkway.web.platform.failure.Failure;

/**
 * {@code GET /api/admin/backup}: a full backup of the register as a zip, streamed as it is read, so
 * that neither memory nor a temporary file grows with the register. Password hashes only with
 * {@code ?passwords=true}. For administrators ({@code web.xml} keeps everyone else from the
 * address, and {@link RegisterBackup} checks the role again). The file name carries the moment in
 * UTC.
 */
@Path("admin/backup")
public class BackupResource {

  static final String ZIP = "application/zip";

  private static final Logger LOG = Logger.getLogger(BackupResource.class.getName());

  @Inject RegisterBackup backups;

  @GET
  @Produces({ZIP, Problem.MEDIA_TYPE})
  public Response backup(@QueryParam("passwords") String passwords) {
    if (passwords != null && !passwords.equals("true") && !passwords.equals("false")) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Bad passwords parameter",
          "passwords is true (the backup holds the users' password hashes) or false (the"
              + " default: it does not), not "
              + Problem.quote(passwords)
              + ".");
    }
    boolean withHashes = "true".equals(passwords);
    RegisterBackup.Download download;
    try {
      download = backups.prepare(withHashes);
    } catch (NotAllowedException e) {
      return Problem.of(Failure.ofStatus(403));
    }
    // Who took the users' data away, and whether with their password hashes.
    LOG.info(
        () ->
            download.requestedBy()
                + " took a backup of the register "
                + (withHashes ? "with" : "without")
                + " password hashes: "
                + download.fileName());
    StreamingOutput body =
        out -> {
          try {
            download.writeTo(out);
          } catch (IOException | RuntimeException e) {
            // The answer has begun: the client gets a zip cut short, which no restore accepts.
            LOG.log(Level.SEVERE, "Backup " + download.fileName() + " cut off", e);
            throw e;
          }
        };
    return Response.ok(body, ZIP)
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
