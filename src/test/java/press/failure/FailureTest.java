package press.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a failure tells a clerk who reads Chinese. */
class FailureTest {

    @Test
    void aFailureGivenChineseWordsSaysThem() {
        assertEquals("数据有误", new Failure(Reason.INVALID_DATA, "bad data").inChinese("数据有误").chinese());
    }

    @Test
    void aMessageWrittenChineseFirstLosesItsEnglishGloss() {
        assertEquals("草稿“阿坝州 2020-06”已提交，不能提交",
                new Failure(Reason.DRAFT_STATE, "草稿“阿坝州 2020-06”已提交，不能提交 (the draft is submitted: cannot submit)").chinese());
        assertEquals("签发需要“签发”角色",
                new Failure(Reason.FORBIDDEN, "签发需要“签发”角色 (signing off needs the role SIGNER)").chinese());
    }

    @Test
    void anEnglishMessageIsToldByItsReason() {
        assertEquals(Reason.NOT_FOUND.chinese(), new Failure(Reason.NOT_FOUND, "no such resource").chinese());
    }

    @Test
    void aChineseMessageWithAnEnglishNameInsideKeepsIt() {
        assertEquals("模板 gov-service-monthly/lib.ftlx 有误（第 3 行）",
                new Failure(Reason.TEMPLATE_ERROR, "模板 gov-service-monthly/lib.ftlx 有误（第 3 行）").chinese());
    }
}
