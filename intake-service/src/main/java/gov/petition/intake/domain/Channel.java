package gov.petition.intake.domain;

/** Where a petition came in; the label is what staff read. */
public enum Channel {
    MAILBOX("领导信箱"),
    FORUM("网络问政论坛"),
    HOTLINE_12345("12345热线"),
    APP("移动客户端"),
    WEIBO("微博"),
    WECHAT("微信"),
    ALIPAY("支付宝"),
    WEB("门户网站"),
    EMAIL("电子邮件"),
    OPEN311("Open311");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
