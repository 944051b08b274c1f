package dev.nyx.core.storage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;
import java.util.Map;

/** JSON columns (form schemas, answer values, event data). One instance per storage; thread-safe. */
public final class Json {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            // a newer Nyx may add fields; an older one reading the same database must not fail
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.INTERNAL, "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw corrupt(type.getSimpleName(), e);
        }
    }

    List<String> readStrings(String json) {
        try {
            return mapper.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw corrupt("list of text", e);
        }
    }

    Map<String, String> readStringMap(String json) {
        try {
            return mapper.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw corrupt("map of text", e);
        }
    }

    private static NyxException corrupt(String what, JsonProcessingException cause) {
        return new NyxException(ErrorCode.STORAGE_FAILURE, "a stored " + what
                + " is not valid JSON; was the database changed outside Nyx?", cause);
    }
}
