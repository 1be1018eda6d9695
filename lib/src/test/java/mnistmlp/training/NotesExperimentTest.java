package mnistmlp.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import mnistmlp.data.Batch;
import mnistmlp.gradient.Backprop;
import mnistmlp.gradient.NaiveNumericalGradient;
import mnistmlp.network.Initialization;
import mnistmlp.network.Parameters;
import mnistmlp.network.TwoLayerNet;
import org.junit.jupiter.api.Test;

class NotesExperimentTest {
  final Batch batch = SyntheticData.make(1, 6, 3, 21);

  TwoLayerNet notesStart() {
    return new TwoLayerNet(Initialization.RANDN.initialise(6, 5, 3, new Random(22)));
  }

  @Test
  void updatesEachParameterRightAfterItsOwnGradientInTheNotesOrder() {
    TwoLayerNet net = notesStart();
    TwoLayerNet byHand = notesStart();

    NotesExperiment.Result result = new NotesExperiment(new NaiveNumericalGradient(), 0.06, 2).run(net, batch);

    // the notes' loop, written out: gradient of one parameter, update it, next parameter
    NaiveNumericalGradient naive = new NaiveNumericalGradient();
    for (int step = 0; step < 2; step++) {
      for (String name : new String[] {"W1", "W2", "b1", "b2"}) {
        byHand.params().get(name).subtractInPlace(0.06, naive.gradientOf(name, byHand, batch));
      }
    }
    for (String name : Parameters.NAMES) {
      assertThat(net.params().get(name)).isEqualTo(byHand.params().get(name));
    }
    assertThat(result.lossAfter()).isEqualTo(byHand.loss(batch));
    assertThat(result.lossAfter()).isLessThan(result.lossBefore());
  }

  @Test
  void differsFromUpdatingAllParametersAtOnce() {
    TwoLayerNet sequential = notesStart();
    TwoLayerNet simultaneous = notesStart();
    new NotesExperiment(new Backprop(), 0.5, 1).run(sequential, batch);
    simultaneous.params().subtract(0.5, new Backprop().gradient(simultaneous, batch));

    assertThat(sequential.params().w1()).isEqualTo(simultaneous.params().w1()); // W1 goes first either way
    assertThat(sequential.params().w2()).isNotEqualTo(simultaneous.params().w2());
  }

  @Test
  void backpropReproducesTheNaiveRun() {
    TwoLayerNet naive = notesStart();
    TwoLayerNet backprop = notesStart();
    var a = new NotesExperiment(new NaiveNumericalGradient(), 0.06, 2).run(naive, batch);
    var b = new NotesExperiment(new Backprop(), 0.06, 2).run(backprop, batch);
    assertThat(b.lossBefore()).isEqualTo(a.lossBefore());
    assertThat(b.lossAfter()).isCloseTo(a.lossAfter(), within(1e-8));
  }

  @Test
  void drawsTheNotesParametersInTheNotesOrder() {
    Random random = new Random(5);
    Parameters p = Initialization.RANDN.initialise(3, 2, 2, random);
    Random again = new Random(5);
    assertThat(p.w1().get(0, 0)).isEqualTo(again.nextGaussian());
    for (int k = 1; k < 6; k++) {
      again.nextGaussian();
    }
    assertThat(p.w2().get(0, 0)).isEqualTo(again.nextGaussian()); // W2 is drawn right after W1
  }
}
