/*
 * The staff desk's QR scanner: opens the rear camera with html5-qrcode, reads the customer's QR code
 * (it holds the bare reservation code) and submits the same check-in as typing the code. Texts come
 * from data- attributes of #scanner, in the page's language.
 */
(function () {
  'use strict';

  var scanner = null;

  function el(id) {
    return document.getElementById(id);
  }

  function say(text, isError) {
    var m = el('scanMessage');
    m.textContent = text || '';
    m.className = 'desk-scan-message' + (isError ? ' error' : '');
  }

  function stop() {
    var box = el('scanner');
    var running = scanner;
    scanner = null;
    box.hidden = true;
    el('scanButton').hidden = false;
    if (!running) {
      return Promise.resolve();
    }
    var stopped;
    try {
      stopped = Promise.resolve(running.stop());
    } catch (notRunning) {
      // html5-qrcode throws when the camera never started
      stopped = Promise.resolve();
    }
    return stopped
      .catch(function () {})
      .then(function () {
        try {
          running.clear();
        } catch (ignored) {
          // already cleared
        }
      });
  }

  function checkIn(code) {
    el('desk:code').value = code;
    el('desk:checkIn').click();
  }

  function start() {
    var box = el('scanner');
    var texts = box.dataset;
    if (scanner) {
      return;
    }
    if (!window.isSecureContext || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say(texts.insecure, true);
      return;
    }
    if (typeof Html5Qrcode === 'undefined') {
      say(texts.nocamera, true);
      return;
    }
    box.hidden = false;
    el('scanButton').hidden = true;
    say(texts.looking, false);
    var formats =
      typeof Html5QrcodeSupportedFormats === 'undefined' ? undefined : [Html5QrcodeSupportedFormats.QR_CODE];
    scanner = new Html5Qrcode('reader', formats ? { formatsToSupport: formats, verbose: false } : false);
    scanner
      .start(
        { facingMode: 'environment' },
        { fps: 10 },
        function (text) {
          var code = String(text).trim();
          stop().then(function () {
            say(texts.read.replace('{0}', code), false);
            checkIn(code);
          });
        },
        function () {
          // no code in this frame: keep looking
        }
      )
      .catch(function (err) {
        var reason = String((err && (err.name || err.message)) || err);
        scanner = null;
        box.hidden = true;
        el('scanButton').hidden = false;
        say(/NotAllowed|Permission|denied/i.test(reason) ? texts.denied : texts.nocamera, true);
      });
  }

  /** After a check-in answered: its outcome box replaces the "read ..., checking in" line. */
  function done() {
    var m = el('scanMessage');
    if (m && m.className.indexOf('error') < 0) {
      say('', false);
    }
  }

  window.deskScan = { start: start, stop: stop, done: done };
})();
