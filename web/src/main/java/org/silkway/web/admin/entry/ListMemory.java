package org.silkway.web.admin.entry;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The state of each entry list an editor last looked at, for their session. */
@SessionScoped
public class ListMemory implements Serializable {

  private static final long serialVersionUID = 1L;
  private final Map<String, ListState> lists = new HashMap<>();

  synchronized ListState of(String type) {
    return lists.getOrDefault(type, ListState.NONE);
  }

  synchronized void remember(String type, ListState state) {
    lists.put(type, state);
  }
}
