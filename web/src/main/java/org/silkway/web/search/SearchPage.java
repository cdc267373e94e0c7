package org.silkway.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.silkway.core.browse.Search;

/**
 * What a page with a search box shares: it reads what was typed from {@code ?q=} (a GET form, so no
 * view state and no session), asks its own search once per request, and shows the rows.
 */
abstract class SearchPage {

  private String typed = "";
  private List<FoundRow> rows = List.of();

  @PostConstruct
  void find() {
    String q =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
    if (Search.normalized(q) == null) {
      return;
    }
    typed = q.strip();
    rows = search(q);
  }

  /** The rows for what was typed (something was). */
  abstract List<FoundRow> search(String typed);

  /** Whether something was asked for: the results show. */
  public boolean isAsked() {
    return !typed.isEmpty();
  }

  /** What was typed, for the field. */
  public String getTyped() {
    return typed;
  }

  public List<FoundRow> getRows() {
    return rows;
  }
}
