package dev.costscope.analysis;

import dev.costscope.model.ModelRelease;
import java.util.Optional;

/**
 * A {@code @ModelRelease} with its sizes parsed once.
 *
 * @param release          as declared
 * @param totalParameters  all parameters
 * @param activeParameters the parameters active per token (mixture of experts)
 * @param trainingTokens   the tokens trained on
 * @param trainingWork     6·N·D FLOP, N the active parameters (else the total), when both are stated
 */
public record ReleaseFacts(ModelRelease release, QuantityFact totalParameters, QuantityFact activeParameters,
                           QuantityFact trainingTokens, Optional<Figure> trainingWork) {
}
