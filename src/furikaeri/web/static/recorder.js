// furikaeri: the voice recorder of practice/_voice.html. No inline script (CSP script-src 'self').
// The microphone is asked for only when 録音 is pressed; the recording goes to this machine's
// furikaeri server only (POST /practice/audio), which measures it and drops it. The browser's own
// speech recognition runs only when the user ticks it, next to a note that the audio then goes
// to the browser vendor's service.
(function () {
  "use strict";

  var MIME_TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"];
  var STORAGE_KEY = "furikaeri.calibration_lufs";
  var MESSAGES = {
    denied: "マイクの使用が許可されませんでした。ブラウザのアドレス欄にあるマイクのアイコンから許可できます。録音しなくても、下の欄に回答を入力すれば続けられます。",
    nomic: "マイクが見つかりませんでした。マイクをつないでからもう一度押すか、下の欄に回答を入力してください。",
    unsupported: "このブラウザでは録音できません。下の欄に回答を入力するか、録音ファイルを選んで測ってください。",
    failed: "録音を始められませんでした。下の欄に回答を入力して続けられます。",
    tooBig: "録音が大きすぎます。短く区切って録音してください。",
    forbidden: "送信を受け付けられませんでした。ページを再読み込みしてから、もう一度お試しください（入力した文字起こしはコピーしておいてください）。",
    network: "furikaeri のサーバーに送れませんでした。サーバーが動いているか確かめてください。",
    empty: "録音が空でした。もう一度録音してください。"
  };

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function pickMimeType() {
    if (!window.MediaRecorder || !MediaRecorder.isTypeSupported) return "";
    for (var i = 0; i < MIME_TYPES.length; i++) {
      if (MediaRecorder.isTypeSupported(MIME_TYPES[i])) return MIME_TYPES[i];
    }
    return "";
  }

  function suffixOf(type) {
    if (type.indexOf("ogg") >= 0) return "ogg";
    if (type.indexOf("mp4") >= 0) return "m4a";
    return "webm";
  }

  function clock(seconds) {
    var s = Math.floor(seconds);
    return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2);
  }

  function Voice(root) {
    this.root = root;
    this.q = function (sel) { return root.querySelector(sel); };
    this.maxSeconds = parseFloat(root.getAttribute("data-max-seconds")) || 600;
    this.maxBytes = parseInt(root.getAttribute("data-max-bytes"), 10) || 8000000;
    this.recorder = null;
    this.recognition = null;
    this.lastAnswer = null;
    this.transcriptSource = "typed";
    this.init();
  }

  Voice.prototype.init = function () {
    var self = this;
    var canRecord = !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
    var buttons = this.root.querySelectorAll("[data-voice-record]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = !canRecord;
      buttons[i].setAttribute("data-label", buttons[i].textContent);
      buttons[i].addEventListener("click", function (event) { self.toggle(event.currentTarget); });
    }
    if (!canRecord) this.error(MESSAGES.unsupported);
    var SR = window.SpeechRecognition || window.webkitSpeechRecognition;
    var srBox = this.q("[data-voice-sr-box]");
    if (srBox) srBox.hidden = !(SR && canRecord);
    var stored = null;
    try { stored = window.sessionStorage.getItem(STORAGE_KEY); } catch (e) { /* storage off */ }
    var field = this.q("[data-voice-calibration]");
    if (field && !field.value && stored) this.calibrated(stored);
    var remeasure = this.q("[data-voice-remeasure]");
    if (remeasure) remeasure.addEventListener("click", function () {
      if (self.lastAnswer) self.upload(self.lastAnswer, "answer", false);
    });
    var transcript = this.q("[data-voice-transcript]");
    if (transcript) transcript.addEventListener("input", function () {
      if (self.lastAnswer && remeasure) remeasure.hidden = false;
      self.syncAnswer();
    });
  };

  // In a practice answer form, the spoken answer's transcript is the answer: copy it into the
  // form's `answer` field while that field is empty or still holds the last copy (never over
  // text the user typed there).
  Voice.prototype.syncAnswer = function () {
    var form = this.root.closest("form");
    var transcript = this.q("[data-voice-transcript]");
    var answer = form && form.querySelector('textarea[name="answer"]');
    if (!answer || !transcript || this.root.contains(answer)) return;
    if (answer.value && answer.value !== this.copied) return;
    answer.value = transcript.value;
    this.copied = transcript.value;
    answer.dispatchEvent(new Event("input", { bubbles: true }));
  };

  Voice.prototype.error = function (text) {
    var box = this.q("[data-voice-error]");
    if (!box) return;
    box.textContent = text || "";
    box.hidden = !text;
  };

  Voice.prototype.toggle = function (button) {
    if (this.recorder && this.recorder.state === "recording") {
      this.recorder.stop();
      return;
    }
    if (this.starting) return;  // a double click while the browser asks for the microphone
    this.start(button, button.getAttribute("data-voice-record"));
  };

  Voice.prototype.start = function (button, purpose) {
    var self = this;
    this.error("");
    // Automatic gain control would level the voice and hide 「声が小さい」: ask for it off.
    var constraints = { audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } };
    this.starting = true;
    navigator.mediaDevices.getUserMedia(constraints).then(function (stream) {
      self.starting = false;
      self.record(button, purpose, stream);
    }, function (err) {
      self.starting = false;
      var name = err && err.name;
      if (name === "NotAllowedError" || name === "SecurityError") self.error(MESSAGES.denied);
      else if (name === "NotFoundError" || name === "OverconstrainedError") self.error(MESSAGES.nomic);
      else self.error(MESSAGES.failed);
      var transcript = self.q("[data-voice-transcript]");
      if (transcript) transcript.focus();
    });
  };

  Voice.prototype.record = function (button, purpose, stream) {
    var self = this;
    var type = pickMimeType();
    var options = { audioBitsPerSecond: 48000 };  // speech needs no more; 10 minutes fit 3.6 MB
    if (type) options.mimeType = type;
    var recorder;
    try {
      recorder = new MediaRecorder(stream, options);
    } catch (e) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      this.error(MESSAGES.failed);
      return;
    }
    var chunks = [];
    var started = Date.now();
    var timer = this.q("[data-voice-timer]");
    this.recorder = recorder;
    this.setBusy(button, true);
    if (purpose === "answer") this.startRecognition();
    recorder.ondataavailable = function (event) { if (event.data && event.data.size) chunks.push(event.data); };
    var tick = window.setInterval(function () {
      var seconds = (Date.now() - started) / 1000;
      if (timer) timer.textContent = clock(seconds);
      if (seconds >= self.maxSeconds && recorder.state === "recording") recorder.stop();
    }, 250);
    recorder.onstop = function () {
      window.clearInterval(tick);
      stream.getTracks().forEach(function (t) { t.stop(); });
      self.setBusy(button, false);
      var blob = new Blob(chunks, { type: recorder.mimeType || type || "audio/webm" });
      self.stopRecognition(function () {
        if (!blob.size) { self.error(MESSAGES.empty); return; }
        if (blob.size > self.maxBytes) { self.error(MESSAGES.tooBig); return; }
        if (purpose === "answer") self.lastAnswer = blob;
        self.upload(blob, purpose, purpose === "answer");
      });
    };
    recorder.start(1000);
  };

  Voice.prototype.setBusy = function (button, busy) {
    var buttons = this.root.querySelectorAll("[data-voice-record]");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i] !== button) buttons[i].disabled = busy;
    }
    button.textContent = busy ? "停止" : button.getAttribute("data-label");
    button.classList.toggle("recording", busy);
    button.setAttribute("aria-pressed", busy ? "true" : "false");
  };

  Voice.prototype.startRecognition = function () {
    var box = this.q("[data-voice-sr]");
    var SR = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (!box || !box.checked || !SR) return;
    var self = this;
    var transcript = this.q("[data-voice-transcript]");
    var finals = [];
    var recognition = new SR();
    recognition.lang = "ja-JP";
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onresult = function (event) {
      var interim = "";
      for (var i = event.resultIndex; i < event.results.length; i++) {
        var text = event.results[i][0].transcript;
        if (event.results[i].isFinal) finals.push(text); else interim += text;
      }
      if (transcript) transcript.value = finals.join("") + interim;
      self.transcriptSource = "browser";
      self.syncAnswer();
    };
    recognition.onerror = function (event) {
      if (event.error === "not-allowed" || event.error === "service-not-allowed") {
        self.error("ブラウザの音声認識を使えませんでした。文字起こしは手で入力してください。");
      }
    };
    this.recognition = recognition;
    try { recognition.start(); } catch (e) { this.recognition = null; }
  };

  Voice.prototype.stopRecognition = function (then) {
    var recognition = this.recognition;
    this.recognition = null;
    if (!recognition) { then(); return; }
    var done = false;
    var finish = function () { if (!done) { done = true; then(); } };
    recognition.onend = finish;
    window.setTimeout(finish, 3000);  // the last words arrive after stop(); don't wait forever
    try { recognition.stop(); } catch (e) { finish(); }
  };

  Voice.prototype.upload = function (blob, purpose, keep) {
    var self = this;
    var form = new FormData();
    form.append("audio", blob, purpose + "." + suffixOf(blob.type));
    form.append("purpose", purpose);
    var field = this.q("[data-voice-calibration]");
    form.append("calibration_lufs", field ? field.value : "");
    var transcript = this.q("[data-voice-transcript]");
    form.append("transcript", purpose === "answer" && transcript ? transcript.value : "");
    form.append("transcript_source", this.transcriptSource);
    var keepBox = this.q("[data-voice-keep]");
    if (keep && keepBox && keepBox.checked) form.append("keep_recording", "1");
    form.append("analyze", this.root.getAttribute("data-analyze") || "");
    var result = this.q("[data-voice-result]");
    if (result) result.textContent = "測っています…";
    fetch(this.root.getAttribute("data-upload-url"), {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken(), "HX-Request": "true" }
    }).then(function (response) {
      if (response.status === 413) throw new Error(MESSAGES.tooBig);
      if (response.status === 403) throw new Error(MESSAGES.forbidden);
      return response.text();
    }).then(function (html) {
      if (result) result.innerHTML = html;
      self.received();
    }).catch(function (err) {
      if (result) result.textContent = "";
      self.error(err && err.message && err.message.indexOf("。") >= 0 ? err.message : MESSAGES.network);
    });
  };

  Voice.prototype.received = function () {
    var calibrated = this.q("[data-calibration-lufs]");
    if (calibrated) this.calibrated(calibrated.getAttribute("data-calibration-lufs"));
    var metrics = this.q("[data-audio-metrics]");
    var hidden = this.q("[data-voice-metrics]");
    if (metrics && hidden) {
      hidden.value = metrics.getAttribute("data-audio-metrics");
      hidden.dispatchEvent(new Event("change", { bubbles: true }));
    }
    // A local model's transcript (FURIKAERI_WHISPER_MODEL / _VOSK_MODEL) fills an empty field.
    var local = this.q("[data-transcript]");
    var transcript = this.q("[data-voice-transcript]");
    if (local && transcript && !transcript.value.trim()) {
      transcript.value = local.getAttribute("data-transcript");
      this.transcriptSource = local.getAttribute("data-transcript-source") || "typed";
      this.syncAnswer();
    }
    var remeasure = this.q("[data-voice-remeasure]");
    if (remeasure) remeasure.hidden = true;
  };

  Voice.prototype.calibrated = function (value) {
    var field = this.q("[data-voice-calibration]");
    if (field) field.value = value;
    try { window.sessionStorage.setItem(STORAGE_KEY, value); } catch (e) { /* storage off */ }
    var status = this.q("[data-voice-calibration-status]");
    if (status) status.textContent = "基準の声: " + parseFloat(value).toFixed(1) + " LUFS（録音し直すと更新されます）";
  };

  function setup(scope) {
    var roots = (scope || document).querySelectorAll("[data-voice]");
    for (var i = 0; i < roots.length; i++) {
      if (roots[i].getAttribute("data-voice-ready")) continue;
      roots[i].setAttribute("data-voice-ready", "1");
      new Voice(roots[i]);
    }
  }

  document.addEventListener("DOMContentLoaded", function () { setup(document); });
  // A practice page may swap the answer form in with HTMX.
  document.addEventListener("htmx:load", function (event) { setup(event.target); });
})();
