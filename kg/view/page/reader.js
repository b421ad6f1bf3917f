// reader.js: the reader pane, the articles in the view and the open one's text with every fact's
// evidence highlighted (the spans come from kg/view/reader.py), and the tip over a highlight.

var reader = (function () {
  var UNAVAILABLE = "source text unavailable (file changed or missing)";
  var textBox = document.getElementById("reader-text");
  var tip = document.getElementById("reader-tip");
  // The open article (an index in data.articles), whether its text is "loading", "ready" or
  // "unavailable", its highlights, which load is the latest, and the articles listed above it.
  var current = {article: null, status: "empty", marks: [], token: 0, sources: []};
  var factArticles = data.facts.map(function () { return []; });  // fact -> the articles telling it
  data.articles.forEach(function (a, i) {
    a.spans.forEach(function (s) {
      var list = factArticles[s.fact];
      if (list && list.indexOf(i) < 0) { list.push(i); }
    });
  });

  // Articles in reading order: by date (undated last), then title.
  function byDate(a, b) {
    var x = data.articles[a], y = data.articles[b];
    var dx = x.date || "9999", dy = y.date || "9999";
    return dx < dy ? -1 : dx > dy ? 1 : (x.title < y.title ? -1 : x.title > y.title ? 1 : a - b);
  }
  var readingOrder = data.articles.map(function (_a, i) { return i; }).sort(byDate);

  function visibleSpan(s) {
    var fact = data.facts[s.fact];
    return Boolean(fact) && (state.showNegated || !fact.negated);
  }

  function itself(s) { return s; }
  function focusOf(s) { return s.focus; }

  // Which of two spans leads a piece of text: the shorter `range` (the span, or its focus), an
  // event before a leadership, then fact order.
  function shorter(a, b, range) {
    var rank = function (s) { return data.facts[s.fact].kind === "leaderOf" ? 1 : 0; };
    var ra = range(a), rb = range(b);
    return (ra.end - ra.start) - (rb.end - rb.start) || rank(a) - rank(b) || a.fact - b.fact;
  }

  // Split the text (as code points: the graph's offsets count code points, JS strings UTF-16
  // units) at every span edge; each piece knows the spans covering it and which one leads.
  function pieces(length, spans) {
    var cuts = new Set([0, length]);
    spans.forEach(function (s) {
      [s, s.focus].forEach(function (r) {
        if (r) { [r.start, r.end].forEach(function (c) { if (c > 0 && c < length) { cuts.add(c); } }); }
      });
    });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var focus = cover.filter(function (s) { return s.focus && s.focus.start <= a && s.focus.end >= b; });
      var lead = focus.length ? focus.slice().sort(function (x, y) { return shorter(x, y, focusOf); })[0]
        : (cover.length ? cover.slice().sort(function (x, y) { return shorter(x, y, itself); })[0] : null);
      out.push({from: a, to: b, cover: cover, lead: lead, focus: focus.length > 0});
    }
    return out;
  }

  function renderText(article, text) {
    var chars = Array.from(text);
    var spans = article.spans.filter(function (s) { return visibleSpan(s) && s.end <= chars.length; });
    var box = document.createDocumentFragment();
    current.marks = [];
    pieces(chars.length, spans).forEach(function (p) {
      var words = chars.slice(p.from, p.to).join("");
      if (!p.lead) { box.appendChild(document.createTextNode(words)); return; }
      var facts = [p.lead.fact];
      p.cover.forEach(function (s) { if (facts.indexOf(s.fact) < 0) { facts.push(s.fact); } });
      var negated = facts.every(function (f) { return data.facts[f].negated; });
      var mark = el("mark", "hl k-" + data.facts[p.lead.fact].kind + (p.focus ? " focus" : "") + (negated ? " neg" : ""), words);
      box.appendChild(mark);
      current.marks.push({mark: mark, lead: p.lead, cover: p.cover, facts: facts, from: p.from, to: p.to});
    });
    textBox.replaceChildren(box);
  }

  function renderUnavailable(article, i, detail) {
    textBox.replaceChildren(el("p", "unavailable", UNAVAILABLE + (detail ? ": " + detail : "")));
    var told = data.facts.filter(function (f) {
      return (state.showNegated || !f.negated) && f.evidence.some(function (ev) { return ev.article === i; });
    });
    if (told.length) { textBox.appendChild(el("p", "note", "The evidence sentences stored in the graph:")); }
    told.forEach(function (f) {
      f.evidence.forEach(function (ev) {
        if (ev.article === i) { textBox.appendChild(el("blockquote", "", f.text + " \u2014 \u201c" + ev.sentence + "\u201d")); }
      });
    });
    current.marks = [];
  }

  function markActive(scroll) {
    var first = null;
    current.marks.forEach(function (m) {
      var on = m.facts.some(function (f) { return state.active.has(f); });
      m.mark.classList.toggle("active", on);
      m.mark.classList.toggle("lead", state.active.has(m.lead.fact));
      if (on && first === null) { first = m.mark; }
    });
    if (scroll && first) { scrollWithin(textBox, first, true); }
  }

  // Scroll only `box` (never the page) so that `item` shows: centred, or just into view.
  function scrollWithin(box, item, centre) {
    var outer = box.getBoundingClientRect(), inner = item.getBoundingClientRect();
    if (centre) {
      box.scrollTop += inner.top - outer.top - (box.clientHeight - inner.height) / 2;
    } else if (inner.top < outer.top) {
      box.scrollTop += inner.top - outer.top;
    } else if (inner.bottom > outer.bottom) {
      box.scrollTop += inner.bottom - outer.bottom;
    }
  }

  function markCurrent() {
    document.querySelectorAll("#reader-list button, #reader-sources button").forEach(function (b) {
      b.setAttribute("aria-current", String(Number(b.dataset.article) === current.article));
    });
  }

  function renderMeta(article) {
    var meta = document.getElementById("reader-meta");
    meta.replaceChildren();
    if (article.date) { meta.appendChild(document.createTextNode(article.date + " \u00b7 ")); }
    if (article.file) {
      meta.appendChild(isRelativeLink(article.href) ? articleLink({title: article.file, href: article.href}) : el("span", "file", article.file));
      meta.appendChild(document.createTextNode(" \u00b7 "));
    }
    var count = new Set(article.spans.filter(visibleSpan).map(function (s) { return s.fact; })).size;
    meta.appendChild(document.createTextNode(count + " fact(s) highlighted"));
  }

  // Open article i with `facts` outlined (scrolled to if `scroll`); its text may load later.
  function open(i, facts, scroll) {
    var article = data.articles[i];
    if (!article) { return false; }
    var token = ++current.token;
    current.article = i;
    state.active = facts || new Set();
    current.status = "loading";
    hideTip();
    markCurrent();
    var item = document.querySelector('#reader-list button[data-article="' + i + '"]');
    if (item) { scrollWithin(document.getElementById("reader-list"), item, false); }
    document.getElementById("reader-title").textContent = article.title;
    renderMeta(article);
    texts.load(article, function (ok) {
      if (token !== current.token) { return; }
      if (ok) {
        renderText(article, texts.get(article));
      } else {
        renderUnavailable(article, i, article.text ? "its side file did not load" : "");
      }
      current.status = ok ? "ready" : "unavailable";
      markActive(scroll);
    });
    return true;
  }

  // Draw the open article again (the filters changed), keeping where it was scrolled to.
  function rerender() {
    if (current.article === null) { return; }
    var article = data.articles[current.article], top = textBox.scrollTop;
    if (current.status === "ready") {
      renderText(article, texts.get(article));
      markActive(false);
      textBox.scrollTop = top;
    } else if (current.status === "unavailable") {
      renderUnavailable(article, current.article, article.text ? "its side file did not load" : "");
    }
    renderMeta(article);
  }

  function articlesFor(facts) {
    var counts = new Map();
    facts.forEach(function (f) {
      (factArticles[f] || []).forEach(function (i) { counts.set(i, (counts.get(i) || 0) + 1); });
    });
    return Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || byDate(a, b); });
  }

  function renderSources(list, what) {
    var bar = document.getElementById("reader-sources");
    bar.replaceChildren();
    current.sources = list;
    bar.hidden = false;
    if (!list.length) {
      bar.appendChild(el("span", "", "No article text in this view tells " + what + "."));
      return;
    }
    bar.appendChild(el("span", "", what + " \u2014 in " + list.length + (list.length === 1 ? " article: " : " articles: ")));
    list.forEach(function (i) {
      var button = el("button", "", data.articles[i].title);
      button.type = "button";
      button.dataset.article = String(i);
      button.addEventListener("click", function () { open(i, state.active, true); });
      bar.appendChild(button);
    });
  }

  // Open the evidence of some facts: their first article (the one telling most of them), with the
  // others listed above it; returns how many articles tell them.
  function showEvidence(facts, what) {
    var shown = new Set(Array.from(facts).filter(function (f) { return state.showNegated || !data.facts[f].negated; }));
    var list = articlesFor(shown);
    renderSources(list, what);
    state.active = shown;
    if (list.length) { open(list[0], shown, true); } else { markCurrent(); }
    return list.length;
  }

  // Outline these facts' evidence in the open article.
  function setActive(facts) {
    state.active = facts;
    markActive(false);
  }

  function showTip(m, x, y) {
    tip.replaceChildren();
    m.facts.forEach(function (f) {
      var fact = data.facts[f];
      var spans = m.cover.filter(function (s) { return s.fact === f; });
      tip.appendChild(el("p", "fact-text", fact.text + (fact.negated ? " (negated)" : "")));
      tip.appendChild(el("p", "how", kindName(fact.kind) + spans.map(function (s) {
        return " \u00b7 rule " + s.rule + " \u00b7 confidence " + s.confidence;
      }).join("")));
    });
    tip.appendChild(el("p", "note", "Click to select it in the graph."));
    tip.hidden = false;
    var box = tip.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - box.width - 8)) + "px";
    tip.style.top = (y + 18 + box.height > window.innerHeight ? Math.max(4, y - box.height - 10) : y + 18) + "px";
  }

  function hideTip() { tip.hidden = true; }

  function markOf(target) {
    var mark = target && target.closest ? target.closest("mark.hl") : null;
    return mark ? current.marks.find(function (m) { return m.mark === mark; }) : null;
  }

  // List the articles (in reading order) and the highlight colours' key.
  function build() {
    var list = document.getElementById("reader-list");
    document.getElementById("reader-count").textContent = data.articles.length === 1 ? "1 article" : data.articles.length + " articles";
    readingOrder.forEach(function (i) {
      var a = data.articles[i];
      var button = el("button", "", a.title);
      button.type = "button";
      button.dataset.article = String(i);
      var count = new Set(a.spans.map(function (s) { return s.fact; })).size;
      button.appendChild(el("span", "meta", " \u2014 " + (a.date ? a.date + ", " : "") + count + " fact(s)" + (a.text ? "" : ", text unavailable")));
      button.addEventListener("click", function () { open(i, null, false); });
      var item = el("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    var key = document.getElementById("reader-key");
    Object.keys(data.highlights).forEach(function (kind) {
      if (kind === "capitalOf") { return; }
      var item = el("li", "k-" + kind);
      item.appendChild(el("span"));
      item.appendChild(document.createTextNode(kindName(kind)));
      key.appendChild(item);
    });
    if (!data.articles.length) { textBox.replaceChildren(el("p", "note", "No articles in this graph.")); }
  }

  function openFirst() {
    if (readingOrder.length) { open(readingOrder[0], null, false); }
  }

  textBox.addEventListener("mousemove", function (event) {
    var m = markOf(event.target);
    if (m) { showTip(m, event.clientX, event.clientY); } else { hideTip(); }
  });
  textBox.addEventListener("mouseleave", hideTip);
  textBox.addEventListener("scroll", hideTip);
  textBox.addEventListener("click", function (event) {
    var m = markOf(event.target);
    if (m) { pick.fact(m.lead.fact, true); }
  });
  document.getElementById("reader-toggle").addEventListener("change", function (event) {
    document.getElementById("reader").hidden = !event.target.checked;
    hideTip();
    timeline.render();
  });

  // What window.kgView.reader reports.
  function report() {
    return {article: current.article, status: current.status, active: Array.from(state.active).sort(),
            sources: current.sources.slice()};
  }

  function marks() {
    return current.marks.map(function (m) {
      return {text: m.mark.textContent, from: m.from, to: m.to, kind: data.facts[m.lead.fact].kind,
              fact: m.lead.fact, facts: m.facts.slice(),
              focus: m.mark.classList.contains("focus"), negated: m.mark.classList.contains("neg"),
              active: m.mark.classList.contains("active")};
    });
  }

  return {build: build, openFirst: openFirst, open: open, rerender: rerender, showEvidence: showEvidence,
          setActive: setActive, hideTip: hideTip, state: report, marks: marks,
          text: function () { return textBox.textContent; }};
})();
