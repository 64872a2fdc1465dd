/* eventwire dashboard: filters, map, timeline and event table.
 *
 * The filters live in the page's query string, so a filtered view is a link.
 */
"use strict";

const PAGE = 50;
const FILTERS = ["since", "until", "type", "actor", "country", "status", "q"];
const state = {filters: {}, offset: 0, map: null, cluster: null};

function readFilters() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const name of FILTERS) filters[name] = params.get(name) || "";
  state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  return filters;
}

function writeForm(form, filters) {
  for (const name of FILTERS) form.elements[name].value = filters[name];
}

function pushState() {
  const params = EW.compact({...state.filters, offset: state.offset || ""});
  const query = new URLSearchParams(params).toString();
  window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
}

async function fillChoices(form) {
  const types = form.elements.type;
  for (const type of EW.TYPES) types.appendChild(EW.el("option", {value: type}, type));
  const [countries, actors] = await Promise.all([
    EW.get("/api/v1/countries"), EW.get("/api/v1/actors", {limit: 300})]);
  const names = document.getElementById("actor-names");
  for (const actor of actors.items) {
    if (actor.name) names.appendChild(EW.el("option", {value: actor.name}));
  }
  for (const row of countries.items) {
    form.elements.country.appendChild(
      EW.el("option", {value: row.country}, `${row.country} (${row.events})`));
  }
}

function buildMap(meta, outlines) {
  const map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([15, 20], 2);
  if (meta.tiles) {
    L.tileLayer(meta.tiles, {attribution: meta.tiles_attribution || ""}).addTo(map);
  } else {
    map.attributionControl.addAttribution("Country outlines: Natural Earth");
  }
  L.geoJSON(outlines, {
    interactive: false,
    style: () => ({className: "country", weight: 0.6, color: "#7b8794", fillColor: "#eef1f4",
      fillOpacity: meta.tiles ? 0 : 1}),
  }).addTo(map);
  state.cluster = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(state.cluster);
  state.map = map;
}

function clusterIcon(cluster) {
  // A cluster takes the colour of its most frequent event type.
  const counts = {};
  for (const marker of cluster.getAllChildMarkers()) {
    counts[marker.options.eventType] = (counts[marker.options.eventType] || 0) + 1;
  }
  const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
  const size = cluster.getChildCount() < 100 ? 34 : 44;
  const label = EW.el("span", {}, String(cluster.getChildCount()));
  return L.divIcon({html: label, className: `ev-cluster ${EW.typeClass(top)}`,
    iconSize: L.point(size, size)});
}

function popup(point) {
  return EW.el("div", {className: "popup"},
    EW.el("strong", {className: EW.typeClass(point.type) + " tag"}, point.type),
    " ", point.date || "undated",
    EW.el("br"), point.location || "",
    EW.el("br"), EW.el("a", {href: `/events/${point.id}`}, "Open event"));
}

async function loadMap() {
  const data = await EW.get("/api/v1/map", state.filters);
  const markers = data.items.map((point) => {
    const icon = L.divIcon({className: `ev-marker ${EW.typeClass(point.type)}`, iconSize: [14, 14]});
    const marker = L.marker([point.lat, point.lon], {icon, eventType: point.type, title: point.type});
    marker.bindPopup(() => popup(point));
    return marker;
  });
  state.cluster.clearLayers();
  state.cluster.addLayers(markers);
  const legend = document.getElementById("legend");
  EW.clear(legend);
  const seen = [...new Set(data.items.map((point) => point.type))].sort();
  for (const type of seen) {
    legend.appendChild(EW.el("span", {className: "legend-item"},
      EW.el("span", {className: `swatch ${EW.typeClass(type)}`}), type));
  }
  if (!data.items.length) legend.appendChild(EW.el("p", {className: "note"},
    "No located events match: the map shows events whose place was resolved to coordinates."));
  if (data.truncated) legend.appendChild(EW.el("p", {className: "note"},
    `Map shows the first ${data.items.length} located events; narrow the filters to see all.`));
}

