/**
 * The one failure vocabulary: every stage reports what went wrong as a {@link
 * press.failure.Failure} with a {@link press.failure.Reason}, a message for people and details
 * for programs (JSON paths, line and column, the valid names). The edges map a reason once to an
 * HTTP status and once to an exit code, each by an exhaustive switch, so a new reason cannot go
 * unmapped. Nothing here imports anything but {@code java.*}.
 */
package press.failure;
