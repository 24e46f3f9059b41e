// The "analyse a report" page: paste or upload a report, see who said what on the text itself.
import { api, markCorpus } from "./render.js";
import { attach, show } from "./report.js";

const $ = (id) => document.getElementById(id);

const state = { limits: null, fileName: "" };

function setStatus(message, kind = "info") {
  const status = $("status");
  status.textContent = message;
  status.dataset.kind = kind;
}

/** "html" when the text looks like a web page, by the same rule as `reportedly extract`. */
export function detectFormat(text, fileName = "") {
  const name = fileName.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name)) return "html";
  if (/\.(txt|text|md)$/.test(name)) return "text";
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  if (head.startsWith("<") && text.slice(0, 4096).toLowerCase().includes("<body")) return "html";
  return "text";
}

function requestBody() {
  const text = $("report-text").value;
  const chosen = $("report-format").value;
  const format = chosen === "auto" ? detectFormat(text, state.fileName || "") : chosen;
  const meta = {};
  for (const key of ["published", "title", "outlet", "url"]) {
    const value = $(`meta-${key}`).value.trim();
    if (value) meta[key] = value;
  }
  return { [format]: text, meta };
}

async function analyse(event) {
  event.preventDefault();
  if (!$("report-text").value.trim()) {
    setStatus("Paste a report or choose a file first.", "error");
    $("report-text").focus();
    return;
  }
  const button = $("analyse");
  button.disabled = true;
  setStatus("Reading the report…");
  try {
    const doc = await api("extract", requestBody());
    show(doc);
    collapse(doc);
    const n = doc.statements.length;
    setStatus(`${n} statement${n === 1 ? "" : "s"}, ${doc.actors.length} actor${doc.actors.length === 1 ? "" : "s"}, ` +
      `${doc.events.length} event${doc.events.length === 1 ? "" : "s"}.`);
  } catch (err) {
    setStatus(`Could not process the report: ${err.message}`, "error");
  } finally {
    button.disabled = false;
  }
}

/** Fold the form away after an analysis, so that the marked report starts near the top of the page. */
function collapse(doc) {
  const words = doc.text.trim().split(/\s+/);
  const gist = words.slice(0, 14).join(" ") + (words.length > 14 ? " …" : "");
  $("input-gist").textContent = `${doc.meta?.title || gist} (${doc.text.length.toLocaleString()} characters)`;
  $("report-form").hidden = true;
  $("input-summary").hidden = false;
}

function expand() {
  $("report-form").hidden = false;
  $("input-summary").hidden = true;
  $("report-text").focus();
}

async function loadExample() {
  try {
    const example = await api("example");
    $("report-text").value = example.text;
    $("meta-published").value = example.meta.published || "";
    $("report-format").value = "text";
    state.fileName = "";
    setStatus("The example is in the box: press Analyse.");
    $("analyse").focus();
  } catch (err) {
    setStatus(`Could not load the example: ${err.message}`, "error");
  }
}

async function readFile() {
  const file = $("report-file").files[0];
  if (!file) return;
  const limit = state.limits?.max_body_bytes;
  if (limit && file.size > limit) {
    setStatus(`${file.name} is ${file.size.toLocaleString()} bytes, more than this server's limit of ` +
      `${limit.toLocaleString()} bytes.`, "error");
    return;
  }
  const text = await file.text();
  $("report-text").value = text;
  state.fileName = file.name;
  $("report-format").value = "auto";
  setStatus(`${file.name} loaded (${detectFormat(text, file.name) === "html" ? "HTML page" : "plain text"}): ` +
    "press Analyse.");
}

async function start() {
  $("report-form").addEventListener("submit", analyse);
  $("load-example").addEventListener("click", loadExample);
  $("edit-report").addEventListener("click", expand);
  $("report-file").addEventListener("change", readFile);
  attach();
  const health = await markCorpus();
  if (health) {
    state.limits = health.limits;
    $("limit-note").textContent = `Up to ${Number(state.limits.max_chars).toLocaleString()} characters of text.`;
  } else {
    setStatus("The server is not answering: is `reportedly serve` still running?", "error");
  }
  document.body.dataset.ready = "true";
}

start();
