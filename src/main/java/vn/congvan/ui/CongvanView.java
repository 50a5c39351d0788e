package vn.congvan.ui;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import vn.congvan.app.Workspace;

/**
 * The window's content as a view of an Eclipse/RCP workbench ({@code plugin.xml}): the same folders, list
 * and detail, on the user's default ledger, with the actions on the view's toolbar and the commands of
 * plugin.xml (and their key bindings) handled by the same actions.
 */
public final class CongvanView extends ViewPart {
    /** The view's id in plugin.xml. */
    public static final String ID = "vn.congvan.view";
    private WindowContent content;

    @Override
    public void createPartControl(Composite parent) {
        content = new WindowContent(parent, Workspace.resolve(null, null), null);
        WindowActions actions = content.actions();
        IActionBars bars = getViewSite().getActionBars();
        actions.fillToolBar(bars.getToolBarManager());
        bars.updateActionBars();
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        if (handlers != null) {
            handle(handlers, "vn.congvan.command.import", actions.importFile);
            handle(handlers, "vn.congvan.command.distribute", actions.distribute);
            handle(handlers, "vn.congvan.command.collect", actions.collectFolder);
            handle(handlers, "vn.congvan.command.report", actions.report);
            handle(handlers, "vn.congvan.command.check", actions.check);
            handle(handlers, "vn.congvan.command.refresh", actions.refresh);
        }
    }

    private static void handle(IHandlerService handlers, String command, Action action) {
        action.setActionDefinitionId(command);
        handlers.activateHandler(command, new ActionHandler(action));
    }

    @Override
    public void setFocus() {
        if (content != null) {
            content.filter().setFocus();
        }
    }
}
