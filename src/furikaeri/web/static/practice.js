// furikaeri practice room: the answer timer and one-click submit. No inline script (CSP).
(function () {
  "use strict";

  function fmt(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  // Each answer form measures how long the answer took; with a time limit it shows the
  // time left and says so, without taking the answer away, when it runs out.
  function startTimer(form) {
    var started = Date.now();
    var elapsed = form.querySelector("[data-elapsed]");
    var timer = form.querySelector("[data-timer]");
    var left = timer ? timer.querySelector("[data-timer-left]") : null;
    var limit = timer ? parseInt(timer.getAttribute("data-seconds"), 10) : 0;
    function tick() {
      var spent = (Date.now() - started) / 1000;
      if (elapsed) elapsed.value = String(Math.round(spent));
      if (!left || !limit) return;
      var remaining = limit - spent;
      left.textContent = fmt(remaining);
      if (remaining <= 0 && !timer.classList.contains("over")) {
        timer.classList.add("over");
        // Announced once, when the time is up (not every second while it counts down).
        timer.setAttribute("role", "status");
        timer.lastChild.textContent = "　時間です。結論をまとめて回答を送りましょう。";
      }
    }
    tick();
    var id = setInterval(tick, 1000);
    form.addEventListener("submit", function () {
      tick();
      clearInterval(id);
    });
  }

  function init() {
    var forms = document.querySelectorAll("form[data-practice-form]");
    for (var i = 0; i < forms.length; i++) startTimer(forms[i]);
  }

  // A second click while the first submit is on its way does nothing (the server would
  // answer it the same way, but the user should see that one click was enough).
  document.addEventListener("submit", function (event) {
    var button = event.target.querySelector("button[data-once]");
    if (!button) return;
    if (button.getAttribute("data-sent")) {
      event.preventDefault();
      return;
    }
    button.setAttribute("data-sent", "1");
    button.setAttribute("aria-busy", "true");
  }, true);

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
