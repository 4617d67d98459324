package io.contactkit.domain.schema;

import io.contactkit.codec.DocumentSink;
import io.contactkit.codec.Documents;
import io.contactkit.domain.failure.Violation;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule that a carrier's text is whole Unicode text: no U+0000 and no unpaired surrogate. Such text cannot be kept
 * exactly by every store (PostgreSQL rejects U+0000, its driver turns a lone surrogate into '?'), so the core refuses
 * it for every store alike.
 */
public final class UnicodeText {

    private static final String MESSAGE = "holds U+0000 or an unpaired surrogate, which is not text a contact can keep";

    private UnicodeText() {
    }

    /** Every string of the carrier (values and dictionary keys) that breaks the rule, by its wire path. */
    public static List<Violation> violations(Record carrier) {
        Check check = new Check();
        Documents.write(carrier, Selection.all(), ZoneOffset.UTC, check);
        return check.violations;
    }

    private static boolean whole(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Checks the strings as the walk passes them, keeping only the path to where it is; no tree is built. */
    private static final class Check implements DocumentSink {

        private final List<Violation> violations = new ArrayList<>();
        /** One level per open carrier, dictionary or list: the name of its current member, or its item's index. */
        private final List<Level> levels = new ArrayList<>();

        @Override
        public void startCarrier(CarrierModel model) {
            open(false);
        }

        @Override
        public void property(Property property) {
            current().name = property.name();
        }

        @Override
        public void member(String name) {
            current().name = name;
        }

        @Override
        public void endCarrier() {
            close();
        }

        @Override
        public void startList(ValueType.ListOf type) {
            open(true);
        }

        @Override
        public void endList() {
            close();
        }

        @Override
        public void startDictionary(ValueType.Dictionary type) {
            open(false);
        }

        @Override
        public void key(String key) {
            current().name = key;
            check(key);
        }

        @Override
        public void endDictionary() {
            close();
        }

        @Override
        public void nullValue() {
            item();
        }

        @Override
        public void string(String value) {
            item();
            check(value);
        }

        @Override
        public void number(int value) {
            item();
        }

        @Override
        public void number(double value) {
            item();
        }

        @Override
        public void bool(boolean value) {
            item();
        }

        private void open(boolean list) {
            item();
            levels.add(new Level(list));
        }

        private void close() {
            levels.remove(levels.size() - 1);
        }

        /** A value starts: in a list, it is the next item. */
        private void item() {
            if (!levels.isEmpty() && current().list) {
                current().index++;
            }
        }

        private Level current() {
            return levels.get(levels.size() - 1);
        }

        private void check(String text) {
            if (!whole(text)) {
                violations.add(new Violation(path(), MESSAGE));
            }
        }

        private String path() {
            StringBuilder path = new StringBuilder();
            for (Level level : levels) {
                if (level.list) {
                    path.append('[').append(level.index).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(level.name);
                }
            }
            return path.toString();
        }
    }

    private static final class Level {

        final boolean list;
        String name;
        int index = -1;

        Level(boolean list) {
            this.list = list;
        }
    }
}
