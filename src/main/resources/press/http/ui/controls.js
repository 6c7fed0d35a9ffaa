// The form's controls: one per value, each with the JSON path of its value (data-path) and a
// focus key that survives the form being built again. Values are written into the data as typed:
// what is not a number where a number belongs stays text, so the check names it at its field.
"use strict";

import { isObject, kindOf, pathOf } from "./schema.js";

/** The schemas' English choices as a clerk reads them; the data keep the schema's values. */
export const CHOICE_NAMES = { text: "文字", number: "数字", auto: "自动", portrait: "竖排", landscape: "横排",
  column: "柱形图", bar: "条形图", line: "折线图", pie: "饼图", paragraph: "段落", heading: "小标题", list: "列表",
  table: "表格", image: "图片", pageBreak: "分页", chart: "图表", trend: "走势图" };

let counter = 0;
const nextId = () => "f" + (++counter);

/** Digits as a clerk types them (thousands commas, full-width digits, spaces) as a number; anything else stays text. */
export function typedNumber(text) {
  const plain = text.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/[,，\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** A paragraph is edited in a box of several lines; everything shorter (a name, a date, a rate) on one. */
const isLine = (node) => !(node.maxLength > 500);

export class Controls {
  constructor(form) {
    this.form = form;
  }

  button(text, label, tokens, action, onClick) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.setAttribute("aria-label", label);
    button.dataset.focus = pathOf(tokens) + "#" + action;
    button.addEventListener("click", onClick);
    return button;
  }

  adder(title, tokens, add) {
    return this.button("+ " + title, "添加" + title, tokens, "add",
      () => this.form.restructure(add, pathOf(tokens)));
  }

  /** A single value with its label before it. */
  labelled(node, value, tokens, name, required) {
    const line = document.createElement("div");
    line.className = "field";
    const control = this.leaf(node, value, tokens, required);
    const label = document.createElement("label");
    label.htmlFor = control.id;
    label.textContent = name + (required ? "" : "（选填）");
    line.append(label, control);
    return line;
  }

  /** The control for a single value: a choice, a tick, a line, a paragraph, or a picture. */
  leaf(node, value, tokens, required, label) {
    const kind = kindOf(node);
    let control;
    if (kind === "string" && /^\^data:image/.test(node.pattern || "")) {
      return this.picture(value, tokens, required, label);
    }
    if (kind === "enum") {
      control = document.createElement("select");
      if (!required || !node.enum.includes(value)) {
        control.append(new Option(node.enum.includes(value) || value === undefined ? "" : String(value), ""));
      }
      node.enum.forEach((choice) => control.append(new Option(CHOICE_NAMES[choice] || String(choice), String(choice))));
      control.value = node.enum.includes(value) ? String(value) : "";
      control.addEventListener("change", () => this.write(tokens, control.value === "" ? undefined
        : node.enum.find((choice) => String(choice) === control.value), required));
    } else if (kind === "boolean") {
      control = document.createElement("input");
      control.type = "checkbox";
      control.checked = value === true;
      control.addEventListener("change", () => this.write(tokens, control.checked, required));
    } else {
      const numeric = kind === "number" || kind === "integer";
      control = document.createElement(numeric || isLine(node) ? "input" : "textarea");
      if (control.tagName === "INPUT") {
        control.type = "text";
        if (numeric) {
          control.inputMode = "decimal";
          control.className = "number";
        }
      } else {
        control.rows = 3;
      }
      control.value = value === undefined || value === null ? "" : String(value);
      control.addEventListener("input", () => {
        const text = control.value;
        this.write(tokens, text === "" && !required ? undefined : numeric ? typedNumber(text) : text, required);
      });
    }
    return this.mark(control, tokens, node.description, label);
  }

  mark(control, tokens, description, label) {
    control.id = nextId();
    control.dataset.path = pathOf(tokens);
    control.dataset.focus = pathOf(tokens);
    if (description) {
      control.title = description;
    }
    if (label) {
      control.setAttribute("aria-label", label);
    }
    return control;
  }

  /** Written as typed; an optional field left empty is taken out of the data. */
  write(tokens, value, required) {
    if (value === undefined && !required) {
      if (this.form.get(tokens) !== undefined) {
        this.form.remove(tokens);
      }
    } else {
      this.form.set(tokens, value);
    }
  }

  /** A PNG or JPEG chosen from a file, kept as the data URI the schema asks for. */
  picture(value, tokens, required, label) {
    const box = document.createElement("div");
    box.className = "picture";
    if (typeof value === "string" && value.startsWith("data:image/")) {
      const image = document.createElement("img");
      image.src = value;
      image.alt = "已选图片";
      box.append(image, "（" + Math.round(value.length * 3 / 4 / 1024) + " KB）");
    }
    const input = this.mark(document.createElement("input"), tokens, "PNG 或 JPEG 图片", label);
    input.type = "file";
    input.accept = "image/png,image/jpeg";
    input.addEventListener("change", () => {
      const file = input.files[0];
      if (!file) {
        return;
      }
      const reader = new FileReader();
      reader.onload = () => this.form.restructure(() => this.form.set(tokens, reader.result), pathOf(tokens));
      reader.readAsDataURL(file);
    });
    box.append(input);
    return box;
  }

  /** What the form cannot show as fields (a value of the wrong shape, an unknown property): its JSON, edited as text. */
  json(value, tokens, name, required) {
    const line = document.createElement("div");
    line.className = "field";
    const area = this.mark(document.createElement("textarea"), tokens);
    area.className = "json";
    area.rows = 3;
    area.value = value === undefined ? "" : JSON.stringify(value, null, 1);
    const label = document.createElement("label");
    label.htmlFor = area.id;
    label.textContent = name + "（JSON）";
    area.addEventListener("input", () => {
      try {
        this.write(tokens, area.value.trim() === "" ? undefined : JSON.parse(area.value), required);
        area.removeAttribute("aria-invalid");
      } catch (e) {
        area.setAttribute("aria-invalid", "true");
      }
    });
    line.append(label, area);
    return line;
  }

  /** Records as a table: a row each, a column per field (a field of fields as several), 添加一行 and 删除 per row. */
  grid(node, rows, tokens, columns, shown) {
    const table = this.table(tokens, ["序号", ...columns.map((column) => column.title), "操作"],
      columns.map((column) => pathOf([...tokens, "*", ...column.keys])));
    const body = document.createElement("tbody");
    rows.slice(0, shown).forEach((row, i) => {
      const line = document.createElement("tr");
      line.append(this.cell(String(i + 1)));
      columns.forEach((column) => {
        const cell = document.createElement("td");
        const keys = [...tokens, i, ...column.keys];
        const owner = column.keys.length > 1 ? row[column.keys[0]] : row;
        const schema = this.form.schema.effective(column.schema, owner === undefined ? undefined : owner[column.keys.at(-1)]);
        const required = column.keys.length === 1 && (this.form.schema.effective(node.items, row).required || [])
          .includes(column.keys[0]);
        if (column.keys.length > 1 && !isObject(owner)) {
          cell.append(this.button("+", "添加" + column.title, keys, "add",
            () => this.form.restructure(() => { row[column.keys[0]] = {}; }, pathOf(keys))));
        } else {
          cell.append(this.leaf(schema, owner[column.keys.at(-1)], keys, required, column.title + "（第" + (i + 1) + "行）"));
        }
        line.append(cell);
      });
      line.append(this.rowRemover(rows, tokens, i));
      body.append(line);
    });
    table.append(body);
    return this.scroller(table);
  }

  /** Rows of cells (a generic table's head, body or foot): a cell that spans keeps its span, its text edited. */
  matrix(node, rows, tokens, shown) {
    const width = Math.max(...rows.map((row) => row.length));
    const table = this.table(tokens, ["序号", ...Array.from({ length: width }, (_, i) => "第" + (i + 1) + "栏"), "操作"], []);
    const body = document.createElement("tbody");
    rows.slice(0, shown).forEach((row, i) => {
      const line = document.createElement("tr");
      line.append(this.cell(String(i + 1)));
      row.forEach((value, j) => {
        const cell = document.createElement("td");
        const keys = isObject(value) ? [...tokens, i, j, "text"] : [...tokens, i, j];
        const text = isObject(value) ? value.text : value;
        const input = this.mark(document.createElement("input"), keys, undefined, "第" + (i + 1) + "行第" + (j + 1) + "栏");
        input.type = "text";
        input.value = text === undefined || text === null ? "" : String(text);
        input.addEventListener("input", () => this.form.set(keys, typeof text === "string" && text !== ""
          ? input.value : typedNumber(input.value)));
        if (isObject(value)) {
          cell.colSpan = value.colspan || 1;
          cell.title = "合并单元格";
        }
        cell.append(input);
        line.append(cell);
      });
      line.append(this.rowRemover(rows, tokens, i));
      body.append(line);
    });
    table.append(body);
    return this.scroller(table);
  }

  table(tokens, heads, paths) {
    const table = document.createElement("table");
    table.className = "grid";
    table.dataset.path = pathOf(tokens);
    const head = document.createElement("tr");
    heads.forEach((text, i) => {
      const cell = document.createElement("th");
      cell.scope = "col";
      cell.textContent = text;
      if (i > 0 && paths[i - 1]) {
        cell.dataset.path = paths[i - 1];
      }
      head.append(cell);
    });
    const thead = document.createElement("thead");
    thead.append(head);
    table.append(thead);
    return table;
  }

  cell(text) {
    const cell = document.createElement("td");
    cell.textContent = text;
    return cell;
  }

  rowRemover(rows, tokens, i) {
    const cell = document.createElement("td");
    cell.append(this.button("删除", "删除第" + (i + 1) + "行", [...tokens, i], "delete",
      () => this.form.removing("第" + (i + 1) + "行", () => rows.splice(i, 1), pathOf(tokens) + "#add")));
    return cell;
  }

  scroller(table) {
    const box = document.createElement("div");
    box.className = "scroll";
    box.append(table);
    return box;
  }
}

