// Finds CAPTCHA widgets in one document. Order matters (ATS-NOTES 5.1): hCaptcha first (it also
// uses data-sitekey), then Turnstile, then reCAPTCHA v3 (render=<key>), then v2. A site key found
// by an earlier rule is not reported again by a later one (the v3 badge also has an anchor frame).
() => {
  const found = [];
  const seen = new Set();
  const add = (kind, siteKey, action, enterprise, invisible) => {
    if (!siteKey || seen.has(siteKey)) {
      return;
    }
    seen.add(siteKey);
    found.push({ kind, siteKey, action: action || '', enterprise: !!enterprise, invisible: !!invisible });
  };
  const param = (url, name) => {
    try {
      const parsed = new URL(url, location.href);
      return parsed.searchParams.get(name) || new URLSearchParams(parsed.hash.slice(1)).get(name);
    } catch (e) {
      return null;
    }
  };
  document.querySelectorAll('.h-captcha[data-sitekey]').forEach(el =>
    add('HCAPTCHA', el.getAttribute('data-sitekey'), null, false, el.getAttribute('data-size') === 'invisible'));
  document.querySelectorAll('iframe[data-hcaptcha-widget-id]').forEach(frame =>
    add('HCAPTCHA', param(frame.src, 'sitekey'), null, false, false));
  document.querySelectorAll('.cf-turnstile[data-sitekey]').forEach(el =>
    add('TURNSTILE', el.getAttribute('data-sitekey'), el.getAttribute('data-action'), false, false));
  // v3's action lives in page code: grecaptcha.execute(key, {action: '...'})
  let inlineAction = null;
  for (const script of document.querySelectorAll('script:not([src])')) {
    const match = /execute\s*\([^)]*action\s*:\s*['"]([^'"]+)['"]/.exec(script.textContent);
    if (match) {
      inlineAction = match[1];
      break;
    }
  }
  document.querySelectorAll('script[src*="recaptcha"]').forEach(script => {
    const render = param(script.src, 'render');
    if (render && render !== 'explicit') {
      add('RECAPTCHA_V3', render, inlineAction, script.src.includes('enterprise.js'), false);
    }
  });
  document.querySelectorAll('iframe[src*="/recaptcha/"][src*="anchor"]').forEach(frame =>
    add('RECAPTCHA_V2', param(frame.src, 'k'), null, frame.src.includes('/enterprise/'),
      param(frame.src, 'size') === 'invisible'));
  document.querySelectorAll('.g-recaptcha[data-sitekey]').forEach(el =>
    add('RECAPTCHA_V2', el.getAttribute('data-sitekey'), el.getAttribute('data-action'), false,
      el.getAttribute('data-size') === 'invisible'));
  return found;
}
