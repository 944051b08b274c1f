package dev.nyx.core.llm.internal;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * Turns langchain4j's exceptions into {@link NyxException}s with a code that decides retries. The
 * messages name the setting to fix and never carry the key, the prompt or the provider's body
 * (which may echo the prompt).
 */
public final class LlmErrors {
    private LlmErrors() {
    }

    public static NyxException translate(RuntimeException failure, String model) {
        if (failure instanceof NyxException nyx) {
            return nyx;
        }
        int status = statusOf(failure);
        if (failure instanceof AuthenticationException || status == 401 || status == 403) {
            return new NyxException(ErrorCode.INVALID_CONFIGURATION, "the LLM endpoint rejected the API key (HTTP "
                    + (status > 0 ? status : 401) + "); set a valid key in llm.apiKey or NYX_LLM_API_KEY");
        }
        if (failure instanceof ModelNotFoundException || status == 404) {
            return new NyxException(ErrorCode.INVALID_CONFIGURATION, "the LLM endpoint does not know model '" + model
                    + "' or the path (HTTP 404); check llm.model (NYX_LLM_MODEL) and llm.baseUrl (NYX_LLM_BASE_URL),"
                    + " which should end in /v1");
        }
        if (failure instanceof RateLimitException || status == 429) {
            return new NyxException(ErrorCode.RATE_LIMITED,
                    "the LLM endpoint is rate limiting (HTTP 429) after retries; try again later", failure);
        }
        if (failure instanceof TimeoutException || causedBy(failure, HttpTimeoutException.class)
                || causedBy(failure, java.net.SocketTimeoutException.class)) {
            return new NyxException(ErrorCode.TIMEOUT,
                    "the LLM endpoint did not answer in time after retries; try again later", failure);
        }
        if (failure instanceof InternalServerException || status >= 500) {
            return new NyxException(ErrorCode.NETWORK, "the LLM endpoint failed (HTTP "
                    + (status > 0 ? status : 500) + ") after retries; try again later", failure);
        }
        if (failure instanceof InvalidRequestException || status == 400 || status == 422) {
            return new NyxException(ErrorCode.LLM_REQUEST_REJECTED, "the LLM endpoint rejected the request (HTTP "
                    + (status > 0 ? status : 400) + "); check llm.model and that the endpoint is OpenAI-compatible");
        }
        if (causedBy(failure, IOException.class)) {
            return new NyxException(ErrorCode.NETWORK, "cannot reach the LLM endpoint (" + rootName(failure)
                    + "); check llm.baseUrl (NYX_LLM_BASE_URL) and the network", failure);
        }
        return new NyxException(ErrorCode.INTERNAL, "the LLM call failed: " + failure.getClass().getSimpleName(),
                failure);
    }

    private static int statusOf(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof HttpException http) {
                return http.statusCode();
            }
        }
        return -1;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String rootName(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
