/**
 * What every context runs on: the data source chosen by configuration, the schema migration at
 * deployment, the clock, and the conversion of instants to UTC columns. No business rule lives
 * here.
 */
package io.booking.platform;
