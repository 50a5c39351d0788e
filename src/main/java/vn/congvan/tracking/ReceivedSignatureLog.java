package vn.congvan.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.congvan.model.InputException;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.SignatureCheck;

/**
 * The signatures dispatches arrived with (table received_signature, see V10): written with the dispatch at
 * import, read back for its fields. Never updated.
 */
public final class ReceivedSignatureLog {
    private static final String COLUMNS = "number, checked_at, field, level, signer_name, subject, issuer, claimed_time,"
            + " timestamp_time, coverage, digest_valid, signature_valid, certificate_valid, trusted, problems";

    private final LedgerDatabase db;

    ReceivedSignatureLog(LedgerDatabase db) {
        this.db = db;
    }

    /** The signatures the dispatch arrived with; {@link ReceivedSignatures#NONE} when it arrived unsigned. */
    public ReceivedSignatures of(long dispatchKey) {
        List<Row> rows = db.read(() -> db.sql().list("SELECT " + COLUMNS + " FROM received_signature WHERE dispatch_key = ?"
                + " ORDER BY number", rs -> row(rs, dispatchKey), dispatchKey));
        if (rows.isEmpty()) {
            return ReceivedSignatures.NONE;
        }
        return new ReceivedSignatures(rows.get(0).checkedAt(), rows.stream().map(Row::check).toList());
    }

    /**
     * Keeps the checks of a dispatch inside the import's transaction, unless the dispatch has some already
     * (imported again: what was found at receipt stands).
     */
    static void insertWithin(Sql sql, long dispatchKey, List<SignatureCheck> checks, Instant at, String fileSha256)
            throws SQLException {
        if (checks.isEmpty() || sql.exists("SELECT 1 FROM received_signature WHERE dispatch_key = ?", dispatchKey)) {
            return;
        }
        for (SignatureCheck c : checks) {
            sql.update("INSERT INTO received_signature (dispatch_key, " + COLUMNS + ", file_sha256)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    dispatchKey, c.number(), at, c.field(), c.level(), c.signerName(), c.subject(), c.issuer(),
                    c.claimedTime(), c.timestampTime(), c.coverage(), flag(c.digestValid()), flag(c.signatureValid()),
                    flag(c.certificateValid()), flag(c.trusted()), json(c.problems()), fileSha256);
        }
    }

    private record Row(Instant checkedAt, SignatureCheck check) {
    }

    private Row row(ResultSet rs, long dispatchKey) throws SQLException {
        List<String> problems;
        try {
            problems = LedgerJson.strings(rs.getString(15));
        } catch (JsonProcessingException e) {
            throw new InputException(LedgerDatabase.message("ledger.badSignatures", dispatchKey, db.description(),
                    LedgerDatabase.detail(e)), e);
        }
        SignatureCheck check = new SignatureCheck(rs.getInt(1), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Sql.instant(rs.getString(8)), Sql.instant(rs.getString(9)),
                SignatureCheck.Coverage.valueOf(rs.getString(10)), rs.getInt(11) == 1, rs.getInt(12) == 1,
                rs.getInt(13) == 1, rs.getInt(14) == 1, problems);
        return new Row(Sql.instant(rs.getString(2)), check);
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    private static String json(List<String> problems) {
        return LedgerJson.strings(problems);
    }
}
