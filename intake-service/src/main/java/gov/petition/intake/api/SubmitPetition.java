package gov.petition.intake.api;

import gov.petition.intake.domain.Channel;
import gov.petition.intake.domain.Disclosure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A petition as a channel posts it. Sizes count characters, not bytes. */
@Schema(name = "SubmitPetition", description = "A citizen's message as a channel front end posts it")
public record SubmitPetition(
        @NotNull @Schema(required = true, example = "MAILBOX") Channel channel,
        @NotBlank @Size(max = 128) @Schema(required = true, description = "The channel's own id of this message; retries reuse it",
                example = "mailbox-20261123-0001") String externalId,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "小区电梯坏了三个月没人修") String title,
        @NotBlank @Size(max = 5000) @Schema(required = true,
                example = "A3区某小区3栋电梯自8月起停运，物业一直推诿，老人上下楼非常困难，请尽快督促维修。") String content,
        @Size(max = 100) @Schema(description = "Free text naming the official or mailbox written to", example = "胡书记") String addressee,
        @Size(max = 50) @Schema(description = "First-level category, if the citizen chose one", example = "城乡建设") String category,
        @Valid Location location,
        @Valid Citizen citizen,
        @Schema(description = "PUBLIC publishes the case and its replies with personal data redacted", example = "PUBLIC",
                defaultValue = "PRIVATE") Disclosure disclosure,
        @Valid @Schema(description = "What only some channels have: HOTLINE_12345 needs callId and agentId (the agent "
                + "records the call on the caller's behalf); WEIBO, WECHAT and ALIPAY may give postId and userHandle (to "
                + "answer there); FORUM may give threadId. Fields of another channel are refused.") ChannelDetails channelDetails) {

    /** A petition without channel-specific details. */
    public SubmitPetition(Channel channel, String externalId, String title, String content, String addressee,
                          String category, Location location, Citizen citizen, Disclosure disclosure) {
        this(channel, externalId, title, content, addressee, category, location, citizen, disclosure, null);
    }

    /** Where the matter is. */
    @Schema(name = "Location")
    public record Location(
            @Size(max = 64) @Schema(description = "Directory id of the district, street or community", example = "xd.a.a3") String regionCode,
            @Size(max = 200) @Schema(example = "A3区枫林路88号") String address,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "28.19") Double lat,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "112.97") Double lon) {
    }

    /** How to reach the citizen; omitted or {@code anonymous} for an anonymous petition. */
    @Schema(name = "Citizen")
    public record Citizen(
            @Size(max = 50) @Schema(example = "张三") String name,
            @Pattern(regexp = "^1[3-9]\\d{9}$", message = "不是有效的手机号码 / not a valid mainland mobile number")
            @Schema(example = "13800138000") String phone,
            @Email @Size(max = 254) @Schema(example = "zhangsan@example.cn") String email,
            @Schema(example = "false") boolean anonymous) {
    }

    /** Channel-specific fields. */
    @Schema(name = "ChannelDetails")
    public record ChannelDetails(
            @Size(max = 64) @Schema(description = "12345 hotline call id", example = "12345-20261123-0931-0042") String callId,
            @Size(max = 64) @Schema(description = "The hotline agent who recorded the call", example = "agent-017") String agentId,
            @Size(max = 50) @Schema(description = "The agent's name", example = "张丽") String agentName,
            @Size(max = 64) @Schema(description = "Weibo post or WeChat/Alipay message id", example = "4961234567890123") String postId,
            @Size(max = 64) @Schema(description = "The citizen's handle on Weibo, WeChat or Alipay, to answer there",
                    example = "@A市小李") String userHandle,
            @Size(max = 64) @Schema(description = "The forum thread", example = "t-88231") String threadId) {
    }
}
