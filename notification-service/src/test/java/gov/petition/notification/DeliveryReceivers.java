package gov.petition.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Quarkus test resource: a real SMTP server (GreenMail), a real HTTP SMS gateway and a real webhook receiver that
 * checks signatures (WeChat's back end is configured to it), injected into the tests' fields.
 */
public class DeliveryReceivers implements QuarkusTestResourceLifecycleManager {

    private GreenMail smtp;
    private SmsGateway sms;
    private WebhookReceiver webhooks;

    /** The secret the WeChat back end shares with notification in the tests. */
    public static final String WECHAT_SECRET = "test-secret-shared-with-wechat";

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
            webhooks = new WebhookReceiver();
            return Map.of(
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(port),
                    "petition.notification.sms.url", sms.url(),
                    "petition.notification.webhook.channels.WECHAT.url", webhooks.endpoint("/wechat", WECHAT_SECRET),
                    "petition.notification.webhook.channels.WECHAT.secret", WECHAT_SECRET);
        } catch (IOException e) {
            throw new IllegalStateException("delivery receivers did not start", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.MatchesType(GreenMail.class));
        injector.injectIntoFields(sms, new TestInjector.MatchesType(SmsGateway.class));
        injector.injectIntoFields(webhooks, new TestInjector.MatchesType(WebhookReceiver.class));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        if (sms != null) {
            sms.close();
        }
        if (webhooks != null) {
            webhooks.close();
        }
    }
}
