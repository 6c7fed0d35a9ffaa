package press.testing;

import java.nio.charset.StandardCharsets;
import press.archive.NewRecord;
import press.model.Metadata;

/** Small records of the reference's kind for archive tests: a PDF-like body that differs by period and text. */
public final class ArchiveRecords {

    private ArchiveRecords() {
    }

    public static NewRecord record(String period, String text) {
        return new NewRecord("gov-service-monthly", "jianbao", "pdf",
                new Metadata("全州政务服务工作概况", "阿坝州", period, "阿坝州政府政务服务中心办公室", "2020-06-10"),
                ("%PDF-1.7 " + period + text).getBytes(StandardCharsets.UTF_8), "{}", text);
    }
}
