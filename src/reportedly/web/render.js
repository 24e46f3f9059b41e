// Rendering helpers shared by the pages of reportedly.
//
// Safety rule for every page: data from a report or from the server (text, names, metadata) only
// ever reaches the DOM through text nodes (textContent) or plain attributes set by h(); nothing is
// parsed as HTML. h() refuses event-handler and style attributes so that no caller can slip one in.

export const PALETTE_SIZE = 10;

/** Create an element: h("li", {class: "x", "data-id": id}, "text", otherNode, [more, nodes]). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith("on") || lower === "style" || lower === "srcdoc") {
      throw new Error(`h(): attribute ${name} is not allowed`);
    }
    if (lower === "href" && !safeHref(String(value))) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Only http(s) links and links to this site are ever made clickable. */
export function safeHref(value) {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Empty a node and fill it with new children. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** Actor ids of a statement source (a string, a list or null) as a list. */
export function sourceIds(ref) {
  if (ref === null || ref === undefined) return [];
  return Array.isArray(ref) ? ref : [ref];
}

/** Colour index per speaking actor, in the order they first speak; other actors get none. */
export function actorColours(doc) {
  const colours = new Map();
  for (const st of doc.statements) {
    for (const id of sourceIds(st.source.actor)) {
      if (!colours.has(id)) colours.set(id, colours.size % PALETTE_SIZE);
    }
  }
  return colours;
}

/** CSS class of the colour of an actor ("cx" when it has none). */
export function colourClass(colours, actorId) {
  return actorId !== undefined && actorId !== null && colours.has(actorId) ? `c${colours.get(actorId)}` : "cx";
}

/** Display names of the actors a statement is attributed to. */
export function speakerNames(doc, st) {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  return sourceIds(st.source.actor).map((id) => byId.get(id)?.name).filter(Boolean);
}

/** One line naming who said a statement. */
export function speakerLabel(doc, st) {
  const names = speakerNames(doc, st);
  if (names.length) return names.join(" & ");
  return st.source.text ? st.source.text : "(no source)";
}

const REMOVED_LABELS = {
  consent_banner: "consent banner", caption: "caption", subheading: "subheading", byline: "byline",
  boilerplate: "boilerplate",
};

/** Human label of a kind of removed debris. */
export function removedLabel(kind) {
  return REMOVED_LABELS[kind] || kind;
}

/** Every marked span of a document: removed debris, statement parts, actor mentions, event triggers. */
export function collectMarks(doc) {
  const marks = [];
  const add = (spans, mark) => {
    for (const [start, end] of spans || []) {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) marks.push({ ...mark, start, end });
    }
  };
  for (const r of doc.removed || []) add(r.spans, { role: "removed", kind: r.kind });
  for (const st of doc.statements || []) {
    const all = [...st.source.spans, ...(st.cue ? st.cue.spans : []), ...st.content.spans];
    const extent = Math.max(...all.map((s) => s[1])) - Math.min(...all.map((s) => s[0]));
    const actor = sourceIds(st.source.actor)[0];
    add(st.source.spans, { role: "source", stmt: st.id, actor, extent });
    add(st.cue?.spans, { role: "cue", stmt: st.id, actor, extent });  // a quotation no word introduces has none
    add(st.content.spans, { role: "content", stmt: st.id, actor, extent });
  }
  for (const a of doc.actors || []) add(a.mentions, { role: "mention", actor: a.id });
  for (const ev of doc.events || []) add(ev.trigger?.spans, { role: "trigger", event: ev.id });
  return marks;
}

/**
 * Cut text into pieces at every mark boundary and every newline.
 * Returns [{start, end, marks}] covering the whole text in order; "\n" pieces stand alone.
 */
