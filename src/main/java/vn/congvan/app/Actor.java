package vn.congvan.app;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseText;

/** Who does a step of a document's workflow: the name given ({@code --by}), else the operating system's user. */
final class Actor {
    private static final Messages MSG = Messages.of(Actor.class);

    private Actor() {
    }

    static String name(String given) {
        String raw = given != null ? given : System.getProperty("user.name", "");
        String name = VietnameseText.oneLine(Untrusted.text(VietnameseText.clean(raw))).strip();
        if (name.isEmpty()) {
            throw new InputException(MSG.get("actor.missing"));
        }
        return name;
    }
}
