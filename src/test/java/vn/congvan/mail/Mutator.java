package vn.congvan.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages an input the way a fuzzer does, reproducibly from one {@link SplittableRandom}: bit flips, bytes
 * inserted or deleted, a chunk duplicated, the end cut off, or the head of one input joined to the tail of
 * another. For a zip (a .docx) it can instead damage one XML entry and zip it again, so that the damage
 * gets past the zip layer to the XML reader.
 */
final class Mutator {
    /** 01/01/2020 00:00 UTC, for every entry a mutated zip is written with. */
    private static final long FIXED_ENTRY_TIME = 1_577_836_800_000L;
    private static final int MAX_CHUNK = 4096;
    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    /** One to four damages of {@code input}; {@code other} is the partner of a splice. */
    byte[] mutate(byte[] input, byte[] other) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = once(out, other);
        }
        return out;
    }

    /** Like {@link #mutate}, but damages the bytes of one XML entry of the zip {@code zip} and zips it again. */
    byte[] mutateZipEntry(byte[] zip) {
        Map<String, byte[]> entries = unzip(zip);
        List<String> xml = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                xml.add(name);
            }
        }
        String target = xml.get(random.nextInt(xml.size()));
        byte[] partner = entries.get(xml.get(random.nextInt(xml.size())));
        entries.put(target, mutate(entries.get(target), partner));
        return zip(entries);
    }

    private byte[] once(byte[] in, byte[] other) {
        if (in.length == 0) {
            return new byte[]{(byte) random.nextInt(256)};
        }
        return switch (random.nextInt(6)) {
            case 0 -> flipBits(in);
            case 1 -> insert(in);
            case 2 -> delete(in);
            case 3 -> duplicate(in);
            case 4 -> Arrays.copyOf(in, random.nextInt(in.length));
            default -> splice(in, other);
        };
    }

    private byte[] flipBits(byte[] in) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    /** Random bytes, or bytes a parser gives meaning to (brackets, quotes, line ends, long runs of one byte). */
    private byte[] insert(byte[] in) {
        int at = random.nextInt(in.length + 1);
        byte[] bytes = new byte[1 + random.nextInt(64)];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
        } else {
            byte[] special = "<>\"'/=&;:-\r\n\t\0*#%[](){}\\".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Arrays.fill(bytes, special[random.nextInt(special.length)]);
        }
        return join(Arrays.copyOfRange(in, 0, at), bytes, Arrays.copyOfRange(in, at, in.length));
    }

    private byte[] delete(byte[] in) {
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(MAX_CHUNK));
        return join(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
    }

    private byte[] duplicate(byte[] in) {
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(MAX_CHUNK));
        int at = random.nextInt(in.length + 1);
        byte[] chunk = Arrays.copyOfRange(in, from, to);
        return join(Arrays.copyOfRange(in, 0, at), chunk, chunk, Arrays.copyOfRange(in, at, in.length));
    }

    private byte[] splice(byte[] in, byte[] other) {
        int head = random.nextInt(in.length + 1);
        int tail = other.length == 0 ? 0 : random.nextInt(other.length);
        return join(Arrays.copyOfRange(in, 0, head), Arrays.copyOfRange(other, tail, other.length));
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                // A fixed time: the same seed and index must give the same bytes, whatever the clock says.
                entry.setTime(FIXED_ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
