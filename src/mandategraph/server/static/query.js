// The query page: YASGUI when web/node_modules is installed, else a plain textarea that posts the
// query to /sparql and shows the answer as a table. Named queries are one click away; the URL
// /query?query=... (or ?name=...) is the shareable link.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("mg-config").textContent);
  // YASGUI shows an error (syntax error, refusal, time-out) only for an absolute endpoint URL
  config.endpoint = new URL(config.endpoint, location.href).href;
  var named = JSON.parse(document.getElementById("mg-queries").textContent);

  function shareUrl(text) {
    return location.origin + "/query?query=" + encodeURIComponent(text);
  }

  var editor;  // {get(), set(text), run()}

  if (window.Yasgui) {
    var yasgui = new window.Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: config.endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      populateFromUrl: false,
      showCopyEndpointButton: false,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
      yasqe: { autocompleters: ["variables"], persistenceId: null },
      yasr: { persistenceId: null },
    });
    var tab = function () { return yasgui.getTab(); };
    editor = {
      get: function () { return tab().getQuery(); },
      set: function (text) { tab().setQuery(text); },
      run: function () { return tab().query(); },
    };
    editor.set(config.initial);
    document.body.dataset.editor = "yasgui";
    var share = document.getElementById("share-yasgui");
    if (share) {
      share.addEventListener("click", function (ev) {
        ev.preventDefault();
        history.replaceState(null, "", shareUrl(editor.get()));
        share.href = shareUrl(editor.get());
        if (navigator.clipboard) { navigator.clipboard.writeText(share.href).catch(function () {}); }
        share.textContent = "Link copied to the address bar";
      });
    }
  } else {
    var form = document.getElementById("fallback");
    var area = document.getElementById("query-text");
    var status = document.getElementById("status");
    var results = document.getElementById("results");
    form.hidden = false;
    document.body.dataset.editor = "textarea";

    var cell = function (term) {
      var td = document.createElement("td");
      if (!term) { return td; }
      if (term.type === "uri") {
        var a = document.createElement("a");
        a.href = term.value.indexOf("https://w3id.org/mandategraph/id/") === 0
          ? term.value.substring("https://w3id.org/mandategraph".length)
          : "/resource?iri=" + encodeURIComponent(term.value);
        a.textContent = term.value;
        td.appendChild(a);
      } else {
        td.textContent = term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : "");
      }
      return td;
    };

    var show = function (response, body) {
      results.textContent = "";
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok) {
        var p = document.createElement("p");
        p.className = "error";
        p.textContent = response.status + ": " + body;
        results.appendChild(p);
        status.textContent = "error";
        return;
      }
      if (type.indexOf("json") < 0) {
        var pre = document.createElement("pre");
        pre.textContent = body;
        results.appendChild(pre);
        status.textContent = "done";
        return;
      }
      var data = JSON.parse(body);
      if (typeof data.boolean === "boolean") {
        results.textContent = data.boolean ? "yes (true)" : "no (false)";
        status.textContent = "done";
        return;
      }
      var table = document.createElement("table");
      table.className = "data";
      var head = table.createTHead().insertRow();
      data.head.vars.forEach(function (v) {
        var th = document.createElement("th");
        th.textContent = v;
        head.appendChild(th);
      });
      var tbody = table.createTBody();
      data.results.bindings.forEach(function (row) {
        var tr = tbody.insertRow();
        data.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      });
      results.appendChild(table);
      status.textContent = data.results.bindings.length + " rows";
    };

    editor = {
      get: function () { return area.value; },
      set: function (text) { area.value = text; },
      run: function () {
        status.textContent = "running…";
        document.getElementById("share").href = shareUrl(area.value);
        return fetch(config.endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
          body: new URLSearchParams({ query: area.value }),
        }).then(function (response) {
          return response.text().then(function (body) { show(response, body); });
        }).catch(function (err) { status.textContent = "failed: " + err; });
      },
    };
    form.addEventListener("submit", function (ev) { ev.preventDefault(); editor.run(); });
    area.addEventListener("input", function () {
      document.getElementById("share").href = shareUrl(area.value);
    });
  }

  document.querySelectorAll("a.named-query").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      var text = named[link.dataset.name];
      if (text === undefined) { return; }
      ev.preventDefault();
      editor.set(text);
      history.replaceState(null, "", "/query?name=" + encodeURIComponent(link.dataset.name));
      editor.run();
    });
  });

  if (config.run) { editor.run(); }
})();
