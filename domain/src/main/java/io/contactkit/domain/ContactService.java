package io.contactkit.domain;

import io.contactkit.domain.ContactWriteQueue.Write;
import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.ContactPatch;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.ContactRight;
import io.contactkit.domain.rights.Principal;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The Contact use cases: the one entry point adapters call. Every write goes through the same rules (server-owned
 * fields, derived values, validation, custom fields, list references, rights) and applies whole or not at all.
 * Updates of a contact that arrive while it is being written queue up and are then stored together, in one write
 * and one commit; updates of different contacts never wait for each other here.
 */
public final class ContactService {

    /** How often an update is re-applied on fresh state after losing a race with another writer. */
    private static final int UPDATE_ATTEMPTS = 50;

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    /** Where no provider is configured, every enrichment fails as an upstream that is not there. */
    private static final EnrichmentProvider NO_ENRICHMENT = query -> {
        throw new UpstreamFailureException("no enrichment provider is configured", false, null);
    };

    private final ContactRepository repository;
    private final EnrichmentProvider enrichment;
    private final Clock clock;
    private final References references;
    private final CustomFieldCatalog catalog;
    private final CustomFields customFields;
    private final ContactRules rules;
    private final ContactWriteQueue<Update> writes = new ContactWriteQueue<>();

    /** A service without enrichment: {@link #enrich} fails with {@link UpstreamFailureException}. */
    public ContactService(ContactRepository repository, ListItemProvider lists, CustomFieldCatalog catalog,
                          Clock clock) {
        this(repository, lists, catalog, NO_ENRICHMENT, clock);
    }

    public ContactService(ContactRepository repository, ListItemProvider lists, CustomFieldCatalog catalog,
                          EnrichmentProvider enrichment, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.enrichment = Objects.requireNonNull(enrichment, "enrichment");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.references = new References(Objects.requireNonNull(lists, "lists"));
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.customFields = new CustomFields(catalog);
        this.rules = new ContactRules(references, customFields, VALIDATION.getValidator());
    }

    /** GET Contact/{id}. */
    public ContactEntity get(int contactId, Caller caller) {
        Rights.require(caller.principal(), ContactRight.READ);
        return present(load(contactId).entity(), caller);
    }

    /** POST Contact: always a new contact, whatever ContactId the body holds. */
    public ContactEntity create(ContactEntity sent, Caller caller) {
        Rights.require(caller.principal(), ContactRight.CREATE);
        ContactEntity contact = rules.forCreate(sent, caller.principal(), now());
        ContactEntity answer = present(contact, caller);
        return answer.toBuilder().contactId(repository.insert(contact).entity().contactId()).build();
    }

    /** SaveContactEntity: a new contact when ContactId is 0, else an update of the stored one. */
    public ContactEntity save(ContactEntity sent, Caller caller) {
        if (sent.contactId() == 0) {
            return create(sent, caller);
        }
        return replace(sent.contactId(), sent, UpdateCondition.none(), caller);
    }

    /** PUT Contact/{id}: the body replaces the stored contact; its ContactId must be 0 or the path's id. */
    public ContactEntity replace(int contactId, ContactEntity sent, UpdateCondition condition, Caller caller) {
        if (sent.contactId() != 0 && sent.contactId() != contactId) {
            throw InvalidInputException.of("ContactId", "is " + sent.contactId() + " in the body but "
                    + contactId + " in the path");
        }
        return update(contactId, stored -> sent, condition, caller);
    }

    /**
     * PATCH Contact/{id}: applies the patch to the contact as the caller sees it, through the same rules as every
     * other update, whole or not at all. When another writer gets there first, the patch is applied again to the
     * fresh state, so patches that do not depend on each other all apply, and a patch's tests check what it actually
     * overwrites.
     */
    public ContactEntity patch(int contactId, ContactPatch patch, UpdateCondition condition, Caller caller) {
        Objects.requireNonNull(patch, "patch");
        return update(contactId, seen -> customFields.mergeChange(seen, patch.applyTo(seen)), condition, caller);
    }

