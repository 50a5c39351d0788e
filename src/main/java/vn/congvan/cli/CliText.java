package vn.congvan.cli;

import vn.congvan.text.Messages;

/** The CLI's Vietnamese strings (the same bundle also holds picocli's help texts). */
final class CliText {
    private static final Messages MSG = Messages.of(CliText.class);

    private CliText() {
    }

    static String get(String key, Object... args) {
        return MSG.get(key, args);
    }
}
