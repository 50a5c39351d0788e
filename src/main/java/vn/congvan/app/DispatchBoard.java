package vn.congvan.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.VietnameseText;

/**
 * Every dispatch of the ledger as the window lists it on one day: which folders it belongs to, how urgent
 * it is, and the quick filter ("phu thuy" finds "Phú Thủy", "6174" finds 6174/UBND-VX).
 *
 * @param today the day the states hold for
 * @param lines in the order imported
 */
public record DispatchBoard(LocalDate today, List<Line> lines) {
    /** "Sắp đến hạn": the nearest open deadline is at most this many days away. */
    public static final int DUE_SOON_DAYS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public DispatchBoard {
        lines = List.copyOf(lines);
    }

    /**
     * One dispatch on the board.
     *
     * @param folders   the folders it is listed in
     * @param folded    what the quick filter searches: number/symbol, date, issuer, subject and the assigned
     *                  units' names, folded
     */
    public record Line(CongvanService.DispatchLine line, Urgency urgency, Set<Folder> folders, String folded) {
        public Line {
            folders = Set.copyOf(folders);
        }

        /** How many of its units were sent it (a SENT event, whatever came after). */
        public int sentUnits() {
            return line.unitsSent();
        }

        public TrackedDispatch dispatch() {
            return line.dispatch();
        }

        /** "12/33": units that have done everything, of all units. */
        public int unitsDone() {
            return line.unitsDone();
        }

        /**
         * Whether every word of the query appears in the dispatch's number/symbol, date, issuer, subject or units,
         * regardless of diacritics and case; an empty query matches everything.
         */
        public boolean matches(String query) {
            if (query == null || query.isBlank()) {
                return true;
            }
            String q = VietnameseText.fold(VietnameseText.clean(query));
            return Arrays.stream(q.split(" ")).allMatch(folded::contains);
        }
    }

    /**
     * @param foldedUnits the folded names of unit lists already met: most dispatches go to the same units, and
     *                    folding their names once instead of once per dispatch is most of a large board's time
     */
    static Line line(CongvanService.DispatchLine l, LocalDate today, Map<List<String>, String> foldedUnits) {
        int sent = l.unitsSent();
        Urgency urgency = switch (l.progress()) {
            case OVERDUE -> Urgency.OVERDUE;
            case DONE -> Urgency.DONE;
            case UNASSIGNED -> Urgency.UNASSIGNED;
            case OPEN -> l.nearestDeadline() != null && !l.nearestDeadline().isAfter(today.plusDays(DUE_SOON_DAYS))
                    ? Urgency.DUE_SOON : Urgency.OPEN;
        };
        Set<Folder> folders = EnumSet.of(Folder.INCOMING);
        if (sent > 0) {
            folders.add(Folder.OUTGOING);
        }
        if (sent < l.units()) {
            folders.add(Folder.AWAITING_DISTRIBUTION);
        }
        if (sent > 0 && l.progress() != CongvanService.Progress.DONE) {
            folders.add(Folder.TRACKING);
        }
        switch (urgency) {
            case OVERDUE -> folders.add(Folder.OVERDUE);
            case DUE_SOON -> folders.add(Folder.DUE_SOON);
            case DONE -> folders.add(Folder.DONE);
            default -> { }
        }
        String units = foldedUnits.computeIfAbsent(l.unitNames(), names -> VietnameseText.fold(String.join(" ", names)));
        return new Line(l, urgency, folders, " " + folded(l.dispatch()) + " " + units + " ");
    }

    private static String folded(TrackedDispatch d) {
        return VietnameseText.fold(String.join(" ", d.numberSymbol(), d.date() == null ? "" : DAY.format(d.date()),
                d.issuer() == null ? "" : d.issuer(), d.subject() == null ? "" : d.subject()));
    }

    /**
     * The board before the statuses are read: every dispatch in Văn bản đến, its progress {@link Urgency#PENDING}.
     * One query instead of projecting every unit's events, so a large ledger's list shows at once and the
     * statuses follow ({@link #complete()} tells which board this is).
     */
    public static DispatchBoard provisional(LocalDate today, List<TrackedDispatch> dispatches) {
        List<Line> lines = new ArrayList<>();
        for (TrackedDispatch d : dispatches) {
            CongvanService.DispatchLine l = new CongvanService.DispatchLine(d, CongvanService.Progress.OPEN, 0, 0, Map.of(),
                    null, 0, 0, List.of());
            lines.add(new Line(l, Urgency.PENDING, EnumSet.of(Folder.INCOMING), " " + folded(d) + " "));
        }
        return new DispatchBoard(today, lines);
    }

    /** Whether every line's statuses are known (false for a {@link #provisional} board). */
    public boolean complete() {
        return lines.stream().noneMatch(l -> l.urgency() == Urgency.PENDING);
    }

    /** The lines of one folder, in import order ({@link Folder#REVIEW} holds mail, not dispatches: none). */
    public List<Line> in(Folder folder) {
        List<Line> in = new ArrayList<>();
        for (Line l : lines) {
            if (l.folders().contains(folder)) {
                in.add(l);
            }
        }
        return in;
    }

    /** How many dispatches each folder lists. */
    public Map<Folder, Integer> counts() {
        Map<Folder, Integer> counts = new EnumMap<>(Folder.class);
        for (Folder f : Folder.values()) {
            counts.put(f, 0);
        }
        lines.forEach(l -> l.folders().forEach(f -> counts.merge(f, 1, Integer::sum)));
        return counts;
    }
}
