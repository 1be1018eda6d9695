package mnistmlp.gradient.fast;

/**
 * F(ε) = ℓ(+ε) − ℓ(−ε): how one image's loss changes between nudging one number of its forward
 * pass by ±ε. Only a hidden pre-activation a1_j (a W1 or b1 nudge) or a logit a2_k (a W2 or b2
 * nudge) ever moves.
 */
interface LossChanges {
  /** Once per gradient, before any image. */
  void startBatch(Weights weights, double h);

  /** Once per image, after its forward pass; no step it asks for is larger than {@code largestStep}. */
  void startImage(ImageForward image, double largestStep);

  /** {@code out[offset + j]} = F for a1_j, for every hidden unit j. */
  void hiddenUnits(double epsilon, double[] out, int offset);

  /** F for logit a2_k. */
  double logit(int k, double epsilon);
}