    /**
     * ValidateContactEntity and POST Contact/Validate: what the rules would refuse if the contact were saved now (as
     * SaveContactEntity saves it), by property path, several messages for one path joined by "; ". Empty when it
     * could be saved; nothing is stored either way.
     */
    public Map<String, String> validate(ContactEntity sent, Caller caller) {
        Rights.require(caller.principal(), ContactRight.READ);
        ContactEntity contact = sent == null ? ContactEntity.builder().build() : sent;
        Optional<StoredContact> stored = contact.contactId() == 0 ? Optional.empty()
                : repository.find(contact.contactId());
        try {
            if (stored.isPresent()) {
                rules.forUpdate(contact, stored.get().entity(), caller.principal(), now());
            } else {
                rules.forCreate(contact, caller.principal(), now());
            }
            return Map.of();
        } catch (InvalidInputException refused) {
            Map<String, String> messages = new LinkedHashMap<>();
            refused.violations().forEach(violation -> messages.merge(violation.path(), violation.message(),
                    (first, next) -> first + "; " + next));
            return Collections.unmodifiableMap(messages);
        }
    }

    /** The custom fields this service's contacts may have: their types say how the wire format encodes values. */
    public CustomFieldCatalog customFieldCatalog() {
        return catalog;
    }

    /** DELETE Contact/{id}. */
    public void delete(int contactId, UpdateCondition condition, Caller caller) {
        Rights.require(caller.principal(), ContactRight.DELETE);
        writes.exclusively(contactId, () -> {
            for (int attempt = 1; ; attempt++) {
                StoredContact stored = load(contactId);
                condition.check(stored.entity().updatedDate());
                try {
                    repository.delete(contactId, stored.version());
                    return null;
                } catch (StaleVersionException e) {
                    pauseOrGiveUp(attempt, contactId);
                }
            }
        });
    }

    /** GET Contact/default: a new, unsaved contact owned by the caller. */
    public ContactEntity defaultEntity(Caller caller) {
        Principal principal = caller.principal();
        ContactEntity fresh = ContactEntity.builder()
                .name("")
                .associate(references.actor(principal.associateId(), principal.userName()))
                .build();
        return present(fresh, caller);
    }

    /**
     * EnrichContactEntity: the contact with what the enrichment provider knows about its company merged in (see
     * {@link Enrichment#merged}). The answer is not saved: the client reviews it and saves it with SaveContactEntity
     * or PUT. With {@code save}, a stored contact (ContactId not 0) is saved in the same call, exactly as
     * SaveContactEntity would save the enriched body. Without a contact, the EnrichId's company answers as a new,
     * unsaved contact. When the lookup fails nothing is changed.
     *
     * @param contact  the contact as the client has it, or null to start a new one from the EnrichId's company
     * @param enrichId the enrichment service's id of the company, or null or blank to look it up by the contact
     * @throws NotFoundException        ("Company") when the provider knows no such company
     * @throws UpstreamFailureException when the provider fails, is unreachable or too slow ({@code timedOut})
     * @throws InvalidInputException    when there is nothing to look up by, or {@code save} is asked for a contact
     *                                  that is not stored
     */
    public ContactEntity enrich(ContactEntity contact, String enrichId, boolean save, Caller caller) {
        Rights.require(caller.principal(), ContactRight.READ);
        if (save) {
            Rights.require(caller.principal(), ContactRight.UPDATE);
            if (contact == null || contact.contactId() == 0) {
                throw InvalidInputException.of("ContactId", "save=true saves a stored contact only; save a new"
                        + " contact with POST Contact or SaveContactEntity");
            }
        }
        if (contact == null) {
            CompanyRecord company = lookUp(Enrichment.query(null, enrichId));
            return withFormattedAddress(Enrichment.newContact(defaultEntity(caller), company), caller);
        }
        ContactEntity seen = present(contact, caller);
        CompanyRecord company = lookUp(Enrichment.query(seen, enrichId));
        if (save) {
            return replace(contact.contactId(), Enrichment.merged(contact, company), UpdateCondition.none(), caller);
        }
        return withFormattedAddress(Enrichment.merged(seen, company), caller);
    }

    private CompanyRecord lookUp(EnrichmentQuery query) {
        Optional<CompanyRecord> company;
        try {
            company = enrichment.lookup(query);
        } catch (ContactKitException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UpstreamFailureException("the enrichment provider failed: " + e, false, e);
        }
        return company.orElseThrow(() -> Enrichment.notFound(query));
    }

    /** An unsaved answer still shows the address the way a saved one would. */
    private static ContactEntity withFormattedAddress(ContactEntity contact, Caller caller) {
        return contact.toBuilder().address(AddressFormat.withFormatted(contact.address(), caller.culture())).build();
    }

    private ContactEntity update(int contactId, UnaryOperator<ContactEntity> change, UpdateCondition condition,
                                 Caller caller) {
        Rights.require(caller.principal(), ContactRight.UPDATE);
        return writes.submit(contactId, new Update(change, condition, caller), batch -> applyAll(contactId, batch));
    }

