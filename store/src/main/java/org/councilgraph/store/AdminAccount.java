package org.councilgraph.store;

import java.util.Objects;

/**
 * The one account that may update the dataset and upload to it over HTTP (basic auth). Its
 * password comes from an environment variable or a file, never from the command line, where
 * other users of the machine could read it.
 *
 * @param user       the user name
 * @param password   the password
 * @param remoteLoad whether its updates may {@code LOAD} from {@code http}/{@code https} URLs (a
 *                   {@code LOAD} of a server file is refused whatever this says)
 */
public record AdminAccount(String user, String password, boolean remoteLoad) {

    public AdminAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("the admin user name must be non-empty and without ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the admin password is empty");
        }
    }

    /** An account whose updates may not {@code LOAD} at all. */
    public AdminAccount(String user, String password) {
        this(user, password, false);
    }

    @Override
    public String toString() {
        return "AdminAccount[" + user + "]";
    }
}
