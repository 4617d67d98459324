package io.contactkit.jdbc;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StoredContact;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The process {@link KilledStoreTest} kills: writes to the H2 store in the directory its argument names until it is
 * killed, and prints each write once the store has returned from it. Some threads each rewrite all e-mail addresses
 * of a contact of their own, round after round (a write that deletes and inserts many rows); the others insert
 * contacts.
 */
final class StoreUnderWriteLoad {

    static final int REWRITERS = 8;
    static final int EMAILS = 40;
    private static final int INSERTERS = 8;

    private StoreUnderWriteLoad() {
    }

    public static void main(String[] args) {
        ContactRepository contacts = JdbcStore.open(JdbcSettings.embedded(Path.of(args[0]))).contacts();
        for (int rewriter = 0; rewriter < REWRITERS; rewriter++) {
            StoredContact contact = contacts.insert(ContactEntity.builder().name("Rewritten").emails(emails(0))
                    .build());
            print("rewritten " + rewriter + " " + contact.entity().contactId());
            int thread = rewriter;
            new Thread(() -> rewrite(contacts, thread, contact)).start();
        }
        for (int inserter = 0; inserter < INSERTERS; inserter++) {
            String prefix = "Inserted " + inserter + "-";
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String name = prefix + i;
                    print("inserted " + contacts.insert(ContactEntity.builder().name(name).build()).entity().contactId()
                            + " " + name);
                }
            }).start();
        }
    }

    private static void rewrite(ContactRepository contacts, int rewriter, StoredContact contact) {
        StoredContact stored = contact;
        for (int round = 1; ; round++) {
            stored = contacts.update(stored, stored.entity().toBuilder().emails(emails(round)).build());
            print("round " + rewriter + " " + round);
        }
    }

    /** The e-mail addresses of a round: each names its round, so a mix of rounds shows. */
    private static List<EntityElement> emails(int round) {
        return IntStream.range(0, EMAILS)
                .mapToObj(i -> EntityElement.builder().value("round-" + round + "-" + i + "@dare.example").build())
                .toList();
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
