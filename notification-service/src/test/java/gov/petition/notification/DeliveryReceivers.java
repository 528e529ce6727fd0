package gov.petition.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** Quarkus test resource: a real SMTP server (GreenMail) and a real HTTP SMS gateway, injected into the tests' fields. */
public class DeliveryReceivers implements QuarkusTestResourceLifecycleManager {

    private GreenMail smtp;
    private SmsGateway sms;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            sms = new SmsGateway();
            return Map.of(
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port),
                    "petition.notification.sms.url", sms.url());
        } catch (IOException e) {
            throw new IllegalStateException("delivery receivers did not start", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.MatchesType(GreenMail.class));
        injector.injectIntoFields(sms, new TestInjector.MatchesType(SmsGateway.class));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        if (sms != null) {
            sms.close();
        }
    }
}
