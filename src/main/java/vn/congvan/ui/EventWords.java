package vn.congvan.ui;

import vn.congvan.model.EventType;

/** The words for what happened and who recorded it, in the history table. */
final class EventWords {
    private EventWords() {
    }

    static String of(EventType t) {
        return switch (t) {
            case IMPORTED -> UiText.get("event.imported");
            case SENT -> UiText.get("event.sent");
            case SEND_FAILED -> UiText.get("event.sendFailed");
            case DELIVERY_FAILED -> UiText.get("event.deliveryFailed");
            case ACKNOWLEDGED -> UiText.get("event.acknowledged");
            case NOT_STARTED -> UiText.get("event.notStarted");
            case PROGRESS -> UiText.get("event.progress");
            case DONE -> UiText.get("event.done");
            case REMINDED -> UiText.get("event.reminded");
            case DEADLINE_CHANGED -> UiText.get("event.deadlineChanged");
            case PERIOD_ADDED -> UiText.get("event.periodAdded");
            case ADDRESS_TRUSTED -> UiText.get("event.addressTrusted");
            case ADDRESS_UNTRUSTED -> UiText.get("event.addressUntrusted");
        };
    }

    /** "mail", "clerk", "import" in Vietnamese; another source as it is. */
    static String source(String s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case "mail" -> UiText.get("source.mail");
            case "clerk" -> UiText.get("source.clerk");
            case "import" -> UiText.get("source.import");
            case "review" -> UiText.get("source.review");
            default -> s;
        };
    }
}
