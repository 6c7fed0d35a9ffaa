package press.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords kept as Argon2id hashes (RFC 9106) in the PHC string form
 * {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}: salt and parameters travel with the hash, so a
 * hash made today still verifies after the parameters are raised. 19 MiB and two passes, as
 * OWASP recommends for Argon2id: slow and memory-hard for a guesser with a copy of the archive,
 * about a tenth of a second for a login. At most {@value #AT_ONCE} hashes run at once, so a
 * burst of logins cannot take the service's memory.
 */
public final class Passwords {

    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    static final int AT_ONCE = 4;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Semaphore HASHING = new Semaphore(AT_ONCE);
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    /** A hash no password matches, verified against when a name is unknown so that the answer takes as long. */
    private static final String NOBODY = hash("no one logs in with this password " + RANDOM.nextLong());

    private Passwords() {
    }

    /** Refuses a password too short to be one, or too long to be typed. */
    public static void checkStrength(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a password is at most " + MAX_LENGTH + " characters");
        }
    }

    /** The password's hash with a fresh salt. */
    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, PASSES, 1, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=1$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(hash);
    }

    /** Whether the password is the one hashed; a hash that is not one of ours matches nothing. */
    public static boolean matches(String password, String encoded) {
        Matcher phc = PHC.matcher(encoded == null ? "" : encoded);
        if (password == null || password.length() > MAX_LENGTH || !phc.matches()) {
            return false;
        }
        int memory = Integer.parseInt(phc.group(1));
        int passes = Integer.parseInt(phc.group(2));
        int lanes = Integer.parseInt(phc.group(3));
        if (memory < 8 * lanes || memory > 1024 * 1024 || passes < 1 || lanes < 1) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(phc.group(4));
        byte[] expected = Base64.getDecoder().decode(phc.group(5));
        byte[] actual = derive(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Spends what a check of a real account's password would: an unknown name answers no sooner than a wrong password. */
    public static void matchNobody(String password) {
        matches(password == null ? "" : password, NOBODY);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memory)
                .withIterations(passes).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        HASHING.acquireUninterruptibly();
        try {
            generator.generateBytes(secret, out);
        } finally {
            HASHING.release();
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
