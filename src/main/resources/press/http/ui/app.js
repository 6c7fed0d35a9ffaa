// The staff page: a client of the service's own API, nothing more. Data is never written into
// the page as HTML (textContent only), the archive token lives in this page's memory alone. The
// data are one object (state.data), edited in the form made from the kind's schema or as JSON.
"use strict";

import { KindSchema, isObject, parsePath, valueAt } from "./schema.js";
import { SchemaForm } from "./form.js";
import { CarriedOver } from "./carried.js";
import { importedSheet, importFormat } from "./importer.js";
import "./phrases.js";
import { accountHeaders, mayWithdraw, startAccounts } from "./accounts.js";
import { DraftDesk } from "./drafts.js";

const $ = (id) => document.getElementById(id);
const state = { kinds: [], token: "", previewUrl: null, checkTimer: null, previewTimer: null, sequence: 0,
  previous: null, previousPeriod: "", schema: new KindSchema({}), data: null, dataError: "尚无数据", form: null,
  findings: [] };

async function api(path, options = {}) {
  // the service answers failures in Chinese when asked so; programs that do not ask get English
  const headers = Object.assign({ "Accept-Language": "zh-CN" }, accountHeaders(options.method), options.headers || {});
  if (state.token) {
    headers["Authorization"] = "Bearer " + state.token;
  }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    let details;
    try {
      const body = await response.json();
      message = body.message || body.error || message;
      details = body.details;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    const error = new Error(message);
    error.status = response.status;
    error.details = details;
    throw error;
  }
  return response;
}

function say(id, text, kind) {
  const element = $(id);
  element.textContent = text;
  element.dataset.kind = kind || "";
}

/** The data being written; throws while the JSON view holds text that is not JSON. */
function currentData() {
  if (state.dataError) {
    throw new Error(state.dataError);
  }
  return state.data;
}

function envelope(format, extra) {
  return JSON.stringify(Object.assign({ template: $("kind").value, variant: $("variant").value, format: format,
    data: currentData() }, extra || {}));
}

async function loadKinds() {
  const body = await (await api("/templates")).json();
  state.kinds = body.templates;
  const select = $("kind");
  select.replaceChildren(...state.kinds.map((kind) => {
    const option = new Option(kind.title, kind.name);
    option.title = kind.description;
    return option;
  }));
  fillVariants();
}

async function loadSchema() {
  state.schema = new KindSchema({});
  try {
    state.schema = new KindSchema((await (await api("/templates/" + encodeURIComponent($("kind").value))).json()).schema);
  } catch (ignored) {
    // without the schema, fields are named by their paths and the data are edited as JSON
  }
  if (state.data !== null) {
    state.form.show(state.schema, state.data);
  }
}

/** A JSON path in the schema's Chinese titles: "好差评统计 · 各部门评价 · 第3项 · 好评数". */
function label(path) {
  return state.schema.label(path, state.data);
}

/** Variants by the titles their manifest gives (the catalogue falls back to the name), described in the tooltip. */
function fillVariants() {
  const kind = state.kinds.find((k) => k.name === $("kind").value);
  const select = $("variant");
  select.replaceChildren(...kind.variants.map((v) => {
    const option = new Option(v.title || v.name, v.name);
    option.title = v.description;
    return option;
  }));
  select.value = kind.defaultVariant;
}

async function loadExample() {
  const example = await (await api("/templates/" + encodeURIComponent($("kind").value) + "/example?variant="
    + encodeURIComponent($("variant").value))).json();
  await replaceData(() => example, "已载入示例数据", "示例数据");
}

/** New data (an example, last month's, a file, imported rows): the form made again, the JSON view and the rest follow. */
function setData(data, message) {
  state.form.show(state.schema, data);
  say("compose-status", message, "ok");
  formEdited(data);
}

/**
 * Data that replace what the clerk has (an example, last month's, a file, imported rows): asked
 * first where there is something to lose, and undoable once. {@code build} makes the new data,
 * and may change the current data in place: they are copied before it runs.
 */
async function replaceData(build, message, what) {
  const before = state.data === null || state.dataError ? null : structuredClone(state.data);
  if (before !== null && Object.keys(before).length > 0
      && !await ask(what + "将替换当前的数据。\n替换后可以用“撤销上一次替换”恢复。", "替换")) {
    say("compose-status", "已取消，数据未变", "ok");
    return false;
  }
  const data = build();
  state.carried.stop();
  state.undo = before;
  $("undo").hidden = before === null;
  setData(data, message);
  return true;
}

