// The corpus timeline: everything said and done, by date; or one actor's, when an actor is given.
import { mountClassFilter } from "./classes.js";
import { actorLink, actorTimeline, eventEntry, renderTimeline, statementEntry } from "./corpus-view.js";
import { api, h, markCorpus, pageUrl, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
const LIMIT = 200;
let filter = null;

async function everyone(since, until) {
  const statementsUrl = filter.query("statements", { since, until, limit: LIMIT });
  const [said, done] = await Promise.all([statementsUrl ? api(statementsUrl) : { items: [], more: false },
    api(pageUrl("events", { since, until, limit: LIMIT }))]);
  const entries = [...said.items.map(statementEntry), ...done.items.map(eventEntry)];
  entries.sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  const cut = said.more || done.more ? ` (the first ${LIMIT} of each; narrow the dates to see the rest)` : "";
  return { entries, note: cut };
}

async function show(event) {
  if (event) event.preventDefault();
  const name = $("f-actor").value.trim();
  const since = $("f-since").value;
  const until = $("f-until").value;
  replace($("choices"));
  try {
    let entries;
    let note = "";
    if (name) {
      let found;
      try {
        found = (await api(pageUrl("actors", { name, limit: 20 }))).items;
      } catch (err) {
        if (!err.message.startsWith("404")) throw err;
        found = [];
      }
      if (!found.length) {
        $("status").textContent = `No actor called “${name}” in the corpus.`;
        replace($("timeline"));
        return;
      }
      if (found.length > 1) {
        replace($("choices"), h("p", {}, `“${name}” means ${found.length} actors; showing ${found[0].name}. Others: `,
          found.slice(1).map((a, i) => [i ? ", " : "", actorLink(a)])));
      }
      entries = await actorTimeline(found[0].id, { since, until }, filter);
      note = ` for ${found[0].name}`;
    } else {
      ({ entries, note } = await everyone(since, until));
    }
    renderTimeline($("timeline"), entries);
    $("status").textContent = `${entries.length} entr${entries.length === 1 ? "y" : "ies"}${note}.`;
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
  $("timeline-form").addEventListener("submit", show);
  filter = mountClassFilter($("class-filter"), "tl", () => show());
  await show();
  document.body.dataset.ready = "true";
}

start();
