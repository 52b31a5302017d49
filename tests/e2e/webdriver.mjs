// A small W3C WebDriver client for tauri-driver (the real app window) and chromedriver (the
// portal's pages in Debian's Chromium), with no browser downloads and no framework between the
// test and the protocol.
import { setTimeout as sleep } from "node:timers/promises";

export class WebDriver {
  constructor(base) {
    this.base = base;
    this.session = null;
  }

  async request(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.value ?? json)}`);
      error.webdriver = json.value?.error;
      throw error;
    }
    return json.value;
  }

  async start(application, env = {}, args = []) {
    const value = await this.request("POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, env, args } } },
    });
    this.session = value.sessionId;
    return this;
  }

  /** A session of any browser, with these capabilities (chromedriver's `goog:chromeOptions`). */
  async startWith(capabilities) {
    const value = await this.request("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    this.session = value.sessionId;
    return this;
  }

  async navigate(url) {
    await this.request("POST", this.s("/url"), { url });
  }

  async quit() {
    if (!this.session) return;
    await this.request("DELETE", `/session/${this.session}`).catch(() => {});
    this.session = null;
  }

  s(path) {
    return `/session/${this.session}${path}`;
  }

  async find(css) {
    const value = await this.request("POST", this.s("/element"), { using: "css selector", value: css });
    return Object.values(value)[0];
  }

  async findAll(css) {
    const values = await this.request("POST", this.s("/elements"), { using: "css selector", value: css });
    return values.map((v) => Object.values(v)[0]);
  }

  /** Waits until an element matching `css` exists (and, optionally, its text matches). */
  async waitFor(css, { timeout = 20000, text } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
      try {
        const el = await this.find(css);
        if (!text) return el;
        const t = await this.text(el);
        if (text instanceof RegExp ? text.test(t) : t.includes(text)) return el;
        last = `text was ${JSON.stringify(t)}`;
      } catch (e) {
        last = e.message;
      }
      await sleep(150);
    }
    throw new Error(`timed out waiting for ${css}${text ? ` with text ${text}` : ""}: ${last}`);
  }

  /** Waits until the form control matching `css` exists and holds `value` (a view may render before its data). */
  async waitForValue(css, value, { timeout = 20000 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
      last = await this.exec("return document.querySelector(arguments[0])?.value ?? null", css);
      if (last === value) return;
      await sleep(150);
    }
    throw new Error(`timed out waiting for ${css} to hold ${JSON.stringify(value)}: it held ${JSON.stringify(last)}`);
  }

  async click(css, options) {
    const el = await this.waitFor(css, options);
    await this.request("POST", this.s(`/element/${el}/click`), {});
  }

  async type(css, value) {
    const el = await this.waitFor(css);
    await this.request("POST", this.s(`/element/${el}/clear`), {}).catch(() => {});
    await this.request("POST", this.s(`/element/${el}/value`), { text: String(value) });
  }

  async text(el) {
    return this.request("GET", this.s(`/element/${el}/text`));
  }

  async textOf(css) {
    return this.text(await this.waitFor(css));
  }

  /** Runs a script in the page; used to set <select> and date inputs the way a user's choice does. */
  async exec(script, ...args) {
    return this.request("POST", this.s("/execute/sync"), { script, args });
  }

  async select(css, value) {
    await this.waitFor(css);
    await this.exec(
      `const el = document.querySelector(arguments[0]); el.value = arguments[1];
       el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));`,
      css,
      value,
    );
  }

  async screenshot() {
    return Buffer.from(await this.request("GET", this.s("/screenshot")), "base64");
  }
}