export function segment(text, marks) {
  const n = text.length;
  const cuts = new Set([0, n]);
  for (const m of marks) {
    cuts.add(Math.min(Math.max(m.start, 0), n));
    cuts.add(Math.min(Math.max(m.end, 0), n));
  }
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let active = [];
  const pieces = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    active = active.filter((m) => m.end > start);
    pieces.push({ start, end, marks: active.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}

/**
 * Render a document's text into `container` as paragraphs of marked spans.
 * Returns maps from statement, actor and event ids to their elements, and the focusable
 * anchor element of each statement.
 */
export function renderText(container, doc, colours) {
  const text = doc.text;
  const index = { stmts: new Map(), mentions: new Map(), events: new Map(), anchors: new Map() };
  const remember = (map, key, node) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(node);
  };
  const paragraphs = [];
  let para = h("p");
  for (const piece of segment(text, collectMarks(doc))) {
    const chunk = text.slice(piece.start, piece.end);
    if (chunk === "\n") {
      if (para.childNodes.length) paragraphs.push(para);
      para = h("p");
      continue;
    }
    if (!piece.marks.length) {
      para.appendChild(document.createTextNode(chunk));
      continue;
    }
    const classes = [];
    const span = h("span");
    const removed = piece.marks.find((m) => m.role === "removed");
    if (removed) {
      classes.push("removed");
      span.title = `removed: ${removedLabel(removed.kind)}`;
      if (piece.start === removed.start) {
        para.appendChild(h("span", { class: "removed-tag" }, `removed ${removedLabel(removed.kind)}: `));
      }
    }
    const parts = piece.marks.filter((m) => m.stmt);
    if (parts.length) {
      const inner = parts.reduce((a, b) => (b.extent < a.extent ? b : a));
      classes.push("st", `st-${inner.role}`, colourClass(colours, inner.actor));
      span.dataset.stmt = inner.stmt;
      for (const id of new Set(parts.map((m) => m.stmt))) remember(index.stmts, id, span);
      const anchor = index.anchors.get(inner.stmt);
      if (!anchor || (inner.role === "cue" && anchor.dataset.role !== "cue")) {
        index.anchors.set(inner.stmt, span);
        span.dataset.role = inner.role;
      }
    }
    for (const m of piece.marks) {
      if (m.role === "mention") {
        classes.push("mention");
        remember(index.mentions, m.actor, span);
      } else if (m.role === "trigger") {
        classes.push("trigger");
        remember(index.events, m.event, span);
      }
    }
    span.className = [...new Set(classes)].join(" ");
    span.textContent = chunk;
    para.appendChild(span);
  }
  if (para.childNodes.length) paragraphs.push(para);
  replace(container, paragraphs);
  return index;
}

/** A <dl> from [term, value] pairs, skipping empty values. */
export function fields(pairs) {
  const dl = h("dl", { class: "fields" });
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
    dl.append(h("dt", {}, term), h("dd", {}, value));
  }
  return dl;
}

/** Spans as "12–30, 41–52". */
export function spansLabel(spans) {
  return (spans || []).map(([s, e]) => `${s}–${e}`).join(", ");
}

/** A time reference as "yesterday (2025-03-15)". */
export function timeLabel(time) {
  if (!time) return null;
  if (!time.start) return time.text;
  const range = time.end && time.end !== time.start ? `${time.start} to ${time.end}` : time.start;
  return `${time.text} (${range})`;
}

/** GET or POST JSON; throws Error whose message is the server's one-line detail. */
export async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  let response;
  try {
    response = await fetch(new URL(path, document.baseURI), init);
  } catch {
    throw new Error("the server did not answer (is `reportedly serve` still running?)");
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const detail = data && typeof data.detail === "string" ? data.detail : response.statusText;
    throw new Error(`${response.status}: ${detail}`);
  }
  return data;
}

/** A link to one of this site's pages with its query parameters encoded ("actor?id=3"). */
export function pageUrl(page, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const q = query.toString();
  return q ? `${page}?${q}` : page;
}

/** Query parameters of the current page. */
export function params() {
  return new URLSearchParams(window.location.search);
}

/** Tell the page whether the server serves a corpus (the corpus links show only then). */
export async function markCorpus() {
  try {
    const health = await api("health");
    document.body.dataset.corpus = health.corpus ? "true" : "false";
    return health;
  } catch {
    document.body.dataset.corpus = "false";
    return null;
  }
}

/** A whole message in place of a page's content (no corpus, unknown record, server error). */
export function showProblem(container, message) {
  replace(container, h("p", { class: "problem", role: "alert" }, message));
}

/** Where a stored record is: a link to its document, at the statement or event. */
export function docLink(documentRef, ref, label) {
  const kind = ref && ref.startsWith("e") ? "event" : "stmt";
  return h("a", { href: pageUrl("document", { id: documentRef.hash || documentRef.id, [kind]: ref }) },
    label || documentRef.title || documentRef.id);
}
