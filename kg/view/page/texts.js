// texts.js: the article texts, loaded on demand from <page>.files/<id>.js; each such side file
// calls window.kgArticle(id, text) (render.REGISTER), and <script src> works from file://.

var texts = (function () {
  var loaded = new Map();    // article key -> text
  var waiting = new Map();   // article key -> callbacks waiting for its side file
  var failed = new Set();    // article keys whose side file did not load: not asked for again

  window.kgArticle = function (key, text) {
    if (typeof key !== "string" || typeof text !== "string" || !waiting.has(key)) { return; }
    loaded.set(key, text);
    finishLoad(key, true);
  };

  function finishLoad(key, ok) {
    var callbacks = waiting.get(key) || [];
    waiting.delete(key);
    if (!ok) { failed.add(key); }
    callbacks.forEach(function (cb) { cb(ok); });
  }

  // Call done(true) once the article's text is loaded, done(false) if it cannot be.
  function load(article, done) {
    var key = article.key;
    if (!article.text || failed.has(key) || !/^[0-9A-Za-z_-]{1,64}$/.test(key) || !isRelativeLink(data.textDir)) {
      done(false);
      return;
    }
    if (loaded.has(key)) { done(true); return; }
    if (waiting.has(key)) { waiting.get(key).push(done); return; }
    waiting.set(key, [done]);
    var script = document.createElement("script");
    script.src = data.textDir + "/" + key + ".js";
    script.onload = function () { script.remove(); if (waiting.has(key)) { finishLoad(key, false); } };
    script.onerror = function () { script.remove(); finishLoad(key, false); };
    document.head.appendChild(script);
  }

  function get(article) { return loaded.get(article.key); }

  return {load: load, get: get};
})();
