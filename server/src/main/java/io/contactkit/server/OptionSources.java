package io.contactkit.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where option values come from, as operators expect: the command line over the environment over a properties file.
 * An option {@code --db-url} is {@code CONTACTKIT_DB_URL} in the environment and {@code db-url} in the file; there a
 * repeatable option takes its values separated by commas. A source that sets an option replaces what the sources
 * below it set, its {@code -file} twin included ({@code --db-password-file} on the command line overrides
 * {@code CONTACTKIT_DB_PASSWORD}).
 */
final class OptionSources {

    static final String ENVIRONMENT_PREFIX = "CONTACTKIT_";
    private static final String CONFIG = "--config";
    private static final String FILE_TWIN = "-file";
    private static final Map<String, String> ALIASES = Map.of("--db", "--db-url");
    private static final int HELP_COLUMN = 29;

    /** An option: its name, what its value is, whether it may be given more than once, and its line of help. */
    record Option(String name, String argument, boolean repeatable, String help) {
    }

    /** One value of one option, in the order the options are applied. */
    record Value(String option, String value) {
    }

    private final List<Value> values;
    private final List<String> warnings;
    private final List<String> onCommandLine;
    private final boolean help;

    private OptionSources(List<Value> values, List<String> warnings, List<String> onCommandLine, boolean help) {
        this.values = values;
        this.warnings = warnings;
        this.onCommandLine = onCommandLine;
        this.help = help;
    }

    /** @throws IllegalArgumentException for an unknown option on the command line or in the file, or a bad file */
    static OptionSources read(List<Option> options, List<String> args, Map<String, String> environment) {
        Map<String, Option> known = new LinkedHashMap<>();
        options.forEach(option -> known.put(option.name(), option));
        List<String> warnings = new ArrayList<>();
        CommandLine commandLine = CommandLine.parse(args, known);
        Map<String, List<Value>> fromEnvironment = fromEnvironment(environment, known, warnings);
        Optional<String> configFile = commandLine.last(CONFIG)
                .or(() -> Optional.ofNullable(environment.get(environmentName(CONFIG))));
        Map<String, List<Value>> merged = new LinkedHashMap<>();
        configFile.ifPresent(file -> merged.putAll(fromFile(Path.of(file), known)));
        merged.putAll(fromEnvironment);
        merged.putAll(commandLine.byKey());
        List<Value> values = new ArrayList<>();
        for (Option option : options) {
            for (List<Value> set : merged.values()) {
                set.stream().filter(value -> value.option().equals(option.name())).forEach(values::add);
            }
        }
        return new OptionSources(values, warnings, commandLine.options(), commandLine.help());
    }

    /** {@code CONTACTKIT_DB_URL} for {@code --db-url}. */
    static String environmentName(String option) {
        return ENVIRONMENT_PREFIX + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The header, then each option with its environment variable and, below, its help. */
    static String usage(String header, List<Option> options) {
        String nl = System.lineSeparator();
        StringBuilder usage = new StringBuilder(header).append(nl).append(nl);
        wrap("Every option may also come from the environment (CONTACTKIT_ and its name in capitals with '_' for"
                + " '-', as listed) or from the --config file (its name without dashes); the command line wins over"
                + " the environment, which wins over the file. There a repeatable option takes its values separated"
                + " by commas.", 116).forEach(line -> usage.append(line).append(nl));
        usage.append(nl);
        for (Option option : options) {
            String synopsis = "  " + option.name() + " " + option.argument();
            usage.append(synopsis).append(" ".repeat(Math.max(1, HELP_COLUMN - synopsis.length())))
                    .append(environmentName(option.name())).append(nl);
            wrap(option.help(), 116 - 6).forEach(line -> usage.append("      ").append(line).append(nl));
        }
        return usage.append("  --help").append(" ".repeat(HELP_COLUMN - 8)).append("this text").toString();
    }

    List<Value> values() {
        return values;
    }

    List<String> warnings() {
        return warnings;
    }

    boolean help() {
        return help;
    }

    /** Whether the option was given on the command line itself, where every user of the machine can read it. */
    boolean onCommandLine(String option) {
        return onCommandLine.contains(option);
    }

    private static Map<String, List<Value>> fromEnvironment(Map<String, String> environment,
                                                            Map<String, Option> known, List<String> warnings) {
        Map<String, List<Value>> values = new LinkedHashMap<>();
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!name.startsWith(ENVIRONMENT_PREFIX)) {
                return;
            }
            Option option = known.values().stream().filter(candidate -> environmentName(candidate.name())
                    .equals(name)).findFirst().orElse(null);
            if (option == null) {
                warnings.add("the environment variable " + name + " is no option's; it is ignored");
            } else if (!option.name().equals(CONFIG)) {
                values.put(key(option.name(), known), split(option, value));
            }
        });
        return values;
    }

    private static Map<String, List<Value>> fromFile(Path file, Map<String, Option> known) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException(CONFIG + ": cannot read the file " + file);
        }
        Map<String, List<Value>> values = new LinkedHashMap<>();
        new TreeMap<>(properties).forEach((name, value) -> {
            Option option = known.get("--" + name);
            if (option == null || option.name().equals(CONFIG)) {
                throw new IllegalArgumentException(CONFIG + " " + file + ": " + name + " is no option");
            }
            values.put(key(option.name(), known), split(option, value.toString().strip()));
        });
        return values;
    }

    private static List<Value> split(Option option, String value) {
        if (!option.repeatable()) {
            return List.of(new Value(option.name(), value));
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .map(part -> new Value(option.name(), part)).toList();
    }

    /** An option and its {@code -file} twin share a key: whichever the higher source sets wins. */
    private static String key(String option, Map<String, Option> known) {
        if (option.endsWith(FILE_TWIN)) {
            String twin = option.substring(0, option.length() - FILE_TWIN.length());
            if (known.containsKey(twin)) {
                return twin;
            }
        }
        return option;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The command line's options, each name followed by its value; {@code --help} alone. */
    private record CommandLine(Map<String, List<Value>> byKey, List<String> options, boolean help) {

        static CommandLine parse(List<String> args, Map<String, Option> known) {
            Map<String, List<Value>> byKey = new LinkedHashMap<>();
            List<String> options = new ArrayList<>();
            boolean help = false;
            for (int i = 0; i < args.size(); i++) {
                String given = args.get(i);
                if (given.equals("--help") || given.equals("-h")) {
                    help = true;
                    continue;
                }
                String option = ALIASES.getOrDefault(given, given);
                if (!known.containsKey(option)) {
                    throw new IllegalArgumentException(option.startsWith("--") ? "unknown option " + option
                            : "unknown argument " + option);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                byKey.computeIfAbsent(key(option, known), absent -> new ArrayList<>())
                        .add(new Value(option, args.get(++i)));
                options.add(option);
            }
            return new CommandLine(byKey, options, help);
        }

        Optional<String> last(String option) {
            List<Value> values = byKey.getOrDefault(option, List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1).value());
        }
    }
}
