// The corpus page: what the store holds, its actors (searchable, paged) and its reports.
import { actorLink } from "./corpus-view.js";
import { api, h, markCorpus, pageUrl, replace, showProblem } from "./render.js";

const $ = (id) => document.getElementById(id);
const PAGE = 25;
const actorsState = { offset: 0, query: {} };
const docsState = { offset: 0 };

function cell(value, cls) {
  return h("td", cls ? { class: cls } : {}, value === null || value === undefined ? "—" : value);
}

async function loadActors(more = false) {
  actorsState.offset = more ? actorsState.offset + PAGE : 0;
  const page = await api(pageUrl("actors", { ...actorsState.query, limit: PAGE, offset: actorsState.offset }));
  const rows = page.items.map((a) => h("tr", {}, h("th", { scope: "row" }, actorLink(a)), cell(a.type),
    cell(a.country), cell(String(a.statements), "num"), cell(String(a.documents), "num")));
  const tbody = $("actors-table").querySelector("tbody");
  if (more) tbody.append(...rows);
  else replace(tbody, rows.length ? rows : h("tr", {}, h("td", { colspan: "5" }, "No actor matches.")));
  $("actors-more").hidden = !page.more;
}

async function loadDocuments(more = false) {
  docsState.offset = more ? docsState.offset + PAGE : 0;
  const page = await api(pageUrl("documents", { limit: PAGE, offset: docsState.offset }));
  const rows = page.items.map((d) => h("tr", {}, cell(d.published), h("th", { scope: "row" },
    h("a", { href: pageUrl("document", { id: d.hash }) }, d.title || d.id)), cell(d.outlet),
  cell(String(d.statements), "num"), cell(String(d.events), "num")));
  const tbody = $("docs-table").querySelector("tbody");
  if (more) tbody.append(...rows);
  else replace(tbody, rows);
  $("docs-more").hidden = !page.more;
}

async function onSearch(event) {
  event.preventDefault();
  actorsState.query = { name: $("f-name").value.trim(), type: $("f-type").value,
    country: $("f-country").value.trim().toUpperCase(), sort: $("f-sort").value };
  try {
    await loadActors();
  } catch (err) {
    if (err.message.startsWith("404")) {
      replace($("actors-table").querySelector("tbody"), h("tr", {}, h("td", { colspan: "5" }, "No actor matches.")));
      $("actors-more").hidden = true;
    } else {
      $("counts").textContent = `Could not search: ${err.message}`;
    }
  }
}

async function start() {
  const health = await markCorpus();
  if (!health || !health.corpus) {
    showProblem($("main"), "No corpus store is served here. Start the server with `reportedly serve --db PATH` " +
      "after `reportedly ingest`.");
    return;
  }
  $("actor-form").addEventListener("submit", onSearch);
  $("actors-more").addEventListener("click", () => loadActors(true));
  $("docs-more").addEventListener("click", () => loadDocuments(true));
  try {
    const c = await api("stats");
    $("counts").textContent = `${c.documents} reports, ${c.statements} statements, ${c.events} events, ` +
      `${c.actors} actors.`;
    await Promise.all([loadActors(), loadDocuments()]);
  } catch (err) {
    showProblem($("main"), `The corpus could not be read: ${err.message}`);
  }
  document.body.dataset.ready = "true";
}

start();
