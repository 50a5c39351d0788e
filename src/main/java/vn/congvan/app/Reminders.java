package vn.congvan.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.Event;
import vn.congvan.model.EventType;

/** How often each unit was sent a reminder about a dispatch, from the REMINDED events: status and the next report show it. */
public final class Reminders {
    private Reminders() {
    }

    /** @param count how many reminders went to the unit (lần 1, lần 2 …); {@code last} when the latest went */
    public record Reminded(int count, Instant last) {
    }

    static Map<String, Reminded> of(List<Event> events) {
        Map<String, Reminded> out = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type() == EventType.REMINDED && e.unitCode() != null) {
                Reminded before = out.get(e.unitCode());
                Instant last = before == null || e.at().isAfter(before.last()) ? e.at() : before.last();
                out.put(e.unitCode(), new Reminded(before == null ? 1 : before.count() + 1, last));
            }
        }
        return out;
    }
}
