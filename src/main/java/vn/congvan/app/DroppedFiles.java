package vn.congvan.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** What a file given to the window (dropped, or picked) is for: a dispatch to import, or a mail to collect. */
public enum DroppedFiles {
    DISPATCH, MAIL, OTHER;

    private static final Set<String> DISPATCH_TYPES = Set.of("md", "txt", "docx", "doc", "pdf", "png", "jpg", "jpeg");

    /** By the file's extension: .md .txt .docx .doc .pdf and photos (.png .jpg, read by OCR) are dispatches, .eml a reply to collect. */
    public static DroppedFiles of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (DISPATCH_TYPES.contains(ext)) {
            return DISPATCH;
        }
        return ext.equals("eml") ? MAIL : OTHER;
    }
}
