// lexdiff pages work without this script; it only makes them quicker to use.
(function () {
  "use strict";

  // The "hide minor changes" checkbox hides formatting and reference-only
  // changes at once; the form still carries the choice to the server (and
  // into the URL) when it is submitted.
  document.querySelectorAll("input[data-hide-minor]").forEach(function (box) {
    var apply = function () {
      document.querySelectorAll(".change[data-minor]").forEach(function (el) {
        el.hidden = box.checked;
      });
      var url = new URL(window.location.href);
      if (box.checked) {
        url.searchParams.set("hide", "minor");
      } else {
        url.searchParams.delete("hide");
      }
      window.history.replaceState(null, "", url.toString());
      var count = document.querySelector("[data-hidden-count]");
      if (count) {
        count.hidden = !box.checked;
      }
    };
    box.addEventListener("change", apply);
    var submit = box.form && box.form.querySelector("[data-hide-submit]");
    if (submit) {
      submit.hidden = true;
    }
  });

  // The all-history switch disables the date filter, which it overrides.
  document.querySelectorAll("input[data-all-history]").forEach(function (box) {
    var date = box.form && box.form.querySelector("input[type=date]");
    if (!date) {
      return;
    }
    box.addEventListener("change", function () {
      date.disabled = box.checked;
    });
  });
})();
