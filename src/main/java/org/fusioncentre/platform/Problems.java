package org.fusioncentre.platform;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details in the one shape every endpoint answers errors with. */
public final class Problems {
    private static final String TYPE_BASE = "https://fusioncentre.org/problems/";

    private Problems() {}

    /**
     * @param code a stable machine-readable code, also the last part of the problem's type URI
     */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
