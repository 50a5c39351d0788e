package vn.congvan.ui;

import vn.congvan.text.Messages;

/** The window's Vietnamese strings ({@code vn/congvan/ui/messages.properties}). */
final class UiText {
    private static final Messages MSG = Messages.of(UiText.class);

    private UiText() {
    }

    static String get(String key, Object... args) {
        return MSG.get(key, args);
    }
}
