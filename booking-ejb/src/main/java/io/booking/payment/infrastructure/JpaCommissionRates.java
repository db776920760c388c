package io.booking.payment.infrastructure;

import io.booking.payment.domain.CommissionRates;
import io.booking.payment.domain.MerchantCommission;
import io.booking.payment.domain.PlatformCommission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCommissionRates implements CommissionRates {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Override
  public PlatformCommission platformDefault() {
    return em.find(PlatformCommission.class, PlatformCommission.ID);
  }

  @Override
  public PlatformCommission lockPlatformDefault() {
    return em.find(PlatformCommission.class, PlatformCommission.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<MerchantCommission> ofMerchant(long merchantId) {
    return Optional.ofNullable(em.find(MerchantCommission.class, merchantId));
  }

  @Override
  public java.util.List<MerchantCommission> merchantRates() {
    return em.createQuery(
            "SELECT m FROM MerchantCommission m ORDER BY m.merchantId", MerchantCommission.class)
        .getResultList();
  }

  @Override
  public boolean merchantExists(long merchantId) {
    return !em.createNativeQuery("SELECT id FROM merchant WHERE id = ?")
        .setParameter(1, merchantId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean lockMerchant(long merchantId) {
    return !em.createNativeQuery("SELECT id FROM merchant WHERE id = ? FOR UPDATE")
        .setParameter(1, merchantId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(MerchantCommission commission) {
    em.persist(commission);
    em.flush();
  }

  @Override
  public void remove(MerchantCommission commission) {
    em.remove(commission);
  }
}
