package org.silkway.web.hostile;

import com.sun.tools.attach.VirtualMachine;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the shared test server's JVM from outside, as an operator with JConsole would: the Payara
 * Micro this test JVM started for {@code base} (a child process, found by its port), over the local
 * JMX agent that the attach API starts in it. Nothing in Silkway opens a port for this.
 */
final class ServerJvm {

  private ServerJvm() {}

  /** Silkway's count of live HTTP sessions ({@code org.silkway:type=Sessions}, {@code Live}). */
  static int liveSessions(URL base) {
    return ((Number) attribute(base, "org.silkway:type=Sessions", "Live")).intValue();
  }

  /** The server JVM's live threads. */
  static int threads(URL base) {
    return ((Number) attribute(base, "java.lang:type=Threading", "ThreadCount")).intValue();
  }

  private static Object attribute(URL base, String mbean, String name) {
    try {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pidServing(base)));
      try (JMXConnector jmx =
          JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
        MBeanServerConnection server = jmx.getMBeanServerConnection();
        return server.getAttribute(new ObjectName(mbean), name);
      } finally {
        vm.detach();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not read " + mbean + " " + name, e);
    }
  }

  private static long pidServing(URL base) {
    String port = String.valueOf(base.getPort());
    return ProcessHandle.current()
        .descendants()
        .filter(
            process -> {
              List<String> arguments =
                  process.info().arguments().map(Arrays::asList).orElse(List.of());
              int flag = arguments.indexOf("--port");
              return flag >= 0
                  && flag + 1 < arguments.size()
                  && arguments.get(flag + 1).equals(port);
            })
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Payara Micro of this JVM on " + port))
        .pid();
  }
}
