package vn.congvan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What the window asks of the operating system rather than of its own widgets: the native file and folder
 * choosers, and opening a file in the system's viewer. One seam, so the window's tests can answer for the
 * system (native dialogs cannot be driven from SWT) while everything else in the window stays real.
 */
interface SystemDialogs {
    /** Files picked in the system's open dialog; empty when cancelled. */
    List<Path> openFiles(Shell shell, String title, boolean multiple, String[] extensions, String[] names);

    /** A folder picked in the system's folder dialog. */
    Optional<Path> folder(Shell shell, String title);

    /** Opens {@code file} with the program the system associates with it (PDF viewer, mail program). */
    void open(Path file);

    /** The real thing: SWT's native dialogs and {@link Program#launch}. */
    SystemDialogs NATIVE = new SystemDialogs() {
        @Override
        public List<Path> openFiles(Shell shell, String title, boolean multiple, String[] extensions, String[] names) {
            FileDialog d = new FileDialog(shell, SWT.OPEN | (multiple ? SWT.MULTI : SWT.NONE));
            d.setText(title);
            d.setFilterExtensions(extensions);
            if (names != null) {
                d.setFilterNames(names);
            }
            if (d.open() == null) {
                return List.of();
            }
            List<Path> files = new ArrayList<>();
            for (String name : d.getFileNames()) {
                files.add(Path.of(d.getFilterPath(), name));
            }
            return files;
        }

        @Override
        public Optional<Path> folder(Shell shell, String title) {
            DirectoryDialog d = new DirectoryDialog(shell);
            d.setText(title);
            return Optional.ofNullable(d.open()).map(Path::of);
        }

        @Override
        public void open(Path file) {
            Program.launch(file.toString());
        }
    };
}
