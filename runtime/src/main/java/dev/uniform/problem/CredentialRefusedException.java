package dev.uniform.problem;

/**
 * Why a credential is refused (401), told by the authentication mechanism that refused it, as the cause of the
 * {@code AuthenticationFailedException} it fails with: the problem then says what was wrong with that credential,
 * rather than what is wrong with bearer tokens in general.
 */
public class CredentialRefusedException extends ProblemException {

    /** The {@code WWW-Authenticate} challenge of the refusing mechanism. */
    private final String challenge;

    /**
     * @param detail what is wrong with the credential, for its caller to act on; never the credential itself
     * @param challenge the {@code WWW-Authenticate} value, such as {@code Bearer error="invalid_token"}
     */
    public CredentialRefusedException(String detail, String challenge) {
        super(ProblemType.UNAUTHENTICATED, detail);
        this.challenge = challenge;
    }

    /**
     * The challenge the 401 response carries.
     *
     * @return the {@code WWW-Authenticate} header's value
     */
    public String challenge() {
        return challenge;
    }
}
