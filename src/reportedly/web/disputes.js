// Disputes: one claim each, who asserts it and who denies, counters or corrects it, quotations side by side.
import { classLabel } from "./classes.js";
import { actorLink } from "./corpus-view.js";
import { api, docLink, h, markCorpus, pageUrl, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
const PAGE = 20;
const QUOTES = 4;
const state = { offset: 0, query: {} };
const VERBS = { denial: "Denied by", counter: "Countered by", correction: "Corrected by" };
const KINDS = { denial: "denial", counter: "competing account", correction: "correction" };

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function who(side) {
  const linked = new Set(side.actors.map((a) => a.name));
  const names = [...side.actors.map((a) => actorLink(a)), ...side.sources.filter((s) => !linked.has(s)).slice(0, 4)];
  return names.map((n, i) => [i ? ", " : "", n]);
}

function origins(side) {
  return h("p", { class: "origins" }, `${plural(side.independent, "independent report")}: `,
    side.origins.map((o, i) => [i ? "; " : "", o.document, o.credit ? ` (${o.credit})` : "",
      o.reprints.length ? h("span", { class: "reprints" }, ` reprinted by ${o.reprints.join(", ")}`) : null]));
}

function evidence(e, copies) {
  const st = e.statement;
  const ref = st ? st.statement : e.event ? e.event.event : null;
  return h("li", { class: `evidence ${e.kind}` },
    h("p", { class: "who" }, e.speakers.length ? e.speakers.map((a) => [actorLink(a), " "]) : e.source,
      st && st.class && st.class !== "speech" ? [" ", classLabel(st)] : null,
      e.terms.length ? h("span", { class: "hint" }, ` (${e.terms.join(", ")})`) : null),
    h("blockquote", {}, e.quote),
    h("p", { class: "where" }, e.date ? h("time", { datetime: e.date }, e.date) : "undated", " — ",
      ref ? docLink(e.document, ref) : h("a", { href: pageUrl("document", { id: e.document.hash }) },
        e.document.title || e.document.id),
      copies.length ? h("span", { class: "reprints" }, ` (also in ${copies.join(", ")})`) : null));
}

/** The side's quotations, each once: the same words in a reprint are named after the first. */
function quotations(s) {
  const seen = new Map();
  for (const e of s.evidence) {
    const key = `${e.source}\u0000${e.quote}`;
    if (seen.has(key)) seen.get(key).copies.push(e.document.id);
    else seen.set(key, { e, copies: [] });
  }
  return [...seen.values()];
}

function side(label, cls, s) {
  const quotes = quotations(s);
  const items = quotes.slice(0, QUOTES).map((q) => evidence(q.e, q.copies));
  const more = quotes.length - items.length;
  return h("div", { class: `side ${cls}` },
    h("h3", {}, label),
    h("p", { class: "sources" }, who(s)),
    origins(s),
    h("ul", { class: "quotes" }, items),
    more > 0 ? h("p", { class: "hint" }, `… and ${plural(more, "more quotation")}`) : null);
}

async function load(more = false) {
  state.offset = more ? state.offset + PAGE : 0;
  let page;
  try {
    page = await api(pageUrl("contradictions", { ...state.query, limit: PAGE, offset: state.offset }));
  } catch (err) {
    $("status").textContent = err.message.startsWith("404") ? "No such actor in the corpus."
      : `Could not load the disputes: ${err.message}`;
    replace($("disputes"));
    $("disputes-more").hidden = true;
    return;
  }
  const items = page.items.map((d) => h("li", { class: `dispute ${d.kind}`, id: d.id },
    h("h2", {}, d.claim),
    h("p", { class: "kind" }, KINDS[d.kind] || d.kind),
    h("div", { class: "sides" }, side("Asserted by", "claims", d.asserted),
      side(VERBS[d.kind] || "Denied by", "denies", d.denied)),
    h("p", { class: "why" }, d.explanation),
    d.happening ? h("p", { class: "happening-link" }, h("a", { href: pageUrl("happening", { id: d.happening }) },
      "The happening both sides are about, as every report tells it")) : null));
  if (more) $("disputes").append(...items);
  else replace($("disputes"), items);
  const n = $("disputes").children.length;
  $("status").textContent = n ? (n < page.total ? `${n} of ${plural(page.total, "dispute")}.`
    : `${plural(n, "dispute")}.`) : "No disputes found.";
  $("disputes-more").hidden = !page.more;
}

async function start() {
  const health = await markCorpus();
  if (!health || !health.corpus) {
    showProblem($("main"), "No corpus store is served here.");
    return;
  }
  $("disputes-form").addEventListener("submit", (event) => {
    event.preventDefault();
    state.query = { actor: $("f-actor").value.trim(), place: $("f-place").value.trim(),
      across_documents: $("f-across").checked ? "true" : "" };
    load();
  });
  $("disputes-more").addEventListener("click", () => load(true));
  await load();
  document.body.dataset.ready = "true";
}

start();
