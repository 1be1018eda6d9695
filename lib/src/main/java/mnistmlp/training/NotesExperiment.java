package mnistmlp.training;

import java.util.List;
import mnistmlp.data.Batch;
import mnistmlp.gradient.GradientMethod;
import mnistmlp.math.Numbers;
import mnistmlp.network.TwoLayerNet;

/**
 * The study notes' {@code main.py}: one random batch, its loss before and after {@code step_num} rounds of
 * {@code for keys in para: para[keys] -= lr * numerical_gradient(neuf, para, keys)}. Each parameter (W1, W2,
 * b1, b2) is updated as soon as its gradient is known, so W2's gradient already sees the new W1: not
 * textbook gradient descent, but what the notes measured.
 */
public record NotesExperiment(GradientMethod method, double learningRate, int steps) {
  /** What the notes print: the batch's loss before and after the steps. */
  public record Result(double lossBefore, double lossAfter) {}

  public NotesExperiment {
    Numbers.requirePositiveFinite("the learning rate", learningRate);
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
    }
  }

  /** Runs the experiment on {@code net}, changing its parameters in place. */
  public Result run(TwoLayerNet net, Batch batch) {
    double before = net.loss(batch);
    for (int step = 0; step < steps; step++) {
      for (String name : List.of("W1", "W2", "b1", "b2")) { // the insertion order of the notes' para dict
        net.params().get(name).subtractInPlace(learningRate, method.gradientOf(name, net, batch));
      }
    }
    return new Result(before, net.loss(batch));
  }
}
