package press.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting on a request: a named account, the bearer token that scripts use, or the one
 * person at this machine when the service runs without accounts.
 *
 * @param name how the audit trail and a document's history name them
 * @param roles what they may do
 */
public record Person(String name, Set<Role> roles) {

    public Person {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The identity of requests that carry the archive's bearer token. */
    public static Person token() {
        return new Person("archive-token", EnumSet.allOf(Role.class));
    }

    /** The identity of the one person at this machine when the archive holds no accounts. */
    public static Person local() {
        return new Person("local", EnumSet.allOf(Role.class));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
