package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionBoundsTest {

  private final SessionBounds bounds = new SessionBounds();
  private final Map<String, Object> session = new HashMap<>(Map.of("maxInactive", 1800));

  @Test
  void a_session_made_for_nobody_lives_a_minute_idle() {
    bounds.requestInitialized(new ServletRequestEvent(context(), request(null)));
    bounds.sessionCreated(new HttpSessionEvent(session()));
    bounds.requestDestroyed(new ServletRequestEvent(context(), request(null)));

    assertEquals(SessionBounds.BEFORE_SIGN_IN_SECONDS, session.get("maxInactive"));
  }

  @Test
  void signing_in_gives_the_session_the_configured_lifetime() {
    bounds.sessionCreated(new HttpSessionEvent(session()));

    bounds.attributeAdded(
        new HttpSessionBindingEvent(session(), SilkwayAuthentication.SESSION_USER, "editor"));

    assertEquals(30 * 60, session.get("maxInactive"));
  }

  @Test
  void a_session_made_for_a_signed_in_script_keeps_the_configured_lifetime() {
    bounds.requestInitialized(new ServletRequestEvent(context(), request("editor")));
    bounds.sessionCreated(new HttpSessionEvent(session()));
    bounds.requestDestroyed(new ServletRequestEvent(context(), request("editor")));

    assertEquals(1800, session.get("maxInactive"));
  }

  @Test
  void other_attributes_do_not_lengthen_a_session() {
    bounds.sessionCreated(new HttpSessionEvent(session()));

    bounds.attributeAdded(new HttpSessionBindingEvent(session(), "something else", "x"));

    assertEquals(SessionBounds.BEFORE_SIGN_IN_SECONDS, session.get("maxInactive"));
  }

  private HttpSession session() {
    return (HttpSession)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setMaxInactiveInterval" -> session.put("maxInactive", args[0]);
                  case "getMaxInactiveInterval" -> session.get("maxInactive");
                  case "getServletContext" -> context();
                  default -> null;
                });
  }

  private ServletContext context() {
    return (ServletContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> method.getName().equals("getSessionTimeout") ? 30 : null);
  }

  private HttpServletRequest request(String user) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> method.getName().equals("getRemoteUser") ? user : null);
  }
}
