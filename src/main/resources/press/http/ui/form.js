// The data as a form made from the kind's JSON Schema: objects as fieldsets, lists of records as
// tables with a row each, blocks as their own fieldsets. Labels are the schema's titles; every
// control carries the JSON path the service names it by, so findings are shown beside it.
"use strict";

import { LEAVES, isObject, kindOf, parsePath, pathOf, valueAt } from "./schema.js";
import { CHOICE_NAMES, Controls } from "./controls.js";

/** Rows shown in a table: a sheet of thousands is edited in the JSON view. */
const SHOWN_ROWS = 300;

export class SchemaForm {
  /** onEdit(data) after every change a clerk makes. */
  constructor(container, onEdit) {
    this.container = container;
    this.controls = new Controls(this);
    this.onEdit = onEdit;
    this.schema = null;
    this.data = null;
  }

  show(schema, data) {
    this.schema = schema;
    this.data = data;
    this.rebuild();
  }

  /** Built again after a structural change (a row added or removed); focus goes back where it was. */
  rebuild(focus) {
    const form = isObject(this.data) ? this.objectBody(this.schema.effective(this.schema.root, this.data), this.data, [])
      : [this.controls.json(this.data, [], "数据")];
    this.container.replaceChildren(...form);
    const target = focus && this.container.querySelector("[data-focus=\"" + CSS.escape(focus) + "\"]");
    if (target) {
      target.focus();
    }
  }

  /** The control showing a path, else the nearest shown field holding it ("[*]" paths: a table's column head). */
  locate(path) {
    let tokens = parsePath(path);
    for (;;) {
      const found = this.container.querySelector("[data-path=\"" + CSS.escape(pathOf(tokens)) + "\"]");
      if (found || tokens.length === 0) {
        return found;
      }
      tokens = tokens.slice(0, -1);
    }
  }

  focus(path) {
    const target = this.locate(path);
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
  }

  /** Each finding ({severity, paths, text}) beside the first field it names; every named field marked invalid. */
  mark(findings) {
    this.container.querySelectorAll(".finding").forEach((note) => note.remove());
    this.container.querySelectorAll("tr.findings").forEach((row) => row.remove());
    this.container.querySelectorAll("[aria-invalid]").forEach((control) => {
      control.removeAttribute("aria-invalid");
      control.removeAttribute("aria-describedby");
      delete control.dataset.severity;
    });
    findings.forEach((finding, i) => {
      const note = document.createElement("div");
      note.className = "finding " + finding.severity;
      note.id = "finding-" + i;
      note.textContent = finding.text;
      finding.paths.forEach((path, j) => {
        const control = this.locate(path);
        if (!control) {
          return;
        }
        control.setAttribute("aria-invalid", "true");
        if (control.dataset.severity !== "error") {
          control.dataset.severity = finding.severity;
        }
        const described = control.getAttribute("aria-describedby");
        control.setAttribute("aria-describedby", described ? described + " " + note.id : note.id);
        if (j === 0) {
          this.place(note, control);
        }
      });
    });
  }

  /** Under a field; under a table's row, across the table, for a cell; under a fieldset's legend. */
  place(note, control) {
    const row = control.closest("tbody tr");
    if (row) {
      let findings = row.nextElementSibling;
      if (!findings || !findings.classList.contains("findings")) {
        findings = document.createElement("tr");
        findings.className = "findings";
        const cell = document.createElement("td");
        cell.colSpan = row.cells.length;
        findings.append(cell);
        row.after(findings);
      }
      findings.cells[0].append(note);
    } else if (control.tagName === "TH") {
      control.closest("table").before(note);
    } else if (control.tagName === "FIELDSET") {
      control.insertBefore(note, control.children[1] || null);
    } else {
      control.after(note);
    }
  }

  get(tokens) {
    return valueAt(this.data, tokens);
  }

