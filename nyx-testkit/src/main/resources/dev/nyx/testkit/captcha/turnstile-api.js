/* Replica of Cloudflare Turnstile's api.js: iframe plus hidden input cf-turnstile-response with id
   cf-chl-widget-{x}_response; never solves anything. */
(function () {
  var widgets = [];
  function render(container, params) {
    var element = typeof container === 'string' ? document.querySelector(container) : container;
    var id = 'cf-chl-widget-' + Math.random().toString(36).slice(2, 7);
    var frame = document.createElement('iframe');
    frame.id = id;
    frame.title = 'Widget containing a Cloudflare security challenge';
    frame.src = NYX_BASE + '/cdn-cgi/challenge-platform/turnstile/if/ov2/av0/rcv0/0/' + id + '/' + encodeURIComponent(params.sitekey) + '/light/normal';
    frame.width = 300;
    frame.height = 65;
    var response = document.createElement('input');
    response.type = 'hidden';
    response.name = 'cf-turnstile-response';
    response.id = id + '_response';
    element.appendChild(frame);
    element.appendChild(response);
    widgets.push({ id: id, response: response, params: params });
    return id;
  }
  function widget(id) {
    return id === undefined ? widgets[0] : widgets.find(function (w) { return w.id === id; });
  }
  window.turnstile = {
    render: render,
    getResponse: function (id) { var w = widget(id); return w ? w.response.value : undefined; },
    reset: function (id) { var w = widget(id); if (w) { w.response.value = ''; } },
    remove: function () {}
  };
  function start() {
    document.querySelectorAll('.cf-turnstile').forEach(function (element) {
      render(element, { sitekey: element.getAttribute('data-sitekey'), callback: element.getAttribute('data-callback'),
        action: element.getAttribute('data-action'), cData: element.getAttribute('data-cdata') });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
