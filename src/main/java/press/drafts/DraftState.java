package press.drafts;

import java.util.List;

/**
 * Where a draft stands in the procedure, as its versions and events say: a version saved after
 * the last step (a submitted or passed draft edited again, a published one corrected) makes it
 * a 草稿 again, since what was reviewed is no longer what would be signed.
 */
public enum DraftState {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    PASSED("已审核"),
    /** A sign-off under way (or one that stopped with its process: a new version starts over). */
    SIGNING("签发中"),
    SIGNED("已签发");

    private final String chinese;

    DraftState(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The state of a draft whose latest version is {@code latestVersion} after these events, oldest first. */
    public static DraftState of(int latestVersion, List<DraftEvent> events) {
        if (events.isEmpty()) {
            return DRAFT;
        }
        DraftEvent last = events.get(events.size() - 1);
        if (last.version() < latestVersion) {
            return DRAFT;
        }
        return switch (last.step()) {
            case SUBMITTED -> SUBMITTED;
            case RETURNED -> RETURNED;
            case PASSED, SIGN_FAILED -> PASSED;
            case SIGNING -> SIGNING;
            case SIGNED -> SIGNED;
        };
    }
}
