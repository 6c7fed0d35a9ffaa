// Drafts kept on the server: the month's data saved as the clerk types (2 s after the last change,
// or at 保存草稿), the list of drafts, the current draft's versions (an earlier one restored as any
// replacement is: asked first, undoable) and its procedure: its state, the steps taken on it and
// the buttons for the next step. The page lends what it owns (its API calls, its questions, the
// data and their replacement) as hooks; this module keeps only what a draft needs.
"use strict";

/** How long after the last change the data are saved as a draft. */
const AUTOSAVE_MS = 2000;

const $ = (id) => document.getElementById(id);

function time(iso) {
  return iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "";
}

function item(text, ...buttons) {
  const li = document.createElement("li");
  const span = document.createElement("span");
  span.textContent = text;
  li.append(span, ...buttons);
  return li;
}

function button(text, label, action) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", action);
  return b;
}

export class DraftDesk {
  /**
   * page: { api(path, options), ask(question, yes), kind(), variant(), data() (null while the JSON
   * view holds no JSON), open(kind, variant, data, message, what) → whether it replaced the data,
   * replace(build, message, what) → likewise, saved() (the work is safe: no warning on leaving),
   * kindTitle(name) (a kind as the clerk knows it) }
   */
  constructor(page) {
    this.page = page;
    this.timer = null;
    this.snapshotSaved = "";
    this.current = null;
    this.roles = new Set();
  }

  start() {
    $("save-draft").addEventListener("click", () => this.save());
    $("list-drafts").addEventListener("click", () => this.list());
    $("draft-submit").addEventListener("click", () => this.step("submit", null, "已提交审核"));
    $("draft-pass").addEventListener("click", () => this.step("review", { decision: "pass", comment: $("draft-comment").value },
      "已审核通过"));
    $("draft-return").addEventListener("click", () => this.returnDraft());
    $("draft-signoff").addEventListener("click", () => this.signOff());
    return this.list();
  }

  /** The draft the data belong to: kind, region and period; null while region or period is missing. */
  keyOf(data) {
    if (!data || typeof data.region !== "string" || !data.region.trim() || typeof data.period !== "string"
        || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(data.period)) {
      return null;
    }
    return { kind: this.page.kind(), region: data.region, period: data.period };
  }

  path(key) {
    return "/drafts/" + [key.kind, key.region, key.period].map(encodeURIComponent).join("/");
  }

  snapshot(key, data) {
    return JSON.stringify([this.path(key), this.page.variant(), data]);
  }

  say(text, kind) {
    $("draft-status").textContent = text;
    $("draft-status").dataset.kind = kind || "";
  }

  /** The data changed: saved 2 s after the last change, unless they are what the draft holds already. */
  changed() {
    clearTimeout(this.timer);
    const data = this.page.data();
    const key = this.keyOf(data);
    if (key && this.snapshot(key, data) === this.snapshotSaved) {
      this.page.saved();
      this.say("已保存", "ok");
      return;
    }
    this.say(key ? "未保存" : "未保存：填写地区和期次后自动保存为草稿");
    if (key) {
      this.timer = setTimeout(() => this.save(), AUTOSAVE_MS);
    }
  }

