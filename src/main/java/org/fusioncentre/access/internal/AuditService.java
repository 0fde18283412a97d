package org.fusioncentre.access.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fusioncentre.access.AuditEntry;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditQuery;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.AuditVerification;
import org.fusioncentre.access.audit.AuditChain;
import org.fusioncentre.access.audit.ChainVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chain under the head's row lock, in the caller's transaction when there is one:
 * an audited change and its entry commit together, and concurrent appends, from this process or
 * another on the same store, take consecutive sequence numbers.
 */
@Service
class AuditService implements AuditLog {
    private static final Logger log = LoggerFactory.getLogger(AuditService.class);
    private static final int VERIFY_PAGE = 1000;

    private final AuditStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AccessProperties properties;

    AuditService(
            AuditStore store, PlatformTransactionManager transactionManager, Clock clock, AccessProperties properties) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public AuditEntry record(AuditRecord what) {
        requireNonNull(what, "what is null");
        AuditEntry entry = transactions.execute(status -> {
            AuditStore.Head head = store.lockHead();
            // the time is taken under the lock, so entries' times never run backwards on one clock
            AuditEntry appended = AuditChain.append(head.sequence() + 1, clock.instant(), what, head.hash());
            store.append(appended);
            return appended;
        });
        return requireNonNull(entry, "the append returned nothing");
    }

    @Override
    public List<AuditEntry> entries(AuditQuery query) {
        requireNonNull(query, "query is null");
        return store.find(query);
    }

    @Override
    public AuditVerification verify() {
        // Entries appended while the walk runs lie past the head read here and are checked next time.
        AuditStore.Head head = store.head();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEntry> page = store.chain(after, head.sequence(), VERIFY_PAGE);
            for (AuditEntry entry : page) {
                Optional<AuditVerification> broken = verifier.accept(entry);
                if (broken.isPresent()) {
                    log.warn(
                            "Audit log broken at entry {}: {}",
                            broken.get().brokenAt(),
                            broken.get().reason());
                    return broken.get();
                }
            }
            if (page.size() < VERIFY_PAGE) {
                break;
            }
            after = page.getLast().sequence();
        }
        AuditVerification verdict = verifier.finish(head.sequence(), head.hash());
        if (verdict.intact()) {
            // An entry and its head move commit together, so a row past the head read after it was
            // never appended through the chain: someone inserted it.
            long last = store.lastSequence();
            AuditStore.Head now = store.head();
            if (last > now.sequence()) {
                verdict = AuditVerification.broken(
                        verdict.entries(),
                        now.sequence() + 1,
                        "entries up to " + last + " lie past the chain's head, entry " + now.sequence()
                                + " (entries inserted)");
            }
        }
        if (!verdict.intact()) {
            log.warn("Audit log broken at entry {}: {}", verdict.brokenAt(), verdict.reason());
        }
        return verdict;
    }

    @Override
    public String currentActor() {
        // a request's account when there is one (the API), else the process's actor (the command line, the service)
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication
                        instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return properties.defaultActor();
    }
}
