package org.silkway.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Marks a test that talks to a running Silkway over HTTP, as a browser, a script or an attacker
 * would. It receives the server's address as a {@link URL} parameter (constructor or method); the
 * server is the one {@link SilkwayServer} of this test JVM, started by the first such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnSilkway.RunningSilkway.class)
public @interface OnSilkway {

  /** Starts the shared server once and hands out its address; JUnit closes it at the end. */
  final class RunningSilkway implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == URL.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(SilkwayServer.class))
          .getOrComputeIfAbsent(
              SilkwayServer.class, key -> SilkwayServer.start(), SilkwayServer.class)
          .base();
    }
  }
}
