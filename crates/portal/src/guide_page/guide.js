// The Welcome Guides' page: log in with a guide account, read the requests addressed to the
// guide, answer them. Served with a policy that allows no inline code: every text is set with
// textContent, never as HTML, so a user's message cannot inject markup.
"use strict";

const TEXTS = {
  en: {
    title: "Requests to Welcome Guides",
    login_heading: "Log in with your guide account",
    email: "E-mail",
    password: "Password",
    login: "Log in",
    logout: "Log out",
    reload: "Refresh",
    empty: "No requests yet.",
    inbox: "Requests to {name}",
    received: "Received {date}",
    language: "Language: {value}",
    topic: "Topic: {value}",
    contact_email: "Reply by e-mail: {value}",
    contact_phone: "Reply by phone: {value}",
    contact_app: "Reply in the app only",
    answer_label: "Your answer",
    send: "Send answer",
    answered: "Answered {date}",
    sent: "The answer was sent. The user sees it in the app.",
    bad_credentials: "Wrong e-mail or password.",
    forbidden: "This account is not a guide account.",
    rate_limited: "Too many attempts. Please try again later.",
    empty_answer: "Please write an answer first.",
    too_long: "The answer is too long.",
    conflict: "This request has been answered already.",
    not_found: "This request is no longer there.",
    failed: "That did not work. Please try again.",
    logged_out: "You are logged out.",
    topics: {
      visa: "Visa and residence",
      family: "Family",
      jobs: "Work",
      recognition: "Recognition of qualifications",
      housing: "Housing",
      study: "Studying",
    },
  },
  de: {
    title: "Anfragen an Welcome Guides",
    login_heading: "Mit dem Guide-Konto anmelden",
    email: "E-Mail",
    password: "Passwort",
    login: "Anmelden",
    logout: "Abmelden",
    reload: "Aktualisieren",
    empty: "Noch keine Anfragen.",
    inbox: "Anfragen an {name}",
    received: "Eingegangen {date}",
    language: "Sprache: {value}",
    topic: "Thema: {value}",
    contact_email: "Antwort per E-Mail: {value}",
    contact_phone: "Antwort per Telefon: {value}",
    contact_app: "Antwort nur in der App",
    answer_label: "Ihre Antwort",
    send: "Antwort senden",
    answered: "Beantwortet {date}",
    sent: "Die Antwort wurde gesendet. Die Person sieht sie in der App.",
    bad_credentials: "E-Mail oder Passwort ist falsch.",
    forbidden: "Dieses Konto ist kein Guide-Konto.",
    rate_limited: "Zu viele Versuche. Bitte später noch einmal versuchen.",
    empty_answer: "Bitte zuerst eine Antwort schreiben.",
    too_long: "Die Antwort ist zu lang.",
    conflict: "Diese Anfrage ist schon beantwortet.",
    not_found: "Diese Anfrage gibt es nicht mehr.",
    failed: "Das hat nicht geklappt. Bitte noch einmal versuchen.",
    logged_out: "Sie sind abgemeldet.",
    topics: {
      visa: "Visum und Aufenthalt",
      family: "Familie",
      jobs: "Arbeit",
      recognition: "Anerkennung von Abschlüssen",
      housing: "Wohnen",
      study: "Studium",
    },
  },
};

const MAX_ANSWER = 4000;

/** The first of the browser's languages this page speaks, else English. */
function pickLanguage() {
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (TEXTS[base]) return base;
  }
  return "en";
}

const lang = pickLanguage();
const texts = TEXTS[lang];

function t(key, args) {
  let s = texts[key] || TEXTS.en[key] || key;
  for (const [k, v] of Object.entries(args || {})) s = s.replace(`{${k}}`, v);
  return s;
}

/** A topic by its name in the page's language; one this page does not know, as it comes. */
function topicName(code) {
  return texts.topics[code] || TEXTS.en.topics[code] || code;
}

/** A language by its name in the page's language ("ar": "Arabisch"). */
function languageName(code) {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) || code;
  } catch {
    return code;
  }
}

function formatDate(iso) {
  const d = new Date(iso);
  return isNaN(d) ? iso : d.toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
}

const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("guide-token");

function say(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", !!isError);
  status.setAttribute("role", isError ? "alert" : "status");
}

