package gov.petition.intake.domain;

import gov.petition.http.Problem;
import gov.petition.intake.api.SubmitPetition;
import gov.petition.intake.api.SubmitPetition.ChannelDetails;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What bean validation cannot say of a submission: the fields each channel must and must not carry, and that the
 * region it names is a place of the directory.
 */
public final class ChannelRules {

    private static final Set<Channel> SOCIAL = EnumSet.of(Channel.WEIBO, Channel.WECHAT, Channel.ALIPAY);

    private record Field(String name, Function<ChannelDetails, String> value, Set<Channel> channels, boolean required) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("callId", ChannelDetails::callId, EnumSet.of(Channel.HOTLINE_12345), true),
            new Field("agentId", ChannelDetails::agentId, EnumSet.of(Channel.HOTLINE_12345), true),
            new Field("agentName", ChannelDetails::agentName, EnumSet.of(Channel.HOTLINE_12345), false),
            new Field("postId", ChannelDetails::postId, SOCIAL, false),
            new Field("userHandle", ChannelDetails::userHandle, SOCIAL, false),
            new Field("threadId", ChannelDetails::threadId, EnumSet.of(Channel.FORUM), false));

    private ChannelRules() {
    }

    /** The field errors of a submission that passed bean validation; empty when it is acceptable. */
    public static List<Problem.FieldError> check(SubmitPetition petition, Regions regions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ChannelDetails details = petition.channelDetails();
        for (Field field : FIELDS) {
            String value = details == null ? null : field.value().apply(details);
            boolean present = value != null && !value.isBlank();
            String path = "channelDetails." + field.name();
            if (field.channels().contains(petition.channel())) {
                if (field.required() && !present) {
                    errors.add(new Problem.FieldError(path, "渠道 " + petition.channel() + " 必须填写 / required for channel "
                            + petition.channel()));
                }
            } else if (present) {
                errors.add(new Problem.FieldError(path, "仅适用于 " + field.channels() + " / only for channels "
                        + field.channels()));
            }
        }
        if (petition.location() != null && petition.location().regionCode() != null
                && !regions.isKnown(petition.location().regionCode())) {
            errors.add(new Problem.FieldError("location.regionCode",
                    "目录中没有这个地区 / not a district, street or community of the directory"));
        }
        return errors;
    }
}
