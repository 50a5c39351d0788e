package vn.congvan.tracking;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.Dispatch;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;

/**
 * Writes the document model as the ledger keeps it, field by field through Jackson's streaming generator:
 * the JSON that databind wrote before (record components in order, nulls written, dates as ISO text, a
 * block's "kind" first), without databind's reflection at start-up.
 */
final class ModelJsonWriter {
    private final JsonGenerator out;

    ModelJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    void dispatch(Dispatch d) throws IOException {
        out.writeStartObject();
        out.writeFieldName("document");
        document(d.document());
        out.writeFieldName("requirements");
        out.writeStartArray();
        for (Requirement r : d.requirements()) {
            requirement(r);
        }
        out.writeEndArray();
        out.writeFieldName("references");
        out.writeStartArray();
        for (Reference r : d.references()) {
            out.writeStartObject();
            out.writeStringField("numberSymbol", r.numberSymbol());
            date("date", r.date());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    void document(OfficialDocument d) throws IOException {
        if (d == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("parentIssuer", d.parentIssuer());
        out.writeStringField("issuer", d.issuer());
        out.writeFieldName("numberSymbol");
        numberSymbol(d.numberSymbol());
        out.writeStringField("place", d.place());
        date("date", d.date());
        out.writeStringField("type", d.type() == null ? null : d.type().name());
        out.writeStringField("subject", d.subject());
        strings("recipients", d.recipients());
        blocks("body", d.body());
        out.writeFieldName("signer");
        signer(d.signer());
        strings("distribution", d.distribution());
        out.writeStringField("contact", d.contact());
        out.writeFieldName("appendix");
        appendix(d.appendix());
        out.writeEndObject();
    }

    private void numberSymbol(NumberSymbol n) throws IOException {
        if (n == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("number", n.number());
        out.writeStringField("symbol", n.symbol());
        out.writeEndObject();
    }

    private void signer(Signer s) throws IOException {
        if (s == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        strings("authorityLines", s.authorityLines());
        out.writeStringField("position", s.position());
        out.writeStringField("name", s.name());
        out.writeEndObject();
    }

    private void appendix(Appendix a) throws IOException {
        if (a == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("title", a.title());
        out.writeStringField("note", a.note());
        blocks("body", a.body());
        out.writeEndObject();
    }

    private void blocks(String name, List<Block> blocks) throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof Table t) {
                table(t);
            } else {
                out.writeNull();
            }
        }
        out.writeEndArray();
    }

    private void paragraph(Paragraph p) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", "paragraph");
        out.writeFieldName("runs");
        out.writeStartArray();
        for (Run r : p.runs()) {
            out.writeStartObject();
            out.writeStringField("text", r.text());
            out.writeBooleanField("bold", r.bold());
            out.writeBooleanField("italic", r.italic());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("role", p.role() == null ? null : p.role().name());
        out.writeEndObject();
    }

    private void table(Table t) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", "table");
        strings("header", t.header());
        out.writeFieldName("rows");
        out.writeStartArray();
        for (List<String> row : t.rows()) {
            out.writeStartArray();
            for (String cell : row) {
                out.writeString(cell);
            }
            out.writeEndArray();
        }
        out.writeEndArray();
        out.writeFieldName("widths");
        out.writeStartArray();
        for (Double w : t.widths()) {
            out.writeNumber(w);
        }
        out.writeEndArray();
        strings("keptWhole", t.keptWhole());
        out.writeEndObject();
    }

    private void requirement(Requirement r) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", r.id());
        out.writeStringField("text", r.text());
        out.writeFieldName("deadlines");
        out.writeStartArray();
        for (var d : r.deadlines()) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(d));
        }
        out.writeEndArray();
        out.writeFieldName("items");
        out.writeStartArray();
        for (Requirement item : r.items()) {
            requirement(item);
        }
        out.writeEndArray();
        strings("lead", r.lead());
        strings("support", r.support());
        out.writeStringField("dueTime", r.dueTime() == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(r.dueTime()));
        out.writeFieldName("recurrence");
        recurrence(r.recurrence());
        out.writeEndObject();
    }

    private void recurrence(Recurrence r) throws IOException {
        if (r == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("period", r.period() == null ? null : r.period().name());
        out.writeNumberField("dayOfMonth", r.dayOfMonth());
        out.writeStringField("start", r.start() == null ? null : r.start().toString());
        out.writeEndObject();
    }

    private void date(String name, java.time.LocalDate date) throws IOException {
        out.writeStringField(name, date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date));
    }

    private void strings(String name, List<String> values) throws IOException {
        out.writeFieldName(name);
        out.writeStartArray();
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
