// Accounts on the staff page: a login box when the service says accounts are on, who is logged
// in and with which roles, logout, and for a 管理员 a small panel to manage users. The session
// lives in an HttpOnly cookie the page never sees; the page keeps only the CSRF token, which it
// sends with every change (X-CSRF-Token). Text is set with textContent only.
"use strict";

const ROLES = [["drafter", "拟稿"], ["reviewer", "审核"], ["signer", "签发"], ["admin", "管理员"]];
const session = { accounts: false, user: null, roles: [], csrf: "" };
const $ = (id) => document.getElementById(id);

/** The headers every change carries: the session's CSRF token, once logged in. */
export function accountHeaders(method) {
  const safe = !method || ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
  return !safe && session.csrf ? { "X-CSRF-Token": session.csrf } : {};
}

/** Whether the person at the page may withdraw a record: a 签发 or 管理员, or anyone while accounts are off. */
export function mayWithdraw() {
  return !session.accounts || session.roles.includes("signer") || session.roles.includes("admin");
}

async function call(method, path, body) {
  const headers = Object.assign({ "Accept-Language": "zh-CN" }, accountHeaders(method));
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin" });
  let answer = {};
  try {
    answer = await response.json();
  } catch (ignored) {
    // not JSON: the status says enough
  }
  if (!response.ok) {
    const error = new Error(chineseError(response, answer));
    error.status = response.status;
    throw error;
  }
  return answer;
}

function chineseError(response, answer) {
  switch (response.status) {
    case 401: return "用户名或密码不对，或登录已过期，请重新登录";
    case 403: return "没有权限：" + (answer.message || "");
    case 429: return "登录失败次数过多，请 " + (response.headers.get("Retry-After") || "数") + " 秒后再试";
    default: return answer.message || (response.status + " " + response.statusText);
  }
}

function say(text, kind) {
  const status = $("account-status");
  status.textContent = text;
  status.dataset.kind = kind || "";
}

function roleNames(roles) {
  return roles.map((role) => (ROLES.find(([english]) => english === role) || [role, role])[1]).join("、");
}

function element(tag, properties, children) {
  const node = Object.assign(document.createElement(tag), properties || {});
  (children || []).forEach((child) => node.append(child));
  return node;
}

/** The box in the header: logged out, a login form; logged in, the name, roles and logout. */
function showAccount() {
  const box = $("account");
  box.hidden = !session.accounts;
  const form = $("login-form");
  const who = $("account-who");
  form.hidden = !session.accounts || !!session.user;
  who.hidden = !session.user;
  if (session.user) {
    $("account-name").textContent = "当前用户：" + session.user + "（" + (roleNames(session.roles) || "无角色") + "）";
  }
  const admin = session.user && session.roles.includes("admin");
  $("users-panel").hidden = !admin;
  if (admin) {
    listUsers();
  }
  // what the page lists depends on who asks: the drafts and the steps this person may take
  document.dispatchEvent(new CustomEvent("session-changed"));
}

async function refresh() {
  Object.assign(session, { user: null, roles: [], csrf: "" }, await call("GET", "/session"));
  showAccount();
  document.body.dataset.session = session.user || "";
}

async function login(event) {
  event.preventDefault();
  try {
    Object.assign(session, await call("POST", "/session", { user: $("login-user").value,
      password: $("login-password").value }));
    $("login-password").value = "";
    say("已登录", "ok");
    document.body.dataset.session = session.user;
  } catch (e) {
    say("未能登录：" + e.message, "error");
  }
  showAccount();
}

async function logout() {
  try {
    await call("DELETE", "/session");
    say("已退出", "ok");
  } catch (e) {
    say("退出时出错：" + e.message, "error");
  }
  await refresh();
}

function checkedRoles(container) {
  return [...container.querySelectorAll("input[type=checkbox]:checked")].map((box) => box.value);
}

function roleBoxes(prefix, chosen) {
  return ROLES.map(([english, chinese]) => element("label", {}, [
    element("input", { type: "checkbox", value: english, checked: chosen.includes(english), id: prefix + english }),
    chinese]));
}

async function listUsers() {
  const list = $("users-list");
  try {
    const body = await call("GET", "/users");
    list.replaceChildren(...body.users.map((user) => {
      const roles = element("span", { className: "roles" }, roleBoxes("roles-" + user.user + "-", user.roles));
      const save = element("button", { type: "button", textContent: "保存角色" });
      save.addEventListener("click", () => change("PUT", "/users/" + encodeURIComponent(user.user) + "/roles",
        { roles: checkedRoles(roles) }, "已修改 " + user.user + " 的角色"));
      const disable = element("button", { type: "button", textContent: "停用", disabled: user.disabled });
      disable.addEventListener("click", () => change("POST", "/users/" + encodeURIComponent(user.user) + "/disable",
        undefined, "已停用 " + user.user));
      return element("li", { className: user.disabled ? "disabled" : "" }, [
        element("span", { className: "user-name", textContent: user.user + (user.disabled ? "（已停用）" : "") }),
        roles, save, disable]);
    }));
  } catch (e) {
    say("未能列出用户：" + e.message, "error");
  }
}

async function change(method, path, body, done) {
  try {
    await call(method, path, body);
    say(done, "ok");
  } catch (e) {
    say("未能完成：" + e.message, "error");
  }
  listUsers();
}

async function addUser(event) {
  event.preventDefault();
  const form = $("add-user-form");
  await change("POST", "/users", { name: $("new-user").value, roles: checkedRoles(form),
    password: $("new-password").value }, "已添加用户 " + $("new-user").value);
  $("new-password").value = "";
}

/** Asks the service whether accounts are on and who is logged in, and wires the boxes. */
export async function startAccounts() {
  $("login-form").addEventListener("submit", login);
  $("logout").addEventListener("click", logout);
  $("add-user-form").addEventListener("submit", addUser);
  $("new-roles").replaceChildren(...roleBoxes("new-role-", []));
  try {
    await refresh();
  } catch (e) {
    say("无法读取登录状态：" + e.message, "error");
  }
}
