package io.contactkit.server;

import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import io.contactkit.domain.rights.Role;
import io.contactkit.jdbc.JdbcStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server jar's {@code users} and {@code tokens} commands: manage the identities in the database the server
 * options name. A password never comes from the command line, where every user of the machine could read it: it is
 * typed at the terminal, read from standard input, or taken from the environment variable {@code --password-env}
 * names. A new token is printed once and kept only as its digest.
 */
final class IdentityCommands {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar contactkit-server.jar users add NAME --role admin|readonly [--associate N]"
                    + " [--password-env VAR]",
            "       java -jar contactkit-server.jar users passwd NAME [--password-env VAR]",
            "       java -jar contactkit-server.jar users remove NAME",
            "       java -jar contactkit-server.jar users list",
            "       java -jar contactkit-server.jar tokens add NAME --role admin|readonly [--associate N]",
            "       java -jar contactkit-server.jar tokens remove NAME",
            "       java -jar contactkit-server.jar tokens list",
            "",
            "Each takes the server's database options too (--db-url, --db-user, --db-password-file, --config, or",
            "CONTACTKIT_DB_URL and the rest in the environment). users add and users passwd take the password from",
            "the environment variable --password-env names, else typed twice at the terminal, else from the first",
            "line of standard input; never from the command line. It needs at least "
                    + IdentityCommands.MIN_PASSWORD_LENGTH + " characters. tokens add prints",
            "the new token once; the database keeps only its digest.",
            "A new password or a removed user ends the user's sessions; every node of the server sees it within its",
            "--identity-cache-ttl. The embedded H2 database is open in one process at a time: stop the server before",
            "running these on it.");

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int USAGE_ERROR = 2;

    private final InputStream stdin;
    private final Console console;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    IdentityCommands(InputStream stdin, Console console, PrintStream out, PrintStream err,
                     Map<String, String> environment) {
        this.stdin = stdin;
        this.console = console;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** Whether the arguments are a command of this class rather than the server's options. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("users") || args[0].equals("tokens"));
    }

    /** @return the exit status: 0 done, 1 refused or failed, 2 a usage error */
    int run(String... args) {
        Command command;
        try {
            command = Command.parse(Arrays.asList(args), environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        if (command.help()) {
            out.println(USAGE);
            return OK;
        }
        command.options().warnings().forEach(warning -> err.println("warning: " + warning));
        try (JdbcStore store = JdbcStore.open(ContactKitServer.settings(command.options()))) {
            return command.run(this, store.identities());
        } catch (StorageUnavailableException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int addUser(IdentityRepository identities, Command command) {
        Role role = command.role();
        String password = password(command);
        boolean added = new IdentityAdministration(identities, PasswordHash.DEFAULT_ITERATIONS)
                .addUser(command.name(), role, command.associate(role), password);
        return done(added, "added user " + command.name() + " (" + role + ")",
                "a user named " + command.name() + " exists already");
    }

    private int changePassword(IdentityRepository identities, Command command) {
        String password = password(command);
        boolean changed = new IdentityAdministration(identities, PasswordHash.DEFAULT_ITERATIONS)
                .changePassword(command.name(), password);
        return done(changed, "changed the password of " + command.name() + "; its sessions are ended",
                "no user named " + command.name());
    }

    private int removeUser(IdentityRepository identities, Command command) {
        return done(identities.removeUser(command.name()), "removed user " + command.name(),
                "no user named " + command.name());
    }

    private int listUsers(IdentityRepository identities) {
        out.printf("%-30s %-9s %s%n", "NAME", "ROLE", "ASSOCIATE");
        for (StoredUser user : identities.users()) {
            out.printf("%-30s %-9s %d%n", user.name(), user.role(), user.associateId());
        }
        return OK;
    }

    private int addToken(IdentityRepository identities, Command command) {
        Role role = command.role();
        Optional<String> token = new IdentityAdministration(identities, PasswordHash.DEFAULT_ITERATIONS)
                .addToken(command.name(), role, command.associate(role));
        if (token.isEmpty()) {
            err.println("a token named " + command.name() + " exists already");
            return FAILED;
        }
        out.println(token.get());
        err.println("added token " + command.name() + " (" + role + "); it is shown only this once");
        return OK;
    }

    private int removeToken(IdentityRepository identities, Command command) {
        return done(identities.removeToken(command.name()), "removed token " + command.name(),
                "no token named " + command.name());
    }

    private int listTokens(IdentityRepository identities) {
        out.printf("%-30s %-9s %-9s %s%n", "NAME", "ROLE", "ASSOCIATE", "DIGEST");
        for (StoredToken token : identities.tokens()) {
            out.printf("%-30s %-9s %-9d %s...%n", token.name(), token.role(), token.associateId(),
                    token.digest().substring(0, 12));
        }
        return OK;
    }

    private int done(boolean done, String success, String refusal) {
        if (done) {
            out.println(success);
            return OK;
        }
        err.println(refusal);
        return FAILED;
    }

    /** From the variable --password-env names, else typed twice at the terminal, else standard input's first line. */
    private String password(Command command) {
        String password;
        if (command.passwordVariable().isPresent()) {
            String variable = command.passwordVariable().get();
            password = environment.get(variable);
            if (password == null) {
                throw new IllegalArgumentException("the environment variable " + variable + " is not set");
            }
        } else if (console != null) {
            password = typed("Password for " + command.name() + ": ");
            if (!password.equals(typed("Again: "))) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
        } else {
            password = firstLine();
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters; nothing was changed");
        }
        return password;
    }

    private String typed(String prompt) {
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? "" : new String(typed);
    }

    private String firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One command line: what to do, to whom, and the server options that name the database. */
    private record Command(String noun, String verb, String name, Optional<Role> givenRole,
                           Optional<Integer> givenAssociate, Optional<String> passwordVariable,
                           ServerOptions options, boolean help) {

        private static final List<String> NAMED = List.of("users add", "users passwd", "users remove",
                "tokens add", "tokens remove");

        static Command parse(List<String> args, Map<String, String> environment) {
            String noun = args.get(0);
            if (args.size() < 2 || args.get(1).equals("--help") || args.get(1).equals("-h")) {
                return new Command(noun, "", "", Optional.empty(), Optional.empty(), Optional.empty(),
                        ServerOptions.parse(), true);
            }
            String verb = args.get(1);
            String action = noun + " " + verb;
            boolean named = NAMED.contains(action);
            if (!named && !List.of("users list", "tokens list").contains(action)) {
                throw new IllegalArgumentException("unknown command " + action);
            }
            int next = 2;
            String name = "";
            if (named) {
                if (args.size() < 3 || args.get(2).startsWith("--")) {
                    throw new IllegalArgumentException(action + " needs a NAME");
                }
                name = args.get(2);
                next = 3;
            }
            Optional<Role> role = Optional.empty();
            Optional<Integer> associate = Optional.empty();
            Optional<String> passwordVariable = Optional.empty();
            List<String> serverArgs = new ArrayList<>();
            for (int i = next; i < args.size(); i++) {
                String option = args.get(i);
                boolean ownOption = List.of("--role", "--associate", "--password-env").contains(option);
                if (!ownOption) {
                    serverArgs.add(option);
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--role" -> role = Optional.of(Role.named(value).orElseThrow(() ->
                            new IllegalArgumentException("--role needs admin or readonly, got '" + value + "'")));
                    case "--associate" -> associate = Optional.of(associate(value));
                    default -> passwordVariable = Optional.of(value);
                }
            }
            if (verb.equals("add") && role.isEmpty()) {
                throw new IllegalArgumentException(action + " needs --role admin or --role readonly");
            }
            return new Command(noun, verb, name, role, associate, passwordVariable,
                    ServerOptions.parse(serverArgs, environment), false);
        }

        int run(IdentityCommands commands, IdentityRepository identities) {
            return switch (noun + " " + verb) {
                case "users add" -> commands.addUser(identities, this);
                case "users passwd" -> commands.changePassword(identities, this);
                case "users remove" -> commands.removeUser(identities, this);
                case "users list" -> commands.listUsers(identities);
                case "tokens add" -> commands.addToken(identities, this);
                case "tokens remove" -> commands.removeToken(identities, this);
                default -> commands.listTokens(identities);
            };
        }

        Role role() {
            return givenRole.orElseThrow();
        }

        int associate(Role role) {
            return givenAssociate.orElse(IdentityAdministration.defaultAssociate(role));
        }

        private static int associate(String value) {
            try {
                int id = Integer.parseInt(value);
                if (id >= 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--associate needs an associate id (0 for none), got '" + value + "'");
        }
    }
}
