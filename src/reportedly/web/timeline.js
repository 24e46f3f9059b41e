// The corpus timeline: everything said and done, by date, or one actor's; filtered by actor, dates and
// what to show (statements, events, one type of event), uncertain events hidden by default, in pages.
import { mountClassFilter } from "./classes.js";
import { actorLink, eventEntry, renderTimeline, statementEntry } from "./corpus-view.js";
import { api, h, markCorpus, pageUrl, replace, showProblem } from "./render.js";
import { EVENT_WORDS, SURE_EVENT } from "./words.js";

const $ = (id) => document.getElementById(id);
const PAGE = 50;
const BATCH = 500;
const MOST = 5000;
let filter = null;
const state = { entries: [], page: 0, note: "" };

/** Every item of a paged list endpoint (`url` with its filters; at most MOST), and whether there were more. */
async function every(url) {
  const items = [];
  let offset = 0;
  for (;;) {
    const page = await api(`${url}${url.includes("?") ? "&" : "?"}limit=${BATCH}&offset=${offset}`);
    items.push(...page.items);
    if (!page.more) return { items, cut: false };
    if (items.length >= MOST) return { items, cut: true };
    offset += BATCH;
  }
}

async function statementsOf(params) {
  const url = filter.query("statements", params);  // the classes the filter shows (null: none ticked)
  return url ? every(url) : { items: [], cut: false };
}

async function load(actor, since, until, show, uncertain) {
  const wantStatements = show === "" || show === "statements";
  const wantEvents = show !== "statements";
  const type = show && show !== "statements" && show !== "events" ? show : null;
  const base = { since, until, actor: actor ? actor.name : null };
  const [said, done] = await Promise.all([
    wantStatements && !type ? statementsOf(base) : { items: [], cut: false },
    wantEvents ? every(pageUrl("events", { ...base, type })) : { items: [], cut: false },
  ]);
  let statements = said.items;
  let events = done.items;
  if (actor) {  // a name may mean several actors: keep this one's own records
    statements = statements.filter((s) => s.speakers.some((a) => a.id === actor.id));
    events = events.filter((e) => e.parties.some((p) => p.actor && p.actor.id === actor.id)
      || e.status.some((c) => c.by.some((a) => a.id === actor.id)));
  }
  const sure = events.filter((e) => e.confidence >= SURE_EVENT);
  const hidden = uncertain ? 0 : events.length - sure.length;
  const entries = [...statements.map(statementEntry), ...(uncertain ? events : sure).map(eventEntry)];
  entries.sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  const notes = [];
  if (hidden) notes.push(`${hidden} uncertain event${hidden === 1 ? "" : "s"} hidden`);
  if (said.cut || done.cut) notes.push(`the first ${MOST} of each kind: narrow the dates to see the rest`);
  return { entries, note: notes.length ? ` (${notes.join("; ")})` : "" };
}

function pager(container) {
  const pages = Math.ceil(state.entries.length / PAGE);
  if (pages <= 1) {
    replace(container);
    return;
  }
  const go = (n) => () => { state.page = n; draw(); $("status").scrollIntoView({ block: "nearest" }); };
  const prev = h("button", { type: "button", class: "prev", disabled: state.page === 0 }, "← Earlier");
  const next = h("button", { type: "button", class: "next", disabled: state.page >= pages - 1 }, "Later →");
  prev.addEventListener("click", go(state.page - 1));
  next.addEventListener("click", go(state.page + 1));
  replace(container, prev, h("span", { class: "hint" }, `page ${state.page + 1} of ${pages}`), next);
}

function draw() {
  const n = state.entries.length;
  const first = state.page * PAGE;
  const shown = state.entries.slice(first, first + PAGE);
  renderTimeline($("timeline"), shown);
  const range = n > PAGE ? `entries ${first + 1}–${first + shown.length} of ${n}` : `${n} entr${n === 1 ? "y" : "ies"}`;
  $("status").textContent = `${range}${state.note}.`;
  pager($("pager-top"));
  pager($("pager-bottom"));
}

async function findActor(name) {
  let found;
  try {
    found = (await api(pageUrl("actors", { name, limit: 20 }))).items;
  } catch (err) {
    if (!err.message.startsWith("404")) throw err;
    found = [];
  }
  if (found.length > 1) {
    replace($("choices"), h("p", {}, `“${name}” means ${found.length} actors; showing ${found[0].name}. Others: `,
      found.slice(1).map((a, i) => [i ? ", " : "", actorLink(a)])));
  }
  return found[0] || null;
}

async function show(event) {
  if (event) event.preventDefault();
  const name = $("f-actor").value.trim();
  replace($("choices"));
  try {
    let actor = null;
    if (name) {
      actor = await findActor(name);
      if (!actor) {
        $("status").textContent = `No actor called “${name}” in the corpus.`;
        state.entries = [];
        replace($("timeline"));
        replace($("pager-top"));
        replace($("pager-bottom"));
        return;
      }
    }
    const { entries, note } = await load(actor, $("f-since").value, $("f-until").value, $("f-type").value,
      $("f-uncertain").checked);
    state.entries = entries;
    state.note = (actor ? ` for ${actor.name}` : "") + note;
    state.page = 0;
    draw();
  } catch (err) {
    $("status").textContent = `Could not load the timeline: ${err.message}`;
  }
}

async function start() {
  const health = await markCorpus();
  if (!health || !health.corpus) {
    showProblem($("main"), "No corpus store is served here.");
    return;
  }
  const types = $("f-type");
  for (const [code, word] of Object.entries(EVENT_WORDS)) {
    types.append(h("option", { value: code }, `events: ${word}`));
  }
  $("timeline-form").addEventListener("submit", show);
  for (const id of ["f-type", "f-uncertain"]) $(id).addEventListener("change", () => show());
  filter = mountClassFilter($("class-filter"), "tl", () => show());
  await show();
  document.body.dataset.ready = "true";
}

start();
