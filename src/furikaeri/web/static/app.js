// furikaeri: the only script besides htmx. No inline script anywhere (CSP script-src 'self').
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // Every HTMX request carries the per-session CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  // HTMX does not swap error responses; show the server's message instead of failing silently.
  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var status = xhr ? xhr.status : 0;
    if (status === 422 && xhr.responseText) {
      // Validation errors come back as the form fragment with messages: swap it in.
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      return;
    }
    var text = status === 403
      ? "この操作は受け付けられませんでした。ページを再読み込みしてから、もう一度お試しください。"
      : "サーバーとの通信でエラーが発生しました（" + status + "）。";
    showNotice(text);
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  function showNotice(text) {
    var box = document.getElementById("js-notice");
    if (!box) {
      box = document.createElement("p");
      box.id = "js-notice";
      box.className = "error notice-float";
      box.setAttribute("role", "alert");
      document.body.appendChild(box);
    }
    box.textContent = text;
  }

  // Copy buttons: <button data-copy-target="id">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (!source) return;
    var text = source.value !== undefined ? source.value : source.textContent;
    var done = function () {
      var original = button.getAttribute("data-label") || button.textContent;
      button.setAttribute("data-label", original);
      button.textContent = "コピーしました";
      setTimeout(function () { button.textContent = original; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
    } else {
      selectText(source);
      try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ }
    }
  });

  // Keep the mailto: link in step with the edited subject and body.
  document.addEventListener("input", function (event) {
    var form = event.target.form;
    var link = document.getElementById("mailto-link");
    if (!form || !link || form.id !== "mail-form") return;
    var subject = form.querySelector('[name="subject"]');
    var body = form.querySelector('[name="body"]');
    link.setAttribute("href", "mailto:" + encodeURIComponent(link.getAttribute("data-mailto") || "").replace("%40", "@") +
      "?subject=" + encodeURIComponent(subject ? subject.value : "") +
      "&body=" + encodeURIComponent((body ? body.value : "").replace(/\r?\n/g, "\r\n")));
  });

  function selectText(node) {
    if (node.select) { node.select(); return; }
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // A form posts once: while its request is in flight, a second submit (a double click, Enter
  // pressed again on a slow connection) is dropped and its buttons are disabled. Disabled only
  // after this event, so the clicked button's name and value are still posted. The server
  // refuses a repeated form token as well; this only spares the extra requests.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form || form.hasAttribute("hx-post") || form.hasAttribute("hx-get")) return;
    if (form.getAttribute("data-submitting") === "1") {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitting", "1");
    setTimeout(function () {
      form.querySelectorAll("button[type=submit], button:not([type]), input[type=submit]").forEach(function (b) {
        b.disabled = true;
        b.setAttribute("aria-busy", "true");
      });
    }, 0);
  });
  // Back restores a page from the cache as it was left (buttons disabled): enable them again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      form.removeAttribute("data-submitting");
      form.querySelectorAll("[aria-busy=true]").forEach(function (b) {
        b.disabled = false;
        b.removeAttribute("aria-busy");
      });
    });
  });

  // Delete buttons ask first: <form data-confirm="...">.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Validation errors are shown where the user is: the first invalid field (or the error
  // summary) is focused and scrolled into view, on a page rendered with errors and after an
  // HTMX swap of a form with errors (a long interview page put them far below the viewport).
  function focusFirstError(root) {
    var scope = root || document;
    var field = scope.querySelector(
      ".field.has-error input, .field.has-error textarea, .field.has-error select, [aria-invalid='true']"
    );
    var target = field || scope.querySelector(".error[role='alert'], .field-error");
    if (!target) return;
    if (!field && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { focusFirstError(); });
  } else {
    focusFirstError();
  }
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 422) focusFirstError(event.detail.target);
  });

  // A date the browser cannot read (typed 02/30) would be sent as empty and the record saved
  // without it: stop the submit and say so by the field.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.querySelectorAll) return;
    var bad = Array.prototype.filter.call(
      form.querySelectorAll("input[type='date']"),
      function (input) { return input.validity && input.validity.badInput; }
    );
    if (!bad.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    bad.forEach(function (input) {
      var field = input.closest(".field") || input.parentNode;
      field.classList.add("has-error");
      input.setAttribute("aria-invalid", "true");
      var message = field.querySelector(".field-error.js-date");
      if (!message) {
        message = document.createElement("p");
        message.className = "field-error js-date";
        message.setAttribute("role", "alert");
        field.appendChild(message);
      }
      message.textContent = "この日付はありません（例: 2月30日）。日付を確認してください。";
    });
    focusFirstError(form);
  }, true);

  // 「どの選考で」 follows the application chosen (its current stage), unless already chosen.
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select || select.id !== "f-application_id") return;
    var stage = document.getElementById("f-stage");
    var option = select.options[select.selectedIndex];
    if (!stage || !option) return;
    var wanted = option.getAttribute("data-stage") || "";
    if (!stage.value || stage.getAttribute("data-auto") === "1") {
      stage.value = wanted;
      stage.setAttribute("data-auto", "1");
    }
  });
  document.addEventListener("input", function (event) {
    if (event.target && event.target.id === "f-stage") event.target.removeAttribute("data-auto");
  });
})();
