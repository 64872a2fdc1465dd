/* eventwire dashboard: shared helpers.
 *
 * Article text and every other value from the API is hostile input. It only
 * ever reaches the page through textContent or attribute setters on elements
 * built here; innerHTML is never given data.
 */
"use strict";

const EW = {
  TYPES: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT"],

  /** Build an element: el("td", {className: "x"}, "text", childNode, ...). */
  el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "href") node.setAttribute("href", EW.safeHref(value));
      else node[key] = value;
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  },

  /** Only same-site paths and http(s) URLs may become links. */
  safeHref(value) {
    const text = String(value);
    if (text.startsWith("/") && !text.startsWith("//")) return text;
    try {
      const url = new URL(text);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch (error) { /* not a URL */ }
    return "#";
  },

  /** GET a JSON API path; throws with the API's coded error on failure. */
  async get(path, params) {
    const query = params ? "?" + new URLSearchParams(EW.compact(params)).toString() : "";
    const response = await fetch(path + query, {headers: {Accept: "application/json"}});
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  },

  /** Drop empty values so they do not become filters. */
  compact(params) {
    const out = {};
    for (const [key, value] of Object.entries(params)) {
      if (value !== "" && value !== null && value !== undefined) out[key] = value;
    }
    return out;
  },

  clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  },

  typeClass(type) {
    return EW.TYPES.includes(type) ? "t-" + type : "t-unknown";
  },

  /** "Taliban → NRF" from an event's actors. */
  actorLine(actors) {
    const names = (role) => (actors || []).filter((a) => a.role === role)
      .map((a) => a.name || a.text).filter((v, i, all) => all.indexOf(v) === i).join(", ");
    const source = names("source"), target = names("target");
    return target ? `${source || "?"} → ${target}` : source;
  },

  statusLabel(status) {
    const flags = ["negated", "hypothetical", "future", "historical", "attempted"]
      .filter((flag) => status && status[flag]);
    return flags.length ? flags.join(", ") : "factual";
  },
};
