package io.github.ucwakit.simulator.auth;

import java.util.Objects;

/**
 * The user name and password the token endpoint accepts.
 *
 * @param userName the sign-in name, for example {@code alice@contoso.com}
 * @param password the password
 */
public record Credentials(String userName, String password) {

    public Credentials {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
    }

    /** Whether a password grant's user name (compared without regard to case) and password are these. */
    public boolean accepts(String user, String secret) {
        return userName.equalsIgnoreCase(user) && password.equals(secret);
    }

    @Override
    public String toString() {
        return "Credentials{" + userName + "}";
    }
}
