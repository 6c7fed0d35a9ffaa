package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.AuditQuery;
import press.people.Passwords;
import press.people.Role;

/** {@code users}: add with the password on standard input, list, re-role and disable, each audited. */
class UsersCommandTest {

    /** Unset, so that the password is read from standard input. */
    private static final String NO_VARIABLE = "BULLETIN_TEST_NO_SUCH_PASSWORD_VARIABLE";

    @TempDir
    Path data;

    private String[] run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 4];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(new String[] {"--data-dir", data.toString(), "--password-env", NO_VARIABLE}, 0, all,
                    args.length, 4);
            return CommandLine.once(all);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void anAdministratorIsAddedWithThePasswordFromStandardInputThenListedReRoledAndDisabled() {
        String[] added = run("s3cret password\n", "users", "add", "张三", "--role", "管理员", "--role", "signer");
        assertEquals("0", added[0], added[2]);
        assertTrue(added[1].startsWith("张三\t签发/signer,管理员/admin\tactive"), added[1]);
        String[] listed = run("", "users", "list");
        assertEquals("0", listed[0], listed[2]);
        assertTrue(listed[1].contains("张三"));
        assertFalse(listed[1].contains("s3cret"));
        assertEquals("0", run("", "users", "roles", "张三", "--role", "拟稿,审核")[0]);
        String[] disabled = run("", "users", "disable", "张三");
        assertEquals("0", disabled[0], disabled[2]);
        assertTrue(disabled[1].contains("拟稿/drafter,审核/reviewer\tdisabled"), disabled[1]);
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            var account = archive.accounts().find("张三").orElseThrow();
            assertTrue(account.disabled());
            assertTrue(account.roles().contains(Role.REVIEWER));
            assertTrue(account.passwordHash().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
            assertTrue(Passwords.matches("s3cret password", account.passwordHash()));
            assertEquals(3, archive.audit().read(AuditQuery.all()).stream()
                    .filter(event -> event.subject().equals("张三")).count());
        }
    }

    @Test
    void aPasswordOnTheCommandLineAShortOneAnUnknownRoleAndATakenNameAreRefused() {
        assertEquals("2", run("", "users", "add", "a", "--role", "admin", "--password", "visible-in-ps")[0]);
        String[] shortPassword = run("short\n", "users", "add", "a", "--role", "admin");
        assertEquals("2", shortPassword[0]);
        assertTrue(shortPassword[2].contains("at least 8"), shortPassword[2]);
        assertEquals("2", run("long enough\n", "users", "add", "a", "--role", "boss")[0]);
        assertEquals("2", run("long enough\n", "users", "add", "a")[0]);
        assertEquals("0", run("long enough\n", "users", "add", "a", "--role", "admin")[0]);
        assertEquals("2", run("long enough\n", "users", "add", "a", "--role", "admin")[0]);
        assertEquals("2", run("", "users", "disable", "nobody")[0]);
    }
}
