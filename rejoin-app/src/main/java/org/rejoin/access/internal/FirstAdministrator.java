package org.rejoin.access.internal;

import java.util.EnumSet;

import org.rejoin.access.BootstrapProperties;
import org.rejoin.access.NewUser;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.access.UserAccounts;
import org.rejoin.organisations.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the local authority and its first administrator from {@code rejoin.bootstrap.*} on a
 * new database, before the web server opens: the way a real LA starts (docs/runbook.md).
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BootstrapProperties properties;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;

    FirstAdministrator(BootstrapProperties properties, Organisations organisations, UserAccounts accounts,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.organisations = organisations;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.isSet() || organisations.localAuthority().isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var la = SystemAuthentication.run(RejoinUser.system(null, null),
                    () -> organisations.createLocalAuthority(properties.laCode(), properties.laName()));
            var system = RejoinUser.system(la.id(), la.name());
            SystemAuthentication.run(system, () -> accounts.create(new NewUser(properties.adminUsername(),
                    "Administrator", properties.adminEmail(), la.id(), EnumSet.of(Role.LA_ADMIN),
                    properties.adminPassword()), system));
        });
        log.info("Created the local authority {} and its first administrator {}", properties.laCode(),
                properties.adminUsername());
    }
}
