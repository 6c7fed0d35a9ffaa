package press.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import press.people.Account;
import press.people.Passwords;
import press.people.Role;

/**
 * The office's accounts, as append-only rows of {@code account_users}: adding a user, changing
 * their roles or disabling them appends a version, and the latest version of a name counts.
 * Accounts are on as soon as there is one; a name is never removed, so they stay on.
 */
public final class Accounts {

    private static final String LATEST = "SELECT name, roles, password, disabled FROM account_users u WHERE u.id = "
            + "(SELECT MAX(v.id) FROM account_users v WHERE v.name = u.name)";

    private final Transactions db;
    /** Once true, always: users are never deleted. */
    private volatile boolean on;

    Accounts(Transactions db) {
        this.db = db;
    }

    /** Whether the archive holds any user: from then on every change needs a session or the token. */
    public boolean any() {
        if (!on) {
            on = db.run("cannot read the archive's users", c -> {
                try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM account_users LIMIT 1");
                     ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            });
        }
        return on;
    }

    /** The latest version of the account of that name, disabled or not. */
    public Optional<Account> find(String name) {
        return db.run("cannot read the archive's users", c -> {
            try (PreparedStatement query = c.prepareStatement(LATEST + " AND u.name = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every account's latest version, by name. */
    public List<Account> list() {
        return db.run("cannot read the archive's users", c -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(LATEST + " ORDER BY u.name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    accounts.add(account(rs));
                }
            }
            return accounts;
        });
    }

    /** Appends this version of the account, as {@code by} changed it at {@code at}. */
    public void save(Account account, String by, Instant at) {
        db.run("cannot record the user " + account.name(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO account_users (name, roles, password, "
                    + "disabled, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, account.name());
                insert.setString(2, account.roles().stream().map(Role::english).sorted().collect(Collectors.joining(",")));
                insert.setString(3, account.passwordHash());
                insert.setInt(4, account.disabled() ? 1 : 0);
                insert.setLong(5, at.toEpochMilli());
                insert.setString(6, by);
                insert.executeUpdate();
            }
            return null;
        });
        on = true;
    }

    /**
     * Adds a user with these roles and password (hashed here); refused (IllegalArgumentException,
     * saying why) for a name that is taken or not a name, or a password too short.
     */
    public Account add(String name, Set<Role> roles, String password, String by) {
        Account.checkName(name);
        Passwords.checkStrength(password);
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("there is a user " + name + " already; change their roles instead");
        }
        Account account = new Account(name, roles, Passwords.hash(password), false);
        save(account, by, Instant.now());
        return account;
    }

    /** Gives the user these roles, in place of theirs; empty when there is no such user. */
    public Optional<Account> changeRoles(String name, Set<Role> roles, String by) {
        return find(name).map(account -> {
            Account changed = account.withRoles(roles);
            save(changed, by, Instant.now());
            return changed;
        });
    }

    /** Disables the user: they cannot log in, their sessions end; empty when there is no such user. */
    public Optional<Account> disable(String name, String by) {
        return find(name).map(account -> {
            Account changed = account.disable();
            save(changed, by, Instant.now());
            return changed;
        });
    }

    private static Account account(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : rs.getString("roles").split(",")) {
            Role.named(name).ifPresent(roles::add);
        }
        return new Account(rs.getString("name"), roles, rs.getString("password"), rs.getInt("disabled") != 0);
    }
}
