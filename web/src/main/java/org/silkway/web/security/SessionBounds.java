package org.silkway.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Bounds what a visitor who has not signed in can make the server keep. Silkway's pages create no
 * session for them (the sign-in page is stateless too), so none should exist; should one appear
 * anyway (a new stateful page reachable anonymously, a library that asks for one), it lives {@link
 * #BEFORE_SIGN_IN_SECONDS} idle seconds, not the signed-in user's 30 minutes. A session gets the
 * full lifetime ({@code session-timeout} in {@code web.xml}) when it is created for a signed-in
 * user (HTTP Basic on a page with a form) or when sign-in puts the user into it.
 *
 * <p>It also counts the live sessions, for operators and for the tests that prove anonymous reading
 * leaves none: JMX attribute {@code Live} of {@code org.silkway:type=Sessions}.
 */
@WebListener
public class SessionBounds
    implements HttpSessionListener,
        HttpSessionAttributeListener,
        ServletRequestListener,
        ServletContextListener {

  /** How long an idle session without a signed-in user lives. */
  static final int BEFORE_SIGN_IN_SECONDS = 60;

  static final String OBJECT_NAME = "org.silkway:type=Sessions";

  private static final Logger LOG = Logger.getLogger(SessionBounds.class.getName());
  private static final AtomicInteger LIVE = new AtomicInteger();
  private static final ThreadLocal<ServletRequest> CURRENT = new ThreadLocal<>();

  /** What JMX shows of the sessions. */
  public interface SessionsMXBean {

    /** Sessions created and not yet ended. */
    int getLive();
  }

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    CURRENT.set(event.getServletRequest());
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    CURRENT.remove();
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    LIVE.incrementAndGet();
    if (!(CURRENT.get() instanceof HttpServletRequest request && request.getRemoteUser() != null)) {
      event.getSession().setMaxInactiveInterval(BEFORE_SIGN_IN_SECONDS);
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    LIVE.decrementAndGet();
  }

  @Override
  public void attributeAdded(HttpSessionBindingEvent event) {
    signedIn(event);
  }

  @Override
  public void attributeReplaced(HttpSessionBindingEvent event) {
    signedIn(event);
  }

  private static void signedIn(HttpSessionBindingEvent event) {
    if (SilkwayAuthentication.SESSION_USER.equals(event.getName())) {
      HttpSession session = event.getSession();
      session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
    }
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      ObjectName name = new ObjectName(OBJECT_NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      SessionsMXBean sessions = LIVE::get;
      server.registerMBean(new StandardMBean(sessions, SessionsMXBean.class, true), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Could not publish the session count over JMX", e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(OBJECT_NAME));
    } catch (JMException e) {
      // Not registered: nothing to take down.
    }
  }
}
