package gov.petition.handling.domain;

/** One handling step an official asks for, with what that step needs; every step may carry a note. */
public sealed interface HandlingCommand {

    HandlingAction action();

    String note();

    /** 签收. */
    record Sign(String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.SIGN;
        }
    }

    /** 受理. */
    record Accept(String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.ACCEPT;
        }
    }

    /** 不予受理, on a stated rule (already in court, not a government matter, ...). */
    record Reject(String reason, String rule, String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.REJECT;
        }
    }

    /** 退回 to dispatch as not the unit's business. */
    record Return(String reason, String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.RETURN;
        }
    }

    /** 沟通 with the citizen: how and what. */
    record Contact(ContactMethod method, String summary, String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.CONTACT;
        }
    }

    /** 答复: the text the citizen reads. */
    record Reply(String reply, String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.REPLY;
        }
    }

    /** 办结. */
    record Complete(String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.COMPLETE;
        }
    }

    /** 处置: urgent cases, the danger made safe on site (what was done). */
    record Handle(String measures, String note) implements HandlingCommand {
        public HandlingAction action() {
            return HandlingAction.HANDLE;
        }
    }
}
