package vn.congvan.model;

/**
 * Positions 7a–7c: who signs and in what capacity.
 *
 * @param authority "TM.", "KT.", "TL.", "TUQ.", "Q." or null when the head signs in their own name
 * @param title     the line after the authority ("CHỦ TỊCH" in "KT. CHỦ TỊCH", "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN"); null without authority
 * @param position  the signer's own position ("PHÓ CHỦ TỊCH")
 * @param name      the signer's full name
 */
public record Signer(String authority, String title, String position, String name) {
}
