package press.people;

import java.util.Locale;
import java.util.Optional;

/** A part a person plays in the office's procedure for a document; one person may hold several. */
public enum Role {
    /** 拟稿: drafts a month's data and submits it for review. */
    DRAFTER("拟稿"),
    /** 审核: passes a submitted draft or returns it with comments. */
    REVIEWER("审核"),
    /** 签发: signs a reviewed draft off and publishes it. */
    SIGNER("签发"),
    /** 管理员: manages people and reads the audit trail. */
    ADMIN("管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    /** The role's name as an office writes it. */
    public String chinese() {
        return chinese;
    }

    /** The role's English name as commands and the API take it: drafter, reviewer, signer, admin. */
    public String english() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a command line or a request names, in Chinese or English (either case); empty for none. */
    public static Optional<Role> named(String name) {
        String wanted = name == null ? "" : name.strip();
        for (Role role : values()) {
            if (role.chinese.equals(wanted) || role.english().equalsIgnoreCase(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
