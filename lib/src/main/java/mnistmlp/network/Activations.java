package mnistmlp.network;

import mnistmlp.math.Matrix;

/**
 * Everything one forward pass computes, kept so that gradients can reuse it:
 * a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, y = softmax(a2).
 */
public record Activations(Matrix x, Matrix a1, Matrix z1, Matrix a2, Matrix y) {}
