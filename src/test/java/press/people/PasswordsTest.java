package press.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passwords as Argon2id hashes that carry their salt and parameters; roles by either name. */
class PasswordsTest {

    @Test
    void aHashCarriesItsSaltAndParametersAndMatchesItsPasswordAlone() {
        String hash = Passwords.hash("正确的密码 horse");
        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertTrue(Passwords.matches("正确的密码 horse", hash));
        assertFalse(Passwords.matches("正确的密码 horsE", hash));
        assertNotEquals(hash, Passwords.hash("正确的密码 horse"), "a fresh salt each time");
    }

    @Test
    void aHashWithAlteredParametersOrOfAnotherKindMatchesNothing() {
        String hash = Passwords.hash("a long password");
        String altered = hash.replace("m=19456,t=2", "m=19456,t=3");
        assertFalse(Passwords.matches("a long password", altered), "the parameters are part of what is checked");
        assertFalse(Passwords.matches("a long password", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(Passwords.matches("a long password", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"));
        assertFalse(Passwords.matches("a long password", null));
    }

    @Test
    void aPasswordNeedsEightCharactersAndAnAccountKeepsOnlyAHash() {
        assertThrows(IllegalArgumentException.class, () -> Passwords.checkStrength("1234567"));
        Passwords.checkStrength("12345678");
        assertThrows(IllegalArgumentException.class, () -> new Account("clerk", java.util.Set.of(), "plain text", false));
        assertThrows(IllegalArgumentException.class, () -> Account.checkName("a b"));
        assertThrows(IllegalArgumentException.class, () -> Account.checkName("../x"));
        Account.checkName("王主任");
    }

    @Test
    void rolesAreNamedInChineseOrEnglish() {
        assertEquals(Role.SIGNER, Role.named("签发").orElseThrow());
        assertEquals(Role.ADMIN, Role.named("Admin").orElseThrow());
        assertEquals(Role.DRAFTER, Role.named(" drafter ").orElseThrow());
        assertTrue(Role.named("boss").isEmpty());
    }
}
