// Happenings: one real happening across reports, each report's version side by side (?id=), or the list.
import { actorLink } from "./corpus-view.js";
import { api, docLink, h, markCorpus, pageUrl, params, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
const POSITIONS = { claims: "Claims", denies: "Denies or disputes", disputed: "Claimed and disputed",
  reports: "Reported" };

function names(actors) {
  return actors.length ? actors.map((a, i) => [i ? ", " : "", actorLink(a)]) : "—";
}

/** The happening's days: its date(s), or the window an undated happening can fall on, marked as such. */
function dates(x) {
  if (x.when) return x.when;
  const span = x.start === x.end ? x.start : `${x.start} to ${x.end}`;
  return x.dated === false ? `${span} (window)` : span;
}

/** Who claims and who denies, only where someone does ("claimed by X; denied by Y"). */
function sides(x) {
  const parts = [];
  if (x.claimed_by.length) parts.push(["claimed by ", names(x.claimed_by)]);
  if (x.denied_by.length) parts.push(["denied by ", names(x.denied_by)]);
  return parts.map((p, i) => [i ? "; " : "", ...p]);
}

/** The independent origins, each with the reports that reprint its text under it. */
function origins(o) {
  return h("ul", { class: "origins" }, o.groups.map((g) => h("li", { class: "origin" },
    docLink(g.origin, null, g.origin.outlet || g.origin.title || g.origin.id),
    g.credit ? ` (${g.credit})` : "",
    g.reprints.length ? h("ul", { class: "reprints" }, g.reprints.map((r) => h("li", { class: "reprint" },
      "reprinted by ", docLink(r.document, null, r.document.outlet || r.document.title || r.document.id),
      ` (${Math.round(r.reuse * 100)}% of its text)`))) : null)));
}

/** One report's version: outlet, date, position, who claims or denies, the sentence, a link to the report. */
function version(v) {
  const outlet = v.document.outlet || v.document.title || v.document.id;
  return h("article", { class: `version ${v.position}`, "data-position": v.position },
    h("h3", {}, outlet),
    h("p", { class: "where" }, v.date ? h("time", { datetime: v.date }, v.date)
      : (v.window ? `undated (${v.window[0]} to ${v.window[1]})` : "undated"), " — ",
      docLink(v.document, v.event, v.document.title || v.document.id)),
    h("p", { class: "position" }, h("span", { class: "badge" }, POSITIONS[v.position] || v.position),
      ` ${v.type}: ${v.trigger}`),
    v.claimed_by.length ? h("p", { class: "who" }, "Claimed by ", names(v.claimed_by)) : null,
    v.denied_by.length ? h("p", { class: "who" }, "Denied by ", names(v.denied_by)) : null,
    h("blockquote", {}, v.sentence));
}

async function showOne(id) {
  let one;
  try {
    one = await api(`happenings/${encodeURIComponent(id)}`);
  } catch (err) {
    $("status").textContent = err.message.startsWith("404") ? "No such happening in the corpus."
      : `Could not load the happening: ${err.message}`;
    return;
  }
  $("happenings-form").hidden = true;
  $("happening-title").textContent = one.summary;
  replace($("happening-card"), h("dl", { class: "fields" },
    h("dt", {}, "When"), h("dd", { class: "when" }, dates(one)),
    one.place ? [h("dt", {}, "Where"), h("dd", { class: "place" }, one.place)] : null,
    h("dt", {}, "Reports"), h("dd", {}, `${one.documents} (${one.outlets.join("; ")})`),
    h("dt", {}, "Independent origins"), h("dd", { class: "independent" }, String(one.origins.independent),
      origins(one.origins)),
    one.claimed_by.length ? [h("dt", {}, "Claimed by"), h("dd", { class: "claimed" }, names(one.claimed_by))] : null,
    one.denied_by.length ? [h("dt", {}, "Denied or disputed by"), h("dd", { class: "denied" }, names(one.denied_by))]
      : null,
    h("dt", {}, "Key"), h("dd", {}, one.key)));
  replace($("versions"), one.versions.map(version));
  $("status").textContent = `${one.versions.length} version${one.versions.length === 1 ? "" : "s"} in ${one.documents} reports.`;
}

async function showList(event) {
  if (event) event.preventDefault();
  let page;
  try {
    page = await api(pageUrl("happenings", { place: $("f-place").value.trim(), type: $("f-type").value.trim(),
      limit: 100 }));
  } catch (err) {
    $("status").textContent = `Could not load the happenings: ${err.message}`;
    return;
  }
  replace($("happenings"), page.items.map((x) => {
    const who = sides(x);
    return h("li", { class: "happening" },
      h("a", { href: pageUrl("happening", { id: x.id }) }, x.summary),
      who.length ? [" — ", h("span", { class: "sides" }, who)] : null);
  }));
  const n = page.items.length;
  $("status").textContent = n ? `${n}${page.more ? "+" : ""} happening${n === 1 ? "" : "s"}.` : "No happenings found.";
}

async function start() {
  const health = await markCorpus();
  if (!health || !health.corpus) {
    showProblem($("main"), "No corpus store is served here.");
    return;
  }
  const id = params().get("id");
  if (id) await showOne(id);
  else {
    $("happenings-form").addEventListener("submit", showList);
    await showList();
  }
  document.body.dataset.ready = "true";
}

start();
