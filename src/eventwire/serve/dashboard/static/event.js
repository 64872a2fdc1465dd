/* eventwire event page: the article with the evidence highlighted, the
 * claim chain, and the other reports of the same real-world event.
 *
 * The API gives highlight spans as character offsets into the article text;
 * the text is cut at every span boundary and each piece becomes a text node
 * inside a <span> whose classes name the spans that cover it. The article
 * itself is never parsed as HTML.
 */
"use strict";

const LABELS = {
  evidence: "evidence sentence", trigger: "trigger", source: "source actor",
  target: "target actor", place: "place", date: "date", quote: "quote", speaker: "speaker",
};

/** Split `text` at every highlight boundary: [{start, end, kinds:[...]}, ...]. */
function segments(text, highlights) {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) { cuts.add(h.start); cuts.add(h.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i], end = points[i + 1];
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    pieces.push({start, end, kinds: [...new Set(covering.map((h) => h.kind))],
      labels: covering.map((h) => h.label).filter(Boolean)});
  }
  return pieces;
}

function renderArticle(text, highlights) {
  const box = document.getElementById("article-text");
  EW.clear(box);
  let first = null;
  for (const piece of segments(text, highlights)) {
    const chunk = text.slice(piece.start, piece.end);
    if (!piece.kinds.length) {
      box.appendChild(document.createTextNode(chunk));
      continue;
    }
    const span = EW.el("span", {className: piece.kinds.map((k) => "hl hl-" + k).join(" "),
      title: piece.labels.join("; ")}, chunk);
    span.dataset.kinds = piece.kinds.join(" ");
    box.appendChild(span);
    if (!first && piece.kinds.includes("evidence")) first = span;
  }
  if (first) first.scrollIntoView({block: "center"});
}

function fact(list, term, value) {
  if (value === null || value === undefined || value === "") return;
  list.appendChild(EW.el("dt", {}, term));
  list.appendChild(EW.el("dd", {}, String(value)));
}

function renderFacts(data) {
  const event = data.event;
  document.title = `${event.type} – eventwire`;
  const headline = document.getElementById("headline");
  headline.appendChild(EW.el("span", {className: `tag ${EW.typeClass(event.type)}`}, event.type));
  headline.appendChild(document.createTextNode(" " + (EW.actorLine(event.actors) || event.trigger.text)));
  const facts = document.getElementById("facts");
  fact(facts, "Trigger", event.trigger.text);
  fact(facts, "Mode", event.mode);
  fact(facts, "ACLED", [event.acled.event_type, event.acled.sub_event_type].filter(Boolean).join(" / "));
  fact(facts, "Date", event.date ? `${event.date.value} (${event.date.precision})` : "unknown");
  const place = event.location;
  fact(facts, "Place", place ? [place.name || place.text, place.admin1, place.country]
    .filter(Boolean).join(", ") : "unknown");
  fact(facts, "Fatalities", event.fatalities);
  fact(facts, "Status", EW.statusLabel(event.status));
  fact(facts, "Confidence", event.confidence.toFixed(2));
  const key = document.getElementById("key");
  for (const kind of new Set(data.highlights.map((h) => h.kind))) {
    key.appendChild(EW.el("span", {className: `hl hl-${kind} key-item`}, LABELS[kind] || kind));
  }
}

function renderArticleHead(article) {
  document.getElementById("article-title").textContent = article.title || article.id;
  const meta = [article.source, article.published].filter(Boolean).join(", ");
  const line = document.getElementById("article-meta");
  line.textContent = meta;
  if (article.url) {
    line.appendChild(document.createTextNode(" "));
    line.appendChild(EW.el("a", {href: article.url, rel: "noopener noreferrer nofollow"}, "original"));
  }
}

function renderClaims(claims) {
  const list = document.getElementById("claims");
  for (const claim of claims) {
    const item = EW.el("li", {className: "claim claim-" + claim.role},
      EW.el("span", {className: "claim-role"}, claim.label), " ", EW.el("strong", {}, claim.name || "?"));
    if (claim.text) item.appendChild(EW.el("blockquote", {}, claim.text));
    list.appendChild(item);
  }
}

function renderReports(reports, merged) {
  const list = document.getElementById("reports");
  if (!reports.length) {
    list.appendChild(EW.el("li", {className: "note"}, merged
      ? "No other reports." : "This event was not merged with any other report."));
    return;
  }
  for (const report of reports) {
    list.appendChild(EW.el("li", {className: "report"},
      EW.el("a", {href: `/events/${report.id}`}, [report.source, report.published]
        .filter(Boolean).join(", ") || report.article_id),
      " ", EW.el("span", {className: `tag ${EW.typeClass(report.type)}`}, report.type),
      EW.el("p", {className: "evidence"}, report.evidence || ""),
      report.explanation ? EW.el("p", {className: "note"}, "matched on: " + report.explanation) : null));
  }
}

window.addEventListener("DOMContentLoaded", async () => {
  const id = decodeURIComponent(window.location.pathname.split("/").filter(Boolean).pop());
  try {
    const data = await EW.get(`/api/v1/events/${encodeURIComponent(id)}`);
    renderFacts(data);
    renderArticleHead(data.article);
    renderArticle(data.article.text, data.highlights);
    renderClaims(data.claims);
    renderReports(data.reports, data.merged);
  } catch (error) {
    const box = document.getElementById("error");
    box.textContent = String(error.message || error);
    box.hidden = false;
  } finally {
    document.body.dataset.ready = "true";
  }
});
