// Statement classes on the pages: a small label per statement, and the "which statements" filter.
//
// A statement is speech (said, wrote, claimed, denied, quoted), cognition (believes, expects),
// sentiment (fears, hopes), volition (wants, plans), an act (a communication verb with no message:
// released a model, ordered X to pay), a refusal (declined to comment) or a document (emails reveal). The pages show speech by default; a labelled
// checkbox switches to every attribution, and then one checkbox per class narrows it.
import { h, pageUrl, replace } from "./render.js";

export const CLASSES = ["speech", "cognition", "sentiment", "volition", "act", "refusal", "document"];

const HINTS = {
  speech: "said, wrote, claimed, denied or quoted",
  cognition: "a belief: believes, thinks, expects",
  sentiment: "a feeling: fears, hopes, welcomes",
  volition: "a wish or plan: wants, seeks, plans",
  act: "an act with no message: released a model, ordered X to pay",
  refusal: "a refusal to say: declined to comment, would not say whether",
  document: "what a document or data show: emails reveal, figures suggest",
};

/** The class of a statement, a statement hit or a timeline entry ("speech" when it has none). */
export function classOf(record) {
  return (record && record.class) || "speech";
}

/** A small label naming a record's class. */
export function classLabel(record) {
  const cls = classOf(record);
  return h("span", { class: `cls cls-${cls}`, title: HINTS[cls] || cls }, cls);
}

/** What a statement's cue is, for lists and details: its words, or why it has none. */
export function cueLabel(st, { long = false } = {}) {
  if (st.cue) return long ? `${st.cue.text} (${st.cue.lemma})` : st.cue.text;
  if (!long) return "(no cue)";
  return st.source && st.source.inferred ? "no cue — speaker inferred" : "no cue";
}

/**
 * Put the filter's controls into `container` (ids start with `prefix`) and call `onChange()` whenever
 * they change. Returns the filter: `shows(record)`, `reveal(cls)`, `query(path, params)`, `note(...)`.
 */
export function mountClassFilter(container, prefix, onChange) {
  const all = h("input", { type: "checkbox", id: `${prefix}-all`, "data-filter": "all" });
  const boxes = CLASSES.map((cls) => h("input", { type: "checkbox", id: `${prefix}-${cls}`, "data-class": cls,
    checked: true }));
  const choices = h("span", { class: "class-choices", role: "group", "aria-label": "Classes shown" },
    boxes.map((box) => h("span", { class: "choice" }, box,
      h("label", { for: box.id, title: HINTS[box.dataset.class] }, box.dataset.class))));
  const note = h("span", { class: "hint", "data-note": "", "aria-live": "polite" });
  replace(container, h("fieldset", { class: "class-filter" },
    h("legend", {}, "Statements shown"),
    h("span", { class: "choice" }, all,
      h("label", { for: all.id }, "All attributions: beliefs, feelings and wishes too")),
    choices, note));
  const sync = () => { choices.hidden = !all.checked; };
  all.addEventListener("change", () => { sync(); onChange(); });
  for (const box of boxes) box.addEventListener("change", onChange);
  sync();
  const filter = {
    /** The classes shown now. */
    classes() {
      return all.checked ? boxes.filter((b) => b.checked).map((b) => b.dataset.class) : ["speech"];
    },
    /** Whether a statement (or hit, or timeline entry of kind statement) is shown. */
    shows(record) {
      return filter.classes().includes(classOf(record));
    },
    /** Switch to every attribution with `cls` ticked (to show a statement the filter hid). */
    reveal(cls) {
      all.checked = true;
      for (const box of boxes) if (box.dataset.class === cls) box.checked = true;
      sync();
    },
    /** `pageUrl(path, params)` with the filter's scope or classes; null when no class is ticked. */
    query(path, params = {}) {
      const shown = filter.classes();
      if (!shown.length) return null;
      const url = pageUrl(path, params);
      const extra = new URLSearchParams();
      if (!all.checked) extra.set("scope", "speech");
      else if (shown.length < CLASSES.length) for (const cls of shown) extra.append("class", cls);
      const more = extra.toString();
      return more ? `${url}${url.includes("?") ? "&" : "?"}${more}` : url;
    },
    /** Say how many of `total` statements are shown. */
    note(shown, total) {
      const hidden = total - shown;
      note.textContent = hidden ? `${shown} of ${total} statements shown; ${hidden} hidden by this filter.` : "";
    },
  };
  return filter;
}
