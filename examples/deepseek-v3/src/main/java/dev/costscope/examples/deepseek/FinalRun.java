package dev.costscope.examples.deepseek;

/**
 * The final training run of DeepSeek-V3 as reported in the DeepSeek-V3 Technical Report
 * (arXiv:2412.19437), Table 1: H800 GPU-hours per stage, priced at the report's assumed rental
 * rate of $2 per GPU-hour.
 */
public final class FinalRun {

    /** The report's assumed rental price of one H800 GPU-hour, in USD. */
    public static final String H800_RATE = "2";

    /** The size of the cluster the report describes. */
    public static final int H800_GPUS = 2048;

    /** Pre-training: 2,664K GPU-hours ($5.328M). */
    public static final String PRE_TRAINING_HOURS = "2.664M";

    /** Context extension: 119K GPU-hours ($0.238M). */
    public static final String CONTEXT_EXTENSION_HOURS = "119K";

    /** Post-training: 5K GPU-hours ($0.01M). */
    public static final String POST_TRAINING_HOURS = "5K";

    /** All three stages: 2,788K GPU-hours, $5.576M. */
    public static final String TOTAL_COST = "5.576M";

    private FinalRun() {
    }
}
