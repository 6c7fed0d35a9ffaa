package press.drafts;

/** A step of the office's procedure taken on a draft, recorded as an event. */
public enum Step {
    /** 提交审核: a 拟稿 holder hands the draft's latest version in for review. */
    SUBMITTED("提交审核"),
    /** 退回: a 审核 holder sends it back with comments. */
    RETURNED("退回"),
    /** 审核通过: a 审核 holder passes it. */
    PASSED("审核通过"),
    /**
     * 开始签发: a 签发 holder has begun the sign-off; taken first, so that of two signing the
     * same draft at once one begins and the other is refused, and it is published once.
     */
    SIGNING("开始签发"),
    /** 签发: the sign-off published the document. */
    SIGNED("签发"),
    /** 签发未成: the sign-off's render or publish failed; the draft is 已审核 again, its number kept. */
    SIGN_FAILED("签发未成");

    private final String chinese;

    Step(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
