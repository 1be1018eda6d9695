package javacompat.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import javacompat.execution.JShellSession;
import javacompat.magic.ClasspathMagics;
import javacompat.output.CoalescingOutput;
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
  private final CellStreamSink cellStreams = new CellStreamSink(System.out, System.err);
  private final CoalescingOutput output = new CoalescingOutput(cellStreams);
  /** Whether the cell being run (or the last one) failed; read by the shell thread after eval. */
  private volatile boolean cellFailed;
  private final LanguageInfo languageInfo = new LanguageInfo.Builder("Java")
      .version(Runtime.version().toString())
      .mimetype("text/x-java-source")
      .fileExtension(".jshell")
      .pygments("java")
      .codemirror("java")
      .build();

  public JavaCompatKernel() {
    magics.registerMagics(new ClasspathMagics(session::addToClasspath));
    session.beforeEachSnippet(cellStreams::runningCellCode);
    // The base kernel would swap System.out for one message per print, and only while a cell
    // runs; the kernel keeps its own batching streams installed instead (takeOverStandardStreams).
    setShouldReplaceStdStreams(false);
  }

  /**
   * From now on System.out and System.err are the batching streams of every cell, including
   * threads that outlive their cell; System.in reads from the front end while a cell runs.
   */
  public void takeOverStandardStreams() {
    System.setOut(output.out);
    System.setErr(output.err);
    System.setIn(getIO().in);
  }

  /** Sends pending stream text now, so that what the caller sends next arrives after it. */
  public void flushOutput() {
    output.flushNow();
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
    cellFailed = true;
    // Each cell starts with the kernel's streams, as on IJava, even if an earlier cell set its own.
    System.setOut(output.out);
    System.setErr(output.err);
    try {
      Object value = session.eval(cell);
      DisplayData shown = value == null || value instanceof DisplayData
          ? (DisplayData) value : getRenderer().render(value);
      cellFailed = false;
      return shown;
    } finally {
      // The cell's text goes out before its result, error and reply.
      output.flushNow();
    }
  }

  @Override
  public void display(DisplayData data) {
    output.flushNow(); // what the cell printed before display() shows above it
    super.display(data);
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
    ShellHandler<ExecuteRequest> execute = connection.getHandler(MessageType.EXECUTE_REQUEST);
    QueuedRequestAborter aborter = new QueuedRequestAborter(connection);
    connection.setHandler(MessageType.EXECUTE_REQUEST, (env, request) -> {
      cellStreams.cellStarts(env);
      try {
        execute.handle(env, request);
      } finally {
        cellStreams.cellEnds();
      }
      ExecuteRequest content = request.getContent();
      // Only what was already waiting is aborted, so taken before this cell's reply goes out: a
      // request the client sends after reading that reply runs as usual.
      List<Message<?>> queued = cellFailed && content.shouldStopOnError() && !content.isSilent()
          ? aborter.takeQueued(env) : List.of();
      env.resolveDeferrals(); // this cell's reply and idle go out before any "aborted" reply
      aborter.abort(env, queued);
    });
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
