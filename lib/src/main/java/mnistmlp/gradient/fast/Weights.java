package mnistmlp.gradient.fast;

import mnistmlp.network.Parameters;

/** The network's four parameter arrays, row-major, read but never written here. */
record Weights(double[] w1, double[] b1, double[] w2, double[] b2) {
  static Weights of(Parameters p) {
    return new Weights(p.w1().data(), p.b1().data(), p.w2().data(), p.b2().data());
  }
}
