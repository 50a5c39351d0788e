package vn.congvan.mail;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageIdsTest {
    @Test
    void idsCarry128RandomBitsAndNeverRepeat() {
        MessageIds ids = MessageIds.secure();
        Set<String> seen = new HashSet<>();
        int[] ones = new int[128];
        for (int i = 0; i < 1000; i++) {
            String id = ids.create("phanthiet.example");
            assertTrue(id.matches("<cv\\.[0-9a-f]{32}@phanthiet\\.example>"), id);
            assertTrue(seen.add(id), "repeated: " + id);
            String hex = id.substring(4, 36);
            for (int bit = 0; bit < 128; bit++) {
                int nibble = Character.digit(hex.charAt(bit / 4), 16);
                ones[bit] += (nibble >> (3 - bit % 4)) & 1;
            }
        }
        // Every one of the 128 bits varies (about half ones), so none is fixed by time, unit or dispatch.
        for (int bit = 0; bit < 128; bit++) {
            assertTrue(ones[bit] > 350 && ones[bit] < 650, "bit " + bit + ": " + ones[bit]);
        }
        assertEquals(1000, seen.size());
    }
}
