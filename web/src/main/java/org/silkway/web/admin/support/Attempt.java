package org.silkway.web.admin.support;

import java.io.Serializable;
import java.util.function.Function;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.curation.EditConflictException;
import org.silkway.core.text.InvalidFieldException;

/**
 * Runs one curation action for a form and turns what the domain refuses into messages: a wrong
 * field at its field, a refusal (not your role, not in this state, uncited claims) at the top, and
 * a conflicting change into the {@link Conflict} the page offers to reload or re-apply. Anything
 * else is a fault and goes to the error page, with its details in the log.
 */
public final class Attempt {

  private Attempt() {}

  /** A change that starts from a version of the entry, so that it can be re-applied to another. */
  @FunctionalInterface
  public interface Change extends Serializable {
    void applyTo(long version);
  }

  /** What the page shows after a conflict, and how to apply the editor's change again. */
  /**
   * @param byYou the other change was the same user's, from another tab or window
   */
  public record Conflict(String message, long currentVersion, Change change, boolean byYou)
      implements Serializable {}

  /**
   * @return the conflict, when someone else changed the entry first; null otherwise
   */
  public static Conflict run(Change change, long version, Function<String, String> fields) {
    try {
      change.applyTo(version);
      return null;
    } catch (EditConflictException e) {
      // The page shows the conflict in a box of its own, with the choice to reload or re-apply.
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return new Conflict(e.getMessage(), e.currentVersion(), change, e.byYou());
    } catch (InvalidFieldException e) {
      FormMessages.at(e, fields);
    } catch (NotAllowedException | IllegalStateException | IllegalArgumentException e) {
      // The domain's refusals (four eyes, uncited claims, not editable now) are worded for people.
      FormMessages.error(e.getMessage());
    }
    return null;
  }

  /** Whether the last {@link #run} saved: no message of error severity was added. */
  public static boolean saved() {
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    return !faces.isValidationFailed();
  }
}
