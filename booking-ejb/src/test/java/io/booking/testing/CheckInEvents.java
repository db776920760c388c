package io.booking.testing;

import io.booking.reservation.domain.ReservationCheckedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records check-in events the way later contexts will see them: after a successful commit. */
@ApplicationScoped
public class CheckInEvents {

  private final List<ReservationCheckedIn> seen = new CopyOnWriteArrayList<>();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReservationCheckedIn event) {
    seen.add(event);
  }

  /** The event seen for the reservation, if any. */
  public java.util.Optional<ReservationCheckedIn> of(long reservationId) {
    return seen.stream().filter(e -> e.reservationId() == reservationId).findFirst();
  }

  public long countFor(long reservationId) {
    return seen.stream().filter(e -> e.reservationId() == reservationId).count();
  }
}
