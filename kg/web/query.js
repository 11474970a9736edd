// The query page of `kg serve`: runs the form's query on /query and shows the answer as a
// table. Every value is put in the page as text (textContent), never parsed as HTML.
"use strict";

// rows put in the table: a page of tens of thousands of rows stalls the browser (ask with
// LIMIT/OFFSET, or take the whole answer as CSV from /query)
const SHOWN_ROWS = 2000;

function cell(row, tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  row.appendChild(el);
}

function showTable(answer) {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  if (answer.boolean !== undefined) {
    cell(head, "th", "answer");
    cell(table.createTBody().insertRow(), "td", String(answer.boolean));
    return table;
  }
  const vars = answer.head.vars;
  vars.forEach((v) => cell(head, "th", v));
  const body = table.createTBody();
  for (const binding of answer.results.bindings.slice(0, SHOWN_ROWS)) {
    const row = body.insertRow();
    vars.forEach((v) => cell(row, "td", binding[v] ? binding[v].value : ""));
  }
  return table;
}

function say(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

async function run(event) {
  event.preventDefault();
  const results = document.getElementById("results");
  results.replaceChildren();
  say("running…", false);
  const started = performance.now();
  try {
    const response = await fetch("query", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.5"},
      body: document.getElementById("query").value,
    });
    const text = await response.text();
    if (!response.ok) {
      say(`${response.status}: ${text}`, true);
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if ((response.headers.get("Content-Type") || "").startsWith("application/n-triples")) {
      const pre = document.createElement("pre");
      pre.textContent = text;
      results.appendChild(pre);
      say(`triples in ${seconds} s`, false);
      return;
    }
    const answer = JSON.parse(text);
    results.appendChild(showTable(answer));
    const rows = answer.results ? answer.results.bindings.length : 1;
    const cut = rows > SHOWN_ROWS ? `, the first ${SHOWN_ROWS} shown` : "";
    say(`${rows} row(s) in ${seconds} s${cut}`, false);
  } catch (error) {
    say(`the query could not be sent: ${error}`, true);
  }
}

function listQueries() {
  const queries = JSON.parse(document.getElementById("bundled").textContent);
  const list = document.getElementById("queries");
  for (const q of queries) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = q.name;
    button.addEventListener("click", () => {
      document.getElementById("query").value = q.text;
      // a query that needs a value answers nothing as written: say where the value goes
      say(q.needs.map(n => `${q.name} needs ${n}: write VALUES ?${n} { "…" } on its line "# VALUES ?${n}"`
                           + ` (kg query ... --param ${n}=... does it for you)`).join("; "), false);
    });
    const about = document.createElement("small");
    about.textContent = q.about;
    item.append(button, about);
    list.appendChild(item);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  listQueries();
  document.getElementById("form").addEventListener("submit", run);
});
