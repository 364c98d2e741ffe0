/* Copy buttons of a plan's citations: shown only where the clipboard can be written. */
(function () {
  "use strict";
  var status = document.getElementById("td-copy-status");
  if (!status || !navigator.clipboard) { return; }
  document.querySelectorAll("button.td-copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.getAttribute("data-copy")).textContent;
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = "";
        status.textContent = status.getAttribute("data-done");
        button.classList.add("td-copied");
      });
    });
  });
})();
