package org.parley.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides whether a request may upload or read, from its {@code Authorization: Bearer TOKEN}
 * header. Uploads need the upload token when there is one; reads need the read token or the
 * upload token when there is a read token (the server is given the same token for both when one
 * token should guard everything). A missing or wrong token is an {@link ApiError} 401 thrown
 * before the route runs, so no data leaves.
 *
 * <p>Tokens are compared in constant time and never put in a message or a log line. Immutable and
 * thread-safe.
 */
final class Access {

    private final byte[] uploadToken;
    private final byte[] readToken;

    /** @param uploadToken null for open uploads; @param readToken null for open reads */
    Access(String uploadToken, String readToken) {
        this.uploadToken = bytes(uploadToken);
        this.readToken = bytes(readToken);
    }

    boolean readsNeedToken() {
        return readToken != null;
    }

    boolean uploadsNeedToken() {
        return uploadToken != null;
    }

    /** Throws a 401 unless the request may upload. */
    void checkUpload(Context ctx) {
        if (uploadToken != null) {
            check(ctx, "uploads", uploadToken, null);
        }
    }

    /** Throws a 401 unless the request may read. */
    void checkRead(Context ctx) {
        if (readToken != null) {
            check(ctx, "reads", readToken, uploadToken);
        }
    }

    private static void check(Context ctx, String what, byte[] token, byte[] alsoAccepted) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, what + " need a token: send Authorization: Bearer TOKEN");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Both comparisons always run, so the time taken says nothing about which token was near.
        boolean matches = MessageDigest.isEqual(given, token);
        boolean matchesOther = alsoAccepted != null && MessageDigest.isEqual(given, alsoAccepted);
        if (!matches && !matchesOther) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, "wrong token");
        }
    }

    private static byte[] bytes(String token) {
        return token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }
}
