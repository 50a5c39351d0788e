package vn.congvan.mail;

import java.util.Locale;
import java.util.Map;

/** MIME types of the files an office sends, by extension; the platform's guess is too unreliable for .docx. */
final class MimeTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("md", "text/markdown; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("zip", "application/zip"),
            Map.entry("rar", "application/vnd.rar"),
            Map.entry("7z", "application/x-7z-compressed"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("p7s", "application/pkcs7-signature"));

    private MimeTypes() {
    }

    static String forFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    /** Office Open XML and other zip containers, whose expansion we check before anyone opens them. */
    private static final java.util.List<String> READ_EXTENSIONS = java.util.List.of(".pdf", ".doc", ".docx", ".txt", ".md",
            ".odt", ".rtf");

    static boolean isZipContainer(String fileName, String baseType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".pptx")
                || name.endsWith(".odt") || name.endsWith(".ods") || name.endsWith(".zip")
                || baseType.startsWith("application/vnd.openxmlformats-officedocument")
                || baseType.equals("application/zip");
    }

    /**
     * Whether collecting or importing reads a part of this name and type, so that its bytes are held: text, a
     * mail or a report carried in the mail, a document (.pdf, .doc, .docx, .txt, .md, .odt, .rtf), anything packed
     * as a zip (checked for bombs). Everything else (photos, videos, archives of other kinds) is only measured.
     */
    static boolean readFromReplies(String fileName, String baseType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return baseType.startsWith("text/") || baseType.startsWith("message/") || isZipContainer(fileName, baseType)
                || READ_EXTENSIONS.stream().anyMatch(name::endsWith)
                || baseType.equals("application/pdf") || baseType.equals("application/msword");
    }
}
