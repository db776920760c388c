package io.booking.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccountRefTest {

  @Test
  void eachAccountHasOneSpellingAndTheOwnerItsTypeNeeds() {
    assertEquals("ESCROW:42:-:CNY", AccountRef.escrow(42, "CNY").key());
    assertEquals(
        "PROVIDER_CLEARING:-:sandbox:CNY", AccountRef.providerClearing("sandbox", "CNY").key());
    assertEquals("PLATFORM_COMMISSION:-:-:EUR", AccountRef.platformCommission("EUR").key());
    assertNotEquals(
        AccountRef.escrow(42, "CNY").key(), AccountRef.merchantPayable(42, "CNY").key());
  }

  @Test
  void anAccountWithoutItsOwnerOrWithAStrangerIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccountRef(AccountType.ESCROW, null, null, "CNY"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccountRef(AccountType.PLATFORM_COMMISSION, 42L, null, "CNY"));
    assertThrows(
        IllegalArgumentException.class, () -> AccountRef.providerClearing("Sandbox Pay", "CNY"));
    assertThrows(IllegalArgumentException.class, () -> AccountRef.escrow(42, "XYZW"));
  }

  @Test
  void aSubjectIsALowerCaseTypeAndAPositiveId() {
    assertEquals(new Subject("reservation", 42), Subject.reservation(42));
    assertThrows(IllegalArgumentException.class, () -> new Subject("Reservation", 42));
    assertThrows(IllegalArgumentException.class, () -> new Subject("reservation", 0));
  }
}
