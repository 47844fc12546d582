package org.councilgraph.store;

import java.util.Objects;

/**
 * The one account that may update the dataset and upload to it over HTTP (basic auth). Its
 * password comes from an environment variable or a file, never from the command line, where
 * other users of the machine could read it.
 */
public record AdminAccount(String user, String password) {

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

    @Override
    public String toString() {
        return "AdminAccount[" + user + "]";
    }
}
