import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small, bounded load generator for docs/measurements.md (no wrk needed): CLIENTS threads, each
 * one HTTP/1.1 connection sending GETs back to back for SECONDS after a warm-up, then requests per
 * second, p50 and p99, and how many answers were not the expected status.
 *
 * <pre>
 * java docs/BriefLoad.java URL [CLIENTS=16] [SECONDS=20] [IF_NONE_MATCH]
 * </pre>
 *
 * With IF_NONE_MATCH (an ETag, quotes included) every request revalidates and 304 is expected.
 */
public class BriefLoad {

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    String etag = args.length > 3 ? args[3] : null;
    int expected = etag == null ? 200 : 304;
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (etag != null) {
      builder.header("If-None-Match", etag);
    }
    HttpRequest request = builder.GET().build();

    run(clients, 3, request, expected); // warm-up, not counted
    Result result = run(clients, seconds, request, expected);
    long[] times = result.nanos();
    Arrays.sort(times);
    System.out.printf(
        "%s: %d clients, %d s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d not %d%n",
        uri,
        clients,
        seconds,
        times.length,
        times.length / (double) seconds,
        times[times.length / 2] / 1e6,
        times[(int) (times.length * 0.99)] / 1e6,
        result.unexpected(),
        expected);
  }

  record Result(long[] nanos, long unexpected) {}

  private static Result run(int clients, int seconds, HttpRequest request, int expected)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    long[][] times = new long[clients][];
    long[] unexpected = new long[clients];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int index = c;
      Thread thread =
          new Thread(
              () -> {
                // A client of its own per thread: one kept-alive connection, like a browser tab.
                HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] mine = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                  long start = System.nanoTime();
                  try {
                    if (client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()
                        != expected) {
                      unexpected[index]++;
                    }
                  } catch (Exception e) {
                    unexpected[index]++;
                  }
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = System.nanoTime() - start;
                }
                times[index] = Arrays.copyOf(mine, n);
              });
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    return new Result(
        Arrays.stream(times).flatMapToLong(Arrays::stream).toArray(),
        Arrays.stream(unexpected).sum());
  }
}
