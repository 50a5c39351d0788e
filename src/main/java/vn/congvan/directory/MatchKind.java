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
    /** Nothing in the directory: shown to the user, never dropped. */
    UNMATCHED
}
