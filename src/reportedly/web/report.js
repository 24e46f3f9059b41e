// A processed document shown on the page: the marked text, the actors, statements and events
// panels, and the "selected" panel. Used by the analyse page and the stored-document page.
import { classLabel, classOf, cueLabel, mountClassFilter } from "./classes.js";
import {
  actorColours, colourClass, fields, h, pageUrl, removedLabel, renderText, replace, safeHref, sourceIds,
  speakerLabel, spansLabel, timeLabel,
} from "./render.js";
import { eventWord } from "./words.js";

const $ = (id) => document.getElementById(id);

// full: the document as the server sent it; doc: the same with only the statements the class filter shows
const state = { full: null, doc: null, colours: new Map(), index: null, selected: null, filter: null };

// ---- results -----------------------------------------------------------------------------------

export function show(doc) {
  state.full = doc;
  state.colours = actorColours(doc);
  state.selected = null;
  $("results").hidden = false;
  showMeta(doc);
  render();
}

/** Draw the text and the panels with the statements the class filter shows (speech by default). */
function render() {
  const full = state.full;
  const doc = { ...full, statements: full.statements.filter((st) => state.filter.shows(st)) };
  state.doc = doc;
  state.selected = null;
  state.filter.note(doc.statements.length, full.statements.length);
  state.index = renderText($("doc-text"), doc, state.colours);
  for (const [id, node] of state.index.anchors) {
    const st = doc.statements.find((s) => s.id === id);
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", `Statement ${id}: ${speakerLabel(doc, st)}, ${cueLabel(st)} (${classOf(st)})`);
  }
  showActors(doc);
  showStatements(doc);
  showEvents(doc);
  replace($("details"), h("p", { class: "hint" }, "Select a statement in the text or in the lists, or an actor."));
}

function showMeta(doc) {
  const m = doc.meta || {};
  const url = m.url && safeHref(m.url) && /^https?:/i.test(m.url)
    ? h("a", { href: m.url, rel: "noopener noreferrer nofollow", target: "_blank" }, m.url) : m.url;
  replace($("doc-meta"), fields([
    ["Title", m.title], ["Outlet", m.outlet], ["Author", m.author], ["Published", m.published], ["URL", url],
    ["Removed", (doc.removed || []).map((r) => removedLabel(r.kind)).join(", ")],
  ]));
}

function statementsBy(doc, actorId) {
  return doc.statements.filter((st) => sourceIds(st.source.actor).includes(actorId));
}

function showActors(doc) {
  const items = doc.actors.map((a) => {
    const n = statementsBy(doc, a.id).length;
    const swatch = h("span", { class: `swatch ${colourClass(state.colours, a.id)}`, "aria-hidden": "true" });
    return h("li", {}, h("button", { type: "button", class: "actor", "data-actor": a.id },
      swatch, a.name, h("span", { class: "count" }, ` ${a.type}${n ? `, ${n} statement${n === 1 ? "" : "s"}` : ""}`)));
  });
  replace($("actors"), items.length ? items : h("li", {}, "No actors found."));
}

function showStatements(doc) {
  const items = doc.statements.map((st) => h("li", { "data-class": classOf(st) }, h("button", {
    type: "button", class: `stmt-link ${colourClass(state.colours, sourceIds(st.source.actor)[0])}`,
    "data-stmt": st.id,
  }, classLabel(st), " ", h("strong", {}, speakerLabel(doc, st)), ` ${cueLabel(st)}: `, clip(st.content.text, 90))));
  const hidden = state.full.statements.length - doc.statements.length;
  const none = hidden ? `No statements shown (${hidden} hidden by the filter above).` : "No statements found.";
  replace($("statements"), items.length ? items : h("li", {}, none));
}

function statusLabel(doc, status) {
  const by = sourceIds(status.by).map((id) => doc.actors.find((a) => a.id === id)?.name || id);
  return `${status.status}${by.length ? ` by ${by.join(" & ")}` : ""}${status.statement ? ` (${status.statement})` : ""}`;
}

