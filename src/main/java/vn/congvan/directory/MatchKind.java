package vn.congvan.directory;

/** What a recipient or distribution entry turned out to be. */
public enum MatchKind {
    /** One unit of the directory. */
    UNIT,
    /** A group of units ("UBND các phường, xã"), to be expanded to its members. */
    GROUP,
    /** "Như trên": the recipients of Kính gửi, already listed there. */
    SAME_AS_RECIPIENTS,
    /** "Lưu: VT, …": the issuer's own archive copy. */
    ARCHIVE,
    /**
     * A leader or body that receives a copy for information ("Chủ tịch UBND thành phố", "CT, PCT UBND tp",
     * "Thường trực Thành ủy (b/c)"): kept and shown, never assigned, never unmatched. The units are those
     * the directory knows by that name, if any.
     */
    INFORMATION,
    /** "TT …" where more than one reading (thị trấn, Thường trực, Trung tâm) names a unit: for the clerk. */
    AMBIGUOUS,
    /** Nothing in the directory: shown to the user, never dropped. */
    UNMATCHED
}
