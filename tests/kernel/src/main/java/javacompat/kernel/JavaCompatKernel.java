package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.MessageType;
import javacompat.execution.JShellSession;
import javacompat.magic.ClasspathMagics;
import jdk.jshell.SourceCodeAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A Jupyter kernel for Java with IJava's notebook semantics: JShell in this JVM, IJava's default
 * imports and display API, {@code %classpath}/{@code %jars}, and IJava's language info.
 */
public final class JavaCompatKernel extends BaseKernel {

  private static final String INIT_SCRIPT = "javacompat-init.jshell";

  private final JShellSession session = new JShellSession();
  private final Magics magics = new Magics();
  private final ErrorReport errors = new ErrorReport(session);
  private final Properties about = loadAbout();
  private final LanguageInfo languageInfo = new LanguageInfo.Builder("Java")
      .version(Runtime.version().toString())
      .mimetype("text/x-java-source")
      .fileExtension(".jshell")
      .pygments("java")
      .codemirror("java")
      .build();

  public JavaCompatKernel() {
    magics.registerMagics(new ClasspathMagics(session::addToClasspath));
  }

  /** Runs the default imports and compiles a first snippet, so the first cell is fast. */
  public void warmUp() throws Exception {
    session.eval(resource(INIT_SCRIPT));
    session.eval("String warmUp = String.valueOf(List.of(1, 2).size());");
    session.suggestions("System.out.pr", 13, new int[1]);
    javax.imageio.ImageIO.getImageWritersByFormatName("png").hasNext();
  }

  public Magics getMagics() {
    return magics;
  }

  @Override
  public DisplayData eval(String cell) throws Exception {
    Object value;
    try {
      value = session.eval(cell);
    } finally {
      // Text printed without a newline is still in the buffer; it belongs to this cell.
      System.out.flush();
      System.err.flush();
    }
    if (value == null) {
      return null;
    }
    return value instanceof DisplayData ? (DisplayData) value : getRenderer().render(value);
  }

  @Override
  public List<String> formatError(Exception e) {
    return errors.linesFor(e);
  }

  @Override
  public String isComplete(String code) {
    switch (session.isComplete(code)) {
      case COMPLETE:
        return IS_COMPLETE_YES;
      case INCOMPLETE:
        return JShellSession.indentAfter(code);
      default:
        return IS_COMPLETE_BAD;
    }
  }

  @Override
  public ReplacementOptions complete(String code, int cursor) {
    int[] anchor = new int[1];
    List<String> options = session.suggestions(code, cursor, anchor).stream()
        .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
        .map(SourceCodeAnalysis.Suggestion::continuation)
        .distinct()
        .toList();
    return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], cursor);
  }

  @Override
  public DisplayData inspect(String code, int cursor, boolean extraDetail) {
    List<SourceCodeAnalysis.Documentation> docs = session.documentation(code, cursor);
    if (docs.isEmpty()) {
      return null;
    }
    return new DisplayData(docs.stream()
        .map(doc -> doc.javadoc() == null ? doc.signature() : doc.signature() + "\n" + doc.javadoc())
        .collect(Collectors.joining("\n\n")));
  }

  @Override
  public void interrupt() {
    session.interrupt();
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    session.close();
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return languageInfo;
  }

  @Override
  public String getBanner() {
    return String.format("Java %s :: java-compat kernel %s (IJava-compatible, for tests)",
        Runtime.version(), about.getProperty("version"));
  }

  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    // The base kernel's kernel_info_reply lacks "status", and it never answers history_request.
    connection.setHandler(MessageType.KERNEL_INFO_REQUEST, (env, request) -> {
      env.setBusyDeferIdle();
      env.reply(new ProtocolReplies.KernelInfo(Header.PROTOCOL_VERISON, about.getProperty("implementation"),
          about.getProperty("version"), getLanguageInfo(), getBanner(), getHelpLinks()));
    });
    connection.setHandler(MessageType.HISTORY_REQUEST, (env, request) -> {
      env.setBusyDeferIdle();
      env.reply(new ProtocolReplies.EmptyHistory());
    });
  }

  private static Properties loadAbout() {
    Properties properties = new Properties();
    try (InputStream in = JavaCompatKernel.class.getClassLoader().getResourceAsStream("java-compat-kernel.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.putIfAbsent("implementation", "java-compat");
    properties.putIfAbsent("version", "unknown");
    return properties;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JavaCompatKernel.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Resource " + name + " is missing from the kernel jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
