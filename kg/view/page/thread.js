// thread.js: "This commitment across articles" in the reader: when the facts shown are reports of
// one commitment thread (kg/ledger.py links them, kg/view/reader.py hands them over), its label,
// where it stands and every report in date order; clicking a report opens it like a timeline event.

var thread = (function () {
  var box = document.getElementById("reader-thread");
  var shown = null;  // the thread shown (an index in data.threads), or null

  function reportItem(r) {
    var fact = data.facts[r.fact], ev = fact.evidence[0], article = ev ? data.articles[ev.article] : null;
    var button = el("button", "thread-report");
    button.type = "button";
    button.dataset.fact = String(r.fact);
    button.setAttribute("aria-current", String(state.active.has(r.fact)));
    var head = el("span", "when", (r.date || "undated") + " \u00b7 ");
    head.appendChild(el("strong", "status", r.status));
    if (article) { head.appendChild(document.createTextNode(" \u00b7 " + article.title)); }
    button.appendChild(head);
    button.appendChild(el("span", "sentence", ev ? "\u201c" + ev.sentence + "\u201d" : fact.text));
    button.appendChild(el("span", "why", "linked: " + r.why));
    button.addEventListener("click", function () { pick.event(r.fact); });
    var item = el("li");
    item.appendChild(button);
    return item;
  }

  // Show the thread the active facts are reports of (none, or more than one: the panel hides).
  function render() {
    var threads = Array.from(threadsOf(state.active));
    shown = threads.length === 1 ? threads[0] : null;
    box.replaceChildren();
    box.hidden = shown === null;
    if (shown === null) { return; }
    var t = data.threads[shown], list = el("ol");
    box.appendChild(el("h3", "", "This commitment across articles"));
    box.appendChild(el("p", "thread-label", t.label + " \u2014 now " + t.status + ", " + t.reports.length + " reports"));
    t.reports.forEach(function (r) { list.appendChild(reportItem(r)); });
    box.appendChild(list);
  }

  // What window.kgView.thread reports: the thread shown, or null.
  function report() {
    if (shown === null) { return null; }
    var t = data.threads[shown];
    return {id: t.id, label: t.label, status: t.status, text: box.textContent,
            reports: t.reports.map(function (r) { return {fact: r.fact, date: r.date, status: r.status, current: state.active.has(r.fact)}; })};
  }

  return {render: render, report: report};
})();
