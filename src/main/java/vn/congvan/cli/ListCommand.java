package vn.congvan.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.DispatchLine;
import vn.congvan.app.CongvanService.ListRequest;
import vn.congvan.app.CongvanService.Progress;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.TrackedDispatch;

/** {@code list [--state overdue|open|done|unassigned] [--today DATE]}: every dispatch in the ledger and where it stands. */
@Command(name = "list")
final class ListCommand implements Callable<Integer> {
    private static final int NUMBER_WIDTH = 22;
    private static final int DATE_WIDTH = 12;
    private static final int SUBJECT_WIDTH = 42;
    private static final int COUNT_WIDTH = 9;
    private static final int DONE_WIDTH = 10;
    private static final int DEADLINE_WIDTH = 14;

    @Mixin
    StoreOptions store;

    @Option(names = "--state", paramLabel = "overdue|open|done|unassigned", descriptionKey = "option.state")
    Progress state;

    @Option(names = "--today", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.today")
    LocalDate today;

    @Override
    public Integer call() {
        LocalDate asOf;
        List<DispatchLine> lines;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            asOf = app.dayOr(today);
            lines = app.list(new ListRequest(state, today));
        }
        String day = Cells.day(asOf);
        if (lines.isEmpty()) {
            System.out.println(state == null ? CliText.get("list.empty")
                    : CliText.get("list.emptyIn", stateName(state), day));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        out.append(state == null ? CliText.get("list.title", day) : CliText.get("list.titleIn", stateName(state), day)).append("\n\n");
        out.append(Cells.pad(CliText.get("list.col.number"), NUMBER_WIDTH)).append(Cells.pad(CliText.get("list.col.date"), DATE_WIDTH))
                .append(Cells.pad(CliText.get("list.col.subject"), SUBJECT_WIDTH)).append(Cells.pad(CliText.get("list.col.units"), COUNT_WIDTH))
                .append(Cells.pad(CliText.get("list.col.acknowledged"), COUNT_WIDTH)).append(Cells.pad(CliText.get("list.col.done"), DONE_WIDTH))
                .append(Cells.pad(CliText.get("list.col.deadline"), DEADLINE_WIDTH)).append(CliText.get("list.col.state")).append('\n');
        int[] byState = new int[Progress.values().length];
        for (DispatchLine l : lines) {
            TrackedDispatch d = l.dispatch();
            Map<ComplianceStatus, Integer> counts = l.counts();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(Cells.pad(d.numberSymbol(), NUMBER_WIDTH)).append(Cells.pad(Cells.day(d.date()), DATE_WIDTH))
                    .append(Cells.pad(Cells.cut(d.subject(), SUBJECT_WIDTH - 2), SUBJECT_WIDTH))
                    .append(Cells.pad(Integer.toString(l.units()), COUNT_WIDTH))
                    .append(Cells.pad(Integer.toString(l.acknowledged()), COUNT_WIDTH))
                    .append(Cells.pad(counts.getOrDefault(ComplianceStatus.DONE, 0) + "/" + total, DONE_WIDTH))
                    .append(Cells.pad(Cells.day(l.nearestDeadline()), DEADLINE_WIDTH))
                    .append(stateName(l.progress())).append('\n');
            byState[l.progress().ordinal()]++;
        }
        out.append('\n').append(CliText.get("list.total", lines.size(), byState[Progress.OVERDUE.ordinal()],
                byState[Progress.OPEN.ordinal()], byState[Progress.DONE.ordinal()]));
        if (byState[Progress.UNASSIGNED.ordinal()] > 0) {
            out.append('\n').append(CliText.get("list.totalUnassigned", byState[Progress.UNASSIGNED.ordinal()]));
        }
        System.out.println(out);
        return 0;
    }

    static String stateName(Progress p) {
        return CliText.get("list.state." + p.name());
    }
}
