package vn.congvan.text;

import java.util.Locale;

/** Sizes as a clerk reads them: "25 MB", "340 KB", "1,5 MB". */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    public static String of(long bytes) {
        if (bytes >= MB) {
            double mb = (double) bytes / MB;
            return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
        }
        return Math.max(1, (bytes + KB - 1) / KB) + " KB";
    }
}
