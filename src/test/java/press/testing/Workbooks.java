package press.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;

/** Workbooks as offices export them, built with Apache POI for the tests that import them. */
public final class Workbooks {

    private Workbooks() {
    }

    /** 乡镇 | 受理 | 办理情况 (已办结, 办理中) over two head rows, three towns, a 合计 row of formulas. */
    public static byte[] towns() throws IOException {
        return towns(new XSSFWorkbook());
    }

    /** The same workbook as {@link #towns()}, saved as Excel 97–2003 (.xls). */
    public static byte[] townsXls() throws IOException {
        return towns(new HSSFWorkbook());
    }

    private static byte[] towns(Workbook created) throws IOException {
        try (Workbook workbook = created; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("10月");
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue("乡镇");
            top.createCell(1).setCellValue("受理");
            top.createCell(2).setCellValue("办理情况");
            Row second = sheet.createRow(1);
            second.createCell(2).setCellValue("已办结");
            second.createCell(3).setCellValue("办理中");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            Object[][] towns = {{"城关镇", 1335, 1327, 8}, {"白水乡", 186, 180, 6}, {"东坝乡", 95.5, 95, 0.5}};
            for (int r = 0; r < towns.length; r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue((String) towns[r][0]);
                for (int c = 1; c < 4; c++) {
                    row.createCell(c).setCellValue(((Number) towns[r][c]).doubleValue());
                }
            }
            Row total = sheet.createRow(5);
            total.createCell(0).setCellValue("合计");
            for (int c = 1; c < 4; c++) {
                String column = String.valueOf((char) ('A' + c));
                total.createCell(c).setCellFormula("SUM(" + column + "3:" + column + "5)");
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * An appendix-1 sheet as the 一体化平台 exports it: 地区, 办件量 (申请件数, 受理件数, 办结件数),
     * 办理渠道 (线上办件, 线下办件), 自然人办件数 over two head rows, one row per region of the data
     * given (the `appendices.platform.rows` of a gov-service-monthly issue), and a 合计 row.
     */
    public static byte[] platform(JsonNode rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("一体化平台");
            Row top = sheet.createRow(0);
            Row second = sheet.createRow(1);
            String[] above = {"地区", "办件量", null, null, "办理渠道", null, "自然人办件数"};
            String[] below = {null, "申请件数", "受理件数", "办结件数", "线上办件", "线下办件", null};
            for (int c = 0; c < above.length; c++) {
                top.createCell(c).setCellValue(above[c] == null ? "" : above[c]);
                second.createCell(c).setCellValue(below[c] == null ? "" : below[c]);
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 4, 5));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 6, 6));
            String[] fields = {"applied", "accepted", "completed", "online", "offline", "naturalPerson"};
            double[] totals = new double[fields.length];
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(rows.get(r).path("region").asString());
                for (int c = 0; c < fields.length; c++) {
                    double value = rows.get(r).path(fields[c]).asDouble();
                    row.createCell(c + 1).setCellValue(value);
                    totals[c] += value;
                }
            }
            Row total = sheet.createRow(rows.size() + 2);
            total.createCell(0).setCellValue("全州合计");
            for (int c = 0; c < fields.length; c++) {
                total.createCell(c + 1).setCellValue(totals[c]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** 地区 | 受理 | 办结 and five towns, their figures 1 to 5 in column C, and a 合计 row (row 7), before
     * {@code finish} adds what a test needs (a formula, an error, a merge). */
    public static java.util.function.Consumer<Workbook> fiveTowns(java.util.function.Consumer<Sheet> finish, boolean calculate) {
        return workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("地区");
            head.createCell(1).setCellValue("受理");
            head.createCell(2).setCellValue("办结");
            for (int r = 1; r <= 5; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("乡镇" + r);
                row.createCell(1).setCellValue(r * 2);
                row.createCell(2).setCellValue(r);
            }
            sheet.createRow(6).createCell(0).setCellValue("合计");
            finish.accept(sheet);
            if (calculate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
        };
    }
}
