package press.render;

import press.failure.Failure;
import press.failure.Reason;

/**
 * Where a long render stops when it was abandoned: the render queue interrupts a render that
 * passed its time limit, and layout and writers call {@link #check} between blocks, parts and
 * batches of table rows, so the worker is free again within a batch, not minutes later.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** How many rows of a table go by between two looks. */
    static final int ROWS = 100;

    /** In a loop over table rows: looks every {@value #ROWS} rows, from the first. */
    public static void checkRow(int row) {
        if (row % ROWS == 0) {
            check();
        }
    }

    /** @throws Failure ({@code RENDER_TIMEOUT}) when this render was abandoned */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Failure(Reason.RENDER_TIMEOUT, "the render was abandoned at its time limit");
        }
    }
}
