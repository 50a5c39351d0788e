package vn.congvan.cli;

import java.time.format.DateTimeFormatter;

import vn.congvan.app.DocumentWords;
import vn.congvan.app.Workspace;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.OutgoingDocument;

/** How a document of the workflow is printed: one line with its number, kind, stage and its last step. */
final class DocumentView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DocumentView() {
    }

    static String line(OutgoingDocument d) {
        DocumentStep last = d.steps().get(d.steps().size() - 1);
        String who = last.person() == null ? last.actor() : CliText.get("docs.toPerson", last.actor(), last.person());
        String note = last.note() == null ? "" : " — " + last.note();
        return CliText.get("docs.line", d.id(), DocumentWords.kind(d.kind()), d.series(), DocumentWords.stage(d.stage()),
                WHEN.format(last.at().atZone(Workspace.VIETNAM)), who, d.excerpt()) + note;
    }
}
