package vn.congvan.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * What the office profile ({@value OfficeProfile#FILE}) says about the documents the office signs:
 * <pre>
 * series=BC-UBND, UBND-VX
 * leaders=Nguyễn Văn An; Trần Thị Bình
 * </pre>
 * {@code series}: the symbols its outgoing register numbers (one sequence each per calendar year);
 * {@code leaders}: who may sign, optional (without it any name given to "submit" is taken as written).
 */
public record OfficeSigning(Path file, Set<String> series, List<String> leaders) {
    private static final Messages MESSAGES = Messages.of(OfficeSigning.class);

    public OfficeSigning {
        series = Set.copyOf(series);
        leaders = List.copyOf(leaders);
    }

    /** Reads the two keys from {@code folder/office.properties}; a missing key is an empty list. */
    public static OfficeSigning load(Path folder) {
        Path file = folder.resolve(OfficeProfile.FILE);
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(MESSAGES.get("file.unreadable", file, e.getMessage()), e);
        }
        Set<String> series = new LinkedHashSet<>();
        for (String s : VietnameseText.clean(p.getProperty("series", "")).split("[,;\\s]+")) {
            if (!s.isBlank()) {
                series.add(s.strip());
            }
        }
        List<String> leaders = new ArrayList<>();
        for (String s : VietnameseText.clean(p.getProperty("leaders", "")).split(";")) {
            if (!s.isBlank()) {
                leaders.add(VietnameseText.oneLine(s).strip());
            }
        }
        return new OfficeSigning(file, series, leaders);
    }

    /**
     * Refuses a series the office does not keep a register for.
     *
     * @throws InputException naming the file, the key and the series it knows
     */
    public void requireSeries(String symbol) {
        if (series.isEmpty()) {
            throw new InputException(MESSAGES.get("office.noSeries", file, symbol));
        }
        if (!series.contains(symbol)) {
            throw new InputException(MESSAGES.get("office.unknownSeries", file, symbol, String.join(", ", series)));
        }
    }

    /**
     * The leader as the office spells the name (matched regardless of case and diacritics), or the name as
     * given when the office lists no leaders.
     */
    public String leader(String name) {
        String given = VietnameseText.oneLine(VietnameseText.clean(name)).strip();
        if (leaders.isEmpty()) {
            return given;
        }
        Optional<String> known = leaders.stream().filter(l -> VietnameseText.fold(l).equals(VietnameseText.fold(given))).findFirst();
        return known.orElseThrow(() -> new InputException(MESSAGES.get("office.unknownLeader", given, file, String.join("; ", leaders))));
    }
}
