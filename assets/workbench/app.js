// The drafter's workbench: plain JavaScript, no framework, nothing fetched from
// anywhere but the server that served this page. Every figure shown comes from the
// server's JSON API (/api/v1/), which computes it with the library; this file only
// sends inputs and lays out the answers.
"use strict";

(function () {
  const API = "/api/v1";
  // The API's paths and the names of its query parameters and multipart fields.
  const EXPLAIN = API + "/explain";
  const AUDIT = API + "/audit";
  const ELECT = API + "/elect";
  const ROUNDINGS = ["up", "half-up", "half-even", "down", "dhondt"];
  const DEBOUNCE_MS = 300;

  const $ = (id) => document.getElementById(id);
  let strings = null;
  let lang = "en";
  let examplePolicy = "";
  let lastExplain = null; // { report, clauses } of the last policy that could be read
  let lastWhatIf = null;
  let lastWhatIfRules = null;
  let auditDoc = null; // { blob, name } of the document to audit
  let electionDoc = null;
  let ballots = null;
  let seq = 0; // the latest explain request; older answers are dropped
  let whatIfSeq = 0;
  let timer = null;

  // ---- strings -------------------------------------------------------------------

  function t(key, vars) {
    const table = (strings && strings[lang]) || {};
    let s = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    if (vars) {
      for (const [k, v] of Object.entries(vars)) {
        s = s.split("{" + k + "}").join(String(v));
      }
    }
    return s;
  }

  function pickLang() {
    const asked = (navigator.languages && navigator.languages.length
      ? navigator.languages
      : [navigator.language || "en"]);
    for (const l of asked) {
      const p = String(l).toLowerCase().split("-")[0];
      if (p === "id" || p === "in" || p === "ms") return "id";
      if (p === "en") return "en";
    }
    return "en";
  }

  function applyLang() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll("[data-i18n]")) {
      el.textContent = t(el.dataset.i18n);
    }
    for (const el of document.querySelectorAll("[data-i18n-title]")) {
      el.title = t(el.dataset.i18nTitle);
    }
    document.title = t("title");
    $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
    $("lang-id").setAttribute("aria-pressed", String(lang === "id"));
  }

  function setLang(l) {
    lang = l;
    applyLang();
    // The server's messages, clauses and reports follow the language.
    if (lastExplain) renderExplain(lastExplain.report, lastExplain.clauses);
    schedule(0);
    if (auditDoc) runAudit();
    if (electionDoc && ballots && $("elect-frame").srcdoc) runElect();
  }

  // ---- talking to the server ------------------------------------------------------

  function headers(extra) {
    return Object.assign({ "Accept-Language": lang }, extra || {});
  }

  // The error the API returns with a 400 (`code`, `message`, `location`), or one made
  // of the status line when the body is not such an error.
  async function apiError(resp) {
    let body = null;
    try {
      body = await resp.json();
    } catch (_) {
      body = null;
    }
    if (body && typeof body === "object") {
      const err = body.error && typeof body.error === "object" ? body.error : body;
      return {
        code: err.code || String(resp.status),
        message: err.message || resp.statusText,
        location: err.location || null,
      };
    }
    return { code: String(resp.status), message: resp.status + " " + resp.statusText, location: null };
  }

  function whereText(loc) {
    if (!loc) return "";
    if (typeof loc === "string") return loc;
    const parts = [];
    if (loc.line !== undefined && loc.line !== null) {
      parts.push(t("error_where", { line: loc.line, column: loc.column === undefined || loc.column === null ? "?" : loc.column }));
    }
    if (loc.path) parts.push(loc.path);
    if (loc.part || loc.field) parts.push(loc.part || loc.field);
    return parts.join(", ");
  }

  function seatsRange() {
    let a = parseInt($("seats-from").value, 10);
    let b = parseInt($("seats-to").value, 10);
    if (!Number.isFinite(a) || a < 1) a = 1;
    if (!Number.isFinite(b) || b < a) b = a;
    if (b > 200) b = 200;
    if (a > b) a = b;
    return a + ".." + b;
  }

  async function postText(url, text) {
    return fetch(url, {
      method: "POST",
      headers: headers({ "Content-Type": "application/toml" }),
      body: text,
    });
  }

  // ---- 1. the policy: what each rule demands --------------------------------------

  function schedule(delay) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(runExplain, delay === undefined ? DEBOUNCE_MS : delay);
  }

  async function runExplain() {
    const mine = ++seq;
    const text = $("policy").value;
    const range = seatsRange();
    setStatus("status", t("status_working"), "working");
    try {
      const resp = await postText(EXPLAIN + "?seats=" + range, text);
      if (mine !== seq) return;
      if (!resp.ok) {
        showPolicyError(await apiError(resp));
        setStatus("status", t("status_error"), "bad");
        return;
      }
      const report = await resp.json();
      const cresp = await postText(EXPLAIN + "?clause=true&seats=" + range, text);
      if (mine !== seq) return;
      const clauses = cresp.ok ? await cresp.json() : null;
      hidePolicyError();
      lastExplain = { report, clauses };
      renderExplain(report, clauses);
      setStatus("status", t("status_ok"), "ok");
      runWhatIf();
    } catch (e) {
      if (mine !== seq) return;
      setStatus("status", t("error_server", { message: e.message }), "bad");
    }
  }

  let errorLoc = null;
  function showPolicyError(err) {
    errorLoc = err.location && typeof err.location === "object" ? err.location : null;
    $("policy-error-where").textContent = whereText(err.location) ? whereText(err.location) + ":" : "";
    $("policy-error-message").textContent = err.message;
    $("policy-error-goto").hidden = !(errorLoc && errorLoc.line);
    $("policy-error").hidden = false;
    $("policy").setAttribute("aria-invalid", "true");
  }

  function hidePolicyError() {
    errorLoc = null;
    $("policy-error").hidden = true;
    $("policy").removeAttribute("aria-invalid");
  }

  // Puts the caret at the error's line and column (both from 1).
  function gotoError() {
    if (!errorLoc || !errorLoc.line) return;
    const area = $("policy");
    const lines = area.value.split("\n");
    let pos = 0;
    for (let i = 0; i < errorLoc.line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
    pos += Math.max(0, (errorLoc.column || 1) - 1);
    area.focus();
    area.setSelectionRange(pos, pos);
  }

  function setStatus(id, text, kind) {
    const el = $(id);
    el.textContent = text;
    el.dataset.kind = kind || "";
  }

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === "class") e.className = v;
        else if (k === "text") e.textContent = v;
        else e.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const c of children || []) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  // The text of one requirement: "at least 3", "2 to 3", "does not apply".
  function requirementText(req, seats, multi) {
    if (!req) return "";
    if (req.kind === "not-applicable") return t("not_applicable", { n: req.from_seats });
    if (req.kind === "needs-reference") return t("needs_reference");
    if (req.kind === "bounds") {
      return req.groups.map((g) => {
        let s = g.max >= seats && g.min <= g.max ? t("at_least", { n: g.min }) : t("between", { min: g.min, max: g.max });
        if (g.lot_for_last_seat) s += " " + t("by_lot");
        return multi ? g.group + ": " + s : s;
      }).join("; ");
    }
    return req.kind;
  }

  function conflictText(seats, c) {
    switch (c.kind) {
      case "min-above-max":
        return t("conflict_min_above_max", { seats, group: c.group, min: c.min, min_rule: c.min_rule, max: c.max, max_rule: c.max_rule });
      case "more-than-seats":
        return t("conflict_more_than_seats", { seats, group: c.group, min: c.min, rule: c.rule });
      case "disjoint-groups-exceed-seats":
        return t("conflict_disjoint", {
          seats,
          groups: c.groups.map((g) => g[0] + " ≥ " + g[1] + " (" + g[2] + ")").join(", "),
          total: c.total,
        });
      default:
        return seats + ": " + c.kind;
    }
  }

  // A table of body sizes (rows) against rules (columns), as the ExplainReport gives it.
  function buildTable(table, report, captionText, idPrefix, headers) {
    table.replaceChildren();
    const rules = report.rules || [];
    const contradicted = new Set((report.contradictions || []).map((c) => c.seats));
    table.append(el("caption", { id: idPrefix + "-caption", text: captionText }));
    const head = el("tr", null, [el("th", { scope: "col", text: t("col_seats") })]);
    for (const r of rules) {
      head.append(el("th", { scope: "col", "data-rule": r.rule, text: headers ? headers(r.rule) : r.rule }));
    }
    table.append(el("thead", null, [head]));
    const body = el("tbody");
    const sizes = rules.length ? rules[0].rows.map((row) => row.seats) : [];
    sizes.forEach((seats, i) => {
      const contra = contradicted.has(seats);
      const th = el("th", { scope: "row", class: contra ? "contradiction" : null }, [String(seats)]);
      if (contra) th.append(el("span", { class: "mark", text: " " + t("contradiction") }));
      const tr = el("tr", { "data-seats": seats }, [th]);
      for (const r of rules) {
        const row = r.rows[i];
        const req = row && row.requirement;
        const multi = req && req.kind === "bounds" && req.groups.length > 1;
        const bad = row && row.infeasible && row.infeasible.length > 0;
        const td = el("td", {
          "data-rule": r.rule,
          "data-seats": seats,
          "data-min": req && req.kind === "bounds" && req.groups.length === 1 ? req.groups[0].min : null,
          class: bad ? "infeasible" : (req && req.kind !== "bounds" ? "muted" : null),
        }, [requirementText(req, seats, multi)]);
        if (bad) {
          td.append(el("span", { class: "mark", text: t("infeasible") }));
          td.title = row.infeasible.map((c) => conflictText(seats, c)).join("\n");
        }
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(body);
  }

  function renderExplain(report, clauses) {
    buildTable($("explain-table"), report, t("explain_caption"), "explain");
    const list = $("contradictions");
    list.replaceChildren();
    const cs = report.contradictions || [];
    if (!cs.length) list.append(el("li", { class: "ok", text: t("no_contradictions") }));
    for (const c of cs) list.append(el("li", { class: "contradiction", text: conflictText(c.seats, c.conflict) }));
    const box = $("clauses");
    box.replaceChildren();
    for (const c of (clauses && clauses.clauses) || []) {
      const art = el("article", { class: "clause", "data-rule": c.rule }, [
        el("h4", { text: c.rule + (c.version > 1 ? " (v" + c.version + ")" : "") }),
        el("p", { text: c.article }),
      ]);
      if (c.notes && c.notes.length) {
        art.append(el("p", { class: "notes-title", text: t("clause_notes") }));
        art.append(el("ul", null, c.notes.map((n) => el("li", { text: n }))));
      }
      box.append(art);
    }
  }

  // ---- 3. what if -------------------------------------------------------------------

  // A percentage as an exact fraction of integers: "37.5" or "37,5" -> 375/1000. No
  // floating point: the server rounds.
  function parseShare(text) {
    const m = /^\s*(\d{1,3})(?:[.,](\d{1,6}))?\s*%?\s*$/.exec(text);
    if (!m) return null;
    const frac = m[2] || "";
    const num = parseInt(m[1] + frac, 10);
    const den = 100 * Math.pow(10, frac.length);
    if (num > den) return null;
    return { num, den, label: m[1] + (frac ? (lang === "id" ? "," : ".") + frac : "") + "%" };
  }

  function tomlString(s) {
    return JSON.stringify(s); // a JSON string is a valid TOML basic string
  }

  // One proportional rule per rounding, with the share as a given population.
  function whatIfPolicy(share) {
    let s = "[[groups]]\nid = \"group\"\none = \"member\"\nmany = \"members\"\nselect = { gender = \"woman\" }\n";
    for (const r of ROUNDINGS) {
      s += "\n[[rules]]\nid = " + tomlString(r) + "\neffective_from = \"2000-01-01\"\nhardness = \"binding\"\n" +
        "base = \"all-seats\"\nconsequence = \"report-only\"\n" +
        "require = { shape = \"proportional\", group = \"group\", rounding = " + tomlString(r) +
        ", reference = { population = \"given\", label = \"membership\", group_count = " + share.num +
        ", total = " + share.den + " } }\n";
    }
    return s;
  }

  // The editor's policy with every reference to the unit's membership replaced by the
  // share as a given population (inline tables and standard tables alike).
  function withShare(text, share) {
    const re = /population\s*=\s*["']unit-membership["']/g;
    let found = false;
    const out = text.split("\n").map((line) => {
      if (!re.test(line)) return line;
      re.lastIndex = 0;
      found = true;
      const inline = line.indexOf("{") >= 0;
      const given = inline
        ? "population = \"given\", label = \"membership\", group_count = " + share.num + ", total = " + share.den
        : "population = \"given\"\nlabel = \"membership\"\ngroup_count = " + share.num + "\ntotal = " + share.den;
      return line.replace(re, given);
    }).join("\n");
    return { text: out, found };
  }

  async function runWhatIf() {
    const mine = ++whatIfSeq;
    const share = parseShare($("share").value);
    if (!share) {
      $("share-error").textContent = t("share_invalid");
      $("share").setAttribute("aria-invalid", "true");
      return;
    }
    $("share-error").textContent = "";
    $("share").removeAttribute("aria-invalid");
    const range = seatsRange();
    try {
      const resp = await postText(EXPLAIN + "?seats=" + range, whatIfPolicy(share));
      if (mine !== whatIfSeq) return;
      if (resp.ok) {
        lastWhatIf = { report: await resp.json(), share };
        renderWhatIf();
      } else {
        $("share-error").textContent = (await apiError(resp)).message;
      }
      const sub = withShare($("policy").value, share);
      if (!sub.found) {
        lastWhatIfRules = null;
        renderWhatIf();
        return;
      }
      const r2 = await postText(EXPLAIN + "?seats=" + range, sub.text);
      if (mine !== whatIfSeq) return;
      lastWhatIfRules = r2.ok ? await r2.json() : null;
      renderWhatIf();
    } catch (e) {
      $("share-error").textContent = t("error_server", { message: e.message });
    }
  }

  function renderWhatIf() {
    if (lastWhatIf) {
      const order = (a, b) => ROUNDINGS.indexOf(a.rule) - ROUNDINGS.indexOf(b.rule);
      const report = Object.assign({}, lastWhatIf.report, { rules: lastWhatIf.report.rules.slice().sort(order) });
      buildTable($("whatif-table"), report, t("whatif_caption", { share: lastWhatIf.share.label }), "whatif",
        (rule) => t("rounding_" + rule));
    }
    if (lastWhatIfRules) {
      buildTable($("whatif-rules-table"), lastWhatIfRules, t("whatif_rules_h"), "whatif-rules");
      $("whatif-rules-note").textContent = "";
    } else {
      $("whatif-rules-table").replaceChildren();
      $("whatif-rules-note").textContent = t("whatif_no_reference");
    }
  }

  // ---- 2. audit and the election: documents to this server --------------------------

  function policyBlob(text) {
    return new Blob([text], { type: "application/toml" });
  }

  function showFrame(frameId, statusId, errorId, html) {
    $(errorId).hidden = true;
    const frame = $(frameId);
    frame.srcdoc = html;
    frame.hidden = false;
    $(statusId).textContent = "";
  }

  async function showFailure(resp, statusId, errorId) {
    const err = await apiError(resp);
    const where = whereText(err.location);
    $(errorId).textContent = (where ? where + ": " : "") + err.message;
    $(errorId).hidden = false;
    $(statusId).textContent = "";
  }

  async function runAudit() {
    if (!auditDoc) return;
    const form = new FormData();
    form.append("document", auditDoc.blob, auditDoc.name);
    form.append("policy", policyBlob($("policy").value), "policy.toml");
    const asOf = $("as-of").value;
    $("audit-status").textContent = t("audit_working");
    try {
      const q = "?format=html" + (asOf ? "&as_of=" + encodeURIComponent(asOf) : "");
      const resp = await fetch(AUDIT + q, { method: "POST", headers: headers(), body: form });
      if (resp.ok) showFrame("audit-frame", "audit-status", "audit-error", await resp.text());
      else await showFailure(resp, "audit-status", "audit-error");
    } catch (e) {
      $("audit-status").textContent = t("error_server", { message: e.message });
    }
  }

  async function exampleBlob(path) {
    const resp = await fetch(path);
    if (!resp.ok) throw new Error(path + ": " + resp.status);
    return resp.blob();
  }

  // The policy for the election, with the consequence chosen in the what-if (every
  // rule's `consequence` line replaced) or as written.
  function electionPolicy() {
    const chosen = $("consequence").value;
    const text = $("policy").value;
    if (!chosen) return text;
    return text.replace(/^(\s*consequence\s*=\s*)["'][^"'\n]*["']/gm, "$1" + tomlString(chosen))
      .replace(/(\{[^\n}]*\bconsequence\s*=\s*)["'][^"'\n]*["']/g, "$1" + tomlString(chosen));
  }

  async function runElect() {
    const id = $("election-id").value.trim();
    if (!electionDoc || !ballots || !id) {
      $("elect-error").textContent = t("missing_inputs");
      $("elect-error").hidden = false;
      return;
    }
    const form = new FormData();
    form.append("document", electionDoc.blob, electionDoc.name);
    form.append("ballots", ballots.blob, ballots.name);
    form.append("policy", policyBlob(electionPolicy()), "policy.toml");
    $("elect-status").textContent = t("elect_working");
    try {
      const q = "?format=html&election=" + encodeURIComponent(id);
      const resp = await fetch(ELECT + q, { method: "POST", headers: headers(), body: form });
      if (resp.ok) showFrame("elect-frame", "elect-status", "elect-error", await resp.text());
      else await showFailure(resp, "elect-status", "elect-error");
    } catch (e) {
      $("elect-status").textContent = t("error_server", { message: e.message });
    }
  }

  function fileOf(input) {
    const f = input.files && input.files[0];
    return f ? { blob: f, name: f.name } : null;
  }

  // ---- start ------------------------------------------------------------------------

  async function start() {
    try {
      strings = await (await fetch("/assets/strings.json")).json();
    } catch (_) {
      strings = null;
    }
    lang = pickLang();
    applyLang();
    $("lang-en").addEventListener("click", () => setLang("en"));
    $("lang-id").addEventListener("click", () => setLang("id"));
    try {
      examplePolicy = await (await fetch("/assets/example/spn-policy.toml")).text();
    } catch (_) {
      examplePolicy = "";
    }
    const area = $("policy");
    if (!area.value) area.value = examplePolicy;
    area.addEventListener("input", () => schedule());
    $("seats-from").addEventListener("input", () => schedule());
    $("seats-to").addEventListener("input", () => schedule());
    $("policy-reset").addEventListener("click", () => {
      area.value = examplePolicy;
      schedule(0);
    });
    $("policy-error-goto").addEventListener("click", gotoError);
    let shareTimer = null;
    $("share").addEventListener("input", () => {
      if (shareTimer) clearTimeout(shareTimer);
      shareTimer = setTimeout(runWhatIf, DEBOUNCE_MS);
    });
    $("doc-file").addEventListener("change", () => {
      auditDoc = fileOf($("doc-file"));
      runAudit();
    });
    $("as-of").addEventListener("change", runAudit);
    $("doc-example").addEventListener("click", async () => {
      try {
        auditDoc = { blob: await exampleBlob("/assets/example/spn.json"), name: "spn.json" };
        runAudit();
      } catch (e) {
        $("audit-status").textContent = t("error_server", { message: e.message });
      }
    });
    $("election-doc").addEventListener("change", () => { electionDoc = fileOf($("election-doc")); });
    $("ballots").addEventListener("change", () => { ballots = fileOf($("ballots")); });
    $("count").addEventListener("click", runElect);
    $("consequence").addEventListener("change", () => { if (electionDoc && ballots) runElect(); });
    $("election-example").addEventListener("click", async () => {
      try {
        electionDoc = { blob: await exampleBlob("/assets/example/psp-election.json"), name: "psp-election.json" };
        ballots = { blob: await exampleBlob("/assets/example/psp-election.blt"), name: "psp-election.blt" };
        $("election-id").value = "pengurus";
        runElect();
      } catch (e) {
        $("elect-status").textContent = t("error_server", { message: e.message });
      }
    });
    schedule(0);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
