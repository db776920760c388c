package io.booking.demo;

import io.booking.catalog.domain.Address;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.Venue;
import io.booking.catalog.domain.VenueRepository;
import io.booking.identity.application.AccountService;
import io.booking.identity.application.AccountView;
import io.booking.identity.domain.AccountRepository;
import io.booking.identity.domain.Role;
import io.booking.inventory.application.ScheduleService;
import io.booking.inventory.domain.Slot;
import io.booking.inventory.domain.SlotRepository;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.Reservation;
import io.booking.reservation.domain.ReservationCode;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo world: accounts, two merchants, restaurants and studios in Shanghai (no daylight saving
 * time) and Berlin (with it), offerings and weekly rules. Created once, when the demo accounts do
 * not exist yet.
 */
@Stateless
public class DemoWorld {

  public static final String PASSWORD = "demo-2026";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  @Inject AccountRepository accountRepository;

  @Inject VenueRepository venues;

  @Inject Clock clock;

  @EJB AccountService accounts;

  @EJB ScheduleService schedules;

  @Inject SlotRepository slots;

  @Inject ReservationRepository reservations;

  /**
   * Today's bookings at Jade Garden, so the staff desk has a list: diner and gymgoer at lunch and
   * dinner, one of them already checked in. Places are taken through the slots' conditional update,
   * as if booked at the start of the day.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void bookTodayAtJadeGarden() {
    Venue jade =
        venues
            .search(
                new io.booking.catalog.domain.VenueSearch(null, null, "Jade Garden", null, 0, 1))
            .items()
            .get(0);
    Instant now = now();
    LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
    Instant dayStart = today.atStartOfDay(SHANGHAI).toInstant();
    List<Slot> todays =
        slots.findByVenue(
            jade.id(), dayStart, today.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
    String[][] bookings = {
      {"diner", "12:00", "2", "in"}, {"gymgoer", "12:30", "3", ""},
      {"gymgoer", "18:00", "2", ""}, {"diner", "19:00", "4", ""}
    };
    for (String[] b : bookings) {
      LocalTime at = LocalTime.parse(b[1]);
      int party = Integer.parseInt(b[2]);
      todays.stream()
          .filter(s -> s.start().atZone(SHANGHAI).toLocalTime().equals(at))
          .filter(s -> s.offering().maxPartySize() < 6)
          .findFirst()
          .filter(s -> slots.takePlaces(s.id(), party, dayStart, dayStart))
          .ifPresent(
              s -> {
                Reservation r =
                    Reservation.hold(
                        ReservationCode.next(),
                        accountRepository.findByUsername(b[0]).orElseThrow().id(),
                        s,
                        party,
                        BookingSource.direct(Channel.WEB),
                        now,
                        now.plus(Duration.ofMinutes(10)));
                r.confirm(now);
                if (!b[3].isEmpty()) {
                  r.checkIn(now, jade.id(), SHANGHAI);
                }
                reservations.add(r);
              });
    }
  }

  /** Creates accounts, merchants, venues, offerings and rules; returns the new offerings. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> create() {
    if (accountRepository.findByUsername("diner").isPresent()) {
      return List.of();
    }
    account("diner", "Mei Chen");
    account("gymgoer", "Jonas Weber");
    AccountView owner = account("merchant", "Li Wei");
    AccountView owner2 = account("merchant2", "Anna Schmidt");
    AccountView staff = account("staff", "Zhang Min");
    AccountView coach = account("coach", "Wang Fang");
    AccountView admin = account("admin", "Platform Admin");
    accounts.grant(owner.id(), Role.MERCHANT);
    accounts.grant(owner2.id(), Role.MERCHANT);
    accounts.grant(admin.id(), Role.ADMIN);

    Merchant lotus =
        venues.addMerchant(new Merchant(owner.id(), "Golden Lotus Hospitality", now()));
    Merchant pulse = venues.addMerchant(new Merchant(owner2.id(), "Pulse Fitness Group", now()));
    List<Offering> created = new ArrayList<>();

    Venue jade =
        venue(
            lotus,
            "Jade Garden Dumpling House",
            Category.RESTAURANT,
            "Hand-folded xiaolongbao and Shanghainese home cooking since 1998.",
            "1068 Nanjing West Road",
            "Jing'an",
            "Shanghai",
            31.2292,
            121.4557,
            SHANGHAI);
    created.addAll(restaurantTables(jade, "CNY", 5000));
    accounts.addStaff(staff.id(), jade.id());

    Venue bund =
        venue(
            lotus,
            "Bund Terrace Bistro",
            Category.RESTAURANT,
            "Modern Shanghai plates with a view of the river.",
            "3 Zhongshan East 1st Road",
            "Huangpu",
            "Shanghai",
            31.2401,
            121.4903,
            SHANGHAI);
    List<Offering> bundTables = restaurantTables(bund, "CNY", 10000);
    created.addAll(bundTables);
    // A deposit of 50 yuan a person, kept when the table is cancelled late or nobody comes.
    bundTables.forEach(
        t ->
            t.changePaymentTerms(
                io.booking.catalog.domain.PaymentTerms.deposit(
                    Money.ofMinor(5000, "CNY"), true, 0)));
    // A sought-after terrace: one customer holds at most two of its tables on a day.
    bund.limitDailyBookings(2);

    Venue kreuzberg =
        venue(
            lotus,
            "Kreuzberg Kitchen",
            Category.RESTAURANT,
            "Seasonal Brandenburg produce, natural wine, long tables.",
            "Oranienstraße 164",
            "Kreuzberg",
            "Berlin",
            52.5010,
            13.4180,
            BERLIN);
    List<Offering> kreuzbergTables = restaurantTables(kreuzberg, "EUR", 1000);
    created.addAll(kreuzbergTables);
    // Closed for a private event ten days from now.
    schedules.addBlackout(
        kreuzbergTables.get(0).id(), LocalDate.now(clock.withZone(BERLIN)).plusDays(10));

    Venue spree =
        venue(
            lotus,
            "Spree Brasserie",
            Category.RESTAURANT,
            "Classic brasserie by the river; oysters on Fridays.",
            "Friedrichstraße 105",
            "Mitte",
            "Berlin",
            52.5226,
            13.3880,
            BERLIN);
    created.addAll(restaurantTables(spree, "EUR", 1500));

    Venue cycle =
        venue(
            pulse,
            "Pulse Cycle Studio",
            Category.FITNESS,
            "45-minute rhythm rides on 20 bikes, lights down, music up.",
            "299 Wulumuqi Middle Road",
            "Jing'an",
            "Shanghai",
            31.2235,
            121.4452,
            SHANGHAI);
    Offering spin = cycle.offer("Spin class (45 min)", 45, 20, 2, Money.ofMinor(12000, "CNY"), 12);
    venues.addOffering(spin);
    rule(spin, WEEKDAYS, "07:00", "07:00", 60);
    rule(spin, WEEKDAYS, "12:15", "12:15", 60);
    rule(spin, EVERY_DAY, "18:30", "19:45", 75);
    created.add(spin);

    Venue loft =
        venue(
            pulse,
            "Lotus Yoga Loft",
            Category.FITNESS,
            "Vinyasa and yin yoga in a sunlit loft; mats provided.",
            "66 Anfu Road",
            "Xuhui",
            "Shanghai",
            31.2155,
            121.4450,
            SHANGHAI);
    Offering yoga = loft.offer("Yoga class (60 min)", 60, 15, 2, Money.ofMinor(15000, "CNY"), 12);
    // Paid in full online, held in escrow until the class; half back for a late cancellation.
    yoga.changePaymentTerms(io.booking.catalog.domain.PaymentTerms.prepaid(50));
    venues.addOffering(yoga);
    rule(yoga, EVERY_DAY, "08:00", "08:00", 60);
    rule(yoga, EVERY_DAY, "18:00", "18:00", 60);
    created.add(yoga);
    // The loft's front desk: checking a prepaid class in releases its money to the merchant.
    accounts.addStaff(coach.id(), loft.id());

    Venue mitte =
        venue(
            pulse,
            "Mitte Athletic Club",
            Category.FITNESS,
            "Squash courts, a spin room and a sauna in a former tram depot.",
            "Torstraße 140",
            "Mitte",
            "Berlin",
            52.5290,
            13.4010,
            BERLIN);
    Offering court = mitte.offer("Squash court (60 min)", 60, 4, 4, Money.ofMinor(2400, "EUR"), 24);
    venues.addOffering(court);
    rule(court, EVERY_DAY, "08:00", "21:00", 60);
    created.add(court);
    Offering spinBerlin =
        mitte.offer("Spin class (45 min)", 45, 16, 2, Money.ofMinor(1800, "EUR"), 12);
    venues.addOffering(spinBerlin);
    rule(spinBerlin, WEEKDAYS, "07:00", "07:00", 60);
    rule(spinBerlin, EVERY_DAY, "19:00", "19:00", 60);
    created.add(spinBerlin);

    Venue prenzlauer =
        venue(
            pulse,
            "Prenzlauer Yoga Haus",
            Category.FITNESS,
            "Small classes, big windows; beginners welcome.",
            "Kastanienallee 12",
            "Prenzlauer Berg",
            "Berlin",
            52.5380,
            13.4090,
            BERLIN);
    Offering yogaBerlin =
        prenzlauer.offer("Yoga class (60 min)", 60, 12, 2, Money.ofMinor(2000, "EUR"), 12);
    venues.addOffering(yogaBerlin);
    rule(yogaBerlin, EVERY_DAY, "09:00", "09:00", 60);
    rule(yogaBerlin, WEEKDAYS, "18:30", "18:30", 60);
    created.add(yogaBerlin);

    return created.stream().map(Offering::id).toList();
  }

  private List<Offering> restaurantTables(Venue venue, String currency, long depositMinor) {
    Offering small =
        venues.addOffering(
            venue.offer("Table for 2–4", 90, 24, 4, Money.ofMinor(depositMinor, currency), 2));
    Offering large =
        venues.addOffering(
            venue.offer("Table for 6", 120, 12, 6, Money.ofMinor(depositMinor * 2, currency), 24));
    rule(small, EVERY_DAY, "11:30", "13:30", 30);
    rule(small, EVERY_DAY, "17:30", "21:00", 30);
    rule(large, EVERY_DAY, "18:00", "20:00", 120);
    return List.of(small, large);
  }

  private void rule(Offering offering, Set<DayOfWeek> days, String first, String last, int every) {
    schedules.addRule(
        offering.id(),
        days,
        LocalTime.parse(first),
        LocalTime.parse(last),
        Duration.ofMinutes(every));
  }

  private Venue venue(
      Merchant merchant,
      String name,
      Category category,
      String description,
      String street,
      String district,
      String city,
      double lat,
      double lng,
      ZoneId zone) {
    return venues.addVenue(
        new Venue(
            merchant,
            name,
            category,
            description,
            new Address(street, district, city),
            new GeoPoint(lat, lng),
            zone,
            now()));
  }

  private AccountView account(String username, String displayName) {
    return accounts.register(username, username + "@demo.booking.test", PASSWORD, displayName);
  }

  private java.time.Instant now() {
    return clock.instant();
  }
}
