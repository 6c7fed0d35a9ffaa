package press.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.people.Account;
import press.people.Person;
import press.people.Role;

/**
 * {@code users add NAME --role ROLE…}, {@code users list}, {@code users disable NAME},
 * {@code users roles NAME --role ROLE…}: the office's accounts on the archive the other archive
 * commands take ({@code --data-dir} or {@code --archive-url}). A new user's password comes from
 * the environment variable {@code --password-env} names (default {@value #PASSWORD_ENV}) or
 * else the first line of standard input, never from the command line. The first user switches
 * accounts on: make them 管理员. Every change is audited as the command line's.
 */
final class UsersCommand extends Subcommand {

    static final String PASSWORD_ENV = "BULLETIN_USER_PASSWORD";
    /** Where the audit trail says a command's change came from. */
    static final String COMMAND_LINE = "command line";

    /**
     * Who acts through a command: whoever can run it on the archive's machine (or holds its
     * database's credentials) can do anything to it, so the audit trail names the account of the
     * operating system.
     */
    static Person commandLine() {
        return new Person("command-line:" + System.getProperty("user.name", "?"), EnumSet.allOf(Role.class));
    }

    UsersCommand() {
        super("users", "Add, list, disable and re-role the office's users (accounts are on once there is one).",
                "add NAME --role ROLE… | list | disable NAME | roles NAME --role ROLE…");
    }

    @Override
    Options options() {
        return ArchiveLocation.withArchiveOptions(new Options())
                .addOption(Arguments.valued(null, "role", "ROLE", "a role, repeatable: 拟稿/drafter, 审核/reviewer, "
                        + "签发/signer, 管理员/admin"))
                .addOption(Arguments.valued(null, "password-env", "VARIABLE", "the environment variable holding the new "
                        + "user's password (default " + PASSWORD_ENV + "; unset: the first line of standard input)"))
                .addOption(Arguments.valued(null, "password", "PASSWORD", "refused: a password on the command line shows in "
                        + "the process list"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        if (arguments.text("password", null) != null) {
            throw new ParseException("--password would show the password to every user of this machine (ps); set "
                    + PASSWORD_ENV + " or type it on standard input");
        }
        List<String> operands = arguments.operands();
        String action = operands.isEmpty() ? "" : operands.get(0);
        int expected = action.equals("list") ? 1 : 2;
        if (!List.of("add", "list", "disable", "roles").contains(action) || operands.size() != expected) {
            throw new ParseException("say what to do: " + operands());
        }
        Set<Role> roles = roles(arguments.values("role"));
        if ((action.equals("add") || action.equals("roles")) && roles.isEmpty()) {
            throw new ParseException("users " + action + " needs at least one --role");
        }
        String password = action.equals("add") ? password(arguments.text("password-env", PASSWORD_ENV)) : null;
        Person by = commandLine();
        try (ArchiveStore archive = ArchiveLocation.open(ArchiveLocation.url(arguments),
                ArchiveLocation.dataDirectory(arguments))) {
            if (action.equals("list")) {
                for (Account account : archive.accounts().list()) {
                    out.println(describe(account));
                }
                return 0;
            }
            String name = operands.get(1);
            Account account;
            String event;
            try {
                switch (action) {
                    case "add" -> {
                        account = archive.accounts().add(name, roles, password, by.name());
                        event = AuditEvent.USER_ADDED;
                    }
                    case "disable" -> {
                        account = archive.accounts().disable(name, by.name()).orElse(null);
                        event = AuditEvent.USER_DISABLED;
                    }
                    default -> {
                        account = archive.accounts().changeRoles(name, roles, by.name()).orElse(null);
                        event = AuditEvent.USER_ROLES;
                    }
                }
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return Failures.BAD_INPUT;
            }
            if (account == null) {
                err.println("error: there is no user " + name);
                return Failures.BAD_INPUT;
            }
            archive.audit().record(AuditEvent.now(by, COMMAND_LINE, event, account.name(), "", roleNames(account.roles())));
            out.println(describe(account));
            return 0;
        }
    }

    private static Set<Role> roles(List<String> names) throws ParseException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (String part : name.split(",")) {
                roles.add(Role.named(part).orElseThrow(() -> new ParseException("--role " + part + " is not a role: "
                        + "拟稿/drafter, 审核/reviewer, 签发/signer, 管理员/admin")));
            }
        }
        return roles;
    }

    /** From the environment variable, or else the first line of standard input (a pipe or the terminal). */
    private static String password(String variable) throws ParseException {
        String value = System.getenv(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParseException("no password: set " + variable + " or give it on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new ParseException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::chinese).collect(Collectors.joining("、"));
    }

    private static String describe(Account account) {
        return account.name() + "\t" + account.roles().stream().sorted().map(r -> r.chinese() + "/" + r.english())
                .collect(Collectors.joining(",")) + "\t" + (account.disabled() ? "disabled 已停用" : "active 在用");
    }
}