  set(tokens, value) {
    if (tokens.length === 0) {
      this.data = value;
    } else {
      this.get(tokens.slice(0, -1))[tokens[tokens.length - 1]] = value;
    }
    this.onEdit(this.data);
  }

  remove(tokens) {
    this.removeQuietly(tokens);
    this.onEdit(this.data);
  }

  /**
   * A deletion: asked first and made undoable by the page where it says how (onRemove(what),
   * resolving whether to go on), then made as any change of shape.
   */
  async removing(what, change, focus) {
    if (this.onRemove && !await this.onRemove(what)) {
      return;
    }
    this.restructure(change, focus);
  }

  /** A change of shape: the data changed, then the form made again with focus on the named control. */
  restructure(change, focus) {
    change();
    this.onEdit(this.data);
    this.rebuild(focus);
  }

  field(node, value, tokens, title, required) {
    const here = this.schema.effective(node, value);
    const name = here.title || title || String(tokens[tokens.length - 1]);
    const kind = kindOf(here);
    if ((kind === "object" || kind === "array") && value === undefined) {
      // a required group the data lack: added (with its own required fields) before it is filled in
      const line = document.createElement("div");
      line.className = "optional";
      line.dataset.path = pathOf(tokens);
      line.append(name + "：尚未填写 ", this.controls.adder(name, tokens,
        () => this.set(tokens, this.schema.fresh(node))));
      return line;
    }
    if (kind === "object" && isObject(value)) {
      return this.object(here, value, tokens, name, required);
    }
    if (kind === "array" && Array.isArray(value)) {
      return this.array(here, value, tokens, name, required);
    }
    if (LEAVES.has(kind) && !isObject(value) && !Array.isArray(value)) {
      return this.controls.labelled(here, value, tokens, name, required);
    }
    return this.controls.json(value, tokens, name, required);
  }

  object(node, value, tokens, name, required) {
    const box = document.createElement("fieldset");
    box.dataset.path = pathOf(tokens);
    box.append(this.legend(name, tokens, required), ...this.objectBody(node, value, tokens));
    return box;
  }

  /** Present and required properties as fields; the optional others as buttons that add them; unknown ones as JSON. */
  objectBody(node, value, tokens) {
    const properties = node.properties || {};
    const required = new Set(node.required || []);
    const parts = [];
    const optional = [];
    for (const [key, schema] of Object.entries(properties)) {
      if (key in value || required.has(key)) {
        parts.push(this.field(schema, value[key], [...tokens, key], key, required.has(key)));
      } else if (!(node.properties[key] === true)) {
        optional.push(this.controls.adder(this.schema.deref(schema).title || key, [...tokens, key],
          () => { value[key] = this.schema.fresh(schema); }));
      }
    }
    Object.keys(value).filter((key) => !(key in properties))
      .forEach((key) => parts.push(this.controls.json(value[key], [...tokens, key], key, false)));
    if (optional.length > 0) {
      const line = document.createElement("div");
      line.className = "optional";
      line.append("可添加：", ...optional);
      parts.push(line);
    }
    return parts;
  }

  legend(name, tokens, required) {
    const legend = document.createElement("legend");
    legend.textContent = name;
    if (!required && tokens.length > 0 && typeof tokens[tokens.length - 1] !== "number") {
      legend.append(this.controls.button("移除", "移除" + name, tokens, "remove",
        () => this.removing(name, () => this.removeQuietly(tokens), pathOf(tokens.slice(0, -1)))));
    }
    return legend;
  }

  /** The value taken out of its object or list; the caller says when the data changed. */
  removeQuietly(tokens) {
    const parent = this.get(tokens.slice(0, -1));
    const last = tokens[tokens.length - 1];
    if (Array.isArray(parent)) {
      parent.splice(last, 1);
    } else {
      delete parent[last];
    }
  }

