package gov.petition.notification.delivery;

import gov.petition.notification.domain.DeliveryChannel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** For anonymous citizens and those who left no contact: nothing is sent, and the log says so. */
@ApplicationScoped
public class NoContactDelivery implements DeliveryAdapter {

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.NONE;
    }

    @Override
    public Uni<Void> send(Delivery delivery) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public boolean reachesSomeone() {
        return false;
    }
}
