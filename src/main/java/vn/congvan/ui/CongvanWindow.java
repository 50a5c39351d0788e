package vn.congvan.ui;

import java.time.LocalDate;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.WindowSettings;
import vn.congvan.app.Workspace;

/** The main window: menu bar, toolbar, and {@link WindowContent}; remembers its layout in {@link WindowSettings}. */
public final class CongvanWindow extends ApplicationWindow {
    private final Workspace workspace;
    private final LocalDate today;
    private WindowSettings settings;
    private WindowContent content;
    private WindowActions actions;

    /** @param today the day statuses hold for; null for today in Vietnam */
    public CongvanWindow(Workspace workspace, LocalDate today) {
        super(null);
        this.workspace = workspace;
        this.today = today;
        addMenuBar();
        addToolBar(SWT.FLAT | SWT.RIGHT);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiText.get("window.title"));
    }

    /** Remembers the layout before the shell goes, however the window is closed. */
    @Override
    public boolean close() {
        remember();
        return super.close();
    }

    @Override
    protected Control createContents(Composite parent) {
        content = new WindowContent(parent, workspace, today);
        actions = content.actions();
        // The bars were built before the content existed: fill them now.
        actions.fillMenuBar(getMenuBarManager());
        getMenuBarManager().updateAll(true);
        actions.fillToolBar(getToolBarManager());
        getToolBarManager().update(true);
        // One settings object for the layout and the mail servers, so saving one does not lose the other.
        settings = content.settings();
        content.restore(settings);
        return content.root();
    }

    @Override
    protected MenuManager createMenuManager() {
        return new MenuManager();
    }

    @Override
    protected ToolBarManager createToolBarManager(int style) {
        return new ToolBarManager(style);
    }

    @Override
    protected Point getInitialSize() {
        return settings.numbers("window-size").filter(s -> s.length == 2 && s[0] > 200 && s[1] > 200)
                .map(s -> new Point(s[0], s[1])).orElse(new Point(1200, 760));
    }

    /**
     * Opens the window. Without a window manager (Xvfb) JFace does not size the shell itself, so it is
     * sized before it opens (desktop-ui.md).
     */
    public void openSized() {
        setBlockOnOpen(false);
        create();
        getShell().setSize(getInitialSize());
        open();
    }

    void remember() {
        if (getShell() != null && !getShell().isDisposed() && content != null) {
            Point size = getShell().getSize();
            settings.putNumbers("window-size", size.x, size.y);
            content.remember(settings);
            settings.save();
        }
    }

    public WindowContent content() {
        return content;
    }
}
