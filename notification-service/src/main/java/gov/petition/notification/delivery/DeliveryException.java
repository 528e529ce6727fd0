package gov.petition.notification.delivery;

/** A channel refused a message; the message text is fit for the log (no contact in it). */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message) {
        super(message);
    }
}
