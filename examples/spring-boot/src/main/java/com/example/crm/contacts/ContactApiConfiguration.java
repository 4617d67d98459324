package com.example.crm.contacts;

import com.example.crm.contacts.login.SignedInUsers;
import io.contactkit.domain.ContactService;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.jdbc.JdbcStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ContactKit, embedded: its store on the application's database, its API as one servlet in the application's Tomcat. */
@Configuration(proxyBeanMethods = false)
class ContactApiConfiguration {

    /**
     * ContactKit's tables, in the application's own database and through its connection pool: the store brings
     * its schema up to date on start-up, and leaves the pool to the application.
     */
    @Bean
    JdbcStore contactStore(DataSource dataSource) {
        return JdbcStore.open(dataSource);
    }

    @Bean
    ContactService contactService(JdbcStore store) {
        return new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(), Clock.systemUTC());
    }

    /** The Contact API at /api/v1/...: the servlet routes on the whole path below the application's context. */
    @Bean
    ServletRegistrationBean<ContactApiServlet> contactApi(ContactService contacts,
                                                          @Value("${crm.realm}") String realm) {
        ContactApiServlet servlet = ContactApiServlet.builder(contacts)
                .authenticator(new SignedInUsers(realm))
                .build();
        return new ServletRegistrationBean<>(servlet, "/api/v1/*");
    }
}
