package vn.congvan.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.EventType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Recipient;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;
import vn.congvan.tracking.EventLog;
import vn.congvan.tracking.Ledger;

/**
 * Makes a large, realistic ledger for measuring (issue 13, scale): N dispatches, one a day from 05/01/2024, each
 * sent to U units with R requirements due 7, 14, 21 … days after it, and what happened to them up to
 * {@link #TODAY}: sending (a few failures, resent), read receipts, replies with progress and completion, the
 * clerk's entries, reminders and new deadlines for late units, mails waiting in Thư cần xem and decided there.
 *
 * <p>Dispatches come in through the ledger's own import ({@code DispatchImports.importTaskSet}); the events
 * and review entries, a million rows, are written with batched SQL into the same tables, with the values
 * formatted as the ledger stores them, and each dispatch's status rows brought up to date before every commit
 * ({@code EventLog.refreshStatuses}), as the ledger does for its own writes. Deterministic: the same arguments give the same ledger.
 *
 * <pre>
 * java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.LedgerGenerator \
 *      --ledger target/bench-ledger/congvan.db | --jdbc "jdbc:postgresql://…?user=…&amp;password=…" \
 *      [--dispatches 1000] [--units 200] [--requirements 3]
 * </pre>
 */
public final class LedgerGenerator {
    /** The day the generated history stops; the benchmarks ask statuses for this day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 5);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ISSUER = "ỦY BAN NHÂN DÂN THÀNH PHỐ MẪU";
    /** As the ledger stores instants: fixed-width UTC text that sorts as time. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] PLACES = {"An Hòa", "Bình Minh", "Cẩm Lý", "Đông Sơn", "Gia Phú", "Hòa Lợi",
            "Hưng Long", "Khánh An", "Lạc Thịnh", "Long Điền", "Minh Đức", "Nam Phước", "Phú Hưng", "Quảng Tân",
            "Sơn Thủy", "Tân Lập", "Thanh Bình", "Thuận An", "Vĩnh Hảo", "Xuân Lộc"};
    private static final String[] KINDS = {"UBND phường", "UBND xã", "Trường Tiểu học", "Trường THCS", "Trạm Y tế",
            "Công an phường", "Hội Nông dân xã", "Đoàn Thanh niên phường", "Hợp tác xã", "Ban Quản lý chợ"};

    private final int dispatches;
    private final int unitCount;
    private final int requirements;
    private long reviewMails;

    private LedgerGenerator(int dispatches, int unitCount, int requirements) {
        this.dispatches = dispatches;
        this.unitCount = unitCount;
        this.requirements = requirements;
    }

    public static void main(String[] args) throws Exception {
        String location = null;
        int dispatches = 1000;
        int units = 200;
        int requirements = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ledger", "--jdbc" -> location = args[++i];
                case "--dispatches" -> dispatches = Integer.parseInt(args[++i]);
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--requirements" -> requirements = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (location == null) {
            throw new IllegalArgumentException("--ledger PATH or --jdbc URL");
        }
        long start = System.nanoTime();
        long events = new LedgerGenerator(dispatches, units, requirements).generate(location);
        System.out.printf("%d dispatches × %d units × %d requirements, %d events in %.1f s: %s%n", dispatches, units,
                requirements, events, (System.nanoTime() - start) / 1e9, location);
    }

    /** @return how many events were written besides the import's own */
    public long generate(String location) throws Exception {
        String seed = Files.readString(Path.of("samples", "000_7ae9f029b9ddbc9d.txt"), StandardCharsets.UTF_8);
        List<Unit> units = units();
        try (Ledger ledger = Ledger.open(location)) {
            int imported = ledger.queries().dispatches().size();
            // A run stopped after the imports (the slow half on PostgreSQL) goes on with the events.
            boolean importsOnly = imported == dispatches && ledger.queries().eventsOfType(EventType.SENT).isEmpty();
            if (imported != 0 && !importsOnly) {
                throw new IllegalStateException("not an empty ledger: " + ledger.description());
            }
            for (int i = importsOnly ? dispatches : 0; i < dispatches; i++) {
                Dispatch d = dispatch(i);
                String text = seed.replace("Số: 6174 /UBND-VX", "Số: " + d.document().numberSymbol().text())
                        .replace("V/v đảm bảo an toàn thông tin khi", d.document().subject());
                ledger.imports().importTaskSet(taskSet(d, units), "cong-van-" + i + ".txt", text, null,
                        at(issued(i), 8, 0, 0));
            }
        }
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        try (Connection c = DriverManager.getConnection(url)) {
            boolean sqlite = url.startsWith("jdbc:sqlite:");
            if (sqlite) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA synchronous = OFF"); // one bulk load; the ledger's own writes keep theirs
                }
            }
            c.setAutoCommit(false);
            long[] keys = keys(c);
            long events = 0;
            try (Writer w = new Writer(c)) {
                int from = 0;
                for (int i = 0; i < dispatches; i++) {
                    events += history(w, keys[i], i, units);
                    if (i % 50 == 49 || i == dispatches - 1) {
                        w.flush();
                        // The ledger keeps its status tables with its events, in the same transaction.
                        for (int j = from; j <= i; j++) {
                            EventLog.refreshStatuses(c, keys[j]);
                        }
                        from = i + 1;
                        c.commit();
                    }
                }
            }
            c.commit();
            if (!sqlite) {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("ANALYZE"); // PostgreSQL plans from statistics; autovacuum would get there later
                }
            } else {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("PRAGMA optimize");
                }
            }
            return events;
        }
    }

    /** Dispatch i's key, found by its number (100 + i). */
    private long[] keys(Connection c) throws SQLException {
        long[] keys = new long[dispatches];
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT dispatch_key, number_symbol FROM tracked_dispatch")) {
            while (rs.next()) {
                keys[Integer.parseInt(rs.getString(2).substring(0, rs.getString(2).indexOf('/'))) - 100] = rs.getLong(1);
            }
        }
        return keys;
    }

    private List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            String name = KINDS[u % KINDS.length] + " " + PLACES[(u / KINDS.length) % PLACES.length]
                    + (u >= KINDS.length * PLACES.length ? " " + (u / (KINDS.length * PLACES.length) + 1) : "");
            out.add(new Unit(String.format("DV%03d", u), name, u % 2 == 0 ? UnitKind.WARD : UnitKind.OFFICE, List.of(),
                    String.format("dv%03d@donvi.example", u), List.of("tat-ca")));
        }
        return out;
    }

    private LocalDate issued(int i) {
        return FIRST_DAY.plusDays(i * 1000L / Math.max(dispatches, 1));
    }

    private LocalDate deadline(int i, int r) {
        return issued(i).plusDays(7L * (r + 1));
    }

    private Dispatch dispatch(int i) {
        LocalDate day = issued(i);
        List<Requirement> reqs = new ArrayList<>();
        for (int r = 0; r < requirements; r++) {
            reqs.add(new Requirement(String.valueOf(r + 1), "Nội dung yêu cầu số " + (r + 1) + " của công văn " + i
                    + ", hoàn thành trước ngày " + deadline(i, r), List.of(deadline(i, r)), List.of()));
        }
        int number = 100 + i;
        OfficialDocument doc = new OfficialDocument("", ISSUER, new NumberSymbol(String.valueOf(number), "UBND-VX"),
                "Thành phố Mẫu", day, DocumentType.CONG_VAN, "V/v việc số " + i + " về an toàn thông tin khi",
                List.of("UBND các phường, xã và các đơn vị"), List.of(), null, List.of(), null);
        return new Dispatch(doc, reqs, List.of());
    }

    private TaskSet taskSet(Dispatch d, List<Unit> units) {
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : units) {
            for (Requirement r : d.requirements()) {
                assignments.add(new Assignment(u.code(), u.name(), u.email(), r.id(), r.dueDate().orElseThrow()));
            }
        }
        Recipient all = new Recipient("UBND các phường, xã và các đơn vị", true, units.stream().map(Unit::code).toList());
        return new TaskSet(d, units, assignments, List.of(all), List.of());
    }

    /** What happened to dispatch {@code i} up to {@link #TODAY}; nothing is dated after it. */
    private long history(Writer w, long key, int i, List<Unit> units) throws SQLException {
        Random random = new Random(31L * i + 7);
        LocalDate day = issued(i);
        long before = w.events;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            String sentId = "<cv" + i + "-" + unit.code() + "@congvan.example>";
            Instant sent = at(day, 9, u / 60, u % 60);
            if (random.nextInt(100) < 2) {
                w.event(key, unit.code(), null, "SEND_FAILED", sent, "mail", "send-failed:" + i + "-" + u, null,
                        "550 Hộp thư không tồn tại", null, null);
                if (random.nextBoolean()) {
                    continue; // never resent: a unit to phone
                }
                sent = sent.plusSeconds(3600 * 24);
            }
            w.event(key, unit.code(), null, "SENT", sent, "mail", sentId, sentId, "Đã gửi tới " + unit.email(), null, null);
            if (random.nextInt(100) < 85) {
                w.event(key, unit.code(), null, "ACKNOWLEDGED", sent.plusSeconds(600 + random.nextInt(86400 * 2)), "mail",
                        "<mdn-" + i + "-" + u + "@donvi.example>", "Xác nhận đã đọc thư", null, null, null);
            }
            reports(w, key, i, u, unit, sent, random);
        }
        return w.events - before;
    }

    /** A unit's replies: most report progress first, then completion; some never answer; the clerk enters a few. */
    private void reports(Writer w, long key, int i, int u, Unit unit, Instant sent, Random random) throws SQLException {
        int kind = random.nextInt(100);
        Instant progressAt = sent.plusSeconds(86400L * (2 + random.nextInt(5)));
        if (kind < 10) {
            return; // silent
        }
        if (kind < 70 && before(progressAt)) {
            String mail = "<tiendo-" + i + "-" + u + "@donvi.example>";
            for (int r = 0; r < requirements; r++) {
                w.event(key, unit.code(), String.valueOf(r + 1), "PROGRESS", progressAt, "mail", mail,
                        "“Nội dung " + (r + 1) + " đang triển khai thực hiện.”", null, null, null);
            }
        }
        // The unit finishes some days around the deadline of each requirement.
        String doneMail = "<ketqua-" + i + "-" + u + "@donvi.example>";
        Instant doneAt = at(deadline(i, requirements - 1).plusDays(random.nextInt(12) - 6), 15, u % 60, 0);
        boolean allDone = kind >= 25;
        if (before(doneAt)) {
            for (int r = 0; r < requirements; r++) {
                if (allDone || r == 0) {
                    LocalDate doneOn = random.nextInt(4) == 0 ? deadline(i, r).minusDays(1) : null;
                    w.event(key, unit.code(), String.valueOf(r + 1), "DONE", doneAt, "mail", doneMail,
                            "“Đã hoàn thành nội dung " + (r + 1) + ".”", null, null, doneOn);
                }
            }
        }
        // Late units are reminded and some get a new deadline.
        Instant remindAt = at(deadline(i, requirements - 1).plusDays(3), 8, 30, u % 60);
        if ((!allDone || !before(doneAt)) && before(remindAt)) {
            w.event(key, unit.code(), null, "REMINDED", remindAt, "mail", "<dondoc-" + i + "@congvan.example>",
                    "<dondoc-" + i + "-" + unit.code() + "@congvan.example>", "Đôn đốc lần 1", null, null);
            if (i % 7 == 0) {
                w.event(key, unit.code(), null, "DEADLINE_CHANGED", remindAt, "document", "van-ban-di:" + i,
                        "Công văn đôn đốc", null, deadline(i, requirements - 1).plusDays(10), null);
            }
        }
        // The clerk takes an answer by phone now and then; a doubtful reply waits in Thư cần xem.
        Instant phoned = doneAt.plusSeconds(86400 * 2);
        if (random.nextInt(100) < 3 && before(phoned)) {
            w.event(key, unit.code(), String.valueOf(requirements), "DONE", phoned, "clerk", "clerk:" + i + "-" + u,
                    "Cán bộ nhập: điện thoại", "Đơn vị báo qua điện thoại", null, null);
        } else if (random.nextInt(100) < 2 && before(phoned)) {
            w.review(key, unit, phoned, random.nextBoolean(), requirements);
        }
    }

    private static boolean before(Instant t) {
        return t.isBefore(at(TODAY, 0, 0, 0));
    }

    private static Instant at(LocalDate day, int hour, int minute, int second) {
        return day.atTime(LocalTime.of(hour, minute, second)).atZone(VIETNAM).toInstant();
    }

    /** Batched inserts into the ledger's tables, values as the ledger writes them. */
    private final class Writer implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement event;
        private final PreparedStatement entry;
        private final PreparedStatement reading;
        private final PreparedStatement decision;
        private long events;

        Writer(Connection c) throws SQLException {
            this.c = c;
            event = c.prepareStatement("INSERT INTO ledger_event (dispatch_key, unit_code, req_id, type, occurred_at,"
                    + " recorded_at, source, source_id, evidence, note, deadline, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            entry = c.prepareStatement("INSERT INTO review_entry (kind, dispatch_key, unit_code, receipt, occurred_at, recorded_at,"
                    + " mail_source_id, sender, subject, mail_date, reasons, evidence, mail_text, raw_truncated)"
                    + " VALUES ('READING', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            reading = c.prepareStatement("INSERT INTO review_reading (entry_id, req_id, position, status, sentence)"
                    + " VALUES (?, ?, ?, 'DONE', ?)");
            decision = c.prepareStatement("INSERT INTO review_decision (entry_id, decision, decided_at, clerk, dispatch_key,"
                    + " unit_code) VALUES (?, 'ACCEPTED', ?, 'Cán bộ văn thư', ?, ?)");
        }

        void event(long key, String unit, String req, String type, Instant at, String source, String sourceId,
                   String evidence, String note, LocalDate deadline, LocalDate doneOn) throws SQLException {
            event.setLong(1, key);
            event.setString(2, unit);
            event.setString(3, req);
            event.setString(4, type);
            event.setString(5, INSTANT.format(at));
            event.setString(6, INSTANT.format(at.plusSeconds(5)));
            event.setString(7, source);
            event.setString(8, sourceId);
            event.setString(9, evidence);
            event.setString(10, note);
            setDate(event, 11, deadline);
            setDate(event, 12, doneOn);
            event.addBatch();
            if (++events % 5000 == 0) {
                event.executeBatch();
            }
        }

        /** A bare "Đã hoàn thành." waits for the clerk; half are accepted, which records its reports. */
        void review(long key, Unit unit, Instant at, boolean accepted, int requirements) throws SQLException {
            event.executeBatch(); // the entry's key is read back below
            String mailId = "<review-" + (++reviewMails) + "@donvi.example>";
            entry.setLong(1, key);
            entry.setString(2, unit.code());
            entry.setString(3, INSTANT.format(at));
            entry.setString(4, INSTANT.format(at.plusSeconds(5)));
            entry.setString(5, mailId);
            entry.setString(6, unit.email());
            entry.setString(7, "Re: báo cáo kết quả");
            entry.setString(8, INSTANT.format(at));
            entry.setString(9, "Thư không nêu nội dung nào");
            entry.setString(10, "“Đã hoàn thành.”");
            entry.setString(11, "Kính gửi UBND thành phố. Đã hoàn thành.");
            entry.executeUpdate();
            long id;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(entry_id) FROM review_entry")) {
                rs.next();
                id = rs.getLong(1);
            }
            for (int r = 0; r < requirements; r++) {
                reading.setLong(1, id);
                reading.setString(2, String.valueOf(r + 1));
                reading.setInt(3, r);
                reading.setString(4, "Đã hoàn thành.");
                reading.executeUpdate();
            }
            if (accepted) {
                Instant decided = at.plusSeconds(3600);
                decision.setLong(1, id);
                decision.setString(2, INSTANT.format(decided));
                decision.setLong(3, key);
                decision.setString(4, unit.code());
                decision.executeUpdate();
                for (int r = 0; r < requirements; r++) {
                    event(key, unit.code(), String.valueOf(r + 1), "DONE", at, "review", "review:" + id,
                            "Thư " + mailId + ", cán bộ xác nhận", null, null, null);
                }
            }
        }

        void flush() throws SQLException {
            event.executeBatch();
        }

        private void setDate(PreparedStatement ps, int index, LocalDate day) throws SQLException {
            if (day == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, day.toString());
            }
        }

        @Override
        public void close() throws SQLException {
            event.close();
            entry.close();
            reading.close();
            decision.close();
        }
    }
}
