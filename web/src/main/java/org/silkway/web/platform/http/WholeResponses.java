package org.silkway.web.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends every answer of up to 64 KB whole, with its {@code Content-Length}, once it is complete,
 * instead of in chunks while a page renders (the server's own buffer is 8 KB). A load balancer can
 * send a request to another node only until the first byte of an answer has reached the client: a
 * node that dies while it streams a page leaves that reader with half a page, while a node that
 * dies before it writes leaves nginx free to ask the other node (README, "Running a cluster";
 * {@code ClusterIT} kills a node under load). Larger answers, such as briefs and the export, have
 * their length already or stream as before.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      jakarta.servlet.DispatcherType.REQUEST,
      jakarta.servlet.DispatcherType.ERROR,
      jakarta.servlet.DispatcherType.FORWARD
    })
public class WholeResponses extends HttpFilter {

  /** Larger than Silkway's public pages and API answers; held only while a request is answered. */
  public static final int BUFFER_BYTES = 64 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!response.isCommitted() && response.getBufferSize() < BUFFER_BYTES) {
      response.setBufferSize(BUFFER_BYTES);
    }
    chain.doFilter(request, response);
  }
}