function undo() {
  if (state.undo === null || state.undo === undefined) {
    return;
  }
  const data = state.undo;
  state.undo = null;
  $("undo").hidden = true;
  state.carried.stop();
  setData(data, "已撤销上一次替换");
}

/** The JSON view edited: the data follow when the text is JSON; the form is made again when shown. */
function jsonEdited() {
  try {
    state.data = JSON.parse($("data").value);
    state.dataError = null;
  } catch (e) {
    state.dataError = "数据不是有效的 JSON：" + e.message;
  }
  dataChanged();
}

/** The form edited: the JSON view follows. */
function formEdited(data) {
  state.data = data;
  state.dataError = null;
  $("data").value = JSON.stringify(data, null, 2);
  dataChanged();
}

function showView(view) {
  if (view === "form" && state.dataError && state.data !== null) {
    say("compose-status", state.dataError + "；改正后才能切换到表单", "error");
    return;
  }
  ["form", "json"].forEach((one) => {
    $("view-" + one).setAttribute("aria-selected", String(one === view));
    $("view-" + one).tabIndex = one === view ? 0 : -1;
    $(one === "form" ? "form" : "json-view").hidden = one !== view;
  });
  if (view === "form" && state.data !== null) {
    state.form.show(state.schema, state.data);
    markFindings();
  }
}

/** The month after "yyyy-MM". */
function nextPeriod(period) {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? (year + 1) + "-01" : year + "-" + String(month + 1).padStart(2, "0");
}

/** A row or item about to be deleted from the form: asked first, and undoable as a replacement is. */
async function removing(what) {
  if (!await ask("将删除" + what + "。\n删除后可以用“撤销上一次替换”恢复。", "删除")) {
    say("compose-status", "已取消，数据未变", "ok");
    return false;
  }
  state.undo = structuredClone(state.data);
  $("undo").hidden = false;
  say("compose-status", "已删除" + what + "（可撤销）", "ok");
  return true;
}

/** A draft opened from the list: its kind and variant chosen, its data in place of the current (asked first, undoable). */
async function openDraft(kind, variant, data, message, what) {
  if (!await replaceData(() => data, message, what)) {
    return false;
  }
  if ($("kind").value !== kind) {
    $("kind").value = kind;
    fillVariants();
    await loadSchema();
  }
  if (variant) {
    $("variant").value = variant;
  }
  return true;
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
  state.previous = structuredClone(record.data); // the form edits the data in place: last month stays as it was
  state.previousPeriod = record.period;
  if (await replaceData(() => data, "已从 " + record.period + " 期开始，期次改为 " + (data.period || "（无期次）")
    + "，请更新数字和文字", record.period + " 期的简报")) {
    state.carried.start(state.previous);
  }
}

function openFile(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  file.text().then((text) => {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      say("compose-status", file.name + " 不是有效的 JSON：" + e.message, "error");
      return;
    }
    replaceData(() => data, "已打开 " + file.name, "文件 " + file.name);
  });
}

const MAX_IMPORT = 5 * 1024 * 1024;

async function importTable(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  const { format, contentType } = importFormat(file.name);
  if (file.size > MAX_IMPORT) {
    say("compose-status", file.name + " 超过 5 MB，不能导入", "error");
    return;
  }
  try {
    const response = await api("/import?format=" + format + "&name=" + encodeURIComponent(file.name.replace(/\.[^.]*$/, "")),
      { method: "POST", headers: { "Content-Type": contentType }, body: file });
    const body = await response.json();
    $("import-preview").replaceChildren(...body.tables.map((table) => importedSheet(table, importTargets)));
    say("compose-status", "已读取 " + file.name + "：" + body.tables.length + " 张表，请核对后加入", "ok");
  } catch (e) {
    say("compose-status", "无法导入 " + file.name + "：" + e.message, "error");
  } finally {
    event.target.value = "";
  }
}

/** The rows an import will replace, named by their first text: "（替换现有 13 行：马尔康市、金川县……）". */
function replacedRows(tokens) {
  let rows;
  try {
    rows = valueAt(currentData(), tokens);
  } catch (ignored) {
    return "";
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    return "";
  }
  const names = rows.slice(0, 5).map((row) => isObject(row) ? Object.values(row).find((value) => typeof value === "string")
    : String(row)).filter(Boolean);
  return "（替换现有 " + rows.length + " 行" + (names.length ? "：" + names.join("、") + (rows.length > names.length ? "……" : "")
    : "") + "）";
}

