package press.drafts;

/** A step of the office's procedure taken on a draft, recorded as an event. */
public enum Step {
    /** 提交审核: a 拟稿 holder hands the draft's latest version in for review. */
    SUBMITTED("提交审核"),
    /** 退回: a 审核 holder sends it back with comments. */
    RETURNED("退回"),
    /** 审核通过: a 审核 holder passes it. */
    PASSED("审核通过"),
    /** 签发: a 签发 holder signs it off, and it is published. */
    SIGNED("签发");

    private final String chinese;

    Step(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
