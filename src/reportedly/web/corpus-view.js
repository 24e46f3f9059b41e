// Pieces shared by the corpus pages: timelines grouped by date, per-date counts, actor links.
import { classLabel } from "./classes.js";
import { api, docLink, h, pageUrl, replace } from "./render.js";
import { eventWord } from "./words.js";

/** An event entry's type and the rest of its summary: its own `type`, or the "ASSAULT: ..." of a server entry. */
function eventParts(entry) {
  if (entry.type) return [entry.type, entry.summary];
  const m = /^([A-Z]+): (.*)$/s.exec(entry.summary || "");
  return m ? [m[1], m[2].replace(/^\? /, "")] : ["", entry.summary];
}

/** The label of an entry: its statement class, or the event's type in plain words (the code in its title). */
function entryLabel(entry) {
  if (entry.kind !== "event") return [classLabel(entry), entry.summary];
  const [type, rest] = eventParts(entry);
  return [h("span", { class: "badge", title: type ? `event (PLOVER ${type})` : "event" },
    type ? eventWord(type) : "event"), rest];
}

/** A link to an actor's page (by corpus id). */
export function actorLink(actor) {
  return h("a", { href: pageUrl("actor", { id: actor.id }) }, actor.name);
}

/** Timeline entries (from /actors/{id}/timeline, or made from statements and events) grouped by date. */
export function renderTimeline(container, entries) {
  if (!entries.length) {
    replace(container, h("p", { class: "hint" }, "Nothing in this range."));
    return;
  }
  const groups = new Map();
  for (const entry of entries) {
    const key = entry.date || "undated";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  }
  const blocks = [];
  for (const [date, items] of groups) {
    blocks.push(h("section", { class: "date-group", "aria-label": date },
      h("h3", {}, h("time", date === "undated" ? {} : { datetime: date }, date)),
      h("ol", { class: "entries" }, items.map((e) => h("li", { class: `entry ${e.kind}`,
        "data-type": e.kind === "event" ? eventParts(e)[0] || null : null }, entryLabel(e)[0],
        e.role && e.role !== "speaker" ? h("span", { class: "role" }, ` ${e.role}`) : null,
        " ", h("span", { class: "summary" }, entryLabel(e)[1]), " ",
        h("span", { class: "where" }, "— ", docLink(e.document, e.ref)),
        e.happening ? [" — ", h("a", { href: pageUrl("happening", { id: e.happening }), class: "happening-link" },
          "every report of it")] : null)))));
  }
  replace(container, blocks);
}

/** Rows of "date, statements, events, bar" from timeline entries; the bar is the share of the busiest date. */
export function renderPerDate(tbody, entries) {
  const counts = new Map();
  for (const e of entries) {
    const key = e.date || "undated";
    const c = counts.get(key) || { statement: 0, event: 0 };
    c[e.kind] += 1;
    counts.set(key, c);
  }
  const most = Math.max(1, ...[...counts.values()].map((c) => c.statement + c.event));
  replace(tbody, [...counts].map(([date, c]) => {
    const bar = h("span", { class: "bar", "aria-hidden": "true" });
    bar.style.width = `${Math.round((100 * (c.statement + c.event)) / most)}%`;
    return h("tr", {}, h("th", { scope: "row" }, date), h("td", { class: "num" }, String(c.statement)),
      h("td", { class: "num" }, String(c.event)), h("td", { class: "bar-cell" }, bar));
  }));
}

/** A statement hit (from /statements) as a timeline entry. */
export function statementEntry(hit) {
  const who = hit.speakers.map((a) => a.name).join(" & ") || hit.source;
  const said = hit.cue ? `${who} ${hit.cue}: ${hit.content}` : `${who}: ${hit.content}`;  // a cue-less quotation
  return { date: hit.date, kind: "statement", class: hit.class, role: "speaker", summary: said,
    document: hit.document, ref: hit.statement };
}

/** An actor's timeline entries with the statements `filter` (see classes.js) shows, and all its events. */
export async function actorTimeline(actorId, params, filter) {
  const path = `actors/${actorId}/timeline`;
  const url = filter.query(path, params);
  if (url) return api(url);
  return (await api(pageUrl(path, params))).filter((e) => e.kind === "event");  // no class ticked
}

/** An event hit (from /events) as a timeline entry. */
export function eventEntry(ev) {
  const who = ev.parties.filter((p) => p.role === "actor").map((p) => p.actor?.name || p.text).join(", ");
  const whom = ev.parties.filter((p) => p.role === "recipient").map((p) => p.actor?.name || p.text).join(", ");
  const claims = ev.status.map((c) => `${c.status}${c.by.length ? ` by ${c.by.map((a) => a.name).join(" & ")}` : ""}`);
  return { date: ev.date, kind: "event", type: ev.type, role: claims.join("; "), confidence: ev.confidence,
    summary: `${who} ${ev.trigger} ${whom}${ev.place ? ` in ${ev.place}` : ""}`.replace(/\s+/g, " ").trim(),
    document: ev.document, ref: ev.event, happening: ev.happening };
}
