package vn.congvan.tracking;

import java.util.Arrays;
import java.util.Objects;

/**
 * An imported file exactly as it was received (a signed PDF, a .docx, a text file).
 *
 * @param name    the file's name as the user knew it, e.g. {@code 6174-UBND-VX.pdf}
 * @param content its bytes
 */
public record OriginalFile(String name, byte[] content) {
    public OriginalFile {
        Objects.requireNonNull(name, "name");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginalFile f && name.equals(f.name) && Arrays.equals(content, f.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "OriginalFile[" + name + ", " + content.length + " bytes]";
    }
}
