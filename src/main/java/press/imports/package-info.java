/**
 * Tables brought in from the spreadsheets offices keep: an Excel workbook's sheets or a CSV file
 * (UTF-8 or the GB18030 that Chinese Excel writes) read into the JSON shape of a typed table
 * block — head rows and their merged cells as spans, numbers as numbers, 合计 rows as the foot —
 * for the staff page to show before the clerk applies it. Reading is bounded: the file's size,
 * the workbook's inflation ratio and entry sizes, the rows and columns a bulletin can hold.
 */
package press.imports;
