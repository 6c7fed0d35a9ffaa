package press.catalogue;

import java.util.regex.Pattern;

/** Kind and variant names: lower-case words and digits joined by hyphens, never a path. */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Names() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= 64 && NAME.matcher(name).matches();
    }

    static String check(String name, String what) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(what + " name must be lower-case letters, digits and hyphens: " + name);
        }
        return name;
    }
}
