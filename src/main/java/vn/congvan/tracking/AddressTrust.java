package vn.congvan.tracking;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.congvan.model.EventType;

/**
 * The addresses the clerk trusts for a unit beyond its own (table address_trust, see V5): appended,
 * never changed, the latest entry per unit and address holds. Trust is per unit across dispatches,
 * which is why it is not a ledger_event (those belong to one dispatch).
 */
public final class AddressTrust {
    /** One entry: {@link EventType#ADDRESS_TRUSTED} or {@link EventType#ADDRESS_UNTRUSTED}. */
    public record Entry(String unitCode, String address, EventType type, Instant at, String source, String note) {
    }

    private final LedgerDatabase db;

    AddressTrust(LedgerDatabase db) {
        this.db = db;
    }

    /** Records that the clerk trusts ({@code trusted}) or no longer trusts the address for the unit; the address is kept in lower case. */
    public void append(String unitCode, String address, boolean trusted, Instant at, String source, String note) {
        db.write(() -> insert(db.sql(), unitCode, address, trusted, at, source, note), db::databaseError);
    }

    /** Within a transaction the caller holds (trust given with a review decision). */
    static int insert(Sql sql, String unitCode, String address, boolean trusted, Instant at, String source, String note)
            throws java.sql.SQLException {
        EventType type = trusted ? EventType.ADDRESS_TRUSTED : EventType.ADDRESS_UNTRUSTED;
        return sql.update("INSERT INTO address_trust (unit_code, address, type, occurred_at, source, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", unitCode, normal(address), type, at, source, note);
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        return db.read(() -> db.sql().list("SELECT unit_code, address, type, occurred_at, source, note FROM address_trust ORDER BY seq",
                rs -> new Entry(rs.getString(1), rs.getString(2), EventType.valueOf(rs.getString(3)), Sql.instant(rs.getString(4)),
                        rs.getString(5), rs.getString(6))));
    }

    /** Unit code → the addresses trusted for it now (the latest entry for each says trusted). */
    public Map<String, Set<String>> trusted() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (Entry e : current()) {
            result.computeIfAbsent(e.unitCode(), k -> new LinkedHashSet<>()).add(e.address());
        }
        return result;
    }

    /** The entries that trust an address now: the latest for each unit and address, when it trusts; by unit, then oldest first. */
    public List<Entry> current() {
        Map<List<String>, Entry> latest = new LinkedHashMap<>();
        for (Entry e : entries()) {
            List<String> key = List.of(e.unitCode(), e.address());
            latest.remove(key); // re-inserted: the order is that of the latest entries
            latest.put(key, e);
        }
        return latest.values().stream().filter(e -> e.type() == EventType.ADDRESS_TRUSTED)
                .sorted(Comparator.comparing(Entry::unitCode)).toList();
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
