/**
 * Inventory: weekly schedule rules and blackout dates that generate time slots with capacity, and
 * the count of places taken per slot. It must never count places in memory: the database row of a
 * slot is the only authority on how many are left.
 */
package io.booking.inventory;
