package io.booking.payment.infrastructure;

import io.booking.payment.domain.ReconciliationMismatch;
import io.booking.payment.domain.ReconciliationRun;
import io.booking.payment.domain.ReconciliationRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReconciliationRuns implements ReconciliationRuns {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public ReconciliationRun add(ReconciliationRun run) {
    em.persist(run);
    em.flush();
    return run;
  }

  @Override
  public void addMismatch(ReconciliationMismatch mismatch) {
    em.persist(mismatch);
  }

  @Override
  public Optional<ReconciliationRun> latest() {
    return em.createNamedQuery("ReconciliationRun.latest", ReconciliationRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReconciliationMismatch> mismatchesOf(long runId, int max) {
    return em.createNamedQuery("ReconciliationMismatch.ofRun", ReconciliationMismatch.class)
        .setParameter("runId", runId)
        .setMaxResults(max)
        .getResultList();
  }
}
