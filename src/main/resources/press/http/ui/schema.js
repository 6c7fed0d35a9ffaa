// What the staff page needs from a kind's JSON Schema: the schema a value is checked against
// (its $ref followed, allOf merged, the branch of each condition the value takes), a fresh value
// for a field, and a JSON path named by the schema's Chinese titles.
"use strict";

export const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

const TYPE_TESTS = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number",
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  object: isObject,
  array: Array.isArray,
  null: (v) => v === null,
};

function typeMatches(type, value) {
  return (Array.isArray(type) ? type : [type]).some((one) => TYPE_TESTS[one] && TYPE_TESTS[one](value));
}

/** What a field is edited as: object, array, enum, string, number, integer, boolean, or unknown (edited as JSON). */
export function kindOf(node) {
  if (node.enum) {
    return "enum";
  }
  const type = Array.isArray(node.type) ? node.type.find((one) => one !== "null") : node.type;
  if (type) {
    return type;
  }
  return node.properties ? "object" : node.items ? "array" : "unknown";
}

export const LEAVES = new Set(["enum", "string", "number", "integer", "boolean"]);

/** The value the tokens lead to ("a", 2, "b": data.a[2].b), undefined where the data have none. */
export function valueAt(data, tokens) {
  return tokens.reduce((value, token) => value === undefined || value === null ? undefined : value[token], data);
}

/** A field edited as one value: a leaf of the schema, and not an object or a list in the data. */
const single = (node, value) => LEAVES.has(kindOf(node)) && !isObject(value) && !Array.isArray(value);

/** The outer node's keys win (its title, its type); properties are merged, a branch's `true` keeping the outer schema. */
function merge(outer, inner) {
  const out = Object.assign({}, outer);
  for (const [key, value] of Object.entries(inner)) {
    if (key === "properties") {
      const properties = Object.assign({}, out.properties || {});
      for (const [name, schema] of Object.entries(value)) {
        const before = properties[name];
        properties[name] = schema === true && before ? before
          : isObject(before) && isObject(schema) ? Object.assign({}, schema, before) : schema;
      }
      out.properties = properties;
    } else if (key === "required") {
      out.required = [...new Set([...(out.required || []), ...value])];
    } else if (!(key in out)) {
      out[key] = value;
    }
  }
  return out;
}

export class KindSchema {
  constructor(root) {
    this.root = isObject(root) ? root : {};
  }

  /** The node with its local $ref followed; the referring node's own keys (title, description) win. */
  deref(node) {
    let current = node === true || node === undefined ? {} : node;
    for (let i = 0; isObject(current) && current.$ref && i < 20; i++) {
      const own = Object.assign({}, current);
      delete own.$ref;
      const target = (this.root.$defs || {})[current.$ref.replace("#/$defs/", "")];
      current = merge(own, isObject(target) ? target : {});
    }
    return isObject(current) ? current : {};
  }

  /** The schema that applies to this value: allOf merged, each if/then/else and oneOf resolved by the value. */
  effective(node, value, depth = 0) {
    const here = this.deref(node);
    let out = Object.assign({}, here);
    ["allOf", "if", "then", "else", "oneOf", "anyOf"].forEach((key) => delete out[key]);
    if (depth > 16) {
      return out;
    }
    const parts = [...(here.allOf || [])];
    if (here.if !== undefined) {
      const branch = this.matches(here.if, value) ? here.then : here.else;
      if (branch !== undefined) {
        parts.push(branch);
      }
    }
    const choices = here.oneOf || here.anyOf;
    if (choices && choices.length > 0) {
      parts.push(choices.find((choice) => this.matches(choice, value)) || choices[0]);
    }
    parts.forEach((part) => { out = merge(out, this.effective(part, value, depth + 1)); });
    return out;
  }

  /** The few keywords conditions and choices test (type, const, enum, required, properties), as JSON Schema reads them. */
  matches(condition, value) {
    if (condition === true || condition === undefined) {
      return true;
    }
    if (condition === false) {
      return false;
    }
    const c = this.deref(condition);
    if (c.type !== undefined && !typeMatches(c.type, value)) {
      return false;
    }
    if (c.const !== undefined && value !== c.const) {
      return false;
    }
    if (c.enum && !c.enum.includes(value)) {
      return false;
    }
    if (c.required && isObject(value) && !c.required.every((key) => key in value)) {
      return false;
    }
    if (c.properties && isObject(value)) {
      return Object.entries(c.properties).every(([key, sub]) => !(key in value) || this.matches(sub, value[key]));
    }
    return true;
  }

