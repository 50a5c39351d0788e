package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ToUnicodeCountTest {
    private static long count(String cmap) {
        return ToUnicodeCount.of(cmap.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void countsEachCodeOfARangeAndEachSingleMapping() {
        String cmap = """
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                2 beginbfchar
                <0003> <0020>
                <0011> <00E1>
                endbfchar
                3 beginbfrange
                <0020> <003F> <0041>
                <0100> <01FF> [<0061> <0062>]
                <0040> <0040> <1EA1>
                endbfrange
                endcmap CMapName currentdict /CMap defineresource pop end end
                """;
        assertEquals(2 + 32 + 256 + 1, count(cmap));
    }

    @Test
    void aHundredFullRangesAndAFourByteRangeCountWhatTheyDeclare() {
        StringBuilder cmap = new StringBuilder("100 beginbfrange\n");
        for (int i = 0; i < 100; i++) {
            cmap.append("<0000> <FFFF> <4E00>\n");
        }
        cmap.append("endbfrange\n1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assertEquals(100L * 65_536 + (1L << 32), count(cmap.toString()));
    }

    @Test
    void damagedEntriesCountNothing() {
        assertEquals(0, count("1 beginbfrange <00FF> <0000> <0041> endbfrange"));
        assertEquals(0, count("1 beginbfrange <000000000000> <FFFFFFFFFFFF> <0041> endbfrange"));
        assertEquals(0, count("<0000> <FFFF> <0041>"));
        assertEquals(0, count("1 beginbfrange <0000"));
    }
}
