package vn.congvan.model;

/**
 * An entry of Kính gửi or Nơi nhận that receives the dispatch without being assigned it.
 *
 * @param entry the entry as written ("CT, PCT UBND tp", "Thường trực Thành ủy (b/c)")
 * @param kind  a copy for information, a name the directory reads more than one way, or one it does not know
 *              (both for the clerk)
 */
public record CopyRecipient(String entry, Kind kind) {
    public enum Kind {
        /** A leader or body told for information (decision 2): never assigned, never unmatched. */
        INFORMATION,
        /** "TT …" where several readings name a unit ("chưa rõ"): the clerk decides. */
        AMBIGUOUS,
        /**
         * An entry that names no unit or group of the directory ("Văn phòng UBND tỉnh" in a ward's): not assigned, kept
         * so that status says why, long after the import told it once.
         */
        UNMATCHED
    }
}