  /** A value for a field being added: its default, else the first choice, else empty (which the check then names). */
  fresh(node, value) {
    const n = this.effective(node, value);
    if (n.default !== undefined) {
      return JSON.parse(JSON.stringify(n.default));
    }
    const kind = kindOf(n);
    if (kind === "enum") {
      return n.enum[0];
    }
    if (kind === "object") {
      const made = isObject(value) ? value : {};
      const filled = this.effective(node, made);
      (filled.required || []).filter((key) => !(key in made))
        .forEach((key) => { made[key] = this.fresh((filled.properties || {})[key]); });
      return made;
    }
    if (kind === "array") {
      return n.minItems > 0 ? [this.fresh(n.items)] : [];
    }
    return kind === "boolean" ? false : "";
  }

  /** The values an array's items may take as their `type` (a generic bulletin's block kinds), if any. */
  typeChoices(node, depth = 0) {
    const n = this.deref(node);
    if (depth > 8) {
      return null;
    }
    if (n.properties && isObject(n.properties.type) && Array.isArray(n.properties.type.enum)) {
      return n.properties.type.enum;
    }
    for (const next of [n.then, n.else, ...(n.allOf || []), ...(n.oneOf || [])]) {
      const found = next === undefined ? null : this.typeChoices(next, depth + 1);
      if (found) {
        return found;
      }
    }
    return null;
  }

  /**
   * The columns of a list of records shown as a table — a field of fields as several ("请假·事假") —
   * or null when a field of some row is not one value (a list, a paragraph list, a block). Judged on
   * the rows given, or on the schema alone when there are none. Each column: its keys, its title,
   * the property's schema as written (`schema`) and as it applies (`field`), and whether it is required.
   */
  recordColumns(items, rows) {
    const columns = new Map();
    const add = (keys, title, schema, field, required) => {
      if (!columns.has(keys.join("."))) {
        columns.set(keys.join("."), { keys, title, schema, field, required });
      }
    };
    for (const row of rows.length > 0 ? rows : [{}]) {
      const record = this.effective(items, row);
      if (kindOf(record) !== "object" || !isObject(row)) {
        return null;
      }
      for (const [key, property] of Object.entries(record.properties || {})) {
        const field = this.effective(property, row[key]);
        if (kindOf(field) === "object") {
          for (const [inner, innerProperty] of Object.entries(field.properties || {})) {
            const value = isObject(row[key]) ? row[key][inner] : undefined;
            const leaf = this.effective(innerProperty, value);
            if (!single(leaf, value)) {
              return null;
            }
            add([key, inner], (field.title || key) + "·" + (leaf.title || inner), innerProperty, leaf, false);
          }
        } else if (single(field, row[key])) {
          add([key], field.title || key, property, field, (record.required || []).includes(key));
        } else {
          return null;
        }
      }
    }
    return [...columns.values()];
  }

  /** A JSON path ("$.a.b[2].c", "[*]" for every row) named by titles: "好差评统计 · 各部门评价 · 第3项 · 好评数". */
  label(path, data) {
    const tokens = parsePath(path);
    const names = [];
    let node = this.root;
    let value = data;
    for (const token of tokens) {
      const here = this.effective(node, value);
      if (typeof token === "number" || token === "*") {
        names.push(token === "*" ? "各项" : "第" + (token + 1) + "项");
        node = here.items;
      } else {
        const property = (here.properties || {})[token];
        const title = isObject(property) ? this.deref(property).title : undefined;
        names.push(title || token);
        node = property;
      }
      value = value === undefined || value === null || token === "*" ? undefined : value[token];
    }
    return names.join(" · ");
  }
}

/** "$.a.b[2].c" as ["a", "b", 2, "c"]; "[*]" as "*". */
export function parsePath(path) {
  return (String(path).replace(/^\$\.?/, "").match(/[^.[\]]+|\[(\d+|\*)\]/g) || [])
    .map((token) => token === "[*]" ? "*" : /^\[\d+\]$/.test(token) ? Number(token.slice(1, -1)) : token);
}

/** ["a", 2, "b"] as "$.a[2].b", the form the service names fields in. */
export function pathOf(tokens) {
  return "$" + tokens.map((token) => typeof token === "number" || token === "*" ? "[" + token + "]" : "." + token).join("");
}