/** Where imported rows go: into a kind's table of records (replacing its rows), or as a block of a generic bulletin. */
const importTargets = {
  get schema() {
    return state.schema;
  },
  data: currentData,
  apply(tokens, rows, note) {
    replaceData(() => {
      const data = currentData();
      valueAt(data, tokens.slice(0, -1))[tokens[tokens.length - 1]] = rows;
      return data;
    }, note, "导入的 " + rows.length + " 行" + replacedRows(tokens));
  },
  addBlock(block, note) {
    let data;
    try {
      data = currentData();
    } catch (e) {
      say("compose-status", "先载入或填写数据，再加入表格", "error");
      return;
    }
    if (!Array.isArray(data.sections) || data.sections.length === 0) {
      say("compose-status", "这一种类的正文不收表格：请选一个附件表格导入", "warning");
      return;
    }
    replaceData(() => {
      data.sections[data.sections.length - 1].blocks.push(block);
      return data;
    }, note, "导入的表格");
  },
};

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

/** Whether the clerk has work the archive does not hold: the page warns before it is left. */
function unsaved(value) {
  state.unsaved = value;
  document.body.dataset.unsaved = String(value);
}

function dataChanged() {
  unsaved(true);
  if (state.drafts) {
    state.drafts.changed();
  }
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
    say("check-status", e.message, "error");
    showFindings([]);
    return;
  }
  try {
    const report = await (await api("/lint", { method: "POST", headers: { "Content-Type": "application/json" },
      body: body })).json();
    showFindings(report.findings);
    say("check-status", report.errors === 0 && report.warnings === 0 ? "校对通过"
      : "错误 " + report.errors + " 处，提示 " + report.warnings + " 处", report.errors > 0 ? "error" : "ok");
  } catch (e) {
    if (Array.isArray(e.details) && e.details.every((detail) => typeof detail.path === "string")) {
      // the schema's violations, each at its field: shown like the proofreading's findings
      showFindings(e.details.map((detail) => ({ severity: "error", paths: [detail.path],
        message: valueAt(state.data, parsePath(detail.path)) === "" ? "尚未填写" : detail.message })));
      say("check-status", "数据不合要求 " + e.details.length + " 处（见各栏）", "error");
    } else {
      showFindings([]);
      say("check-status", "数据有误：" + e.message, "error");
    }
  }
}

/** A text with the JSON paths in it named by the schema's titles. */
function named(text) {
  return text.replace(/\$(?:\.[A-Za-z_]\w*|\[(?:\d+|\*)\])+/g, (path) => "“" + label(path) + "”");
}

