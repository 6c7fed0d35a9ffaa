package press.parallel;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JIT is busy compiling: for a while after start it takes a core of its own, and a
 * part of a render handed to that core waits behind it, so the render does its parts itself
 * instead. Looked at no more than every {@value #WINDOW_MILLIS} ms, from the compiler's total time.
 */
final class CompilerActivity {

    private static final long WINDOW_MILLIS = 50;
    /** Busy when the compilers spent more than this share of the last window compiling. */
    private static final double BUSY_SHARE = 0.25;
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    private static final boolean MEASURED = COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported();

    private static long windowStart = System.nanoTime();
    private static long compiledAtStart = compiled();
    private static volatile boolean busy = true;

    private CompilerActivity() {
    }

    /** Whether the JIT took a good share of a core in the last window. */
    static boolean busy() {
        if (!MEASURED) {
            return false;
        }
        long now = System.nanoTime();
        synchronized (CompilerActivity.class) {
            long elapsed = (now - windowStart) / 1_000_000;
            if (elapsed >= WINDOW_MILLIS) {
                long compiled = compiled();
                busy = compiled - compiledAtStart > BUSY_SHARE * elapsed;
                windowStart = now;
                compiledAtStart = compiled;
            }
        }
        return busy;
    }

    private static long compiled() {
        return MEASURED ? COMPILER.getTotalCompilationTime() : 0;
    }
}
