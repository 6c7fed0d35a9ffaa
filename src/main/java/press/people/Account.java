package press.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account as the archive holds it, one version of it: a change (new roles, disabled)
 * is a new version, and the latest one counts.
 *
 * @param name what they log in with and the audit trail names them by
 * @param roles what they may do; an account may hold none while an office decides
 * @param passwordHash the password's Argon2id hash with its salt and parameters ({@link Passwords})
 * @param disabled a disabled account cannot log in, and its open sessions end
 */
public record Account(String name, Set<Role> roles, String passwordHash, boolean disabled) {

    /** Longest name: a name is shown in lists and the audit trail, not a sentence. */
    public static final int MAX_NAME = 64;

    public Account {
        checkName(name);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (!passwordHash.startsWith("$argon2id$")) {
            throw new IllegalArgumentException("an account's password is kept as an Argon2id hash only");
        }
    }

    /**
     * Refuses a name that is not one: blank, longer than {@value #MAX_NAME} characters, or with
     * spaces, control characters, slashes or quotes, which would break paths, cookies and CSV.
     */
    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new IllegalArgumentException("a user's name is at most " + MAX_NAME + " characters");
        }
        if (!name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new IllegalArgumentException("a user's name holds letters (Chinese too), digits and . _ @ - only, "
                    + "not '" + name + "'");
        }
    }

    public Person person() {
        return new Person(name, roles);
    }

    public Account withRoles(Set<Role> newRoles) {
        return new Account(name, newRoles, passwordHash, disabled);
    }

    public Account disable() {
        return new Account(name, roles, passwordHash, true);
    }
}
