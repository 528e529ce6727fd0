package gov.petition.notification;

/** Event payloads as the other services publish them, for the tests to send to the real broker. */
final class Events {

    private Events() {
    }

    static String received(String caseId, String channel, String phone, String email, boolean anonymous) {
        return """
                {"caseId":"%s","trackingCode":"K7QM2X9PRT","channel":"%s","externalId":"%s","title":"学校门口上下学时段拥堵",
                 "content":"每天上下学时段学校门口车辆乱停。","category":"教育文体",
                 "citizen":{"name":"李四","phone":%s,"email":%s,"anonymous":%s},
                 "disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z",
                 "channelDetails":{"postId":"post-%s","userHandle":"wx_li_si"}}"""
                .formatted(caseId, channel, caseId, quoted(phone), quoted(email), anonymous, caseId);
    }

    static String routed(String caseId, String unitId, boolean leaderRequired) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"测试局","category":"教育文体","reason":"RULE","confidence":0.9,
                 "routedAt":"2026-11-23T09:30:01Z","leaderRequired":%s,"attempt":1}""".formatted(caseId, unitId, leaderRequired);
    }

    static String deadline(String caseId, String unitId, String step) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"测试局","step":"%s","due":"2026-11-30T09:00:00Z","at":"2026-11-29T09:00:00Z"}"""
                .formatted(caseId, unitId, step);
    }

    static String extension(String caseId, boolean granted, String until) {
        return """
                {"caseId":"%s","extensionId":"e-%s","unitId":"xd.a.jyj","unitName":"A市教育局","granted":%s,"until":"%s",
                 "deciderId":"xd.a.zwj.1","deciderName":"杨娜涛","at":"2026-11-25T09:00:00Z"}"""
                .formatted(caseId, granted, granted, until);
    }

    private static String quoted(String value) {
        return value == null ? "null" : '"' + value + '"';
    }
}
