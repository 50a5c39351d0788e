package vn.congvan.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import vn.congvan.app.DocumentTray;
import vn.congvan.app.DocumentWords;
import vn.congvan.app.Workspace;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.text.VietnameseText;

/**
 * A tray of the documents the office writes (Dự thảo, Chờ ký, Đã ký, ban hành): the list, and below it the
 * document selected with its fields and every step of its way, who did it, when and with what comment.
 * What can be done with it is the window's actions, enabled by its stage.
 */
final class DocumentList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Workspace.VIETNAM);
    private final SashForm root;
    private final Table table;
    private final Label fields;
    private final Table steps;
    private List<DocumentTray.Line> lines = List.of();

    DocumentList(Composite parent, Consumer<DocumentTray.Line> onSelect) {
        root = new SashForm(parent, SWT.VERTICAL);
        table = table(root, UiText.get("docs.col.number"), 110, UiText.get("docs.col.kind"), 150, UiText.get("docs.col.excerpt"), 380,
                UiText.get("docs.col.stage"), 130, UiText.get("docs.col.leader"), 150, UiText.get("docs.col.updated"), 120);
        Composite below = new Composite(root, SWT.NONE);
        below.setLayout(new GridLayout(1, false));
        fields = new Label(below, SWT.WRAP);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        steps = table(below, UiText.get("docs.step.time"), 120, UiText.get("docs.step.what"), 130, UiText.get("docs.step.by"), 140,
                UiText.get("docs.step.person"), 150, UiText.get("docs.step.note"), 420);
        steps.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(45, 55);
        table.addListener(SWT.Selection, e -> onSelect.accept(selected()));
    }

    private static Table table(Composite parent, Object... titlesAndWidths) {
        Table t = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < titlesAndWidths.length; i += 2) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText((String) titlesAndWidths[i]);
            c.setWidth((Integer) titlesAndWidths[i + 1]);
        }
        return t;
    }

    /** The documents of one tray; the one selected before stays selected when it is still there. */
    void show(List<DocumentTray.Line> shown) {
        DocumentTray.Line before = selected();
        lines = List.copyOf(shown);
        table.removeAll();
        for (DocumentTray.Line l : lines) {
            OutgoingDocument d = l.document();
            DocumentStep last = d.steps().get(d.steps().size() - 1);
            new TableItem(table, SWT.NONE).setText(new String[] {number(l), DocumentWords.kind(d.kind()), VietnameseText.oneLine(nz(d.excerpt())),
                    DocumentWords.stage(d.stage()), nz(l.leader()), TIME.format(last.at())});
        }
        showDocument(before == null ? null : select(before.document().id()));
    }

    /** The selected document's fields and steps below the list (nothing when none is selected). */
    void showDocument(DocumentTray.Line l) {
        steps.removeAll();
        if (l == null) {
            fields.setText(UiText.get("docs.none"));
            fields.getParent().layout();
            return;
        }
        OutgoingDocument d = l.document();
        List<String> text = new ArrayList<>();
        text.add(UiText.get("docs.show.title", DocumentWords.kind(d.kind()), d.id(), nz(d.issuer())));
        text.add(UiText.get("docs.show.number", number(l)));
        text.add(UiText.get("docs.show.excerpt", VietnameseText.oneLine(nz(d.excerpt()))));
        text.add(UiText.get("docs.show.stage", DocumentWords.stage(d.stage())));
        text.add(UiText.get("docs.show.leader", l.leader() == null ? UiText.get("docs.noLeader") : l.leader()));
        if (l.signedPdf() != null) {
            text.add(UiText.get("docs.show.signedPdf", l.signedPdf()));
        }
        fields.setText(String.join("\n", text));
        for (DocumentStep s : d.steps()) {
            new TableItem(steps, SWT.NONE).setText(new String[] {TIME.format(s.at()), step(s.stage()), nz(s.actor()), nz(s.person()),
                    VietnameseText.oneLine(nz(s.note()))});
        }
        fields.getParent().layout();
    }

    /** "01/BC-UBND", or the series waiting for its number: "…/BC-UBND (chưa cấp số)". */
    static String number(DocumentTray.Line l) {
        return l.numberSymbol() != null ? l.numberSymbol() : UiText.get("docs.noNumber", l.document().series());
    }

    private static String step(DocumentStage s) {
        return switch (s) {
            case DRAFTED -> UiText.get("docs.step.DRAFTED");
            case SUBMITTED -> UiText.get("docs.step.SUBMITTED");
            case RETURNED -> UiText.get("docs.step.RETURNED");
            case SIGNED -> UiText.get("docs.step.SIGNED");
            case ISSUED -> UiText.get("docs.step.ISSUED");
            case DISTRIBUTED -> UiText.get("docs.step.DISTRIBUTED");
            case WITHDRAWN -> UiText.get("docs.step.WITHDRAWN");
        };
    }

    DocumentTray.Line selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= lines.size() ? null : lines.get(i);
    }

    /** Selects the document by its id (no event); returns it, or null when this tray does not hold it. */
    DocumentTray.Line select(long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).document().id() == id) {
                table.setSelection(i);
                return lines.get(i);
            }
        }
        table.deselectAll();
        return null;
    }

    List<DocumentTray.Line> lines() {
        return lines;
    }

    Composite root() {
        return root;
    }

    Table table() {
        return table;
    }

    Table steps() {
        return steps;
    }

    Label fields() {
        return fields;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
