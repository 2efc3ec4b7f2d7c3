import TextCore

/// The `<script>` element injected into served HTML pages.
///
/// It listens to `/_zeche/live`: `reload` reloads the page, `css` swaps the stylesheets,
/// `build-error` shows an overlay. (Not `error`: EventSource fires its own `error` events when
/// the connection drops.) The page remembers the site version it was served with; the server
/// says its version on every connect, so a page that missed a rebuild while its tab was hidden
/// or the server was restarted reloads itself. Hidden tabs close their stream, because browsers
/// allow only six HTTP/1.1 connections per host, and many open tabs would use them all up.
enum LiveReloadScript {
    /// JSON that is safe inside the `<script>` element.
    static let json = JSONWriter(escapesForHTML: true)

    /// The path of the event stream.
    static let eventStreamPath = "/_zeche/live"

    /// The element for a page served at site version `version` while `errors` are the current
    /// build errors (empty when the last build succeeded).
    static func element(version: String, errors: [String]) -> [UInt8] {
        let script = source
            .replacing("ZECHE_VERSION", with: json.quoted(version))
            .replacing("ZECHE_ERRORS", with: json.text(.array(errors.map(JSONValue.string))))
        return Array("<script>\(script)</script>".utf8)
    }

    // Plain ES5 with DOM methods that Chromium and Firefox have had for years. Diagnostics go
    // in with textContent only, never innerHTML: their text comes from the author's files.
    private static let source = #"""
(function () {
  "use strict";
  var version = ZECHE_VERSION;
  var errors = ZECHE_ERRORS;
  var overlayID = "zeche-build-errors";
  var source = null;

  function showErrors(lines) {
    var old = document.getElementById(overlayID);
    if (old) old.parentNode.removeChild(old);
    if (!lines.length) return;
    var panel = document.createElement("div");
    panel.id = overlayID;
    panel.setAttribute("role", "alert");
    panel.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:2147483647;" +
      "max-height:70vh;overflow:auto;box-sizing:border-box;margin:0;padding:16px 20px;" +
      "background:#1d1f21;color:#f3f3f3;border-bottom:4px solid #e5484d;text-align:left;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap";
    var title = document.createElement("div");
    title.style.cssText = "font-weight:bold;color:#ff9592;margin-bottom:8px";
    title.textContent = "Build failed \u2013 the preview shows the last good version.";
    panel.appendChild(title);
    var overview = document.createElement("a");
    overview.href = "/_zeche/";
    overview.style.cssText = "display:block;color:#9cc7ff;margin-bottom:8px";
    overview.textContent = "All articles and their mistakes: /_zeche/";
    panel.appendChild(overview);
    for (var i = 0; i < lines.length; i++) {
      var row = document.createElement("div");
      row.textContent = lines[i];
      panel.appendChild(row);
    }
    (document.body || document.documentElement).appendChild(panel);
  }

  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var url = new URL(link.getAttribute("href"), document.baseURI);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("zeche-reload", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      fresh.onload = fresh.onerror = removeLater(link);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    }
  }

  function removeLater(link) {
    return function () { if (link.parentNode) link.parentNode.removeChild(link); };
  }

  function connect() {
    if (source || !window.EventSource) return;
    source = new EventSource("/_zeche/live");
    source.addEventListener("hello", function (event) {
      if (event.data !== version) location.reload();
    });
    source.addEventListener("reload", function () { location.reload(); });
    source.addEventListener("overview", function () {
      if (location.pathname === "/_zeche/" || location.pathname === "/_zeche/index.html") location.reload();
    });
    source.addEventListener("css", function (event) {
      version = event.data;
      showErrors([]);
      swapStylesheets();
    });
    source.addEventListener("build-error", function (event) {
      showErrors(JSON.parse(event.data));
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      if (source) source.close();
      source = null;
    } else {
      connect();
    }
  });
  if (errors.length) showErrors(errors);
  if (document.visibilityState !== "hidden") connect();
})();
"""#
}
