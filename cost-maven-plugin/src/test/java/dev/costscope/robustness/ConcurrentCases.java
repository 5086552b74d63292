package dev.costscope.robustness;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs the cases of a property test on several threads and reports each as its own dynamic test,
 * in order: the test of case {@code i} waits for that case and fails with whatever it threw, an
 * {@link Error} such as {@link StackOverflowError} included. The cases must be independent.
 */
final class ConcurrentCases {

    private ConcurrentCases() {
    }

    /** One dynamic test per case, named by its {@code toString}, each case checked by {@code check} on one of {@code threads} threads. */
    static <T> Stream<DynamicTest> of(List<T> cases, int threads, ThrowingConsumer<T> check) {
        AtomicInteger workers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "fuzz-case-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Throwable>> outcomes = cases.stream().map(c -> pool.submit(() -> outcome(check, c))).toList();
        pool.shutdown();
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).toString(), () -> {
            Throwable thrown;
            try {
                thrown = outcomes.get(i).get();
            } catch (ExecutionException e) {
                thrown = e.getCause();
            }
            if (thrown != null) {
                throw thrown;
            }
        }));
    }

    /** What checking {@code item} threw, or null. */
    private static <T> Throwable outcome(ThrowingConsumer<T> check, T item) {
        try {
            check.accept(item);
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }
}
