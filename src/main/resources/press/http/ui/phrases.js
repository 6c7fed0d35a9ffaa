// 措辞: a 管理员 (or whoever works at the service's own machine) edits a kind's sentences — their
// text only: the blanks ({受理件数}) are declared once in the phrases file — previews the reference
// month with them, and saves. The service checks the phrases before it writes them and says what
// it refused, at the phrase; the templates' state (a reload refused) comes from /health.
// Text is never written into the page as HTML (textContent and form values only).
"use strict";

import { accountHeaders } from "./accounts.js";

const $ = (id) => document.getElementById(id);
const edit = { kind: "", file: null, previewUrl: null };

function say(id, text, kind) {
  $(id).textContent = text;
  $(id).dataset.kind = kind || "";
}

function headers(json) {
  // a change (save, preview, reload) carries the session's CSRF token where accounts are on
  const result = Object.assign({ "Accept-Language": "zh-CN" }, accountHeaders("POST"),
    json ? { "Content-Type": "application/json" } : {});
  const token = $("token").value;
  if (token) {
    result["Authorization"] = "Bearer " + token;
  }
  return result;
}

/** The service's answer, or an Error with its message and the first detail (file, phrase, reason). */
async function call(path, options) {
  const response = await fetch(path, options);
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try {
      const body = await response.json();
      const detail = (body.details || [])[0] || {};
      message = detail.reason ? (detail.phrase ? "措辞 " + detail.phrase + "：" : "") + detail.reason : body.message || message;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  return response;
}

/** The phrases file with the texts as edited on the page. */
function edited() {
  const file = JSON.parse(JSON.stringify(edit.file));
  document.querySelectorAll("#phrases-list textarea").forEach((area) => {
    const name = area.dataset.phrase;
    if (typeof file.phrases[name] === "string") {
      file.phrases[name] = area.value;
    } else {
      file.phrases[name].text = area.value;
    }
  });
  return file;
}

async function load() {
  edit.kind = $("kind").value;
  say("phrases-status", "正在读取……");
  try {
    const body = await (await call("/templates/" + encodeURIComponent(edit.kind) + "/phrases", { headers: headers(false) })).json();
    edit.file = body.phrases;
    const blanks = Object.keys(edit.file.blanks || {});
    $("phrases-blanks").textContent = blanks.length ? "可用的空：" + blanks.map((b) => "{" + b + "}").join(" ") : "";
    $("phrases-list").replaceChildren(...Object.entries(edit.file.phrases).map(([name, phrase]) => {
      const item = document.createElement("li");
      const label = document.createElement("label");
      label.textContent = name;
      const area = document.createElement("textarea");
      area.dataset.phrase = name;
      area.rows = 3;
      area.value = typeof phrase === "string" ? phrase : phrase.text;
      label.append(document.createElement("br"), area);
      item.append(label);
      return item;
    }));
    say("phrases-status", "共 " + Object.keys(edit.file.phrases).length + " 句（版本 " + body.sha256.slice(0, 12) + "）", "ok");
  } catch (e) {
    edit.file = null;
    $("phrases-list").replaceChildren();
    say("phrases-status", "无法读取措辞：" + e.message, "error");
  }
}

async function preview() {
  if (!edit.file) {
    return;
  }
  say("phrases-status", "正在排版……");
  try {
    const response = await call("/templates/" + encodeURIComponent(edit.kind) + "/phrases/preview",
      { method: "POST", headers: headers(true), body: JSON.stringify({ phrases: edited() }) });
    const blob = await response.blob();
    if (edit.previewUrl) {
      URL.revokeObjectURL(edit.previewUrl);
    }
    edit.previewUrl = URL.createObjectURL(blob);
    $("phrases-pdf").src = edit.previewUrl;
    $("phrases-pdf").hidden = false;
    say("phrases-status", "预览已更新：参考月份，用页面上的措辞（尚未保存）", "ok");
  } catch (e) {
    say("phrases-status", "无法预览：" + e.message, "error");
  }
}

async function save() {
  if (!edit.file) {
    return;
  }
  say("phrases-status", "正在检查并保存……");
  try {
    await call("/templates/" + encodeURIComponent(edit.kind) + "/phrases",
      { method: "PUT", headers: headers(true), body: JSON.stringify(edited(), null, 2) });
    await load();
    say("phrases-status", "已保存：此后的排版使用新措辞，已发布的文件不变", "ok");
  } catch (e) {
    say("phrases-status", "未保存：" + e.message, "error");
  }
  await templatesState();
}

/** A reload the service refused (the templates loaded before keep serving), as /health says it. */
async function templatesState() {
  try {
    const health = await (await fetch("/health")).json();
    const templates = health.templates;
    if (templates && templates.lastReload === "refused") {
      const detail = (templates.details || [])[0] || {};
      say("templates-status", "模板更新未生效，仍用 " + templates.loadedAt + " 载入的模板：" + (detail.reason || templates.problem), "error");
    } else {
      say("templates-status", "");
    }
  } catch (ignored) {
    // no health to show: the rest of the page works without it
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("phrases-load").addEventListener("click", load);
  $("phrases-preview").addEventListener("click", preview);
  $("phrases-save").addEventListener("click", save);
  templatesState();
});
