package vn.congvan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.OverdueLine;
import vn.congvan.app.CongvanService.OverdueOrder;
import vn.congvan.app.CongvanService.OverdueRequest;
import vn.congvan.text.VietnameseDates;

/** {@code overdue [--today DATE] [--by unit|dispatch]}: every late assignment in the ledger, grouped; exit 0. */
@Command(name = "overdue")
final class OverdueCommand implements Callable<Integer> {
    private static final int UNIT_WIDTH = 44;
    private static final int DISPATCH_WIDTH = 24;
    private static final int REQ_WIDTH = 12;
    private static final int DEADLINE_WIDTH = 12;

    /** How the clerk asks for the grouping. */
    enum By {
        UNIT(OverdueOrder.BY_UNIT), DISPATCH(OverdueOrder.BY_DISPATCH);

        final OverdueOrder order;

        By(OverdueOrder order) {
            this.order = order;
        }
    }

    @Mixin
    StoreOptions store;

    @Option(names = "--today", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.today")
    LocalDate today;

    @Option(names = "--by", defaultValue = "unit", paramLabel = "unit|dispatch", descriptionKey = "option.by")
    By by;

    @Override
    public Integer call() {
        LocalDate asOf;
        List<OverdueLine> lines;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            asOf = app.dayOr(today);
            lines = app.overdue(new OverdueRequest(today, by.order));
        }
        String day = Cells.day(asOf);
        if (lines.isEmpty()) {
            System.out.println(CliText.get("overdue.none", day));
            return 0;
        }
        // The service orders the lines; groups are runs of the same unit or dispatch.
        Map<String, List<OverdueLine>> groups = new LinkedHashMap<>();
        for (OverdueLine l : lines) {
            String key = by == By.UNIT ? l.unitCode() : Long.toString(l.dispatch().key());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        LineCells cells = new LineCells();
        StringBuilder out = new StringBuilder();
        out.append(CliText.get(by == By.UNIT ? "overdue.title.unit" : "overdue.title.dispatch", day)).append('\n');
        for (List<OverdueLine> group : groups.values()) {
            OverdueLine first = group.get(0);
            String heading = by == By.UNIT ? CliText.get("overdue.group.unit", first.unitName(), first.unitCode(), group.size())
                    : CliText.get("overdue.group.dispatch", first.dispatch().label(),
                            first.dispatch().subject() == null ? "" : first.dispatch().subject(), group.size());
            out.append('\n').append(heading).append('\n');
            for (OverdueLine l : group) {
                cells.append(out, l);
            }
        }
        long units = lines.stream().map(OverdueLine::unitCode).distinct().count();
        long dispatches = lines.stream().map(l -> l.dispatch().key()).distinct().count();
        out.append('\n').append(CliText.get("overdue.total", lines.size(), units, dispatches));
        System.out.println(out);
        return 0;
    }

    /**
     * The cells of a line, each formatted once per command: a large ledger lists a hundred thousand lines whose
     * units, dispatches, items, deadlines and delays repeat, and formatting each again was a fifth of a cold run.
     */
    private static final class LineCells {
        private final Map<String, String> units = new HashMap<>();
        private final Map<Long, String> dispatches = new HashMap<>();
        private final Map<String, String> requirements = new HashMap<>();
        private final Map<Object, String> deadlines = new HashMap<>();
        private final Map<Long, String> delays = new HashMap<>();

        void append(StringBuilder out, OverdueLine l) {
            out.append("  ").append(units.computeIfAbsent(l.unitName(), n -> Cells.pad(Cells.cut(n, UNIT_WIDTH - 2), UNIT_WIDTH)))
                    .append(dispatches.computeIfAbsent(l.dispatch().key(), k -> Cells.pad(l.dispatch().label(), DISPATCH_WIDTH)))
                    .append(requirements.computeIfAbsent(l.requirementId(),
                            r -> Cells.pad(CliText.get("overdue.req", r), REQ_WIDTH)))
                    .append(deadlines.computeIfAbsent(l.deadlineTime() == null ? l.deadline()
                            : l.deadline().atTime(l.deadlineTime()), d -> deadline(l)))
                    .append(delays.computeIfAbsent(l.daysLate(), n -> n == 0 ? CliText.get("overdue.lateToday")
                            : CliText.get("overdue.daysLate", n)))
                    .append('\n');
        }

        private static String deadline(OverdueLine l) {
            return Cells.pad(CliText.get("overdue.deadline", l.deadlineTime() == null ? Cells.day(l.deadline())
                    : VietnameseDates.formatDeadline(l.deadline(), l.deadlineTime())), DEADLINE_WIDTH + 4);
        }
    }
}
