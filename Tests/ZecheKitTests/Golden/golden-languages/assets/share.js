// The "Link kopieren" control of the default theme's share links. Without JavaScript it is a
// plain link to the article's address (a reader can copy it from the context menu); with it,
// the link becomes a button that copies the address and says so in the status line beside it.
(function () {
  "use strict";
  document.querySelectorAll("a[data-copy-link]").forEach(function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    var url = link.href;
    var status = link.closest(".share") && link.closest(".share").querySelector(".share__status");
    button.addEventListener("click", function () {
      var done = function () {
        if (status) {
          status.textContent = "";
          // A new text each time, so that a screen reader announces a second copy too.
          setTimeout(function () { status.textContent = link.getAttribute("data-copied"); }, 50);
        }
        button.classList.add("is-copied");
      };
      // Where the browser refuses to copy, the status line shows the address to copy by hand.
      var failed = function () { if (status) { status.textContent = url; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, function () { if (fallback(url)) { done(); } else { failed(); } });
      } else if (fallback(url)) {
        done();
      } else {
        failed();
      }
    });
    link.replaceWith(button);
  });

  // For pages served over plain HTTP, where the Clipboard API is missing.
  function fallback(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    field.remove();
    return copied;
  }
})();
