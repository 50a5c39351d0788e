package vn.congvan.text;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /**
     * The Vietnamese number format MessageFormat would make afresh for each number in a plain {@code {n}}; one
     * per thread, as formats are not thread-safe.
     */
    private static final ThreadLocal<NumberFormat> NUMBERS =
            ThreadLocal.withInitial(() -> NumberFormat.getInstance(VIETNAMESE));
    private final String baseName;
    /**
     * Each key's pattern parsed once per thread: a cold {@code overdue} of 133,961 lines spent half of its time
     * parsing the same three patterns and making number formats (README, "Hiệu năng").
     */
    private final ThreadLocal<Map<String, Parsed>> parsed = ThreadLocal.withInitial(HashMap::new);
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
        if (args.length == 0) {
            return texts.getString(key);
        }
        ResourceBundle found = texts;
        return parsed.get().computeIfAbsent(key, k -> new Parsed(found.getString(k))).format(args);
    }

    /** A pattern parsed, and which of its arguments it formats without a format of its own ({@code {n}}). */
    private static final class Parsed {
        private final MessageFormat format;
        private final boolean[] plain;

        Parsed(String pattern) {
            format = new MessageFormat(pattern, VIETNAMESE);
            Format[] own = format.getFormatsByArgumentIndex();
            // By argument, MessageFormat tells only the last element's format: where an argument appears twice
            // (or one is skipped) the elements do not map one to one, and every argument is left as given.
            plain = new boolean[format.getFormats().length == own.length ? own.length : 0];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = own[i] == null;
            }
        }

        String format(Object[] args) {
            Object[] shown = args;
            for (int i = 0; i < Math.min(plain.length, args.length); i++) {
                if (plain[i] && args[i] instanceof Number number) {
                    if (shown == args) {
                        shown = args.clone();
                    }
                    shown[i] = NUMBERS.get().format(number);
                }
            }
            return format.format(shown);
        }
    }
}
