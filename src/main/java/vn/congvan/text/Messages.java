package vn.congvan.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing Vietnamese text from a package's resource bundle ({@code messages.properties}, UTF-8). */
public final class Messages {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle {@code <package of anchor>/messages.properties}. */
    public static Messages of(Class<?> anchor) {
        return new Messages(ResourceBundle.getBundle(anchor.getPackageName() + ".messages", VIETNAMESE));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
