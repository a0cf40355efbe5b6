// The scouts' page: picks or takes a need, asks the server to match it, and shows why each
// startup ranks where it does. Every text from the server is set as text, never as HTML.
"use strict";

const STAGES = ["pre-seed", "seed", "series-a", "series-b", "series-c", "growth"];
const state = { needs: [], units: [], areas: new Map(), lastResults: [] };

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error || response.statusText);
  return answer;
}

function status(text) {
  document.getElementById("status").textContent = text;
}

function areaLabel(id) {
  const area = state.areas.get(id);
  return area ? area.labels.en || id : id;
}

async function load() {
  const [health, needs, areas] = await Promise.all([
    call("GET", "/v1/health"),
    call("GET", "/v1/needs"),
    call("GET", "/v1/areas"),
  ]);
  state.needs = needs.needs;
  state.units = needs.units;
  for (const area of areas.areas) state.areas.set(area.id, area);
  status(`${health.startups} startups, taxonomy ${health.taxonomyVersion}`);

  const unitSelect = document.getElementById("unit");
  for (const unit of state.units) unitSelect.append(el("option", { value: unit.id }, unit.name));
  unitSelect.addEventListener("change", fillNeeds);
  fillNeeds();

  const stages = document.getElementById("stages");
  for (const stage of STAGES) {
    stages.append(el("label", {}, el("input", { type: "checkbox", value: stage }), stage));
  }

  const areaFilter = document.getElementById("area-filter");
  const sorted = [...state.areas.values()].sort((a, b) => areaLabel(a.id).localeCompare(areaLabel(b.id)));
  for (const area of sorted) {
    const depth = area.id.split(".").length - 1;
    areaFilter.append(el("option", { value: area.id }, "\u00a0\u00a0".repeat(depth) + areaLabel(area.id)));
  }
  areaFilter.addEventListener("change", () => showResults(state.lastResults));

  document.getElementById("need-form").addEventListener("submit", (event) => {
    event.preventDefault();
    match().catch((error) => status("Matching failed: " + error.message));
  });
  document.getElementById("back").addEventListener("click", () => showSection("results"));
}

function fillNeeds() {
  const unit = state.units.find((u) => u.id === document.getElementById("unit").value);
  const needSelect = document.getElementById("need");
  needSelect.replaceChildren();
  for (const need of state.needs) {
    if (unit && need.unit !== unit.id && need.unit !== unit.name) continue;
    needSelect.append(el("option", { value: need.id }, need.title || need.description.slice(0, 60)));
  }
}

function chosenNeed() {
  const text = document.getElementById("text").value.trim();
  if (text) return { id: "typed", description: text };
  const picked = state.needs.find((n) => n.id === document.getElementById("need").value);
  if (!picked) throw new Error("pick a need or type one");
  return picked;
}

function filter() {
  const result = {};
  const stages = [...document.querySelectorAll("#stages input:checked")].map((box) => box.value);
  if (stages.length) result.stages = stages;
  const trl = document.getElementById("trl").value;
  if (trl) result.minReadinessLevel = Number(trl);
  const region = document.getElementById("region").value.trim();
  if (region) result.regions = [region];
  return result;
}

async function match() {
  const need = chosenNeed();
  status("Matching…");
  const answer = await call("POST", "/v1/match", {
    need,
    top: 20,
    minFit: 0,
    explanationDepth: 2,
    filter: filter(),
  });
  state.lastResults = answer.matches;
  document.getElementById("summary").textContent = answer.noMatch
    ? "No match: " + answer.noMatch
    : `${answer.matches.length} startups for "${need.title || need.description}"`;
  showResults(answer.matches);
  showSection("results");
  status(`Matched ${need.id}`);
}

function inArea(match, areaId) {
  return !areaId || match.matchedAreas.some((id) => id === areaId || id.startsWith(areaId + "."));
}

function showResults(matches) {
  const areaId = document.getElementById("area-filter").value;
  const list = document.getElementById("results");
  list.replaceChildren();
  for (const match of matches.filter((m) => inArea(m, areaId))) list.append(resultCard(match));
}

