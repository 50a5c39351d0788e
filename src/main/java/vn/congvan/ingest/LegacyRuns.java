package vn.congvan.ingest;

import vn.congvan.text.LegacyEncoding;
import vn.congvan.text.LegacyFont;
import vn.congvan.text.LegacyGuess;

import java.util.Optional;

/**
 * The text of a Word document's runs in Unicode: a run set in a legacy font ({@code .VnTime}, {@code VNI-Times})
 * is converted by its font; the other runs are sampled first, and when together they read as a legacy
 * encoding (the font was lost in a conversion), they are converted by it. Every run is sampled before the
 * first is converted, so a document is read one way throughout.
 */
final class LegacyRuns {
    private final LegacyGuess guess = new LegacyGuess();
    private Optional<LegacyEncoding> lost;

    /** First pass: a run's raw text and its font name (null when none is known). */
    void sample(String raw, String font) {
        if (LegacyFont.of(font).isEmpty()) {
            guess.add(raw);
        }
    }

    /** Second pass: the run's text in Unicode. */
    String unicode(String raw, String font) {
        Optional<LegacyFont> legacy = LegacyFont.of(font);
        if (legacy.isPresent()) {
            return legacy.get().decode(tcvn3(raw, legacy.get().encoding()));
        }
        if (lost == null) {
            lost = guess.result();
        }
        return lost.map(encoding -> encoding.decodeWithoutFont(tcvn3(raw, encoding))).orElse(raw);
    }

    /**
     * TCVN3's ư is byte 0xAD, Latin-1's soft hyphen: Word and LibreOffice store that as their optional
     * hyphen (0x1F in a .doc), which in TCVN3 text is the letter.
     */
    private static String tcvn3(String raw, LegacyEncoding encoding) {
        return encoding == LegacyEncoding.TCVN3 ? raw.replace('\u001F', '\u00AD') : raw;
    }
}
