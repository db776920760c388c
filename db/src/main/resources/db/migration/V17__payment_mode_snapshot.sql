-- A payment keeps the payment mode its booking was made under (a deposit or the whole price), as it
-- keeps the late-cancellation share: the receipt says what the customer agreed to, not what the
-- offering says today.
ALTER TABLE payment ADD COLUMN payment_mode VARCHAR(16);

UPDATE payment SET payment_mode = (
    SELECT o.payment_mode FROM reservation r
      JOIN slot s ON s.id = r.slot_id
      JOIN offering o ON o.id = s.offering_id
     WHERE r.id = payment.reservation_id);

UPDATE payment SET payment_mode = 'PREPAID' WHERE payment_mode IS NULL OR payment_mode = 'AT_VENUE';

ALTER TABLE payment MODIFY payment_mode VARCHAR(16) NOT NULL;