function fitClass(fit) {
  return fit >= 0.7 ? "good" : fit >= 0.45 ? "fair" : "poor";
}

function snippet(s) {
  const paragraph = el("p", { class: "snippet" });
  if (!s) return paragraph;
  let at = 0;
  for (const [start, end] of s.highlights) {
    paragraph.append(s.text.slice(at, start), el("mark", {}, s.text.slice(start, end)));
    at = end;
  }
  paragraph.append(s.text.slice(at));
  return paragraph;
}

function bars(components) {
  const box = el("div", { class: "bars", "aria-label": "each signal's contribution to the score" });
  const max = Math.max(0.0001, ...Object.values(components));
  for (const [signal, value] of Object.entries(components)) {
    const fill = el("span", { class: "fill" });
    fill.style.width = `${(100 * Math.max(0, value)) / max}%`;
    box.append(el("div", { class: "bar" }, el("span", {}, signal), el("span", {}, fill), el("span", { class: "value" }, value.toFixed(3))));
  }
  return box;
}

function resultCard(match) {
  const link = el("a", { href: "#startup=" + encodeURIComponent(match.startup) }, match.name);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    openStartup(match.startup).catch((error) => status("Opening failed: " + error.message));
  });
  const card = el(
    "li",
    { class: "match", "data-startup": match.startup },
    el("h3", {}, `${match.rank}. `, link, " ", el("span", { class: "fit " + fitClass(match.fit) }, `fit ${Math.round(match.fit * 100)}%`)),
    snippet(match.snippet),
    el("div", { class: "tags" }, ...match.matchedTerms.map((t) => el("span", { class: "tag" }, t)), ...match.matchedAreas.map((a) => el("span", { class: "tag area" }, areaLabel(a)))),
    el("div", { class: "missing" }, match.missing.length ? "Missing: " + match.missing.join("; ") : ""),
    bars(match.scoreComponents),
  );
  card.title = match.fitReason;
  return card;
}

async function openStartup(id) {
  status("Opening " + id + "…");
  const [startup, fits] = await Promise.all([
    call("GET", "/v1/startups/" + encodeURIComponent(id)),
    call("GET", "/v1/startups/" + encodeURIComponent(id) + "/fits"),
  ]);
  const facts = el("dl");
  const fact = (name, value) => {
    if (value !== undefined && value !== null && value !== "") facts.append(el("dt", {}, name), el("dd", {}, value));
  };
  fact("One-liner", startup.oneLiner);
  fact("Stage", startup.stage);
  fact("Readiness level", startup.readinessLevel);
  fact("Location", [startup.city, startup.country].filter(Boolean).join(", "));
  fact("Founded", startup.foundedYear);
  fact("Funding", startup.fundingUsd ? "$" + startup.fundingUsd.toLocaleString("en") : "");
  fact("Areas", (startup.technologyAreas || []).map(areaLabel).join(", "));
  fact("Website", startup.website);
  const needs = el("ol", { id: "fits" });
  for (const fit of fits.needs) {
    needs.append(el("li", {}, `${fit.title || fit.need}${fit.unit ? " (" + fit.unit + ")" : ""}: rank ${fit.match.rank}, fit ${Math.round(fit.match.fit * 100)}%`));
  }
  const units = el("ul");
  for (const unit of fits.units) units.append(el("li", {}, `${unit.name}: ${unit.score.toFixed(3)}`));
  document.getElementById("startup").replaceChildren(
    el("h2", {}, startup.name),
    el("p", {}, startup.description),
    facts,
    el("h3", {}, "Needs it fits"),
    fits.needs.length ? needs : el("p", {}, "None of this server's needs."),
    el("h3", {}, "Business units"),
    fits.units.length ? units : el("p", {}, "None."),
  );
  showSection("startup");
  status("Showing " + startup.name);
}

function showSection(which) {
  document.getElementById("results-section").hidden = which !== "results";
  document.getElementById("startup-section").hidden = which !== "startup";
}

load().catch((error) => status("Loading failed: " + error.message));
