// The staff page: a client of the service's own API, nothing more. Data is never written into
// the page as HTML (textContent only), the archive token lives in this page's memory alone.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { kinds: [], token: "", previewUrl: null, checkTimer: null, previewTimer: null, sequence: 0,
  previous: null, previousPeriod: "", schema: null };

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) {
    headers["Authorization"] = "Bearer " + state.token;
  }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try {
      const body = await response.json();
      message = body.message || body.error || message;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

function say(id, text, kind) {
  const element = $(id);
  element.textContent = text;
  element.dataset.kind = kind || "";
}

function currentData() {
  return JSON.parse($("data").value);
}

function envelope(format, extra) {
  return JSON.stringify(Object.assign({ template: $("kind").value, variant: $("variant").value, format: format,
    data: currentData() }, extra || {}));
}

async function loadKinds() {
  const body = await (await api("/templates")).json();
  state.kinds = body.templates;
  const select = $("kind");
  select.replaceChildren(...state.kinds.map((kind) => new Option(kind.title + "（" + kind.name + "）", kind.name)));
  fillVariants();
}

async function loadSchema() {
  state.schema = null;
  try {
    state.schema = (await (await api("/templates/" + encodeURIComponent($("kind").value))).json()).schema;
  } catch (ignored) {
    // without the schema, fields are named by their paths
  }
}

/** A schema node with its $ref followed (local definitions only). */
function resolved(node) {
  let current = node;
  for (let i = 0; current && current.$ref && i < 10; i++) {
    current = state.schema.$defs ? state.schema.$defs[current.$ref.replace("#/$defs/", "")] : undefined;
  }
  return current;
}

/** A JSON path ("$.a.b[2].c" or "a.b") in the schema's Chinese titles: "好差评统计 · 第3行 · 好评数". */
function label(path) {
  if (!state.schema) {
    return path;
  }
  const tokens = path.replace(/^\$\.?/, "").match(/[^.[\]]+|\[\d+\]/g) || [];
  const names = [];
  let node = state.schema;
  for (const token of tokens) {
    const index = /^\[(\d+)\]$/.exec(token);
    const here = resolved(node);
    if (index) {
      names.push("第" + (Number(index[1]) + 1) + "项");
      node = here && here.items;
    } else {
      const property = here && here.properties && here.properties[token];
      names.push(property && property.title ? property.title : token);
      node = property;
    }
  }
  return names.join(" · ");
}

function fillVariants() {
  const kind = state.kinds.find((k) => k.name === $("kind").value);
  const select = $("variant");
  select.replaceChildren(...kind.variants.map((v) => {
    const option = new Option(v.name, v.name);
    option.title = v.description;
    return option;
  }));
  select.value = kind.defaultVariant;
}

async function loadExample() {
  const example = await (await api("/templates/" + encodeURIComponent($("kind").value) + "/example")).json();
  setData(example, "已载入示例数据");
}

function setData(data, message) {
  $("data").value = JSON.stringify(data, null, 2);
  say("compose-status", message, "ok");
  dataChanged();
}

/** The month after "yyyy-MM". */
function nextPeriod(period) {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? (year + 1) + "-01" : year + "-" + String(month + 1).padStart(2, "0");
}

async function fromLastMonth() {
  let region = "";
  try {
    region = currentData().region || "";
  } catch (ignored) {
    // no data yet: the latest issue of the kind, any region
  }
  const query = "/archive?template=" + encodeURIComponent($("kind").value) + "&limit=1"
    + (region ? "&region=" + encodeURIComponent(region) : "");
  const list = await (await api(query)).json();
  if (list.records.length === 0) {
    say("compose-status", "档案中还没有这一种类" + (region ? "（" + region + "）" : "") + "的简报", "warning");
    return;
  }
  const record = await (await api("/archive/" + list.records[0].id)).json();
  const data = record.data;
  if (typeof data.period === "string" && /^\d{4}-\d{2}$/.test(data.period)) {
    data.period = nextPeriod(data.period);
  }
  state.previous = record.data;
  state.previousPeriod = record.period;
  setData(data, "已从 " + record.period + " 期开始，期次改为 " + (data.period || "（无期次）") + "，请更新数字和文字");
}

function openFile(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  file.text().then((text) => {
    try {
      setData(JSON.parse(text), "已打开 " + file.name);
    } catch (e) {
      say("compose-status", file.name + " 不是有效的 JSON：" + e.message, "error");
    }
  });
}

const MAX_IMPORT = 5 * 1024 * 1024;

async function importTable(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  if (file.size > MAX_IMPORT) {
    say("compose-status", file.name + " 超过 5 MB，不能导入", "error");
    return;
  }
  try {
    const response = await api("/import?format=" + format + "&name=" + encodeURIComponent(file.name.replace(/\.[^.]*$/, "")),
      { method: "POST", headers: { "Content-Type": format === "csv" ? "text/csv"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, body: file });
    const body = await response.json();
    $("import-preview").replaceChildren(...body.tables.map(importedTable));
    say("compose-status", "已读取 " + file.name + "：" + body.tables.length + " 张表，请核对后加入", "ok");
  } catch (e) {
    say("compose-status", "无法导入 " + file.name + "：" + e.message, "error");
  } finally {
    event.target.value = "";
  }
}

/** An imported sheet shown as the table it will be, with a button that adds it to the data. */
function importedTable(imported) {
  const box = document.createElement("figure");
  box.className = "imported";
  const caption = document.createElement("figcaption");
  caption.textContent = "工作表“" + imported.sheet + "”：表头 " + imported.block.head.length + " 行，正文 "
    + imported.block.body.length + " 行，合计 " + imported.block.foot.length + " 行";
  const table = document.createElement("table");
  [["head", "th"], ["body", "td"], ["foot", "td"]].forEach(([part, tag]) => {
    const section = document.createElement(part === "head" ? "thead" : part === "body" ? "tbody" : "tfoot");
    imported.block[part].forEach((row) => {
      const line = document.createElement("tr");
      row.forEach((cell) => {
        const element = document.createElement(tag);
        if (cell !== null && typeof cell === "object") {
          element.textContent = cell.text;
          element.rowSpan = cell.rowspan;
          element.colSpan = cell.colspan;
        } else {
          element.textContent = String(cell);
        }
        line.append(element);
      });
      section.append(line);
    });
    table.append(section);
  });
  const apply = document.createElement("button");
  apply.type = "button";
  apply.textContent = "加入正文";
  apply.addEventListener("click", () => addTable(imported.block, imported.sheet));
  box.append(caption, table, apply);
  return box;
}

/** A generic bulletin takes an imported table as a block at the end of its last section. */
function addTable(block, sheet) {
  let data;
  try {
    data = currentData();
  } catch (e) {
    say("compose-status", "先载入或填写数据，再加入表格", "error");
    return;
  }
  if (!Array.isArray(data.sections) || data.sections.length === 0) {
    say("compose-status", "这一种类的表格有固定的栏目，目前只能把导入的表格加入通用简报（generic-bulletin）的正文", "warning");
    return;
  }
  const table = Object.assign({}, block);
  if (table.foot.length === 0) {
    delete table.foot;
  }
  data.sections[data.sections.length - 1].blocks.push(table);
  setData(data, "已把工作表“" + sheet + "”加入最后一节的正文");
}

/** The numbers of a data object that are not in a list (the headline figures), by path, three levels deep at most. */
function headlineFigures(value, path, out, depth) {
  if (typeof value === "number") {
    out.set(path, value);
  } else if (value && typeof value === "object" && !Array.isArray(value) && depth < 3) {
    Object.keys(value).forEach((key) => headlineFigures(value[key], path ? path + "." + key : key, out, depth + 1));
  }
  return out;
}

/** This headline figures beside the previous issue's: the change and its rate. */
function compare() {
  if (!state.previous) {
    return;
  }
  let now;
  try {
    now = headlineFigures(currentData(), "", new Map(), 0);
  } catch (e) {
    return;
  }
  const before = headlineFigures(state.previous, "", new Map(), 0);
  const head = document.createElement("tr");
  ["项目", "上期（" + state.previousPeriod + "）", "本期", "增减", "环比"].forEach((text) => {
    const cell = document.createElement("th");
    cell.textContent = text;
    head.append(cell);
  });
  const rows = [head];
  now.forEach((value, path) => {
    if (!before.has(path)) {
      return;
    }
    const old = before.get(path);
    const change = value - old;
    const row = document.createElement("tr");
    row.dataset.path = path;
    row.title = path;
    [label(path), String(old), String(value), (change > 0 ? "+" : "") + round(change),
      old === 0 ? "—" : (change > 0 ? "+" : "") + (change / old * 100).toFixed(1) + "%"].forEach((text) => {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.append(cell);
    });
    rows.push(row);
  });
  $("compare").replaceChildren(...rows);
  say("compare-status", "本期与 " + state.previousPeriod + " 期相比，共 " + (rows.length - 1) + " 项", "ok");
}

/** A difference without the float noise of binary arithmetic: at most four decimals, as typed. */
function round(number) {
  return String(Math.round(number * 10000) / 10000);
}

function dataChanged() {
  compare();
  clearTimeout(state.checkTimer);
  clearTimeout(state.previewTimer);
  state.checkTimer = setTimeout(check, 500);
  state.previewTimer = setTimeout(preview, 1500);
}

const SEVERITY = { error: "错误", warning: "提示" };

async function check() {
  let body;
  try {
    body = envelope("pdf");
  } catch (e) {
    say("check-status", "数据不是有效的 JSON：" + e.message, "error");
    $("findings").replaceChildren();
    return;
  }
  try {
    const report = await (await api("/lint", { method: "POST", headers: { "Content-Type": "application/json" },
      body: body })).json();
    showFindings(report.findings);
    say("check-status", report.errors === 0 && report.warnings === 0 ? "校对通过"
      : "错误 " + report.errors + " 处，提示 " + report.warnings + " 处", report.errors > 0 ? "error" : "ok");
  } catch (e) {
    $("findings").replaceChildren();
    say("check-status", "数据有误：" + e.message, "error");
  }
}

function showFindings(findings) {
  $("findings").replaceChildren(...findings.map((finding) => {
    const item = document.createElement("li");
    item.className = finding.severity;
    const head = document.createElement("strong");
    head.textContent = (SEVERITY[finding.severity] || finding.severity) + "：";
    const message = document.createElement("span");
    message.textContent = finding.message + (finding.expected ? "（应为 " + finding.expected + "，实为 " + finding.found + "）" : "");
    const path = document.createElement("div");
    path.className = "path";
    path.textContent = finding.paths.map((one) => label(one) + "（" + one + "）").join("、");
    item.append(head, message, path);
    return item;
  }));
}

async function render(format, extra) {
  const response = await api("/render", { method: "POST", headers: { "Content-Type": "application/json" },
    body: envelope(format, extra) });
  return response;
}

async function preview() {
  const sequence = ++state.sequence;
  say("preview-status", "正在排版……");
  try {
    const blob = await (await render("pdf")).blob();
    if (sequence !== state.sequence) {
      return;
    }
    if (state.previewUrl) {
      URL.revokeObjectURL(state.previewUrl);
    }
    state.previewUrl = URL.createObjectURL(blob);
    $("pdf").src = state.previewUrl;
    $("pdf").dataset.bytes = String(blob.size);
    say("preview-status", "预览已更新（" + Math.round(blob.size / 1024) + " KB）", "ok");
  } catch (e) {
    say("preview-status", "无法排版：" + e.message, "error");
  }
}

async function downloadDocx() {
  try {
    const blob = await (await render("docx")).blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = ($("kind").value) + ".docx";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    say("preview-status", "无法生成 DOCX：" + e.message, "error");
  }
}

async function publish() {
  state.token = $("token").value;
  say("publish-status", "正在发布……");
  try {
    const response = await api("/render?archive=true", { method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: envelope("pdf") });
    const record = await response.json();
    const status = $("publish-status");
    status.replaceChildren();
    status.append("已发布，档案编号 " + record.id + "：");
    const link = document.createElement("a");
    link.href = record.file;
    link.textContent = record.title + "（" + record.period + "）";
    status.append(link);
    status.dataset.kind = "ok";
    status.dataset.id = String(record.id);
  } catch (e) {
    say("publish-status", (e.status === 401 || e.status === 403 ? "口令不对或未给出：" : "未能发布：") + e.message, "error");
  }
}

async function search(event) {
  event.preventDefault();
  const query = $("query").value.trim();
  if (!query) {
    return;
  }
  try {
    const body = await (await api("/archive/search?q=" + encodeURIComponent(query))).json();
    const hits = body.records || body.hits || [];
    $("results").replaceChildren(...hits.map(resultItem));
    if (hits.length === 0) {
      const none = document.createElement("li");
      none.textContent = "没有找到";
      $("results").replaceChildren(none);
    }
  } catch (e) {
    const failed = document.createElement("li");
    failed.textContent = "检索失败：" + e.message;
    $("results").replaceChildren(failed);
  }
}

function resultItem(hit) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = hit.file;
  link.textContent = hit.title + "（" + hit.region + " " + hit.period + "）";
  const snippet = document.createElement("div");
  // «…» marks the matched text: shown highlighted, built from text nodes only
  (hit.snippet || "").split(/(«[^»]*»)/).forEach((part) => {
    if (part.startsWith("«") && part.endsWith("»")) {
      const mark = document.createElement("mark");
      mark.textContent = part.slice(1, -1);
      snippet.append(mark);
    } else {
      snippet.append(part);
    }
  });
  item.append(link, snippet);
  return item;
}

document.addEventListener("DOMContentLoaded", async () => {
  $("kind").addEventListener("change", () => { fillVariants(); loadSchema().then(dataChanged); });
  $("variant").addEventListener("change", dataChanged);
  $("data").addEventListener("input", dataChanged);
  $("load-example").addEventListener("click", () => loadExample().catch((e) => say("compose-status", e.message, "error")));
  $("from-last-month").addEventListener("click", () => fromLastMonth().catch((e) => say("compose-status", e.message, "error")));
  $("open-file").addEventListener("change", openFile);
  $("import-file").addEventListener("change", importTable);
  $("preview").addEventListener("click", preview);
  $("download-docx").addEventListener("click", downloadDocx);
  $("publish").addEventListener("click", publish);
  $("search-form").addEventListener("submit", search);
  try {
    await loadKinds();
    await loadSchema();
    document.body.dataset.ready = "true";
  } catch (e) {
    say("compose-status", "无法读取简报目录：" + e.message, "error");
  }
});
