package mnistmlp.data;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server for the download tests. It serves the files of one directory under three
 * prefixes: {@code /good/} as they are, {@code /truncated/} announcing the full length but sending
 * half and hanging up, {@code /corrupt/} whole but with one byte flipped. Anything else is a 404.
 */
final class MirrorServer implements AutoCloseable {
  private final HttpServer server;
  final AtomicInteger requests = new AtomicInteger();

  MirrorServer(Path files) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String[] parts = exchange.getRequestURI().getPath().split("/");
      boolean knownMode = parts.length == 3 && java.util.Set.of("good", "truncated", "corrupt").contains(parts[1]);
      Path file = knownMode ? files.resolve(parts[2]) : null;
      if (file == null || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String mode = parts[1];
      if (mode.equals("corrupt")) {
        body[body.length / 2] ^= 0x01;
      }
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      try {
        out.write(body, 0, mode.equals("truncated") ? body.length / 2 : body.length);
        out.flush();
      } finally {
        exchange.close(); // after fewer bytes than announced, the server drops the connection
      }
    });
    server.start();
  }

  /** The base address of one of the three mirrors: "good", "truncated" or "corrupt". */
  URI mirror(String mode) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + mode + "/");
  }

  /** An address where nothing listens, for the offline case. */
  static URI deadMirror() throws IOException {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port + "/dead/");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
