// An imported sheet put where it belongs: a kind's fixed table (an appendix's rows, a list of
// records) with the sheet's columns mapped onto the table's fields, or a generic bulletin's body
// as a table of its own. The clerk sees the rows as they will be before anything is applied.
"use strict";

import { isObject, kindOf, pathOf } from "./schema.js";
import { typedNumber } from "./controls.js";

/** The kind's tables of records the data has room for: arrays of objects whose fields are single values. */
export function tableTargets(schema, data) {
  const found = [];
  const walk = (node, value, tokens, depth) => {
    const here = schema.effective(node, value);
    if (depth > 6 || kindOf(here) !== "object" || !isObject(value)) {
      return;
    }
    for (const [key, property] of Object.entries(here.properties || {})) {
      const field = schema.effective(property, value[key]);
      if (kindOf(field) === "array" && (value[key] === undefined || Array.isArray(value[key]))) {
        const columns = schema.recordColumns(field.items, []);
        if (columns) {
          found.push({ tokens: [...tokens, key], label: schema.label(pathOf([...tokens, key]), data), columns });
        }
      } else if (key in value) {
        walk(property, value[key], [...tokens, key], depth + 1);
      }
    }
  };
  walk(schema.root, data, [], 0);
  return found;
}

/** Each sheet column's name: the texts of the head cells above it, top to bottom, spans spread out. */
export function sourceColumns(block) {
  const width = block.columns.length;
  const names = Array.from({ length: width }, () => []);
  const taken = block.head.map(() => new Array(width).fill(false));
  block.head.forEach((row, r) => {
    let c = 0;
    row.forEach((cell) => {
      while (c < width && taken[r][c]) {
        c++;
      }
      const text = isObject(cell) ? String(cell.text) : String(cell);
      const down = isObject(cell) ? cell.rowspan : 1;
      const across = isObject(cell) ? cell.colspan : 1;
      for (let dr = 0; dr < down && r + dr < taken.length; dr++) {
        for (let dc = 0; dc < across && c + dc < width; dc++) {
          taken[r + dr][c + dc] = true;
          if (dr === 0 && text.trim() && !names[c + dc].includes(text.trim())) {
            names[c + dc].push(text.trim());
          }
        }
      }
      c += across;
    });
  });
  return names.map((parts, i) => parts.length > 0 ? parts.join("·") : "第" + (i + 1) + "栏");
}

/** A column name without what names of counts end in (数, 件, 量…), so 受理件数 and 受理件 meet. */
const normal = (text) => text.replace(/[\s（）()·:：]/g, "").replace(/(?:人数|名称|数|件|量)+$/, "");

/** The sheet column for each field: the same name, else one name within the other; each sheet column used once. */
export function guessMapping(columns, sources) {
  const used = new Set();
  return columns.map((column) => {
    const want = normal(column.title.split("·").pop());
    const score = (source, i) => used.has(i) ? 0 : normal(source) === want ? 3
      : normal(source).endsWith(want) || want.endsWith(normal(source)) ? 2
        : normal(source).includes(want) || (normal(source).length > 1 && want.includes(normal(source))) ? 1 : 0;
    let best = -1;
    sources.forEach((source, i) => {
      if (score(source, i) > 0 && (best < 0 || score(source, i) > score(sources[best], best))) {
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
    }
    return best;
  });
}

/** A sheet value as the field takes it: numbers for counts, a rate as "99.84%" (a percent cell holds its fraction). */
export function fieldValue(schema, value) {
  const kind = kindOf(schema);
  const text = isObject(value) ? String(value.text) : value === null || value === undefined ? "" : String(value);
  if (text.trim() === "") {
    return undefined;
  }
  if (kind === "integer" || kind === "number") {
    return typedNumber(text);
  }
  if (typeof value === "number" && /%\$?$/.test(schema.pattern || "")) {
    const percent = Math.abs(value) <= 1 ? value * 100 : value;
    return String(Math.floor(Math.round(percent * 1e6) / 1e4) / 100) + "%";
  }
  return text.trim();
}

/** The body rows as records of the target, by the chosen mapping (-1: not imported). */
export function mappedRows(block, target, mapping) {
  return block.body.map((row) => {
    const cells = spread(row, block.columns.length);
    const record = {};
    target.columns.forEach((column, i) => {
      const value = mapping[i] < 0 ? undefined : fieldValue(column.field, cells[mapping[i]]);
      if (value === undefined && !column.required) {
        return;
      }
      const owner = column.keys.length > 1 ? (record[column.keys[0]] = record[column.keys[0]] || {}) : record;
      owner[column.keys.at(-1)] = value === undefined ? "" : value;
    });
    return record;
  });
}

/** A body row as one value per column: a cell spanning columns gives its value to the first, empty to the rest. */
function spread(row, width) {
  const cells = [];
  row.forEach((cell) => {
    cells.push(cell);
    for (let i = 1; i < (isObject(cell) ? cell.colspan : 1); i++) {
      cells.push("");
    }
  });
  while (cells.length < width) {
    cells.push("");
  }
  return cells;
}
