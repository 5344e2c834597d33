-- No reaction between modules runs after commit (ADR 17): every one runs in the transaction that
-- published its fact, so the durable event publication registry and its table are not used.
drop table event_publication;
