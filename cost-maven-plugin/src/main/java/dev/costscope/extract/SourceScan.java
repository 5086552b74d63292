package dev.costscope.extract;

import dev.costscope.model.SourceModel;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one scan of a project found. When the scan's result is remembered in the project's cache (found
 * now, or found by an earlier build of the same unchanged tree), {@link #resultId} names it: the same
 * id means the same model, so that what is derived from the model alone may be remembered under it
 * too. The model of a remembered result is decoded only when {@link #model} is first asked for.
 */
public final class SourceScan {

    private final Supplier<Optional<SourceModel>> stored;
    private final Supplier<SourceScan> scanAgain;
    private Optional<String> resultId;
    private SourceModel model;

    private SourceScan(Optional<String> resultId, SourceModel model, Supplier<Optional<SourceModel>> stored,
                       Supplier<SourceScan> scanAgain) {
        this.resultId = resultId;
        this.model = model;
        this.stored = stored;
        this.scanAgain = scanAgain;
    }

    /** A scan whose model was found now; remembered under {@code resultId} when present. */
    static SourceScan found(SourceModel model, Optional<String> resultId) {
        return new SourceScan(resultId, model, null, null);
    }

    /**
     * A scan that reuses the remembered result {@code reused}; should its model fail to decode after all,
     * {@code scanAgain} reads the tree anew.
     */
    static SourceScan reused(ScanResults.Reused reused, Supplier<SourceScan> scanAgain) {
        return new SourceScan(Optional.of(reused.id()), null, reused::model, scanAgain);
    }

    /**
     * The id of the remembered result this scan's model is; empty when nothing was remembered. Asked
     * again after {@link #model}, it names the model that was returned.
     */
    public synchronized Optional<String> resultId() {
        return resultId;
    }

    /** What the scan found: for a reused result, the last build's model, with no file counted as parsed. */
    public synchronized SourceModel model() {
        if (model == null) {
            Optional<SourceModel> decoded = stored.get();
            if (decoded.isPresent()) {
                model = decoded.get().reused();
            } else {
                SourceScan fresh = scanAgain.get();
                model = fresh.model();
                resultId = fresh.resultId();
            }
        }
        return model;
    }
}
