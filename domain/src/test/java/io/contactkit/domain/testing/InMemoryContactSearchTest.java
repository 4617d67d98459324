package io.contactkit.domain.testing;

import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.ListItemProvider;

/** The search contract on the in-memory store every other module's tests rely on. */
class InMemoryContactSearchTest extends ContactSearchContract {

    private final InMemoryContactRepository store = new InMemoryContactRepository();
    private final SampleLists lists = new SampleLists();

    @Override
    protected ContactRepository repository() {
        return store;
    }

    @Override
    protected ContactSearch search() {
        return store;
    }

    @Override
    protected ListItemProvider lists() {
        return lists;
    }
}
