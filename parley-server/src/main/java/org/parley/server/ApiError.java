package org.parley.server;

/**
 * A request the API refuses, with the HTTP status and a message for the client
 * ({@code {"error": message, "status": status}}). Never carries a stack trace to the client.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
