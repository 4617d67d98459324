package io.contactkit.domain.testing;

import io.contactkit.domain.port.IdentityRepository;

class InMemoryIdentityRepositoryTest extends IdentityRepositoryContract {

    private final InMemoryIdentityRepository identities = new InMemoryIdentityRepository();

    @Override
    protected IdentityRepository identities() {
        return identities;
    }
}
