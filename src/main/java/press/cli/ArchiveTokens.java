package press.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.ParseException;

/**
 * Where {@code serve} takes the archive's token from: a file or the environment, never the command
 * line, which every user of the machine can read in the process list.
 */
final class ArchiveTokens {

    /** A token is a line of text; a file of megabytes is a mistake, not a token. */
    private static final long MAX_FILE = 4096;

    private ArchiveTokens() {
    }

    /** The token in {@code file} (its first line, blanks stripped) if one is named, else {@code environment}'s. */
    static String read(String file, String environment) throws ParseException {
        if (file.isEmpty()) {
            return environment.strip();
        }
        Path path = Path.of(file);
        try {
            if (Files.size(path) > MAX_FILE) {
                throw new ParseException("--archive-token-file " + file + " is larger than a token (" + MAX_FILE + " bytes)");
            }
            String token = Files.readString(path, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (token.isEmpty()) {
                throw new ParseException("--archive-token-file " + file + " holds no token");
            }
            return token;
        } catch (IOException e) {
            throw new ParseException("--archive-token-file " + file + " cannot be read: " + e.getMessage());
        }
    }
}