function participants(list) {
  return (list || []).map((p) => p.text).join(", ");
}

function showEvents(doc) {
  const items = (doc.events || []).map((ev) => h("li", {}, h("button", {
    type: "button", class: "event", "data-event": ev.id,
  }, h("span", { class: "badge", title: `PLOVER ${ev.type}` }, eventWord(ev.type)), ` ${ev.trigger.text}`,
  h("span", { class: "claim" }, ` — ${ev.status.map((s) => statusLabel(doc, s)).join("; ") || "no claim status"}`))));
  replace($("events"), items.length ? items : h("li", {}, "No events found in this report."));
}

function clip(text, n) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

// ---- selection ---------------------------------------------------------------------------------

function clearSelection() {
  for (const node of document.querySelectorAll(".sel, .mention-on, .trigger-on")) {
    node.classList.remove("sel", "mention-on", "trigger-on");
  }
  for (const node of document.querySelectorAll("[aria-pressed='true']")) node.setAttribute("aria-pressed", "false");
}

function press(selector) {
  for (const node of document.querySelectorAll(selector)) node.setAttribute("aria-pressed", "true");
}

export function selectStatement(id, { focus = false } = {}) {
  const hidden = state.full.statements.find((s) => s.id === id);
  if (hidden && !state.doc.statements.includes(hidden)) {  // a link to a statement the filter hides: show it
    state.filter.reveal(classOf(hidden));
    render();
  }
  const doc = state.doc;
  const st = doc.statements.find((s) => s.id === id);
  if (!st) return;
  clearSelection();
  state.selected = id;
  for (const node of state.index.stmts.get(id) || []) node.classList.add("sel");
  press(`button[data-stmt="${CSS.escape(id)}"]`);
  const linked = (doc.events || []).filter((ev) => ev.status.some((s) => s.statement === id));
  const channel = st.channel ? `${st.channel.kind}${st.channel.platform ? ` (${st.channel.platform})` : ""}: ` +
    st.channel.text : null;
  const pos = doc.statements.indexOf(st);
  replace($("details"),
    h("h4", {}, `Statement ${st.id}`),
    fields([
      ["Speaker", `${speakerLabel(doc, st)}${st.source.inferred ? " (inferred speaker)" : ""}`],
      ["Source words", st.source.text], ["Cue", cueLabel(st, { long: true })],
      ["Content", st.content.text], ["Class", classLabel(st)], ["Kind", st.kind], ["Channel", channel],
      ["Time", timeLabel(st.time)], ["Confidence", String(st.confidence)],
      ["Events", linked.map((ev) => `${eventWord(ev.type)}: ${ev.trigger.text}`).join("; ")],
      ["Offsets", `source ${spansLabel(st.source.spans) || "—"}; cue ${st.cue ? spansLabel(st.cue.spans) : "—"}; ` +
        `content ${spansLabel(st.content.spans)}`],
    ]),
    h("div", { class: "pager" },
      h("button", { type: "button", "data-stmt": doc.statements[pos - 1]?.id, disabled: pos === 0 }, "← Previous"),
      h("button", { type: "button", "data-stmt": doc.statements[pos + 1]?.id,
        disabled: pos === doc.statements.length - 1 }, "Next →")));
  const anchor = state.index.anchors.get(id);
  if (anchor) {
    anchor.scrollIntoView({ block: "nearest" });
    if (focus) anchor.focus();
  }
}

