package vn.congvan.render;

/** The four faces of the one font family a document uses, in every format we write. */
enum Face {
    REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

    private final String suffix;

    Face(String suffix) {
        this.suffix = suffix;
    }

    static Face of(boolean bold, boolean italic) {
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
