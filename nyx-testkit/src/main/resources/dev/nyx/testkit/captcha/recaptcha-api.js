/* Replica of Google's reCAPTCHA api.js / enterprise.js: builds the DOM the real script builds
   (anchor iframe with k=, hidden g-recaptcha-response textarea, ___grecaptcha_cfg.clients holding
   the render parameters) but never solves anything: only an injected token passes the server. */
(function () {
  var cfg = window.___grecaptcha_cfg = window.___grecaptcha_cfg || { clients: {}, count: 0 };
  var anchorPath = NYX_ENTERPRISE ? '/recaptcha/enterprise/anchor' : '/recaptcha/api2/anchor';
  var widgets = [];


  function render(container, params) {
    var element = typeof container === 'string' ? document.getElementById(container) : container;
    var id = cfg.count++;
    var size = params.size || 'normal';
    var frame = document.createElement('iframe');
    frame.title = 'reCAPTCHA';
    frame.width = size === 'invisible' ? 256 : 304;
    frame.height = size === 'invisible' ? 60 : 78;
    frame.src = NYX_BASE + anchorPath + '?ar=1&k=' + encodeURIComponent(params.sitekey)
      + '&co=' + encodeURIComponent(btoa(location.origin)) + '&hl=en&v=replica&size=' + size + '&cb=w' + id;
    var response = document.createElement('textarea');
    response.id = id === 0 ? 'g-recaptcha-response' : 'g-recaptcha-response-' + id;
    response.name = 'g-recaptcha-response';
    response.className = 'g-recaptcha-response';
    response.style.display = 'none';
    element.appendChild(frame);
    element.appendChild(response);
    // the real client keeps the parameters a few objects deep under minified names
    cfg.clients[id] = { id: id, Ea: element, Yb: { Kd: { sitekey: params.sitekey, callback: params.callback, size: size } } };
    widgets.push({ id: id, response: response });
    return id;
  }

  // a widget bound to a button: the invisible widget sits in a badge, the button's click runs the
  // challenge (a person would solve it; nothing happens here) and the callback gets the token
  function bind(button, params) {
    var badge = document.createElement('div');
    badge.className = 'grecaptcha-badge';
    document.body.appendChild(badge);
    params.size = 'invisible';
    var id = render(badge, params);
    button.addEventListener('click', function (event) {
      if (!widget(id).response.value) {
        event.preventDefault();
        api.execute(id);
      }
    });
  }

  function widget(id) {
    return widgets[id === undefined ? 0 : id];
  }

  var api = {
    render: render,
    getResponse: function (id) { var w = widget(id); return w ? w.response.value : ''; },
    reset: function (id) { var w = widget(id); if (w) { w.response.value = ''; } },
    ready: function (fn) { setTimeout(fn, 0); },
    execute: function (siteKeyOrId, options) {
      if (typeof siteKeyOrId === 'string') {
        // v3: a real token would come from Google; the replica's is never accepted
        return Promise.resolve('replica-unverified-' + Math.random().toString(36).slice(2));
      }
      // v2 invisible: a person would now see a challenge; nothing happens here
      return undefined;
    }
  };
  window.grecaptcha = api;
  if (NYX_ENTERPRISE) {
    window.grecaptcha.enterprise = api;
  }

  function start() {
    if (NYX_RENDER && NYX_RENDER !== 'explicit') {
      var badge = document.createElement('div');
      badge.className = 'grecaptcha-badge';
      document.body.appendChild(badge);
      render(badge, { sitekey: NYX_RENDER, size: 'invisible' });
    } else if (NYX_RENDER !== 'explicit') {
      document.querySelectorAll('.g-recaptcha').forEach(function (element) {
        var params = { sitekey: element.getAttribute('data-sitekey'), callback: element.getAttribute('data-callback'),
          size: element.getAttribute('data-size') || 'normal' };
        if (element.tagName === 'BUTTON' || element.tagName === 'INPUT') {
          bind(element, params);
        } else {
          render(element, params);
        }
      });
    }
    if (NYX_ONLOAD && typeof window[NYX_ONLOAD] === 'function') {
      window[NYX_ONLOAD]();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