export function selectActor(id) {
  const doc = state.doc;
  const actor = doc.actors.find((a) => a.id === id);
  if (!actor) return;
  clearSelection();
  for (const node of state.index.mentions.get(id) || []) node.classList.add("mention-on");
  press(`button[data-actor="${CSS.escape(id)}"]`);
  const said = statementsBy(doc, id);
  const events = (doc.events || []).filter((ev) => [...ev.actors, ...ev.recipients].some((p) => p.actor === id));
  replace($("details"),
    h("h4", { id: "actor-name" }, actor.name),
    fields([
      ["Type", actor.type], ["Titles", actor.titles.join("; ")], ["Country", actor.country],
      ["Mentions", `${actor.mentions.length} (${spansLabel(actor.mentions)})`],
    ]),
    h("h5", {}, said.length ? `Statements (${said.length})` : "No statements attributed"),
    said.length ? h("ol", { class: "actor-statements" }, said.map((st) => h("li", {},
      h("button", { type: "button", "data-stmt": st.id }, classLabel(st), ` ${cueLabel(st)}: `,
        clip(st.content.text, 120))))) : null,
    events.length ? h("h5", {}, `Events (${events.length})`) : null,
    events.length ? h("ul", {}, events.map((ev) => h("li", {}, `${eventWord(ev.type)}: ${ev.trigger.text}`))) : null,
    document.body.dataset.corpus === "true"
      ? h("p", {}, h("a", { href: pageUrl("actor", { name: actor.name }) }, `${actor.name} across the corpus`)) : null);
  const first = state.index.mentions.get(id)?.[0];
  if (first) first.scrollIntoView({ block: "nearest" });
}

export function selectEvent(id) {
  const doc = state.doc;
  const ev = (doc.events || []).find((e) => e.id === id);
  if (!ev) return;
  clearSelection();
  for (const node of state.index.events.get(id) || []) node.classList.add("trigger-on");
  press(`button[data-event="${CSS.escape(id)}"]`);
  const quantities = ev.quantities.map((q) => q.text).join(", ");
  replace($("details"),
    h("h4", {}, `Event ${ev.id}: ${eventWord(ev.type)}`),
    fields([
      ["Type", `${eventWord(ev.type)} (PLOVER ${ev.type})`], ["Trigger", ev.trigger.text], ["Mode", ev.mode], ["Who", participants(ev.actors)],
      ["To whom", participants(ev.recipients)], ["Where", ev.place ? ev.place.name || ev.place.text : null],
      ["When", timeLabel(ev.time)], ["How many", quantities],
      ["Claim status", ev.status.map((s) => statusLabel(doc, s)).join("; ")],
      ["Confidence", String(ev.confidence)],
    ]),
    ev.status.filter((s) => s.statement).map((s) => h("button", { type: "button", "data-stmt": s.statement },
      `Show statement ${s.statement}`)));
}

function onClick(event) {
  const target = event.target.closest("[data-stmt], [data-actor], [data-event]");
  if (!target || target.disabled) return;
  if (target.dataset.stmt) selectStatement(target.dataset.stmt, { focus: target.closest("#doc-text") !== null });
  else if (target.dataset.actor) selectActor(target.dataset.actor);
  else if (target.dataset.event) selectEvent(target.dataset.event);
}

function onTextKey(event) {
  const node = event.target;
  if (!node.dataset || !node.dataset.stmt || node.tabIndex !== 0) return;
  const anchors = [...$("doc-text").querySelectorAll("[data-stmt][tabindex='0']")];
  const k = anchors.indexOf(node);
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    selectStatement(node.dataset.stmt, { focus: true });
  } else if ((event.key === "ArrowRight" || event.key === "ArrowDown") && k + 1 < anchors.length) {
    event.preventDefault();
    anchors[k + 1].focus();
  } else if ((event.key === "ArrowLeft" || event.key === "ArrowUp") && k > 0) {
    event.preventDefault();
    anchors[k - 1].focus();
  }
}

/** Wire the click and keyboard handlers and the class filter of the results section (once per page). */
export function attach() {
  state.filter = mountClassFilter($("class-filter"), "show", () => {
    if (state.full) render();
  });
  $("results").addEventListener("click", onClick);
  $("doc-text").addEventListener("keydown", onTextKey);
}
