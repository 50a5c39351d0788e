package vn.congvan.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing Vietnamese text from a package's resource bundle ({@code messages.properties}, UTF-8). */
public final class Messages {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /**
     * Each package has one {@code messages.properties} and no per-locale variant: asked for Vietnamese, the
     * default lookup would first try classes and files for vi_VN, vi and the machine's own locale, each a miss
     * searched through every jar of the class path (and every jar opened for it), on every cold start.
     */
    private static final ResourceBundle.Control ONE_FILE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };
    private final String baseName;
    /**
     * Read on the first message asked for, not when the class holding it starts: most packages' texts
     * are for errors, and a cold command parsed every package's file it touched.
     */
    private volatile ResourceBundle bundle;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code <package of anchor>/messages.properties}. */
    public static Messages of(Class<?> anchor) {
        return new Messages(anchor.getPackageName() + ".messages");
    }

    /** The bundle {@code baseName} (dotted, as {@link ResourceBundle#getBundle(String)} takes it), found as above. */
    public static ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, Locale.ROOT, ONE_FILE);
    }

    public String get(String key, Object... args) {
        ResourceBundle texts = bundle;
        if (texts == null) {
            texts = bundle(baseName); // ResourceBundle keeps one instance: two threads racing here get the same
            bundle = texts;
        }
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
