package gov.petition.notification.delivery;

import gov.petition.notification.domain.DeliveryChannel;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends e-mail over SMTP with the reactive mailer (UTF-8 plain text, Chinese first). */
@ApplicationScoped
public class EmailDelivery implements DeliveryAdapter {

    private final ReactiveMailer mailer;

    public EmailDelivery(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Uni<Void> send(Delivery delivery) {
        return mailer.send(Mail.withText(delivery.address(), delivery.subject(), delivery.body())
                .addHeader("X-Petition-Case", delivery.caseId())
                .addHeader("X-Petition-Notification", delivery.notificationId().toString()));
    }
}
