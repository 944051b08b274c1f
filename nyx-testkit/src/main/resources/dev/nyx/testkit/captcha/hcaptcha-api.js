/* Replica of hCaptcha's api.js: iframe with data-hcaptcha-widget-id / data-hcaptcha-response, the
   h-captcha-response and g-recaptcha-response textareas; never solves anything. */
(function () {
  var widgets = [];
  function render(container, params) {
    var element = typeof container === 'string' ? document.getElementById(container) : container;
    var id = Math.random().toString(36).slice(2, 12);
    var frame = document.createElement('iframe');
    frame.title = 'Widget containing checkbox for hCaptcha security challenge';
    frame.src = NYX_BASE + '/checkbox.html#id=' + id + '&host=' + location.host + '&sitekey=' + encodeURIComponent(params.sitekey);
    frame.setAttribute('data-hcaptcha-widget-id', id);
    frame.setAttribute('data-hcaptcha-response', '');
    frame.width = 303;
    frame.height = 78;
    var hResponse = document.createElement('textarea');
    hResponse.id = 'h-captcha-response-' + id;
    hResponse.name = 'h-captcha-response';
    hResponse.style.display = 'none';
    var gResponse = document.createElement('textarea');
    gResponse.id = 'g-recaptcha-response-' + id;
    gResponse.name = 'g-recaptcha-response';
    gResponse.style.display = 'none';
    element.appendChild(frame);
    element.appendChild(hResponse);
    element.appendChild(gResponse);
    element.setAttribute('data-hcaptcha-widget-id', id);
    widgets.push({ id: id, response: hResponse, params: params });
    return id;
  }
  function widget(id) {
    return id === undefined ? widgets[0] : widgets.find(function (w) { return w.id === id; });
  }
  window.hcaptcha = {
    render: render,
    getResponse: function (id) { var w = widget(id); return w ? w.response.value : ''; },
    getRespKey: function () { return ''; },
    reset: function (id) { var w = widget(id); if (w) { w.response.value = ''; } },
    // a person would now see a challenge; nothing happens here
    execute: function () { return undefined; }
  };
  function start() {
    document.querySelectorAll('.h-captcha').forEach(function (element) {
      render(element, { sitekey: element.getAttribute('data-sitekey'), callback: element.getAttribute('data-callback'),
        size: element.getAttribute('data-size') || 'normal' });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
