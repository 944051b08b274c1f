package dev.nyx.testkit.greenhouse.internal;

import static dev.nyx.testkit.internal.Html.escape;

import dev.nyx.testkit.greenhouse.GreenhouseOption;
import dev.nyx.testkit.greenhouse.GroupMarkup;
import java.util.List;

/**
 * Renders radio and checkbox groups and plain selects for both page styles, in the group markups
 * real Greenhouse pages use ({@link GroupMarkup}). Stateless.
 */
final class Groups {
    private Groups() {
    }

    /**
     * A radio or checkbox group.
     *
     * @param type           {@code radio} or {@code checkbox}
     * @param name           the posted name of every box
     * @param idPrefix       the boxes' ids are {@code idPrefix_n}; the group's label is {@code idPrefix-label}
     * @param labelHtml      the question's label (escaped, with its required marker)
     * @param required       whether the group says it is required ({@code aria-required})
     * @param nativeRequired whether the boxes carry the native {@code required} attribute
     * @param newBoard       the new board's classes ({@code checkbox__wrapper}), else the classic page's
     */
    static String group(String type, String name, String idPrefix, String labelHtml, boolean required,
                        boolean nativeRequired, List<GreenhouseOption> options, GroupMarkup markup,
                        String description, boolean newBoard) {
        StringBuilder boxes = new StringBuilder();
        int index = 0;
        for (GreenhouseOption option : options) {
            String id = escape(idPrefix + "_" + index++);
            String input = "<input type=\"" + type + "\" class=\"" + type + "__input\" id=\"" + id + "\" name=\""
                    + escape(name) + "\" value=\"" + escape(option.value()) + "\"" + (nativeRequired ? " required" : "")
                    + ">";
            if (markup == GroupMarkup.LABEL_ABOVE_LIST) {
                boxes.append("<li><label>").append(input).append(' ').append(escape(option.label()))
                        .append("</label></li>");
            } else if (newBoard) {
                boxes.append("<div class=\"").append(type).append("__wrapper\">").append(input).append("<label for=\"")
                        .append(id).append("\" class=\"").append(type).append("__label\">")
                        .append(escape(option.label())).append("</label></div>");
            } else {
                boxes.append("<label class=\"").append(type).append("-option\">").append(input).append(' ')
                        .append(escape(option.label())).append("</label>\n");
            }
        }
        String aria = required ? " aria-required=\"true\"" : "";
        String labelId = escape(idPrefix + "-label");
        return switch (markup) {
            case FIELDSET_LEGEND -> "<fieldset class=\"" + type + "\"" + aria + "><legend class=\"label\">" + labelHtml
                    + "</legend>" + description + boxes + "</fieldset>";
            case ROLE_GROUP -> "<div id=\"" + labelId + "\" class=\"label question-title\">" + labelHtml + "</div>"
                    + description + "<div role=\"" + (type.equals("radio") ? "radiogroup" : "group")
                    + "\" aria-labelledby=\"" + labelId + "\"" + aria + " class=\"" + type + "-list\">" + boxes
                    + "</div>";
            case LABEL_ABOVE_LIST -> "<label class=\"label\">" + labelHtml + "</label>" + description + "<ul class=\""
                    + type + "-list\"" + aria + ">" + boxes + "</ul>";
        };
    }

    /** A plain {@code <select>} with a label wired by {@code for}, a blank prompt first. */
    static String nativeSelect(String id, String name, String labelHtml, boolean required, boolean multiple,
                               List<GreenhouseOption> options, String prompt, String description, boolean newBoard) {
        StringBuilder select = new StringBuilder();
        select.append("<label id=\"").append(escape(id)).append("-label\" for=\"").append(escape(id)).append("\"")
                .append(newBoard ? " class=\"label select__label\"" : "").append('>').append(labelHtml)
                .append("</label>\n<select class=\"native-select\" id=\"").append(escape(id)).append("\" name=\"")
                .append(escape(name)).append('"').append(multiple ? " multiple" : "")
                .append(required ? " aria-required=\"true\"" + (newBoard ? " required" : "") : "").append(">\n");
        if (!multiple) {
            select.append("<option value=\"\">").append(escape(prompt)).append("</option>\n");
        }
        for (GreenhouseOption option : options) {
            select.append("<option value=\"").append(escape(option.value())).append("\">")
                    .append(escape(option.label())).append("</option>\n");
        }
        return select.append("</select>\n").append(description).toString();
    }
}
