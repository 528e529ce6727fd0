package gov.petition.handling.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A handling action the case's current status does not allow, with what is allowed instead. */
public class ActionNotAllowedException extends RuntimeException {

    private final HandlingStatus current;
    private final HandlingAction action;

    public ActionNotAllowedException(HandlingStatus current, HandlingAction action) {
        super(message(current, action));
        this.current = current;
        this.action = action;
    }

    public HandlingStatus current() {
        return current;
    }

    public HandlingAction action() {
        return action;
    }

    public List<HandlingAction> allowed() {
        return current.allowedActions();
    }

    private static String message(HandlingStatus current, HandlingAction action) {
        List<HandlingAction> allowed = current.allowedActions();
        String options = allowed.isEmpty() ? "none" : allowed.stream()
                .map(a -> a.path() + " (" + a.label() + ")").collect(Collectors.joining(", "));
        return "The case is " + current + " (" + current.label() + "): " + action.path() + " (" + action.label()
                + ") is not allowed; allowed actions: " + options;
    }
}
