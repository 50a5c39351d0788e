package vn.congvan.render;

/** The four faces of the one font family a document uses. */
enum PdfStyle {
    REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

    private final String suffix;

    PdfStyle(String suffix) {
        this.suffix = suffix;
    }

    static PdfStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** "Bold" in LiberationSerif-Bold.ttf. */
    String suffix() {
        return suffix;
    }
}
