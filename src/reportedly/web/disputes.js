// The contradictions list: a claim and a denial of the same thing by different sources.
import { classLabel } from "./classes.js";
import { actorLink } from "./corpus-view.js";
import { api, docLink, h, markCorpus, pageUrl, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
const PAGE = 20;
const state = { offset: 0, query: {} };

function side(label, s) {
  const st = s.statement;
  const ev = s.event;
  const ref = st || ev;
  const who = st ? (st.speakers.length ? st.speakers.map((a) => [actorLink(a), " "]) : st.source) : null;
  return h("div", { class: `side ${s.position}` },
    h("h3", {}, label),
    h("p", { class: "who" }, who || (ev ? ev.status.map((c) => `${c.status} by ${c.by.map((a) => a.name).join(" & ")}`)
      .join("; ") : "?"), st ? ` ${st.cue || "(no cue)"}:` : ` ${ev.type}:`,
    st && st.class && st.class !== "speech" ? [" ", classLabel(st)] : null),
    h("blockquote", {}, st ? st.content : ev.trigger),
    h("p", { class: "where" }, ref.date ? h("time", { datetime: ref.date }, ref.date) : "undated", " — ",
      docLink(ref.document, st ? st.statement : ev.event)),
    s.terms.length ? h("p", { class: "hint" }, `because of: ${s.terms.join(", ")}`) : null);
}

async function load(more = false) {
  state.offset = more ? state.offset + PAGE : 0;
  let page;
  try {
    page = await api(pageUrl("contradictions", { ...state.query, limit: PAGE, offset: state.offset }));
  } catch (err) {
    $("status").textContent = err.message.startsWith("404") ? "No such actor in the corpus."
      : `Could not load the contradictions: ${err.message}`;
    replace($("disputes"));
    $("disputes-more").hidden = true;
    return;
  }
  const items = page.items.map((c) => h("li", { class: "dispute" },
    h("h2", {}, `${c.frame}: ${c.anchors.join(", ")}`),
    h("div", { class: "sides" }, side("Claims", c.claim), side("Denies", c.denial)),
    h("p", { class: "why" }, c.explanation, c.across_documents ? " (two reports)" : " (one report)"),
    c.happening ? h("p", { class: "happening-link" }, h("a", { href: pageUrl("happening", { id: c.happening }) },
      "The happening both sides are about, as every report tells it")) : null));
  if (more) $("disputes").append(...items);
  else replace($("disputes"), items);
  const n = $("disputes").children.length;
  $("status").textContent = n ? `${n}${page.more ? "+" : ""} contradiction${n === 1 ? "" : "s"}.`
    : "No contradictions found.";
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
