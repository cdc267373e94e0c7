package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.SilkwayServer;

/**
 * While Payara Micro starts Silkway, nobody gets an answer that is not Silkway's: no 404 page of
 * the server before the deployment, no empty 500 while the application starts (issue 14,
 * "Start-up"). The shared server was polled from its launch; see {@link
 * SilkwayServer#answersBeforeReady()}.
 */
@OnSilkway
class StartupIT {

  StartupIT(URL base) {
    // Asking for the address makes sure the shared server has started and been watched.
  }

  @Test
  void until_ready_the_server_answers_nothing_but_unavailable() {
    List<String> answers = SilkwayServer.answersBeforeReady();

    assertTrue(
        answers.stream().anyMatch(answer -> answer.equals("200 /health/ready")),
        "the start-up was watched until ready: " + answers);
    List<String> notReady = answers.stream().filter(answer -> !answer.startsWith("200 ")).toList();
    assertEquals(
        List.of(),
        notReady.stream().filter(answer -> !answer.startsWith("503 ")).toList(),
        "answers other than 503 before Silkway was ready");
  }
}
