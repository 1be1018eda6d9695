package javacompat.execution;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/** Hands JShell our one execution control, and keeps it for the session to reach. */
final class InterruptibleExecutionProvider implements ExecutionControlProvider {

  private final InterruptibleExecutionControl control = new InterruptibleExecutionControl();

  InterruptibleExecutionControl control() {
    return control;
  }

  @Override
  public String name() {
    return "java-compat";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return control;
  }
}
