package vn.congvan.render;

/** A stretch of text in one face and size: the unit the line breaker measures and the page draws. */
record PdfSpan(String text, PdfStyle style, float size) {
}
