/**
 * Tables brought in from the spreadsheets offices keep: an Excel workbook's sheets (.xlsx, or
 * Excel 97–2003 .xls and the WPS .et that is one under another name) or a CSV file
 * (UTF-8 or the GB18030 that Chinese Excel writes) read into the JSON shape of a typed table
 * block — head rows and their merged cells as spans, numbers as numbers, 合计 rows as the foot —
 * for the staff page to show before the clerk applies it. Reading is bounded and costs what the
 * limits allow, not what a file claims: a workbook is streamed with POI's event API (an .xls
 * record by record, its shared strings one by one), never inflated whole, every limit (rows,
 * columns, cells, text, merged ranges, each zip entry's inflation) checked as it is read and the first excess refused as invalid data naming where;
 * merged ranges cost their corners, never their area; a CSV number is converted only when it has
 * no more digits than a figure.
 */
package press.imports;
