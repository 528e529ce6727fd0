package gov.petition.notification.domain;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders a notice from its Qute template ({@code templates/<audience>/<event type>.txt}): the copy to send and the masked copy to keep. */
@ApplicationScoped
public class NoticeTemplates {

    /** The log column holds this many characters; a long reply is cut there, the sent copy keeps it whole. */
    static final int LOG_TEXT_MAX = 2000;

    private final Engine engine;

    public NoticeTemplates(Engine engine) {
        this.engine = engine;
    }

    /** One rendered message: subject (for e-mail), body to send, and the text the delivery log keeps. */
    public record Message(String subject, String body, String logText) {
        @Override
        public String toString() {
            return "Message[body of " + body.length() + " chars]"; // never the tracking code in a log line
        }
    }

    public Message render(Notice notice) {
        Template body = template(notice.templateId());
        String subject = template(notice.subjectTemplateId()).data(notice.data(false)).render().strip();
        String logText = body.data(notice.data(true)).render().strip();
        return new Message(subject, body.data(notice.data(false)).render().strip(),
                logText.length() > LOG_TEXT_MAX ? logText.substring(0, LOG_TEXT_MAX - 1) + "…" : logText);
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("missing template " + id);
        }
        return template;
    }
}
