// Puts a solver token where one widget kind expects it in this document and runs the widget's
// callback(s) with it right after (ATS-NOTES 5.2). Returns counts so the caller can tell "nothing here".
(arg) => {
  const token = arg.token;
  const kind = arg.kind;
  let filled = 0;
  let callbacks = 0;
  let hooked = 0;
  const fill = selector => document.querySelectorAll(selector).forEach(el => {
    el.value = token;
    if (el.tagName === 'TEXTAREA') {
      el.textContent = token;
    }
    filled++;
  });
  const called = new Set();
  const call = callback => {
    // data-callback holds the name of a global function; render parameters hold the function
    const fn = typeof callback === 'string' ? window[callback] : callback;
    if (typeof fn === 'function' && !called.has(fn)) {
      called.add(fn);
      // run after this script returns: callbacks often submit the form, which ends this context
      setTimeout(() => fn(token), 0);
      callbacks++;
    }
  };
  const dataCallbacks = selector => document.querySelectorAll(selector).forEach(el => call(el.getAttribute('data-callback')));
  if (kind === 'RECAPTCHA_V2' || kind === 'RECAPTCHA_V3') {
    fill('[name="g-recaptcha-response"]');
    const hook = api => {
      if (!api) {
        return;
      }
      api.getResponse = () => token;
      if (kind === 'RECAPTCHA_V3') {
        // the page asks for its token when it submits: hand it ours
        api.execute = () => Promise.resolve(token);
      }
      hooked++;
    };
    if (window.grecaptcha) {
      hook(window.grecaptcha);
      hook(window.grecaptcha.enterprise);
    }
    const clients = (window.___grecaptcha_cfg || {}).clients || {};
    const walk = (node, depth) => {
      if (!node || typeof node !== 'object' || depth > 4 || node instanceof Node) {
        return;
      }
      if ('sitekey' in node && 'callback' in node) {
        call(node.callback);
        return;
      }
      Object.keys(node).forEach(key => walk(node[key], depth + 1));
    };
    Object.keys(clients).forEach(key => walk(clients[key], 0));
    dataCallbacks('.g-recaptcha[data-callback]');
  } else if (kind === 'HCAPTCHA') {
    fill('[name="h-captcha-response"], [name="g-recaptcha-response"]');
    document.querySelectorAll('iframe[data-hcaptcha-response]').forEach(frame => frame.setAttribute('data-hcaptcha-response', token));
    if (window.hcaptcha) {
      window.hcaptcha.getResponse = () => token;
      hooked++;
    }
    dataCallbacks('.h-captcha[data-callback]');
  } else if (kind === 'TURNSTILE') {
    fill('[name="cf-turnstile-response"]');
    if (window.turnstile) {
      window.turnstile.getResponse = () => token;
      hooked++;
    }
    dataCallbacks('.cf-turnstile[data-callback]');
  }
  return { filled, callbacks, hooked };
}
