package mnistmlp.data;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP server on 127.0.0.1 for the download tests. It serves the files of one directory
 * under a prefix that says how it misbehaves: {@code /good/} as they are; {@code /truncated/}
 * announcing the full length but sending half; {@code /corrupt/} with one byte flipped; {@code
 * /liar/} announcing 10 GiB; {@code /endless/} with no length and zero bytes until the client hangs up (or
 * {@link #ENDLESS_LIMIT}); {@code /trickle/} one byte every 50 ms. Anything else is a 404.
 */
final class MirrorServer implements AutoCloseable {
  private static final Set<String> MODES = Set.of("good", "truncated", "corrupt", "liar", "endless", "trickle");
  static final long ENDLESS_LIMIT = 1L << 30;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  final AtomicInteger requests = new AtomicInteger();
  /** Bytes the endless mirror managed to send before the client hung up. */
  final AtomicLong endlessBytesSent = new AtomicLong();

  MirrorServer(Path files) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String[] parts = exchange.getRequestURI().getPath().split("/");
      Path file = parts.length == 3 && MODES.contains(parts[1]) ? files.resolve(parts[2]) : null;
      if (file == null || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      OutputStream out = exchange.getResponseBody();
      try {
        switch (parts[1]) {
          case "truncated" -> {
            exchange.sendResponseHeaders(200, body.length);
            out.write(body, 0, body.length / 2);
          }
          case "corrupt" -> {
            body[body.length / 2] ^= 0x01;
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
          }
          case "liar" -> exchange.sendResponseHeaders(200, 10L << 30);
          case "endless" -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length
            byte[] chunk = new byte[1 << 16];
            while (endlessBytesSent.get() < ENDLESS_LIMIT) {
              out.write(chunk);
              endlessBytesSent.addAndGet(chunk.length);
            }
          }
          case "trickle" -> {
            exchange.sendResponseHeaders(200, body.length);
            for (byte b : body) {
              out.write(b);
              out.flush();
              Thread.sleep(50);
            }
          }
          default -> {
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
          }
        }
      } catch (IOException | InterruptedException e) {
        // the client hung up, as it should on a bad mirror
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** The base address of one of the mirrors: "good", "truncated", "corrupt", "liar", "endless" or "trickle". */
  URI mirror(String mode) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + mode + "/");
  }

  /** An address where nothing listens. */
  static URI deadMirror() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/dead/");
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
