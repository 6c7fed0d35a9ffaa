package press.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import press.failure.Failure;
import press.failure.Reason;

/** Assertions on the one failure type: the reason, and the values its details carry. */
public final class Failures {

    private Failures() {
    }

    /** Runs {@code action}, which must fail for {@code reason}; the failure, for more checks. */
    public static Failure assertFails(Reason reason, Executable action) {
        Failure failure = assertThrows(Failure.class, action);
        assertEquals(reason, failure.reason(), failure.getMessage());
        return failure;
    }

    /** The value of {@code key} in the failure's first detail. */
    public static Object detail(Failure failure, String key) {
        return failure.details().get(0).get(key);
    }

    public static int line(Failure failure) {
        return (Integer) detail(failure, "line");
    }

    public static int column(Failure failure) {
        return (Integer) detail(failure, "column");
    }
}
