// panel.js: the side panel over the graph, the selected node's facts in plain English with their
// evidence and sources (the sentences come from kg/view/describe.py).

var panel = (function () {
  var box = document.getElementById("panel");

  function sourceLine(ev) {
    var line = el("p", "source");
    var article = data.articles[ev.article];
    if (article) {
      line.appendChild(document.createTextNode("Source: "));
      line.appendChild(articleLink(article));
      if (article.file) { line.appendChild(el("span", "file", " (" + article.file + ")")); }
    }
    if (ev.rule) { line.appendChild(el("span", "rule", (article ? " \u00b7 " : "") + "rule " + ev.rule)); }
    return line;
  }

  function factItem(fact) {
    var item = el("li", fact.negated ? "fact negated" : "fact");
    item.appendChild(el("p", "fact-text", fact.text));
    fact.evidence.forEach(function (ev) {
      item.appendChild(el("blockquote", "evidence", "\u201c" + ev.sentence + "\u201d"));
      item.appendChild(sourceLine(ev));
    });
    return item;
  }

  function render() {
    var list = document.getElementById("panel-facts");
    list.replaceChildren();
    if (state.selected === null) { box.hidden = true; return; }
    var n = byId.get(state.selected);
    document.getElementById("panel-name").textContent = n.name;
    document.getElementById("panel-class").textContent = n.group + (n.negated ? " (negated)" : "");
    document.getElementById("panel-alt").textContent = n.alt.length ? "Also known as: " + n.alt.join(", ") : "";
    var facts = n.facts.map(function (i) { return data.facts[i]; });
    var shown = facts.filter(function (f) { return state.showNegated || !f.negated; });
    shown.forEach(function (f) { list.appendChild(factItem(f)); });
    if (!shown.length) { list.appendChild(el("li", "note", "No facts recorded for this entity.")); }
    if (shown.length < facts.length) {
      list.appendChild(el("li", "note", (facts.length - shown.length) + " negated fact(s) hidden: tick \u201cshow negated facts\u201d."));
    }
    box.hidden = false;
  }

  function text() { return box.hidden ? "" : box.textContent; }

  document.getElementById("panel-close").addEventListener("click", graph.clearSelection);

  return {box: box, render: render, text: text};
})();