/** A message for a failed answer of the portal, by its error code. */
async function problem(resp) {
  let code = "";
  try {
    code = (await resp.json()).code;
  } catch (_) {
    /* not the portal's JSON error */
  }
  if (code === "bad_credentials" || code === "forbidden" || code === "rate_limited" || code === "conflict" || code === "not_found") return t(code);
  if (resp.status === 422) return t("too_long");
  return t("failed");
}

async function api(method, path, body) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

function showLogin() {
  $("login").hidden = false;
  $("inbox").hidden = true;
  $("logout").hidden = true;
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderRequest(r) {
  const li = el("li", "request");
  li.dataset.id = r.id;
  const heading = `request-${r.id}`;
  li.setAttribute("aria-labelledby", heading);
  const received = el("p", "meta received", t("received", { date: formatDate(r.received) }));
  received.id = heading;
  li.append(received);
  li.append(el("p", "meta", `${t("language", { value: languageName(r.language) })} · ${t("topic", { value: topicName(r.topic) })}`));
  li.append(el("p", "message", r.message));
  const contact = r.contact_method === "app" ? t("contact_app") : t(`contact_${r.contact_method}`, { value: r.contact_value });
  li.append(el("p", "meta contact", contact));
  if (r.answer) {
    li.append(el("p", "meta", t("answered", { date: formatDate(r.answered_at) })));
    li.append(el("p", "answer", r.answer));
    return li;
  }
  const form = el("form", "answer-form");
  form.noValidate = true;
  const area = el("textarea", "answer-text");
  area.id = `answer-${r.id}`;
  area.maxLength = MAX_ANSWER;
  area.required = true;
  const label = el("label", "", t("answer_label"));
  label.htmlFor = area.id;
  const send = el("button", "answer-send", t("send"));
  send.type = "submit";
  form.append(label, area, send);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = area.value.trim();
    if (!text) {
      say(t("empty_answer"), true);
      area.focus();
      return;
    }
    send.disabled = true;
    try {
      const resp = await api("POST", `/v1/guide/requests/${encodeURIComponent(r.id)}/answer`, { answer: text });
      if (!resp.ok) {
        say(await problem(resp), true);
        return;
      }
      const answered = await resp.json();
      li.replaceWith(renderRequest(answered));
      say(t("sent"), false);
    } catch (_) {
      say(t("failed"), true);
    } finally {
      send.disabled = false;
    }
  });
  li.append(form);
  return li;
}

async function loadRequests() {
  let resp;
  try {
    resp = await api("GET", "/v1/guide/requests");
  } catch (_) {
    say(t("failed"), true);
    return;
  }
  if (resp.status === 401) {
    token = null;
    sessionStorage.removeItem("guide-token");
    showLogin();
    return;
  }
  if (!resp.ok) {
    say(await problem(resp), true);
    showLogin();
    return;
  }
  const list = await resp.json();
  $("login").hidden = true;
  $("inbox").hidden = false;
  $("logout").hidden = false;
  $("inbox-heading").textContent = t("inbox", { name: list.guide_name });
  const ol = $("requests");
  ol.replaceChildren(...list.requests.map(renderRequest));
  $("empty").hidden = list.requests.length > 0;
}

async function login(e) {
  e.preventDefault();
  const email = $("email").value.trim();
  const password = $("password").value;
  $("login-submit").disabled = true;
  try {
    const resp = await fetch("/v1/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password, device_name: "Guide page" }),
    });
    if (!resp.ok) {
      say(await problem(resp), true);
      return;
    }
    token = (await resp.json()).token;
    sessionStorage.setItem("guide-token", token);
    $("password").value = "";
    say("", false);
    await loadRequests();
  } catch (_) {
    say(t("failed"), true);
  } finally {
    $("login-submit").disabled = false;
  }
}

async function logout() {
  try {
    await api("DELETE", "/v1/sessions/current");
  } catch (_) {
    /* the token is forgotten either way */
  }
  token = null;
  sessionStorage.removeItem("guide-token");
  showLogin();
  say(t("logged_out"), false);
}

function start() {
  document.documentElement.lang = lang;
  document.title = `welcome.RUHR – ${t("title")}`;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("login-form").addEventListener("submit", login);
  $("logout").addEventListener("click", logout);
  $("reload").addEventListener("click", loadRequests);
  if (token) loadRequests();
  else showLogin();
}

start();