/** A finding's text, its paths named, with what was expected and found. */
function readable(finding) {
  // a finding the service words in both languages ("中文 / English") is shown in its Chinese half
  const bilingual = /^([^]*?) \/ (?=['A-Za-z])/.exec(finding.message);
  return named(bilingual ? bilingual[1] : finding.message) + (finding.expected ? "（应为 " + finding.expected + "，实为 " + finding.found + "）" : "");
}

function showFindings(findings) {
  state.findings = findings;
  $("findings").replaceChildren(...findings.map((finding) => {
    const item = document.createElement("li");
    item.className = finding.severity;
    const head = document.createElement("strong");
    head.textContent = (SEVERITY[finding.severity] || finding.severity) + "：";
    const message = document.createElement("span");
    message.textContent = readable(finding);
    const path = document.createElement("div");
    path.className = "path";
    path.textContent = finding.paths.map(label).join("、");
    item.append(head, message, path);
    const go = document.createElement("button");
    go.type = "button";
    go.textContent = "转到该栏";
    go.addEventListener("click", () => {
      showView("form");
      state.form.focus(finding.paths[0]);
    });
    item.append(go);
    return item;
  }));
  markFindings();
}

/** The findings beside the fields they name, in the form. */
function markFindings() {
  state.form.mark(state.findings.map((finding) => ({ severity: finding.severity, paths: finding.paths,
    text: (SEVERITY[finding.severity] || finding.severity) + "：" + readable(finding) })));
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
    $("preview-stale").hidden = true;
    say("preview-status", "预览已更新（" + Math.round(blob.size / 1024) + " KB）", "ok");
  } catch (e) {
    if (sequence !== state.sequence) {
      return;
    }
    say("preview-status", "无法排版：" + named(e.message), "error");
    // the last good PDF stays underneath, said to be out of date, so nobody reads it as this month's
    $("preview-stale-text").textContent = (state.previewUrl ? "以下是上一次成功排版的结果，已过时。" : "")
      + "无法排版：" + named(e.message);
    $("preview-stale").hidden = false;
  }
}

/**
 * A link to an archived file. A plain link sends no Authorization header, so where the archive
 * has a token the file is fetched with it and opened from memory.
 */
function fileLink(href, text, statusId) {
  const link = document.createElement("a");
  link.href = href;
  link.textContent = text;
  link.addEventListener("click", async (event) => {
    if (!state.token) {
      return;
    }
    event.preventDefault();
    try {
      const blob = await (await api(href)).blob();
      const url = URL.createObjectURL(blob);
      if (!window.open(url, "_blank")) {
        // a blocked pop-up: the file is saved instead
        const save = document.createElement("a");
        save.href = url;
        save.download = text + ".pdf";
        save.click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (e) {
      say(statusId, "无法打开：" + e.message, "error");
    }
  });
  return link;
}

// the editable DOCX and the OFD that e-government exchanges take, each from the same data as the preview
async function download(format) {
  try {
    const blob = await (await render(format)).blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = ($("kind").value) + "." + format;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    say("preview-status", "无法生成 " + format.toUpperCase() + "：" + e.message, "error");
  }
}

/** Asks in the page's own dialog; resolves true for 确定 and false for 取消 or Escape. */
function ask(question, yes) {
  const dialog = $("ask");
  $("ask-text").textContent = question;
  $("ask-yes").textContent = yes;
  return new Promise((resolve) => {
    const answer = (value) => () => {
      $("ask-yes").onclick = null;
      $("ask-no").onclick = null;
      dialog.oncancel = null;
      dialog.close();
      resolve(value);
    };
    $("ask-yes").onclick = answer(true);
    $("ask-no").onclick = answer(false);
    // Escape cancels; the dialog's close event is not used, as it arrives after a next question opens
    dialog.oncancel = (event) => {
      event.preventDefault();
      answer(false)();
    };
    dialog.showModal();
  });
}

/**
 * Asks in the same dialog, with a line of text to fill in: resolves the text, or null for 取消
 * or Escape. 确定 with the line empty asks again.
 */
async function askReason(question, yes) {
  const row = $("ask-reason-row");
  row.hidden = false;
  $("ask-reason").value = "";
  try {
    let asking = question;
    while (await ask(asking, yes)) {
      const reason = $("ask-reason").value.trim();
      if (reason) {
        return reason;
      }
      asking = question + "\n\n请填写原因。";
    }
    return null;
  } finally {
    row.hidden = true;
  }
}

/**
 * What the clerk is about to put into the append-only archive, asked before it goes: the title,
 * the period and the proofreading's count; with warnings, a second, explicit question.
 */
async function confirmPublishing() {
  const data = currentData();
  const report = await (await api("/lint", { method: "POST", headers: { "Content-Type": "application/json" },
    body: envelope("pdf") })).json();
  if (report.errors > 0) {
    say("publish-status", "校对发现错误 " + report.errors + " 处，不能发布（见各栏）", "error");
    showFindings(report.findings);
    return false;
  }
  const summary = "即将发布到档案（发布后不能修改，只能以更正件替代）：\n\n标题：" + (data.title || "（无）")
    + "\n期次：" + (data.period || "（无）") + "\n校对提示：" + report.warnings + " 处";
  if (!await ask(summary, "确定发布")) {
    say("publish-status", "已取消发布");
    return false;
  }
  if (report.warnings > 0 && !await ask("校对还有 " + report.warnings + " 处提示未处理（例如沿用上期的日期或标题）。"
      + "\n\n确认这些提示都已核对无误，仍要发布吗？", "已核对，仍要发布")) {
    showFindings(report.findings);
    say("publish-status", "已取消发布：请先核对提示", "error");
    return false;
  }
  return true;
}

async function publish() {
  state.token = $("token").value;
  try {
    if (!await confirmPublishing()) {
      return;
    }
  } catch (e) {
    say("publish-status", "未能发布：" + e.message, "error");
    return;
  }
  say("publish-status", "正在发布……");
  try {
    const response = await api("/render?archive=true", { method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: envelope("pdf") });
    const record = await response.json();
    const status = $("publish-status");
    status.replaceChildren();
    status.append("已发布，档案编号 " + record.id + "：");
    status.append(fileLink(record.file, record.title + "（" + record.period + "）", "publish-status"));
    status.dataset.kind = "ok";
    status.dataset.id = String(record.id);
    unsaved(false);
  } catch (e) {
    say("publish-status", (e.status === 401 || e.status === 403 ? "未登录、无权发布或口令不对：" : "未能发布：") + e.message, "error");
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
  const link = fileLink(hit.file, hit.title + "（" + hit.region + " " + hit.period + "）", "archive-status");
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

/**
 * Withdraws (撤回) a record with the reason asked for: it stays in the archive, its file and
 * chain untouched, but leaves the listings and search; the list is read again.
 */
async function withdraw(record) {
  const name = record.title + "（" + record.region + " " + record.period + "）";
  const reason = await askReason("撤回档案编号 " + record.id + "：" + name + "\n\n撤回后它不再出现在目录和检索中，"
    + "文件和记录仍保留，只有管理员能查看。请填写撤回原因：", "确定撤回");
  if (reason === null) {
    say("archive-status", "已取消撤回");
    return;
  }
  try {
    await api("/archive/" + record.id + "/withdraw", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reason }) });
    await listArchive();
    say("archive-status", "已撤回档案编号 " + record.id + "：" + name, "ok");
  } catch (e) {
    say("archive-status", (e.status === 401 || e.status === 403 ? "未登录或无权撤回：" : "未能撤回：") + e.message, "error");
  }
}

/** The archive's issues by kind, region and period, newest first, each with its PDF and a start from it. */
async function listArchive(event) {
  if (event) {
    event.preventDefault();
  }
  const query = new URLSearchParams({ limit: "50" });
  [["template", "list-kind"], ["region", "list-region"], ["from", "list-from"], ["to", "list-to"]].forEach(([name, id]) => {
    if ($(id).value.trim()) {
      query.set(name, $(id).value.trim());
    }
  });
  try {
    const body = await (await api("/archive?" + query)).json();
    $("archive-list").replaceChildren(...body.records.map((record) => {
      const item = document.createElement("li");
      const link = fileLink(record.file, record.title + "（" + record.region + " " + record.period + "）", "archive-status");
      item.append(link, " · " + record.template + " · 档案编号 " + record.id);
      if (mayWithdraw()) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "withdraw";
        button.textContent = "撤回";
        button.setAttribute("aria-label", "撤回档案编号 " + record.id);
        button.addEventListener("click", () => withdraw(record));
        item.append(" ", button);
      }
      return item;
    }));
    say("archive-status", "共 " + body.total + " 期" + (body.total > body.records.length ? "，列出最新 " + body.records.length + " 期" : ""),
      "ok");
  } catch (e) {
    $("archive-list").replaceChildren();
    say("archive-status", "无法列出：" + e.message, "error");
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  state.form = new SchemaForm($("form"), formEdited);
  state.carried = new CarriedOver($("form"), $("carried-status"), () => state.data);
  state.form.onRemove = removing;
  $("kind").addEventListener("change", () => { fillVariants(); loadSchema().then(dataChanged); });
  $("variant").addEventListener("change", dataChanged);
  $("data").addEventListener("input", jsonEdited);
  $("view-form").addEventListener("click", () => showView("form"));
  $("view-json").addEventListener("click", () => showView("json"));
  // the two views as a tab list: the arrow keys move between them, Tab moves on into the view
  ["form", "json"].forEach((one) => $("view-" + one).addEventListener("keydown", (event) => {
    if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      const other = one === "form" ? "json" : "form";
      showView(other);
      $("view-" + other).focus();
      event.preventDefault();
    }
  }));
  $("view-json").tabIndex = -1;
  $("list-form").addEventListener("submit", listArchive);
  $("load-example").addEventListener("click", () => loadExample().catch((e) => say("compose-status", e.message, "error")));
  $("undo").addEventListener("click", undo);
  // a browser asks before a tab with unpublished work is closed or left (its own words: pages may not set them)
  window.addEventListener("beforeunload", (event) => {
    if (state.unsaved) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  $("from-last-month").addEventListener("click", () => fromLastMonth().catch((e) => say("compose-status", e.message, "error")));
  $("open-file").addEventListener("change", openFile);
  $("import-file").addEventListener("change", importTable);
  $("preview").addEventListener("click", preview);
  $("download-docx").addEventListener("click", () => download("docx"));
  $("download-ofd").addEventListener("click", () => download("ofd"));
  $("publish").addEventListener("click", publish);
  $("token").addEventListener("input", () => { state.token = $("token").value; });
  $("search-form").addEventListener("submit", search);
  startAccounts();
  try {
    await loadKinds();
    $("list-kind").replaceChildren(new Option("全部种类", ""), ...state.kinds.map((kind) => new Option(kind.title, kind.name)));
    await loadSchema();
    state.drafts = new DraftDesk({ api, ask, kind: () => $("kind").value, variant: () => $("variant").value,
      data: () => (state.dataError || state.data === null ? null : state.data), open: openDraft, replace: replaceData,
      saved: () => unsaved(false), kindTitle: (name) => (state.kinds.find((k) => k.name === name) || { title: name }).title });
    await state.drafts.start();
    document.addEventListener("session-changed", () => state.drafts.list());
    document.body.dataset.ready = "true";
  } catch (e) {
    say("compose-status", "无法读取简报目录：" + e.message, "error");
  }
});
