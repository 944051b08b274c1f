package dev.nyx.testkit.captcha;

import dev.nyx.testkit.SiteContext;

/** The HTML of the replica widget pages: each embeds its widget the way the vendor's docs show. */
final class WidgetPages {
    private WidgetPages() {
    }

    static String form(WidgetKind kind, SiteContext context) {
        String key = kind.siteKey();
        String head = "";
        String widget = "";
        String script = "";
        boolean submitDisabled = true;
        switch (kind) {
            case RECAPTCHA_V2_CHECKBOX -> {
                head = scriptTag(context.url("/www.google.com/recaptcha/api.js"));
                widget = "<div class=\"g-recaptcha\" data-sitekey=\"" + key + "\" data-callback=\"onCaptchaSolved\"></div>";
                script = enablingCallback("onCaptchaSolved");
            }
            case RECAPTCHA_V2_INVISIBLE -> {
                head = scriptTag(context.url("/www.google.com/recaptcha/api.js?onload=nyxCaptchaReady&render=explicit"));
                widget = "<div id=\"captcha\"></div>";
                submitDisabled = false;
                // explicit render: the callback is a closure, reachable only through ___grecaptcha_cfg
                script = "function nyxCaptchaReady() {\n"
                        + "  grecaptcha.render('captcha', { sitekey: '" + key + "', size: 'invisible',\n"
                        + "    callback: function (token) {\n"
                        + "      document.getElementById('callback_token').value = token;\n"
                        + "      document.getElementById('application').submit();\n"
                        + "    } });\n"
                        + "}\n"
                        + "document.getElementById('application').addEventListener('submit', function (event) {\n"
                        + "  if (!document.getElementById('callback_token').value) {\n"
                        + "    event.preventDefault();\n"
                        + "    grecaptcha.execute();\n"
                        + "  }\n"
                        + "});\n";
            }
            case RECAPTCHA_V3, RECAPTCHA_V3_ENTERPRISE -> {
                String scriptName = kind.enterprise() ? "enterprise.js" : "api.js";
                String api = kind.enterprise() ? "grecaptcha.enterprise" : "grecaptcha";
                head = scriptTag(context.url("/www.google.com/recaptcha/" + scriptName + "?render=" + key));
                widget = "<input type=\"hidden\" name=\"g-recaptcha-response\" id=\"recaptcha_token\" value=\"\">";
                submitDisabled = false;
                script = "document.getElementById('application').addEventListener('submit', function (event) {\n"
                        + "  event.preventDefault();\n"
                        + "  var form = this;\n"
                        + "  " + api + ".ready(function () {\n"
                        + "    " + api + ".execute('" + key + "', { action: 'apply' }).then(function (token) {\n"
                        + "      document.getElementById('recaptcha_token').value = token;\n"
                        + "      document.getElementById('callback_token').value = token;\n"
                        + "      form.submit();\n"
                        + "    });\n"
                        + "  });\n"
                        + "});\n";
            }
            case HCAPTCHA -> {
                head = scriptTag(context.url("/js.hcaptcha.com/1/api.js"));
                widget = "<div class=\"h-captcha\" data-sitekey=\"" + key + "\" data-callback=\"onHcaptchaSolved\"></div>";
                script = enablingCallback("onHcaptchaSolved");
            }
            case TURNSTILE -> {
                head = scriptTag(context.url("/challenges.cloudflare.com/turnstile/v0/api.js"));
                widget = "<div class=\"cf-turnstile\" data-sitekey=\"" + key
                        + "\" data-action=\"apply\" data-callback=\"onTurnstileSolved\"></div>";
                script = enablingCallback("onTurnstileSolved");
            }
        }
        return "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Apply (" + kind.slug() + ")</title>\n"
                + head + "</head>\n<body>\n"
                + "<form id=\"application\" method=\"post\" action=\"" + context.url("/submit/" + kind.slug()) + "\">\n"
                + "<label for=\"full_name\">Full name</label> <input id=\"full_name\" name=\"full_name\" value=\"\">\n"
                + "<input type=\"hidden\" name=\"callback_token\" id=\"callback_token\" value=\"\">\n"
                + widget + "\n"
                + "<button type=\"submit\" id=\"submit_button\"" + (submitDisabled ? " disabled" : "") + ">Submit application</button>\n"
                + "</form>\n<script>\n" + script + "</script>\n</body></html>\n";
    }

    static String embed(WidgetKind kind, SiteContext context) {
        return "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Careers</title></head><body>\n"
                + "<h1>Join us</h1>\n<iframe id=\"application_frame\" title=\"Application form\" width=\"700\" height=\"500\" src=\""
                + context.url("/form/" + kind.slug()) + "\"></iframe>\n</body></html>\n";
    }

    private static String scriptTag(String src) {
        return "<script src=\"" + src.replace("&", "&amp;") + "\" async defer></script>\n";
    }

    /** A data-callback that copies the token into callback_token and enables submit. */
    private static String enablingCallback(String name) {
        return "function " + name + "(token) {\n"
                + "  document.getElementById('callback_token').value = token;\n"
                + "  document.getElementById('submit_button').disabled = false;\n"
                + "}\n";
    }
}
