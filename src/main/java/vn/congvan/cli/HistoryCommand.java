package vn.congvan.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.HistoryLine;
import vn.congvan.app.CongvanService.HistoryRequest;
import vn.congvan.app.Workspace;
import vn.congvan.model.Event;
import vn.congvan.model.TrackedDispatch;

/** {@code history ID [UNIT]}: who said what, when — one line per ledger event, oldest first. */
@Command(name = "history")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int TYPE_WIDTH = 24;

    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "UNIT", descriptionKey = "param.historyUnit")
    String unit;

    @Override
    public Integer call() {
        CongvanService.History history;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            history = app.history(new HistoryRequest(dispatch.ref(id), unit));
        }
        TrackedDispatch d = history.dispatch();
        StringBuilder out = new StringBuilder();
        String subject = d.subject() == null ? "" : d.subject();
        if (history.unitCode() == null) {
            out.append(CliText.get("history.title", d.label(), subject));
        } else {
            String name = history.lines().stream().map(HistoryLine::unitName).filter(n -> n != null).findFirst()
                    .orElse(history.unitCode());
            out.append(CliText.get("history.titleUnit", d.label(), name, history.unitCode()));
        }
        out.append("\n\n");
        if (history.lines().isEmpty()) {
            out.append(CliText.get("history.empty"));
            System.out.println(out);
            return 0;
        }
        for (HistoryLine line : history.lines()) {
            out.append(line(line)).append('\n');
        }
        out.append('\n').append(CliText.get("history.total", history.lines().size()));
        System.out.println(out);
        return 0;
    }

    static String line(HistoryLine line) {
        Event e = line.event();
        List<String> parts = new ArrayList<>();
        if (line.unitName() != null) {
            parts.add(line.unitName());
        }
        if (e.requirementId() != null) {
            parts.add(CliText.get("history.req", e.requirementId()));
        }
        if (e.deadline() != null) {
            parts.add(CliText.get("history.newDeadline", Cells.day(e.deadline())));
        }
        if (e.source() != null) {
            parts.add(e.sourceId() == null ? CliText.get("history.source", source(e.source()))
                    : CliText.get("history.sourceWithId", source(e.source()), line.shownSourceId()));
        }
        if (e.evidence() != null && !e.evidence().isBlank()) {
            parts.add(CliText.get("history.evidence", e.evidence()));
        }
        if (e.note() != null && !e.note().isBlank()) {
            parts.add(CliText.get("history.note", e.note()));
        }
        return WHEN.format(e.at().atZone(Workspace.VIETNAM)) + "  "
                + Cells.pad(CliText.get("history.type." + e.type().name()), TYPE_WIDTH) + String.join("; ", parts);
    }

    /** "mail", "clerk", "import", "review" in Vietnamese; another source as recorded. */
    private static String source(String source) {
        return switch (source) {
            case "mail", "clerk", "import", "review" -> CliText.get("history.source." + source);
            default -> source;
        };
    }
}
