// One stored report, marked like the analyse page; ?stmt=s3 or ?event=e1 opens that record.
import { api, markCorpus, params, showProblem } from "./render.js";
import { attach, selectEvent, selectStatement, show } from "./report.js";

const $ = (id) => document.getElementById(id);

async function start() {
  await markCorpus();
  const q = params();
  const ref = q.get("id");
  if (!ref) {
    showProblem($("main"), "No report given (open one from the corpus page).");
    return;
  }
  try {
    const doc = await api(`documents/${encodeURIComponent(ref)}`);
    $("doc-title").textContent = doc.meta.title || doc.id;
    document.title = `${doc.meta.title || doc.id} — reportedly`;
    attach();
    show(doc);
    if (q.get("stmt")) selectStatement(q.get("stmt"), { focus: true });
    else if (q.get("event")) selectEvent(q.get("event"));
  } catch (err) {
    showProblem($("main"), `Could not show this report: ${err.message}`);
  }
  document.body.dataset.ready = "true";
}

start();