    /**
     * Applies queued updates of one contact, in order, each to the state the ones before it left, and stores the
     * result in one write: one load, one write and one commit for the batch, however many updates it holds. An
     * update that fails (its condition, its change, the rules) fails alone and changes nothing; the others apply.
     * When another writer got there first, the updates that applied are applied again to the fresh state. When
     * the store refuses the batch's state itself, each update is written on its own, so that only the one at fault
     * fails. The batch is one write: the stored version moves on by one, and only the last update's answer is the
     * state stored; the earlier answers are the states that update would have stored, alone in its turn.
     */
    private void applyAll(int contactId, List<Write<Update>> batch) {
        List<Write<Update>> pending = batch;
        for (int attempt = 1; ; attempt++) {
            StoredContact stored = load(contactId);
            Applied applied = applied(stored.entity(), pending);
            if (applied.writes().isEmpty()) {
                return;
            }
            try {
                repository.update(stored, applied.state());
                applied.succeed();
                return;
            } catch (StaleVersionException e) {
                pauseOrGiveUp(attempt, contactId);
                pending = applied.writes();
            } catch (InvalidInputException e) {
                if (applied.writes().size() == 1) {
                    throw e;
                }
                applyEachAlone(contactId, applied.writes());
                return;
            }
        }
    }

    /** Applies each update in turn to the state the ones before it left; those that fail are failed. */
    private Applied applied(ContactEntity stored, List<Write<Update>> pending) {
        ContactEntity state = stored;
        List<Write<Update>> writes = new ArrayList<>();
        List<ContactEntity> answers = new ArrayList<>();
        for (Write<Update> write : pending) {
            try {
                Update update = write.request();
                ContactEntity next = next(state, update);
                answers.add(present(next, update.caller()));
                writes.add(write);
                state = next;
            } catch (RuntimeException e) {
                write.fail(e);
            }
        }
        return new Applied(state, writes, answers);
    }

    private void applyEachAlone(int contactId, List<Write<Update>> writes) {
        for (Write<Update> write : writes) {
            try {
                applyAll(contactId, List.of(write));
            } catch (RuntimeException e) {
                write.fail(e);
            }
        }
    }

    /** The contact after the update, through every rule, from the state it applies to. */
    private ContactEntity next(ContactEntity state, Update update) {
        update.condition().check(state.updatedDate());
        Caller caller = update.caller();
        ContactEntity seen = present(state, caller);
        return rules.forUpdate(update.change().apply(seen), state, caller.principal(),
                nextUpdate(state.updatedDate()));
    }

    /**
     * After a lost race with a writer in another process: gives up after {@link #UPDATE_ATTEMPTS}, else waits a
     * random, growing while, so that racing processes fall out of step instead of colliding again.
     */
    private static void pauseOrGiveUp(int attempt, int contactId) {
        if (attempt >= UPDATE_ATTEMPTS) {
            throw new ConflictException("", "contact " + contactId + " is being changed by others; try again");
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1 + Math.min(attempt, 10) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("", "interrupted while waiting to update contact " + contactId);
        }
    }

    private StoredContact load(int contactId) {
        return repository.find(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    /**
     * The contact as the caller sees it, with names from the lists and the address formatted for the caller's
     * culture. A write presents its answer before it writes
     * (the store answers what it was given), so that once the write succeeded no failure of the store can report it
     * as not done.
     */
    private ContactEntity present(ContactEntity stored, Caller caller) {
        ContactEntity named = references.presented(stored, caller.language());
        return named.toBuilder()
                .address(AddressFormat.withFormatted(named.address(), caller.culture()))
                .tableRight(Rights.tableRight(caller.principal()))
                .fieldProperties(Rights.fieldProperties(caller.principal()))
                .build();
    }

    /** Stored date-times keep microseconds, the finest both supported databases hold. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** UpdatedDate only moves forward, so If-Modified-Since answers stay right even if the clock steps back. */
    private Instant nextUpdate(Instant previous) {
        Instant now = now();
        return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
    }

    /** A queued update: the change, the client's condition on it, and who asks. */
    private record Update(UnaryOperator<ContactEntity> change, UpdateCondition condition, Caller caller) {
    }

    /**
     * Updates of a batch that applied, with the answer each gets once the batch is stored, and the state they leave.
     */
    private record Applied(ContactEntity state, List<Write<Update>> writes, List<ContactEntity> answers) {

        void succeed() {
            for (int i = 0; i < writes.size(); i++) {
                writes.get(i).succeed(answers.get(i));
            }
        }
    }
}
