// An imported sheet on the page: the table as read (head with its spans, body, 合计 rows), where it
// can go, the column mapping onto a kind's table with the rows as they will be, then "apply".
"use strict";

import { guessMapping, mappedRows, sourceColumns, tableTargets } from "./mapping.js";
import { isObject, pathOf, valueAt } from "./schema.js";

const element = (tag, text, attributes) => {
  const made = document.createElement(tag);
  if (text !== undefined) {
    made.textContent = text;
  }
  Object.entries(attributes || {}).forEach(([name, value]) => made.setAttribute(name, value));
  return made;
};

const IMPORT_FORMATS = {
  csv: "text/csv",
  xls: "application/vnd.ms-excel",
  // WPS's .et is an .xls under another name: the server reads it so and says so when it cannot
  et: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** How a file goes to POST /import: its format by its name's extension (.xlsx when none fits) and its content type. */
export function importFormat(fileName) {
  const extension = (/\.([^.]*)$/.exec(fileName.toLowerCase()) || [])[1];
  const format = Object.hasOwn(IMPORT_FORMATS, extension) ? extension : "xlsx";
  return { format, contentType: IMPORT_FORMATS[format] };
}

/** The sheet as read: head cells with their spans, the body, the 合计 rows. */
function sheetTable(block) {
  const table = element("table");
  [["head", "thead", "th"], ["body", "tbody", "td"], ["foot", "tfoot", "td"]].forEach(([part, section, tag]) => {
    const group = element(section);
    block[part].forEach((row) => {
      const line = element("tr");
      row.forEach((cell) => {
        const made = element(tag, isObject(cell) ? String(cell.text) : String(cell));
        if (isObject(cell)) {
          made.rowSpan = cell.rowspan;
          made.colSpan = cell.colspan;
        }
        line.append(made);
      });
      group.append(line);
    });
    table.append(group);
  });
  return table;
}

/**
 * One imported sheet with its destinations. page: { schema, data() (throws without data), apply(tokens, rows, note),
 * addBlock(block, note) }.
 */
export function importedSheet(imported, page) {
  const block = imported.block;
  const box = element("figure", undefined, { class: "imported" });
  box.append(element("figcaption", "工作表“" + imported.sheet + "”：表头 " + block.head.length + " 行，正文 "
    + block.body.length + " 行，合计 " + block.foot.length + " 行"), sheetTable(block));
  let data = null;
  try {
    data = page.data();
  } catch (ignored) {
    // no data yet: only the generic destination is offered, and it says to load data first
  }
  const targets = data && page.schema ? tableTargets(page.schema, data) : [];
  const destination = element("select", undefined, { "aria-label": "导入到" });
  // nothing is chosen for the clerk: a wrong default once replaced a list that had nothing to do with the sheet
  destination.append(new Option("（请选择导入到哪个表格）", ""));
  if (data === null || Array.isArray(data.sections)) {
    destination.append(new Option("作为表格加入正文（最后一节）", "body"));
  }
  targets.forEach((target, i) => destination.append(new Option(target.label, String(i))));
  const mapping = element("div", undefined, { class: "mapping" });
  const line = element("div", undefined, { class: "row" });
  line.append(element("label", "导入到"), destination);
  box.append(line, mapping);
  const show = () => {
    if (destination.value === "") {
      mapping.replaceChildren();
      return;
    }
    mapping.replaceChildren(destination.value === "body" ? bodyDestination(block, imported.sheet, page)
      : recordDestination(block, imported.sheet, targets[Number(destination.value)], page));
  };
  destination.addEventListener("change", show);
  if (destination.options.length === 1) {
    box.append(element("p", "这一种类没有可导入的表格", { class: "status" }));
  }
  return box;
}

function bodyDestination(block, sheet, page) {
  const apply = element("button", "加入正文", { type: "button" });
  apply.addEventListener("click", () => {
    const table = Object.assign({}, block);
    if (table.foot.length === 0) {
      delete table.foot;
    }
    page.addBlock(table, "已把工作表“" + sheet + "”加入最后一节的正文");
  });
  return apply;
}

/** The fields of the target beside a choice of sheet column each, the first rows as they will be, and 替换. */
function recordDestination(block, sheet, target, page) {
  const sources = sourceColumns(block);
  const chosen = guessMapping(target.columns, sources);
  const part = element("div");
  const grid = element("div", undefined, { class: "row mapping-columns" });
  const preview = element("div", undefined, { class: "scroll" });
  const apply = element("button", "", { type: "button", class: "apply" });
  const refresh = () => {
    const rows = mappedRows(block, target, chosen);
    preview.replaceChildren(previewTable(target, rows.slice(0, 5)));
    apply.textContent = "用这 " + rows.length + " 行替换“" + target.label + "”";
    apply.onclick = () => page.apply(target.tokens, rows,
      "已把工作表“" + sheet + "”的 " + rows.length + " 行填入“" + target.label + "”（合计行未导入，由简报计算和校对）");
  };
  target.columns.forEach((column, i) => {
    const field = element("label", column.title + " ← ");
    const select = element("select", undefined, { "data-field": pathOf(column.keys) });
    select.append(new Option("（不导入）", "-1"));
    sources.forEach((source, j) => select.append(new Option(source, String(j))));
    select.value = String(chosen[i]);
    select.addEventListener("change", () => { chosen[i] = Number(select.value); refresh(); });
    field.append(select);
    grid.append(field);
  });
  part.append(element("p", "各栏对应（可改）：", { class: "hint" }), grid, element("p", "导入后的前 5 行：", { class: "hint" }),
    preview, apply);
  refresh();
  return part;
}

function previewTable(target, rows) {
  const table = element("table", undefined, { class: "mapped" });
  const head = element("tr");
  target.columns.forEach((column) => head.append(element("th", column.title)));
  const thead = element("thead");
  thead.append(head);
  const body = element("tbody");
  rows.forEach((row) => {
    const line = element("tr");
    target.columns.forEach((column) => {
      const value = valueAt(row, column.keys);
      line.append(element("td", value === undefined ? "" : String(value)));
    });
    body.append(line);
  });
  table.append(thead, body);
  return table;
}
