/**
 * Notification: what the platform tells people — mail with calendar attachments, sent after commit.
 * It reads other contexts' views and never changes them.
 */
package io.booking.notification;
