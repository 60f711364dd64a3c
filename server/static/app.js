// lexdiff pages work without this script; it only makes them quicker to use.
(function () {
  "use strict";

  // The table of contents folds on a phone, and stands open beside the
  // text on a wide screen.
  if (window.matchMedia("(min-width: 60rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (d) {
      d.open = true;
    });
  }

  // A timeline wider than the screen scrolls to the change in view.
  document.querySelectorAll("[data-timeline]").forEach(function (box) {
    var chosen = box.querySelector(".change-mark.chosen circle");
    if (chosen && box.scrollWidth > box.clientWidth) {
      var mark = chosen.getBoundingClientRect(), frame = box.getBoundingClientRect();
      box.scrollLeft += mark.left - frame.left - box.clientWidth / 2;
    }
  });

  // A long act is printed in parts. A link to a unit of another part
  // (#art57 in a link made elsewhere) asks the server for the part that
  // holds it, once.
  var findPart = function () {
    var target = decodeURIComponent(window.location.hash.slice(1));
    if (!target || !document.querySelector("[data-act-parts]") || document.getElementById(target)) {
      return;
    }
    var url = new URL(window.location.href);
    if (url.searchParams.get("at") !== target) {
      url.searchParams.set("at", target);
      window.location.replace(url.toString());
    }
  };
  findPart();
  window.addEventListener("hashchange", findPart);

  // The "hide minor changes" checkbox hides formatting and reference-only
  // changes at once; the form still carries the choice to the server (and
  // into the URL) when it is submitted.
  document.querySelectorAll("input[data-hide-minor]").forEach(function (box) {
    var apply = function () {
      var minor = document.querySelectorAll(".change[data-minor]");
      document.querySelectorAll(".change[data-minor], .change-index [data-minor]").forEach(function (el) {
        el.hidden = box.checked;
      });
      var url = new URL(window.location.href);
      if (box.checked) {
        url.searchParams.set("hide", "minor");
      } else {
        url.searchParams.delete("hide");
      }
      window.history.replaceState(null, "", url.toString());
      var hidden = box.checked ? minor.length : 0;
      var shown = document.querySelector("[data-shown-count]");
      if (shown) {
        shown.textContent = document.querySelectorAll(".change").length - hidden;
      }
      var note = document.querySelector("[data-hidden-note]");
      if (note) {
        note.hidden = hidden === 0;
        note.querySelector("[data-hidden-count]").textContent = hidden;
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