async function loadTimeline() {
  const data = await EW.get("/api/v1/stats/timeline", state.filters);
  const box = document.getElementById("timeline");
  EW.clear(box);
  if (!data.buckets.length) {
    box.appendChild(EW.el("p", {className: "note"}, "No dated events."));
    return;
  }
  const svgNS = "http://www.w3.org/2000/svg";
  const width = 320, height = 140, max = Math.max(...data.buckets.map((b) => b.count));
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height + 18}`);
  svg.setAttribute("class", "histogram");
  const step = width / data.buckets.length;
  data.buckets.forEach((bucket, index) => {
    const bar = document.createElementNS(svgNS, "rect");
    const barHeight = Math.max(1, (bucket.count / max) * height);
    bar.setAttribute("x", String(index * step + 0.5));
    bar.setAttribute("y", String(height - barHeight));
    bar.setAttribute("width", String(Math.max(1, step - 1)));
    bar.setAttribute("height", String(barHeight));
    bar.setAttribute("class", "bar");
    bar.dataset.start = bucket.start;
    bar.dataset.end = bucket.end;
    const title = document.createElementNS(svgNS, "title");
    title.textContent = `${bucket.label}: ${bucket.count} events`;
    bar.appendChild(title);
    bar.addEventListener("click", () => {
      state.filters.since = bucket.start;
      state.filters.until = bucket.end;
      writeForm(document.getElementById("filters"), state.filters);
      refresh(true);
    });
    svg.appendChild(bar);
  });
  for (const [index, anchor] of [[0, "start"], [data.buckets.length - 1, "end"]]) {
    const text = document.createElementNS(svgNS, "text");
    text.setAttribute("x", String(anchor === "start" ? 0 : width));
    text.setAttribute("y", String(height + 14));
    text.setAttribute("text-anchor", anchor);
    text.setAttribute("class", "axis");
    text.textContent = data.buckets[index].label;
    svg.appendChild(text);
  }
  box.appendChild(svg);
  box.appendChild(EW.el("p", {className: "note"}, `per ${data.bucket}; click a bar to zoom in`));
}

async function loadTable() {
  const data = await EW.get("/api/v1/events", {...state.filters, limit: PAGE, offset: state.offset});
  const body = document.querySelector("#events tbody");
  EW.clear(body);
  for (const event of data.items) {
    const link = EW.el("a", {href: `/events/${event.id}`, className: "event-link"}, event.date || "undated");
    body.appendChild(EW.el("tr", {dataset: {id: String(event.id)}},
      EW.el("td", {}, link),
      EW.el("td", {}, EW.el("span", {className: `tag ${EW.typeClass(event.type)}`}, event.type)),
      EW.el("td", {}, EW.actorLine(event.actors)),
      EW.el("td", {}, event.location || ""),
      EW.el("td", {}, event.country || ""),
      EW.el("td", {className: "num"}, String(event.fatalities)),
      EW.el("td", {}, event.source || ""),
      EW.el("td", {className: "num"}, String(event.report_count || 1)),
      EW.el("td", {}, EW.statusLabel(event.status))));
  }
  if (!data.items.length) {
    body.appendChild(EW.el("tr", {}, EW.el("td", {colSpan: 9, className: "note"}, "No events match.")));
  }
  const last = Math.min(data.offset + data.items.length, data.total);
  document.getElementById("page").textContent =
    data.total ? `${data.offset + 1}–${last} of ${data.total}` : "";
  document.getElementById("summary").textContent = `${data.total} events`;
  document.getElementById("prev").disabled = data.offset === 0;
  document.getElementById("next").disabled = last >= data.total;
}

async function refresh(everything) {
  pushState();
  document.body.classList.add("loading");
  try {
    const jobs = [loadTable()];
    if (everything) jobs.push(loadMap(), loadTimeline());
    await Promise.all(jobs);
  } catch (error) {
    document.getElementById("summary").textContent = String(error.message || error);
  } finally {
    document.body.classList.remove("loading");
    document.body.dataset.ready = "true";
  }
}

window.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("filters");
  const [meta, outlines] = await Promise.all([
    EW.get("/api/v1/meta"), fetch("/static/world/countries-110m.geojson").then((r) => r.json()),
    fillChoices(form).catch(() => null)]);
  state.filters = readFilters();
  writeForm(form, state.filters);
  buildMap(meta, outlines);
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    for (const name of FILTERS) state.filters[name] = form.elements[name].value.trim();
    state.offset = 0;
    refresh(true);
  });
  form.addEventListener("reset", () => {
    window.setTimeout(() => form.requestSubmit(), 0);
  });
  document.getElementById("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    refresh(false);
  });
  document.getElementById("next").addEventListener("click", () => {
    state.offset += PAGE;
    refresh(false);
  });
  refresh(true);
});
