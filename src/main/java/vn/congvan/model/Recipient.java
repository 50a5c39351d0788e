package vn.congvan.model;

import java.util.List;

/**
 * One "Kính gửi" entry of a dispatch as it was resolved when the task set was made.
 *
 * @param entry     the entry as written ("UBND các phường, xã")
 * @param group     whether it named a group of units rather than one unit
 * @param unitCodes the units it reached, in directory order
 */
public record Recipient(String entry, boolean group, List<String> unitCodes) {
    public Recipient {
        unitCodes = List.copyOf(unitCodes);
    }
}