  async save() {
    clearTimeout(this.timer);
    const data = this.page.data();
    const key = this.keyOf(data);
    if (!key) {
      this.say(data ? "未能保存草稿：请先填写地区和期次（年-月）" : "未能保存草稿：数据不是有效的 JSON", "error");
      return false;
    }
    const snapshot = this.snapshot(key, data);
    try {
      const body = await (await this.page.api(this.path(key) + "?variant=" + encodeURIComponent(this.page.variant()),
        { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) })).json();
      this.snapshotSaved = snapshot;
      // typed on while it was saved: the newer data wait for their own save
      const now = this.page.data();
      if (now && this.keyOf(now) && this.snapshot(this.keyOf(now), now) === snapshot) {
        this.page.saved();
        this.say("已保存（第 " + body.version + " 版，" + time(body.savedAt) + "）", "ok");
      }
      this.show(key, body);
      await Promise.all([this.list(), this.versions(key)]);
      return true;
    } catch (e) {
      this.say("未能保存草稿：" + e.message, "error");
      return false;
    }
  }

  /** Every draft, most recently saved first, each with 打开. */
  async list() {
    try {
      const body = await (await this.page.api("/drafts")).json();
      this.roles = new Set(body.person.roles);
      $("draft-list").replaceChildren(...body.drafts.map((draft) => item(draft.region + " " + draft.period + "（"
        + this.page.kindTitle(draft.kind) + "）· 第 " + draft.version + " 版 · " + draft.stateName + " · " + draft.savedBy + " "
        + time(draft.savedAt), button("打开", "打开草稿 " + draft.region + " " + draft.period, () => this.open(draft)))));
      $("draft-list-status").textContent = body.drafts.length ? "" : "还没有草稿";
    } catch (e) {
      $("draft-list-status").textContent = "无法列出草稿：" + e.message;
    }
  }

  /** Opens a draft's latest version in place of the data (asked first, undoable). */
  async open(draft) {
    try {
      const body = await (await this.page.api(this.path(draft))).json();
      const what = "草稿 " + draft.region + " " + draft.period + "（第 " + body.version + " 版）";
      if (!await this.page.open(body.kind, body.variant, body.data, "已打开" + what, what)) {
        return;
      }
      this.snapshotSaved = this.snapshot(body, this.page.data());
      this.changed();
      this.show(body, body);
      await this.versions(body);
    } catch (e) {
      this.say("无法打开草稿：" + e.message, "error");
    }
  }

  /** The current draft's versions, newest first, each but the latest with 恢复. */
  async versions(key) {
    const body = await (await this.page.api(this.path(key) + "/versions")).json();
    const latest = body.versions.length;
    $("draft-versions").replaceChildren(...body.versions.slice().reverse().map((v) => item("第 " + v.version + " 版 · "
      + v.savedBy + " " + time(v.savedAt), ...(v.version === latest ? [] : [button("恢复", "恢复第 " + v.version + " 版",
        () => this.restore(key, v.version))]))));
  }

  async restore(key, version) {
    try {
      const body = await (await this.page.api(this.path(key) + "/versions/" + version)).json();
      await this.page.replace(() => body.data, "已恢复第 " + version + " 版（可撤销）", "第 " + version + " 版草稿");
    } catch (e) {
      this.say("无法恢复：" + e.message, "error");
    }
  }

  /** The draft's state, the steps taken on it and the buttons for the next step. */
  show(key, body) {
    this.current = key;
    $("draft-state").textContent = key.region + " " + key.period + "：" + body.stateName + "（第 " + body.version + " 版）";
    $("draft-state").dataset.state = body.state;
    $("draft-events").replaceChildren(...body.events.map((e) => item(time(e.at) + " " + e.person + " " + e.stepName
      + "（第 " + e.version + " 版）" + (e.comment ? "：" + e.comment : "") + (e.recordId ? "，档案编号 " + e.recordId : ""))));
    // the next step, where the person holds its role (the service checks again)
    $("draft-submit").hidden = !(body.state === "DRAFT" || body.state === "RETURNED") || !this.roles.has("DRAFTER");
    $("draft-review").hidden = body.state !== "SUBMITTED" || !this.roles.has("REVIEWER");
    $("draft-signoff").hidden = body.state !== "PASSED" || !this.roles.has("SIGNER");
  }

  /** A step on the current draft, its pending changes saved first so the step is taken on what the page shows. */
  async step(name, request, done) {
    const data = this.page.data();
    const key = this.keyOf(data);
    // a reviewer or signer who changed nothing saves nothing (saving is the drafter's)
    if ((!key || this.snapshot(key, data) !== this.snapshotSaved) && !await this.save()) {
      return null;
    }
    try {
      const response = await this.page.api(this.path(this.current) + "/" + name, request ? { method: "POST",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) } : { method: "POST" });
      const body = await response.json();
      this.show(this.current, body);
      await this.list();
      this.say(done, "ok");
      return body;
    } catch (e) {
      this.say((e.status === 403 ? "无权办理：" : "未能办理：") + e.message, "error");
      return null;
    }
  }

  async returnDraft() {
    if (!$("draft-comment").value.trim()) {
      this.say("退回需写明意见", "error");
      $("draft-comment").focus();
      return;
    }
    await this.step("review", { decision: "return", comment: $("draft-comment").value }, "已退回");
  }

  async signOff() {
    if (!await this.page.ask("签发后，本稿将编号并以签发人署名发布到档案（发布后不能修改，只能以更正件替代）。", "签发并发布")) {
      return;
    }
    const body = await this.step("signoff", null, "已签发");
    if (body) {
      this.say("已签发并发布，档案编号 " + body.record.id + "：" + body.record.title, "ok");
    }
  }
}