  array(node, value, tokens, name, required) {
    const box = document.createElement("fieldset");
    box.className = "list";
    box.dataset.path = pathOf(tokens);
    box.append(this.legend(name, tokens, required));
    const rows = value.map((item) => this.schema.effective(node.items, item));
    const columns = value.length > 0 ? this.schema.recordColumns(node.items, value) : null;
    if (columns) {
      box.append(this.controls.grid(node, value, tokens, columns, SHOWN_ROWS));
    } else if (rows.length > 0 && rows.every((row, i) => kindOf(row) === "array" && Array.isArray(value[i]))) {
      box.append(this.controls.matrix(node, value, tokens, SHOWN_ROWS));
    } else {
      value.slice(0, SHOWN_ROWS).forEach((item, i) => box.append(this.item(node, value, item, [...tokens, i])));
    }
    if (value.length > SHOWN_ROWS) {
      const more = document.createElement("p");
      more.className = "hint";
      more.textContent = "另有 " + (value.length - SHOWN_ROWS) + " 项，请在 JSON 中编辑";
      box.append(more);
    }
    box.append(this.adders(node, value, tokens));
    return box;
  }

  /** One item of a list that is not a table: its own fieldset with buttons to move and remove it. */
  item(node, list, value, tokens) {
    const index = tokens[tokens.length - 1];
    const box = document.createElement("div");
    box.className = "item";
    const type = isObject(value) && typeof value.type === "string" ? CHOICE_NAMES[value.type] || value.type : "";
    const name = "第" + (index + 1) + "项" + (type ? "：" + type : "");
    const buttons = [
      this.controls.button("上移", name + "上移", tokens, "up", () => this.move(tokens, -1)),
      this.controls.button("下移", name + "下移", tokens, "down", () => this.move(tokens, 1)),
      this.controls.button("删除", "删除" + name, tokens, "delete",
        () => this.removing(name, () => list.splice(index, 1), pathOf(tokens.slice(0, -1)) + "#add"))];
    const field = this.field(node.items, value, tokens, name, true);
    const legend = field.tagName === "FIELDSET" ? field.querySelector(":scope > legend") : null;
    if (legend) {
      // a record or a block: its legend names it and carries the buttons
      legend.textContent = name;
      legend.append(...buttons);
    } else {
      // a single value: the buttons after it, on its line
      field.classList.add("with-buttons");
      field.append(...buttons);
    }
    box.append(field);
    return box;
  }

  move(tokens, by) {
    const list = this.get(tokens.slice(0, -1));
    const from = tokens[tokens.length - 1];
    const to = from + by;
    if (to < 0 || to >= list.length) {
      return;
    }
    this.restructure(() => list.splice(to, 0, list.splice(from, 1)[0]),
      pathOf([...tokens.slice(0, -1), to]) + "#" + (by < 0 ? "up" : "down"));
  }

  /** "添加一项", or a choice of block kinds with "添加" when the items say what they are by their type. */
  adders(node, value, tokens) {
    const line = document.createElement("div");
    line.className = "row";
    const choices = this.schema.typeChoices(node.items);
    const add = (made) => this.restructure(() => value.push(made()), pathOf(tokens) + "#add");
    const last = value[value.length - 1];
    if (Array.isArray(last)) {
      // a table's new row: as many empty cells as the last row spans
      const width = last.reduce((sum, cell) => sum + (isObject(cell) && cell.colspan ? cell.colspan : 1), 0);
      line.append(this.controls.button("添加一行", "添加一行", tokens, "add", () => add(() => Array(width).fill(""))));
      return line;
    }
    if (choices) {
      const select = document.createElement("select");
      select.setAttribute("aria-label", "新一项的类型");
      choices.forEach((choice) => select.append(new Option(CHOICE_NAMES[choice] || choice, choice)));
      line.append(select, this.controls.button("添加", "添加一项", tokens, "add",
        () => add(() => this.schema.fresh(node.items, { type: select.value }))));
    } else {
      line.append(this.controls.button("添加一项", "添加一项", tokens, "add", () => add(() => this.schema.fresh(node.items))));
    }
    return line;
  }
}
