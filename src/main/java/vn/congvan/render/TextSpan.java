package vn.congvan.render;

/** A stretch of text in one face and size: the unit the line breaker measures and a writer sets. */
record TextSpan(String text, Face face, float size) {
}
