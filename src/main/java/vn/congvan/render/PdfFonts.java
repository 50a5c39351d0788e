package vn.congvan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * The document font: Times New Roman when installed, else the metric-compatible Liberation Serif
 * shipped in openpdf-fonts-extra. Each TTF is parsed once per process with GSUB off (glyph
 * substitution costs more than the rest of a document and changes nothing for NFC Vietnamese);
 * each document embeds subsets of them.
 *
 * <p>The parsed fonts read their tables lazily from a shared buffer and are not thread-safe, so a
 * whole document is built while holding {@link #LOCK}.
 */
final class PdfFonts {
    /** Held while a document uses the shared parsed fonts. */
    static final Object LOCK = new Object();

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);
    private static final Messages MESSAGES = Messages.of(PdfFonts.class);

    private final Faces faces;
    private final Map<PdfStyle, PDType0Font> embedded = new EnumMap<>(PdfStyle.class);

    private PdfFonts(Faces faces, PDDocument doc) throws IOException {
        this.faces = faces;
        if (doc != null) {
            for (PdfStyle style : PdfStyle.values()) {
                embedded.put(style, PDType0Font.load(doc, faces.ttf.get(style), true));
            }
        }
    }

    /** The four faces, embedded as subsets into {@code doc}; call while holding {@link #LOCK}. */
    static PdfFonts embedIn(PDDocument doc) throws IOException {
        return new PdfFonts(Faces.shared(), doc);
    }

    /** Metrics only, for measuring text without writing a PDF; call while holding {@link #LOCK}. */
    static PdfFonts measuring() {
        try {
            return new PdfFonts(Faces.shared(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font(PdfStyle style) {
        return embedded.get(style);
    }

    /**
     * Advance width of {@code text} in points. Every character must be in the font: a missing one
     * would print as an empty box, so it is an input error that names the character and its context.
     */
    float width(String text, PdfStyle style, float size) {
        CmapLookup cmap = faces.cmap.get(style);
        TrueTypeFont ttf = faces.ttf.get(style);
        // Widths in thousandths of an em, rounded as PDFBox writes them into the font's /W array, so
        // that what we measure is exactly what a viewer places.
        float scale = 1000f / faces.unitsPerEm;
        long thousandths = 0;
        try {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int gid = cmap.getGlyphId(cp);
                if (gid == 0) {
                    throw missing(cp, text, style);
                }
                thousandths += Math.round(ttf.getAdvanceWidth(gid) * scale);
                i += Character.charCount(cp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return thousandths * size / 1000;
    }

    /** Single line height: ascender + descender + line gap of the font (1.15 × size for Times). */
    float lineHeight(float size) {
        return faces.lineHeight * size;
    }

    /** Distance from the top of a line box to its baseline. */
    float ascent(float size) {
        return faces.ascent * size;
    }

    private InputException missing(int cp, String text, PdfStyle style) {
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? "" : new String(Character.toChars(cp));
        String code = String.format(Locale.ROOT, "%04X", cp);
        String context = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new InputException(MESSAGES.get("pdf.glyph.missing", shown, code, context, faces.family + " " + style.suffix()));
    }

    /** The parsed TTFs and their metrics, loaded on first use. */
    private static final class Faces {
        private static volatile Faces shared;

        final String family;
        final Map<PdfStyle, TrueTypeFont> ttf;
        final Map<PdfStyle, CmapLookup> cmap = new EnumMap<>(PdfStyle.class);
        final int unitsPerEm;
        final float lineHeight;
        final float ascent;

        private Faces(String family, Map<PdfStyle, TrueTypeFont> ttf) throws IOException {
            this.family = family;
            this.ttf = ttf;
            for (Map.Entry<PdfStyle, TrueTypeFont> e : ttf.entrySet()) {
                e.getValue().setEnableGsub(false);
                cmap.put(e.getKey(), e.getValue().getUnicodeCmapLookup());
            }
            TrueTypeFont regular = ttf.get(PdfStyle.REGULAR);
            HorizontalHeaderTable hhea = regular.getHorizontalHeader();
            unitsPerEm = regular.getUnitsPerEm();
            ascent = (float) hhea.getAscender() / unitsPerEm;
            lineHeight = (float) (hhea.getAscender() - hhea.getDescender() + hhea.getLineGap()) / unitsPerEm;
        }

        static Faces shared() {
            Faces f = shared;
            if (f == null) {
                synchronized (Faces.class) {
                    f = shared;
                    if (f == null) {
                        f = load();
                        shared = f;
                    }
                }
            }
            return f;
        }

        private static Faces load() {
            Optional<Faces> times = TimesNewRoman.find().flatMap(Faces::tryFiles);
            if (times.isPresent()) {
                return times.get();
            }
            try {
                Map<PdfStyle, TrueTypeFont> ttf = new EnumMap<>(PdfStyle.class);
                for (PdfStyle style : PdfStyle.values()) {
                    String resource = "/liberation/LiberationSerif-" + style.suffix() + ".ttf";
                    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("font missing from the class path: " + resource);
                        }
                        ttf.put(style, new TTFParser().parse(new RandomAccessReadBuffer(in)));
                    }
                }
                LOG.debug("Times New Roman not installed; using Liberation Serif");
                return new Faces("Liberation Serif", ttf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Optional<Faces> tryFiles(Map<PdfStyle, Path> files) {
            try {
                Map<PdfStyle, TrueTypeFont> ttf = new EnumMap<>(PdfStyle.class);
                for (Map.Entry<PdfStyle, Path> e : files.entrySet()) {
                    // Read into memory: a file-backed font would hold the file open for the process.
                    ttf.put(e.getKey(), new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(e.getValue()))));
                }
                if (!ttf.get(PdfStyle.REGULAR).getName().replace(" ", "").startsWith("TimesNewRoman")) {
                    return Optional.empty();
                }
                LOG.debug("using Times New Roman from {}", files.get(PdfStyle.REGULAR).getParent());
                return Optional.of(new Faces("Times New Roman", ttf));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Times New Roman found but unreadable, using Liberation Serif: {}", e.toString());
                return Optional.empty();
            }
        }
    }

    /** Finds the four Times New Roman files in the usual font folders of Linux, Windows and macOS. */
    private static final class TimesNewRoman {
        private static final Map<PdfStyle, List<String>> NAMES = Map.of(
                PdfStyle.REGULAR, List.of("times.ttf", "times new roman.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
                PdfStyle.BOLD, List.of("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf", "timesnewroman-bold.ttf"),
                PdfStyle.ITALIC, List.of("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf", "timesnewroman-italic.ttf"),
                PdfStyle.BOLD_ITALIC, List.of("timesbi.ttf", "times new roman bold italic.ttf", "times_new_roman_bold_italic.ttf",
                        "timesnewroman-bolditalic.ttf"));

        static Optional<Map<PdfStyle, Path>> find() {
            Map<String, Path> byName = new HashMap<>();
            for (Path dir : folders()) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir, 4)) {
                    files.filter(Files::isRegularFile)
                            .forEach(p -> byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
                } catch (IOException | UncheckedIOException e) {
                    LOG.debug("cannot list fonts in {}: {}", dir, e.toString());
                }
            }
            Map<PdfStyle, Path> found = new EnumMap<>(PdfStyle.class);
            for (PdfStyle style : PdfStyle.values()) {
                NAMES.get(style).stream().map(byName::get).filter(p -> p != null).findFirst()
                        .ifPresent(p -> found.put(style, p));
            }
            return found.size() == PdfStyle.values().length ? Optional.of(found) : Optional.empty();
        }

        private static List<Path> folders() {
            String home = System.getProperty("user.home", "");
            String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            String local = Optional.ofNullable(System.getenv("LOCALAPPDATA")).orElse(home);
            return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                    Path.of(home, ".fonts"), Path.of(home, ".local", "share", "fonts"),
                    Path.of(windows, "Fonts"), Path.of(local, "Microsoft", "Windows", "Fonts"),
                    Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts/Supplemental"), Path.of(home, "Library", "Fonts"));
        }
    }
}
