package dev.nyx.testkit.internal;

import java.util.regex.Pattern;

/** Matches request paths against globs: {@code *} within one segment, {@code **} across segments. */
public final class PathGlob {
    private PathGlob() {
    }

    public static boolean matches(String glob, String path) {
        return toRegex(glob).matcher(path).matches();
    }

    static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < glob.length(); index++) {
            char current = glob.charAt(index);
            if (current == '*') {
                boolean doubleStar = index + 1 < glob.length() && glob.charAt(index + 1) == '*';
                regex.append(doubleStar ? ".*" : "[^/]*");
                index += doubleStar ? 1 : 0;
            } else {
                regex.append(Pattern.quote(String.valueOf(current)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
