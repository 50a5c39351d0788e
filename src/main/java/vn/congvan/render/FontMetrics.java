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
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one font every writer measures with: Times New Roman when installed, else the
 * metric-compatible Liberation Serif shipped in openpdf-fonts-extra. The PDF places its text by these
 * widths, and the DOCX and XLSX writers break and size lines by them, so that all formats break a
 * line at the same word.
 *
 * <p>Each face is parsed once per process with GSUB off (glyph substitution costs more than the rest
 * of a PDF and changes nothing for NFC Vietnamese) and its advance widths and glyph ids are copied
 * into plain tables: measuring and encoding are then lock-free and safe from any thread. The parsed fonts themselves read
 * their tables lazily from a shared buffer; only {@link PdfFonts} touches them, under its lock.
 */
final class FontMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(FontMetrics.class);
    private static final int BMP = 0x10000;
    private static volatile FontMetrics shared;

    private final String family;
    private final Map<Face, TrueTypeFont> ttf;
    /** Advance widths of the BMP in thousandths of an em, rounded as PDFBox writes them into /W. */
    private final Map<Face, int[]> widths = new EnumMap<>(Face.class);
    /** Glyph id of each BMP character in the face, 0 where it has none: what the PDF writes as its code. */
    private final Map<Face, char[]> glyphs = new EnumMap<>(Face.class);
    private final float ascent;
    private final float lineHeight;

    private FontMetrics(String family, Map<Face, TrueTypeFont> ttf) throws IOException {
        this.family = family;
        this.ttf = ttf;
        for (Map.Entry<Face, TrueTypeFont> e : ttf.entrySet()) {
            TrueTypeFont font = e.getValue();
            font.setEnableGsub(false);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float scale = 1000f / font.getUnitsPerEm();
            int[] em = new int[BMP];
            char[] gids = new char[BMP];
            // Walk the ~2,600 glyphs and their characters rather than ask the cmap for all 65,536
            // characters (a boxed map look-up each): a fifth of a cold report's font work went there.
            java.util.Arrays.fill(em, Math.round(font.getAdvanceWidth(0) * scale));
            for (int gid = 1, n = font.getNumberOfGlyphs(); gid < n; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes == null) {
                    continue;
                }
                int width = Math.round(font.getAdvanceWidth(gid) * scale);
                for (int c : codes) {
                    if (c >= 0 && c < BMP) {
                        gids[c] = (char) gid;
                        em[c] = width;
                    }
                }
            }
            widths.put(e.getKey(), em);
            glyphs.put(e.getKey(), gids);
        }
        TrueTypeFont regular = ttf.get(Face.REGULAR);
        HorizontalHeaderTable hhea = regular.getHorizontalHeader();
        float unitsPerEm = regular.getUnitsPerEm();
        // Word and LibreOffice put the line gap above the text: the baseline sits ascender + gap below the line's top.
        ascent = (hhea.getAscender() + hhea.getLineGap()) / unitsPerEm;
        lineHeight = (hhea.getAscender() - hhea.getDescender() + hhea.getLineGap()) / unitsPerEm;
    }

    /** The metrics of this machine's document font, loaded on first use. */
    static FontMetrics get() {
        FontMetrics m = shared;
        if (m == null) {
            synchronized (FontMetrics.class) {
                m = shared;
                if (m == null) {
                    m = load();
                    shared = m;
                }
            }
        }
        return m;
    }

    /** "Times New Roman" or "Liberation Serif". */
    String family() {
        return family;
    }

    /** The parsed face, for embedding; not thread-safe (see {@link PdfFonts#LOCK}). */
    TrueTypeFont ttf(Face face) {
        return ttf.get(face);
    }

    /** Advance width of {@code text} in points; a character the face lacks counts as its empty box. */
    float width(String text, Face face, float size) {
        int[] em = widths.get(face);
        long thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            thousandths += cp < BMP ? em[cp] : em[0];
            i += Character.charCount(cp);
        }
        return thousandths * size / 1000;
    }

    /** The first character of {@code text} that {@code face} has no glyph for. */
    OptionalInt missing(String text, Face face) {
        char[] gids = glyphs.get(face);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= BMP || gids[cp] == 0) {
                return OptionalInt.of(cp);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** The glyph ids of the BMP in {@code face}, by character; 0 for a character it lacks. Do not change. */
    char[] glyphs(Face face) {
        return glyphs.get(face);
    }

    /** Single line height: ascender + descender + line gap of the font (1.15 × size for Times). */
    float lineHeight(float size) {
        return lineHeight * size;
    }

    /** Distance from the top of a line box to its baseline. */
    float ascent(float size) {
        return ascent * size;
    }

    private static FontMetrics load() {
        Optional<FontMetrics> times = TimesNewRoman.find().flatMap(FontMetrics::tryFiles);
        if (times.isPresent()) {
            return times.get();
        }
        try {
            Map<Face, TrueTypeFont> ttf = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                String resource = "/liberation/LiberationSerif-" + face.suffix() + ".ttf";
                try (InputStream in = FontMetrics.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("font missing from the class path: " + resource);
                    }
                    ttf.put(face, new TTFParser().parse(new RandomAccessReadBuffer(in)));
                }
            }
            LOG.debug("Times New Roman not installed; using Liberation Serif");
            return new FontMetrics("Liberation Serif", ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<FontMetrics> tryFiles(Map<Face, Path> files) {
        try {
            Map<Face, TrueTypeFont> ttf = new EnumMap<>(Face.class);
            for (Map.Entry<Face, Path> e : files.entrySet()) {
                // Read into memory: a file-backed font would hold the file open for the process.
                ttf.put(e.getKey(), new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(e.getValue()))));
            }
            if (!ttf.get(Face.REGULAR).getName().replace(" ", "").startsWith("TimesNewRoman")) {
                return Optional.empty();
            }
            LOG.debug("using Times New Roman from {}", files.get(Face.REGULAR).getParent());
            return Optional.of(new FontMetrics("Times New Roman", ttf));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Times New Roman found but unreadable, using Liberation Serif: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Finds the four Times New Roman files in the usual font folders of Linux, Windows and macOS. */
    private static final class TimesNewRoman {
        private static final Map<Face, List<String>> NAMES = Map.of(
                Face.REGULAR, List.of("times.ttf", "times new roman.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
                Face.BOLD, List.of("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf", "timesnewroman-bold.ttf"),
                Face.ITALIC, List.of("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf", "timesnewroman-italic.ttf"),
                Face.BOLD_ITALIC, List.of("timesbi.ttf", "times new roman bold italic.ttf", "times_new_roman_bold_italic.ttf",
                        "timesnewroman-bolditalic.ttf"));

        static Optional<Map<Face, Path>> find() {
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
            Map<Face, Path> found = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                NAMES.get(face).stream().map(byName::get).filter(p -> p != null).findFirst()
                        .ifPresent(p -> found.put(face, p));
            }
            return found.size() == Face.values().length ? Optional.of(found) : Optional.empty();
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
