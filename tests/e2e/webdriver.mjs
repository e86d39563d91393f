// A small W3C WebDriver client on Node's fetch: just what the end-to-end test needs.
// tauri-driver speaks W3C WebDriver and forwards to WebKitWebDriver, which drives the app.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} -> ${status}: ${value?.error ?? ""} ${value?.message ?? JSON.stringify(value)}`);
    this.error = value?.error;
  }
}

export class Session {
  constructor(baseUrl, id) {
    this.baseUrl = baseUrl;
    this.id = id;
  }

  /** Starts the app under tauri-driver and returns the session. */
  static async start(baseUrl, application) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application } } } };
    const value = await request(baseUrl, "POST", "/session", body);
    return new Session(baseUrl, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.baseUrl, method, `/session/${this.id}${path}`, body);
  }

  async end() {
    await this.cmd("DELETE", "");
  }

  // --- elements ---------------------------------------------------------------------------

  async find(css, from = null) {
    const scope = from ? `/element/${from.id}` : "";
    return new Element(this, (await this.cmd("POST", `${scope}/element`, { using: "css selector", value: css }))[ELEMENT]);
  }

  async findAll(css, from = null) {
    const scope = from ? `/element/${from.id}` : "";
    const found = await this.cmd("POST", `${scope}/elements`, { using: "css selector", value: css });
    return found.map((ref) => new Element(this, ref[ELEMENT]));
  }

  /** Waits until `css` matches an element, and returns it. */
  async waitFor(css, { timeoutMs = 10000, what = css } = {}) {
    return this.until(async () => (await this.findAll(css))[0] ?? null, { timeoutMs, what });
  }

  /** Polls `probe` until it returns something truthy; fails with `what` after the timeout. */
  async until(probe, { timeoutMs = 10000, intervalMs = 100, what = "condition" } = {}) {
    const deadline = Date.now() + timeoutMs;
    let lastError = null;
    for (;;) {
      try {
        const result = await probe();
        if (result) return result;
      } catch (error) {
        // The page may be re-rendering: an element gone stale is worth another look.
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError.message})` : ""}`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  async execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Runs an async script; it finishes by calling its last argument with the result. */
  async executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /**
   * The page's screenshot as PNG bytes. WebKitWebDriver's snapshot waits for the next frame,
   * which an idle page under Xvfb never paints: a 1-pixel flicker for a moment provides one.
   */
  async screenshot() {
    await this.execute(`
      const tick = document.createElement("div");
      tick.style.cssText = "position:fixed;right:0;bottom:0;width:1px;height:1px;pointer-events:none";
      document.body.append(tick);
      const end = Date.now() + 1500;
      (function flicker() {
        tick.style.opacity = tick.style.opacity === "0.5" ? "0.51" : "0.5";
        if (Date.now() < end) requestAnimationFrame(flicker);
        else tick.remove();
      })();`);
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  async title() {
    return this.cmd("GET", "/title");
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
    this[ELEMENT] = id;
  }

  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.cmd("POST", "/click", {});
  }

  clear() {
    return this.cmd("POST", "/clear", {});
  }

  type(text) {
    return this.cmd("POST", "/value", { text });
  }

  text() {
    return this.cmd("GET", "/text");
  }

  attribute(name) {
    return this.cmd("GET", `/attribute/${encodeURIComponent(name)}`);
  }

  property(name) {
    return this.cmd("GET", `/property/${encodeURIComponent(name)}`);
  }
}

async function request(baseUrl, method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A wedged webview should fail the test in a minute, not hang it.
    signal: AbortSignal.timeout(60000),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) throw new WebDriverError(method, path, response.status, json.value);
  return json.value;
}
