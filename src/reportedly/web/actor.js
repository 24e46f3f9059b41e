// An actor across the corpus: who it is, how its names were joined, and its statements over time.
import { mountClassFilter } from "./classes.js";
import { actorTimeline, renderPerDate, renderTimeline } from "./corpus-view.js";
import { api, fields, h, markCorpus, pageUrl, params, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
let actorId = null;
let filter = null;

async function resolve() {
  const q = params();
  if (q.get("id")) return Number(q.get("id"));
  const name = (q.get("name") || "").trim();
  if (!name) throw new Error("no actor given (open one from the corpus page)");
  let found;
  try {
    found = (await api(pageUrl("actors", { name, limit: 20 }))).items;
  } catch (err) {
    if (err.message.startsWith("404")) throw new Error(`no actor called “${name}” in the corpus`);
    throw err;
  }
  if (found.length === 1) return found[0].id;
  replace($("actor-card"), h("p", {}, `“${name}” may mean several actors:`),
    h("ul", {}, found.map((a) => h("li", {}, h("a", { href: pageUrl("actor", { id: a.id }) }, a.name),
      ` (${a.type}${a.country ? `, ${a.country}` : ""}, ${a.statements} statements)`))));
  return null;
}

async function loadTimeline() {
  const since = $("f-since").value;
  const until = $("f-until").value;
  const entries = await actorTimeline(actorId, { since, until }, filter);
  renderPerDate($("per-date").querySelector("tbody"), entries);
  renderTimeline($("timeline"), entries);
  const said = entries.filter((e) => e.kind === "statement").length;
  $("status").textContent = `${said} statement${said === 1 ? "" : "s"} and ${entries.length - said} ` +
    `event${entries.length - said === 1 ? "" : "s"}${since || until ? " in this range" : ""}.`;
}

async function start() {
  const health = await markCorpus();
  if (!health || !health.corpus) {
    showProblem($("main"), "No corpus store is served here.");
    return;
  }
  try {
    actorId = await resolve();
    if (actorId === null) return;
    const actor = await api(`actors/${actorId}`);
    $("actor-name").textContent = actor.name;
    document.title = `${actor.name} — reportedly`;
    replace($("actor-card"), fields([
      ["Type", actor.type], ["Country", actor.country], ["Statements", String(actor.statements)],
      ["Reports", String(actor.documents)], ["Also called", actor.names.filter((n) => n !== actor.name).join("; ")],
      ["Titles", actor.titles.join("; ")],
      ["Joined because", actor.links.map((l) => `${l.rule} (${l.names.join(", ")}; ${l.documents} report` +
        `${l.documents === 1 ? "" : "s"})`).join("; ")],
    ]));
    $("over-time").hidden = false;
    filter = mountClassFilter($("class-filter"), "at", () => {
      loadTimeline().catch((err) => { $("status").textContent = `Could not load the timeline: ${err.message}`; });
    });
    $("range-form").addEventListener("submit", (event) => {
      event.preventDefault();
      loadTimeline().catch((err) => { $("status").textContent = `Could not load the timeline: ${err.message}`; });
    });
    await loadTimeline();
  } catch (err) {
    showProblem($("actor-card"), `Could not show this actor: ${err.message}`);
  } finally {
    document.body.dataset.ready = "true";
  }
}

start();
