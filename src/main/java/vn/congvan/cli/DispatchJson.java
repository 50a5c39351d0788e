package vn.congvan.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.Signer;
import vn.congvan.model.TaskSet;

/** The {@code parse --json} view of a dispatch, with the keys users and scripts rely on. */
final class DispatchJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DispatchJson() {
    }

    /** With how the recipients read against the unit directory: copies for information, "TT …" to decide. */
    static Map<String, Object> view(Dispatch d, TaskSet plan) {
        Map<String, Object> m = view(d);
        m.put("informationRecipients", plan.informationRecipients());
        m.put("ambiguousRecipients", plan.ambiguousRecipients());
        m.put("unmatchedRecipients", plan.unmatchedRecipients());
        return m;
    }

    static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> view(Dispatch d) {
        OfficialDocument doc = d.document();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", doc.type().name());
        m.put("number", doc.numberSymbol().number());
        m.put("symbol", doc.numberSymbol().symbol());
        m.put("numberSymbol", doc.numberSymbol().text());
        m.put("date", iso(doc.date()));
        m.put("place", doc.place());
        m.put("parentIssuer", doc.parentIssuer());
        m.put("issuer", doc.issuer());
        m.put("subject", doc.subject());
        m.put("recipients", doc.recipients());
        m.put("requirements", d.requirements().stream().map(DispatchJson::requirement).toList());
        m.put("references", d.references().stream().map(DispatchJson::reference).toList());
        m.put("signer", signer(doc.signer()));
        m.put("distribution", doc.distribution());
        m.put("contact", doc.contact());
        return m;
    }

    private static Map<String, Object> requirement(Requirement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("text", r.text());
        m.put("deadlines", r.deadlines().stream().map(DispatchJson::iso).toList());
        m.put("deadlineTime", r.dueTime() == null ? null : r.dueTime().toString());
        m.put("lead", r.lead());
        m.put("support", r.support());
        m.put("recurrence", recurrence(r.recurrence()));
        if (!r.items().isEmpty() || isTopLevel(r)) {
            m.put("items", r.items().stream().map(DispatchJson::requirement).toList());
        }
        return m;
    }

    /** {"period": "MONTHLY", "day": 20, "start": "2021-05"}; day 0 is the period's last day. */
    private static Map<String, Object> recurrence(Recurrence r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", r.period().name());
        m.put("day", r.dayOfMonth());
        m.put("start", r.start() == null ? null : r.start().toString());
        return m;
    }

    private static boolean isTopLevel(Requirement r) {
        return !r.id().isEmpty() && Character.isDigit(r.id().charAt(0));
    }

    private static Map<String, Object> reference(Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numberSymbol", r.numberSymbol());
        m.put("date", iso(r.date()));
        return m;
    }

    private static Map<String, Object> signer(Signer s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authority", s.authorityLines());
        m.put("position", s.position());
        m.put("name", s.name());
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
