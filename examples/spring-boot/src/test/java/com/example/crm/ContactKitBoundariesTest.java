package com.example.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.contactkit.architecture.ContactKitArchitecture;
import org.junit.jupiter.api.Test;

/**
 * ContactKit's reusable rules over this application's own code: its sign-in adapter plugs into the API's credential
 * port and knows nothing else of ContactKit; only the configuration that assembles it knows the servlet and the store.
 */
class ContactKitBoundariesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.example.crm");

    @Test
    void signInAdapterUsesOnlyTheCoreAndTheCredentialPorts() {
        ContactKitArchitecture.contactKit()
                .signInAdapterUsesOnlyTheCoreAndTheCredentialPorts("com.example.crm.contacts.login")
                .check(APPLICATION);
    }
}
