package vn.congvan.ingest;

import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Requirement;
import vn.congvan.text.VietnameseDates;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a document asks: numbered requirements (or a decision's articles, "Điều 1.") with their
 * deadlines, and the documents it cites. A plan whose body holds a task table asks what the table's rows
 * say, each of its lead and supporting units: then the rows are the requirements, and numbered paragraphs
 * (its aims, its organisation) are not.
 */
public final class DispatchAnalyzer {

    /**
     * @throws InputException when a requirement or citation carries a date that cannot exist
     */
    public Dispatch analyze(OfficialDocument document) {
        String id = document.numberSymbol() != null ? document.numberSymbol().text() : document.issuer();
        List<Requirement> tasks = TaskTableFinder.find(document.body(), id);
        List<Requirement> requirements = tasks.isEmpty() ? RequirementFinder.find(document.paragraphs(), id) : tasks;
        List<String> texts = new ArrayList<>();
        if (document.subject() != null) {
            texts.add(document.subject());
        }
        document.paragraphs().stream().map(Paragraph::text).forEach(texts::add);
        try {
            return new Dispatch(document, requirements,
                    ReferenceFinder.find(texts, document.numberSymbol() == null ? null : document.numberSymbol().text()));
        } catch (VietnameseDates.InvalidDate e) {
            throw InputErrors.of(e, "dispatch.invalidReferenceDate", id, e.written());
        }
    }
}
