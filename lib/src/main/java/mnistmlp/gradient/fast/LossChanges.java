package mnistmlp.gradient.fast;

/**
 * How much one image's loss changes between nudging one number of its forward pass by +ε and by
 * −ε: F(ε) = ℓ(+ε) − ℓ(−ε). Only two kinds of number ever move: a hidden pre-activation a1_j (a W1
 * or b1 nudge) and a logit a2_k (a W2 or b2 nudge).
 */
interface LossChanges {
  /** Once per gradient, before any image: the weights the images will go through. */
  void startBatch(Weights weights, double h);

  /** Once per image, after its forward pass; no step this image asks for is larger than {@code largestStep}. */
  void startImage(ImageForward image, double largestStep);

  /** {@code out[offset + j]} = F for a1_j moved by ±ε, for every hidden unit j. */
  void hiddenUnits(double epsilon, double[] out, int offset);

  /** F for logit a2_k moved by ±ε. */
  double logit(int k, double epsilon);
}
