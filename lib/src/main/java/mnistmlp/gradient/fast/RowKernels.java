package mnistmlp.gradient.fast;

/**
 * The three row loops that dominate the fast gradient, all over one hidden layer's worth of
 * numbers (50 for the notes' network). {@link PlainRowKernels} writes them as ordinary loops;
 * {@code VectorRowKernels} uses the JDK's Vector API when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}. Both do the same multiplications and additions in
 * the same order per element (no fused multiply-add), so their results are identical.
 */
public interface RowKernels {

  /** {@code dst[d..d+n) += a · src[s..s+n)}: one pixel's contribution to a1 = x·W1. */
  void addScaled(double[] dst, int dstOffset, double a, double[] src, int srcOffset, int n);

  /** {@code dst[d..d+n) += src[s..s+n)}: one pixel's loss changes into its row of the W1 gradient. */
  void add(double[] dst, int dstOffset, double[] src, int srcOffset, int n);

  /** {@code dst[d+l] = ε·(c1[l] + ε²·(c3[l] + ε²·c5[l]))} for l &lt; n: one pixel value's loss changes. */
  void oddPolynomial(double[] dst, int dstOffset, double epsilon, double[] c1, double[] c3, double[] c5, int n);

  /** Whether these kernels use the Vector API. */
  boolean vectorised();

  /** Plain loops, always available. */
  static RowKernels plain() {
    return PlainRowKernels.INSTANCE;
  }

  /**
   * Whether the incubating Vector API module is in this JVM's boot layer, i.e. the JVM was
   * started with {@code --add-modules jdk.incubator.vector} (directly, or through
   * {@code JDK_JAVA_OPTIONS}).
   */
  static boolean vectorApiAvailable() {
    return VectorSupport.KERNELS != null;
  }

  /** The Vector API kernels if the module is present, else the plain ones. */
  static RowKernels best() {
    return vectorApiAvailable() ? VectorSupport.KERNELS : plain();
  }

  /** Loads the vector kernels reflectively, so that nothing links against the module when it is absent. */
  final class VectorSupport {
    static final RowKernels KERNELS = load();

    private VectorSupport() {}

    private static RowKernels load() {
      if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
        return null;
      }
      try {
        return (RowKernels) Class.forName("mnistmlp.gradient.fast.VectorRowKernels")
            .getDeclaredConstructor()
            .newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return null; // the module is there but unusable: the plain loops give the same results
      }
    }
  }
}
