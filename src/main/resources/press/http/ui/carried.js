// Text carried over from last month: after 从上月开始 every text field that still says what last
// month's issue said is marked, until the clerk edits it or confirms it is still true this month
// (a department's name is; last month's news is not). Numbers are left to the proofreading.
"use strict";

import { parsePath, valueAt } from "./schema.js";

const SKIPPED = /^data:|^\s*$/;

export class CarriedOver {
  /** container: the form; status: where the count and 全部确认 go; getData(): the data shown. */
  constructor(container, status, getData) {
    this.container = container;
    this.status = status;
    this.getData = getData;
    this.previous = null;
    this.confirmed = new Set();
    // the form is made again after every change of shape: the marks follow it
    new MutationObserver(() => this.apply()).observe(container, { childList: true });
    container.addEventListener("input", () => queueMicrotask(() => this.apply()));
  }

  /** Last month's data, as they were before anything was changed; null: nothing is carried over. */
  start(previous) {
    this.previous = previous;
    this.confirmed = new Set();
    this.apply();
  }

  stop() {
    this.start(null);
  }

  /** Whether the text at this path is last month's, unchanged and not confirmed. */
  carried(path) {
    if (this.previous === null || this.confirmed.has(path) || path === "$.period") {
      return false;
    }
    const tokens = parsePath(path);
    const before = valueAt(this.previous, tokens);
    return typeof before === "string" && !SKIPPED.test(before) && before === valueAt(this.getData(), tokens);
  }

  apply() {
    let count = 0;
    this.container.querySelectorAll("input[type=text][data-path], textarea[data-path]").forEach((control) => {
      const carried = this.carried(control.dataset.path);
      control.classList.toggle("carried", carried);
      const note = control.nextElementSibling && control.nextElementSibling.classList.contains("carried-note")
        ? control.nextElementSibling : null;
      if (carried && !note) {
        control.after(this.note(control.dataset.path));
      } else if (!carried && note) {
        note.remove();
      }
      count += carried ? 1 : 0;
    });
    this.say(count);
  }

  note(path) {
    const note = document.createElement("span");
    note.className = "carried-note";
    note.append("沿用上月，请修改或");
    const confirm = document.createElement("button");
    confirm.type = "button";
    confirm.textContent = "确认";
    confirm.setAttribute("aria-label", "确认这一栏沿用上月的文字");
    confirm.addEventListener("click", () => {
      this.confirmed.add(path);
      this.apply();
    });
    note.append(confirm);
    return note;
  }

  say(count) {
    this.status.replaceChildren();
    this.status.hidden = count === 0;
    if (count === 0) {
      return;
    }
    this.status.append("沿用上月的文字还有 " + count + " 栏未修改也未确认（已标出）。");
    const all = document.createElement("button");
    all.type = "button";
    all.textContent = "其余全部确认";
    all.addEventListener("click", () => {
      this.container.querySelectorAll(".carried[data-path]").forEach((control) => this.confirmed.add(control.dataset.path));
      this.apply();
    });
    this.status.append(all);
  }
}
