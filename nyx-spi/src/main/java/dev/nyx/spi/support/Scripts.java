package dev.nyx.spi.support;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The browser-side helpers ({@code form-support.js}) and small readers for what they return. */
final class Scripts {

    private static final String LIBRARY = load();

    static final String SCAN = entry("scan(root, arg)");
    static final String SCAN_SIGNATURE = entry("scanSignature(root)");
    static final String MEMBERS = entry("members(root)");
    static final String NATIVE_OPTIONS = entry("nativeOptions(root)");
    static final String SET_NATIVE_SELECT = entry("setNativeSelect(root, arg)");
    static final String MARK_SELECT2 = entry("markSelect2(root)");
    static final String PRESS_SELECT2 = entry("pressSelect2(root)");
    static final String SELECT2_DROP = entry("select2Drop(root)");
    static final String POPUP_OPTIONS = entry("popupOptions(root, arg)");
    static final String READ_BACK = entry("readBack(root, arg)");
    static final String INPUT_INFO = entry("inputInfo(root)");
    static final String BLUR_AND_READ = entry("blurAndRead(root, arg)");
    static final String CLICK_TARGET = entry("clickTarget(root)");
    static final String CLEAR_POINT = entry("clearPoint(root)");
    static final String DOM_CLICK = entry("domClick(root)");
    static final String SETTLE = entry("settle(root, arg)");
    static final String NEXT_CHANGE = entry("nextChange(root, arg)");
    static final String QUESTIONS = entry("questions(root)");

    private Scripts() {
    }

    /** A function {@code (root, arg) => call} with the helpers in scope, for {@link Scope#eval} and locators. */
    static String entry(String call) {
        return "(root, arg) => {\n" + LIBRARY + "\nreturn " + call + ";\n}";
    }

    /** The helpers' source, for functions that run in a frame rather than on an element. */
    static String library() {
        return LIBRARY;
    }

    private static String load() {
        try (InputStream in = Scripts.class.getResourceAsStream("form-support.js")) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, "form-support.js is missing from the nyx-spi jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, "form-support.js cannot be read from the nyx-spi jar", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object result) {
        return result instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object result) {
        return result instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    static boolean bool(Map<String, Object> map, String key) {
        return Boolean.TRUE.equals(map.get(key));
    }

    static int integer(Object value) {
        return value instanceof Number number ? number.intValue() : -1;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? ((List<Object>) list).stream().map(String::valueOf).toList() : List.of();
    }
}
