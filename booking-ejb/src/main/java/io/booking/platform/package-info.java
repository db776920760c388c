/**
 * What every context runs on: the data sources chosen by configuration (one for transactions, a
 * small non-transactional one for taking blocks of ids), the schema migration at deployment, the
 * clock, and the conversion of instants to UTC columns. No business rule lives here.
 */
package io.booking.platform;
