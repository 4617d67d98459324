package io.contactkit.domain.testing;

import io.contactkit.domain.port.ContactRepository;

/** The fake the other modules' tests rely on keeps the same contract as the real stores. */
class InMemoryContactRepositoryTest extends ContactRepositoryContract {

    private final InMemoryContactRepository contacts = new InMemoryContactRepository();

    @Override
    protected ContactRepository contacts() {
        return contacts;
    }
}
